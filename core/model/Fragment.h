#pragma once

#include "model/Element.h"
#include "model/Link.h"

#include <string>
#include <vector>

namespace kg {

class Design;

// A piece of a design taken out for copy and paste or duplicate: whole subtrees (an element
// with everything nested in it) and the links whose two ends are both inside. Root elements
// keep their original parent id as a hint for where a paste may go.
struct Fragment
{
    std::vector<Element> elements; // parents before children
    std::vector<Link> links;

    bool empty() const { return elements.empty(); }

    // The fragment as a design of its own, for the clipboard (DesignJson::save, read back with
    // DesignJson::loadFragment): roots keep their parent ids and references to elements outside
    // stay as they are, so the result is not a checked design and is never analysed.
    Design asDesign() const;

    // The subtrees of `ids` (an id below another selected one is taken once), in document order.
    static Fragment extract(const Design& design, const std::vector<std::string>& ids);

    // A copy ready to add to `target`: fresh ids (unique in the target and among themselves),
    // geometry shifted by (dx, dy), references between copied elements pointing at the copies,
    // references to elements outside kept when the target has them and cleared otherwise.
    // Each root goes into `parent` when its kind may nest there, else into its original parent
    // when the target still has it and the kind fits, else to the top level when the kind may
    // stand there; a root that fits nowhere is left out with its subtree.
    Fragment instantiate(const Design& target, double dx, double dy,
                         const std::string& parent = {}) const;
};

} // namespace kg

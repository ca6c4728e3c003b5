#pragma once

#include "model/Element.h"
#include "model/Link.h"

#include <optional>
#include <string>
#include <vector>

namespace kg {

class Design;

// A named alternative of one design (as-is, private cluster, VNet integration ...): the base
// design plus a list of changes. Changes name what differs, down to single properties, so an
// edit to the base reaches every variant except where the variant says otherwise.
struct Variant
{
    // What the variant does to one element of the base, or the element it adds.
    struct ElementPatch
    {
        std::string id;
        bool remove = false;             // the variant drops the element (and what it holds)
        std::optional<Element> whole;    // an element the base lacks, or one of another kind
        std::optional<std::string> name; // otherwise, the fields that differ from the base
        std::optional<std::string> parent;
        std::optional<std::string> notes;
        std::optional<Rect> geometry;
        PropertyMap set;                // properties the variant sets to its own value
        std::vector<std::string> unset; // properties the base sets and the variant does not

        bool operator==(const ElementPatch&) const = default;
    };
    // A link the variant drops, or adds or replaces whole (links are small).
    struct LinkPatch
    {
        std::string id;
        bool remove = false;
        std::optional<Link> whole;

        bool operator==(const LinkPatch&) const = default;
    };

    std::string name;
    std::string notes;
    std::vector<ElementPatch> elements;
    std::vector<LinkPatch> links;

    bool operator==(const Variant&) const = default;
    bool empty() const { return elements.empty() && links.empty(); }

    // The smallest changes that turn `base` into `variant` (name and notes left empty). The
    // title, notes and variants of either design are not compared.
    static Variant between(const Design& base, const Design& variant);
    // The base with the changes made, without variants of its own. A change whose element is
    // gone from the base is skipped, as is a link whose end is gone, and an element whose
    // container is gone goes with it: an edit to the base can leave a variant nothing to change.
    Design applyTo(const Design& base) const;
};

} // namespace kg

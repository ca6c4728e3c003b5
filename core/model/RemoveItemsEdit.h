#pragma once

#include "model/Edit.h"
#include "model/Element.h"
#include "model/Link.h"

#include <string>
#include <utility>
#include <vector>

namespace kg {

class Design;

// Removes elements with everything nested in them, the links that touch them, and given links.
// References to removed elements in other elements' properties are cleared, so that the design
// stays valid; revert restores all of it at the original document positions.
class RemoveItemsEdit : public Edit
{
public:
    RemoveItemsEdit(const Design& design, const std::vector<std::string>& ids, std::string label);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return m_label; }

private:
    std::vector<std::pair<std::size_t, Element>> m_elements; // ascending document index
    std::vector<std::pair<std::size_t, Link>> m_links;       // ascending document index
    std::vector<std::pair<Element, Element>> m_referrers;    // before, after
    std::string m_label;
};

} // namespace kg

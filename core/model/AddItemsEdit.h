#pragma once

#include "model/Edit.h"
#include "model/Element.h"
#include "model/Link.h"

#include <vector>

namespace kg {

// Adds elements (parents before children) and links, at the end of document order. Used for
// placing from the palette, pasting, duplicating and importing into an open design.
class AddItemsEdit : public Edit
{
public:
    AddItemsEdit(std::vector<Element> elements, std::vector<Link> links, std::string label);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return m_label; }

private:
    std::vector<Element> m_elements;
    std::vector<Link> m_links;
    std::string m_label;
};

} // namespace kg

#pragma once

#include "model/Edit.h"
#include "model/Element.h"

#include <utility>
#include <vector>

namespace kg {

// Replaces whole elements (same ids) with new values: renames, property changes, moves,
// resizes and re-nesting are all this edit with different before/after pairs. One drag of
// several items is one ChangeElementsEdit.
class ChangeElementsEdit : public Edit
{
public:
    ChangeElementsEdit(std::vector<std::pair<Element, Element>> beforeAfter, std::string label);
    ChangeElementsEdit(Element before, Element after, std::string label);

    void apply(Design& design) override;
    void revert(Design& design) override;
    std::string label() const override { return m_label; }

private:
    std::vector<std::pair<Element, Element>> m_changes;
    std::string m_label;
};

} // namespace kg

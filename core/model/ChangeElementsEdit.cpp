#include "model/ChangeElementsEdit.h"

#include "model/Design.h"

namespace kg {

ChangeElementsEdit::ChangeElementsEdit(std::vector<std::pair<Element, Element>> beforeAfter,
                                       std::string label)
    : m_changes(std::move(beforeAfter)), m_label(std::move(label))
{}

ChangeElementsEdit::ChangeElementsEdit(Element before, Element after, std::string label)
    : m_label(std::move(label))
{
    m_changes.emplace_back(std::move(before), std::move(after));
}

void ChangeElementsEdit::apply(Design& design)
{
    for (const auto& [before, after] : m_changes)
        design.replaceElement(after);
}

void ChangeElementsEdit::revert(Design& design)
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        design.replaceElement(it->first);
}

} // namespace kg

#include "model/AddItemsEdit.h"

#include "model/Design.h"

namespace kg {

AddItemsEdit::AddItemsEdit(std::vector<Element> elements, std::vector<Link> links,
                           std::string label)
    : m_elements(std::move(elements)), m_links(std::move(links)), m_label(std::move(label))
{}

void AddItemsEdit::apply(Design& design)
{
    for (const auto& e : m_elements)
        design.insertElement(e);
    for (const auto& l : m_links)
        design.insertLink(l);
}

void AddItemsEdit::revert(Design& design)
{
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        design.eraseLink(it->id);
    for (auto it = m_elements.rbegin(); it != m_elements.rend(); ++it)
        design.eraseElement(it->id);
}

} // namespace kg

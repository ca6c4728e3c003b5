#include "model/AddItemsEdit.h"

#include "model/Design.h"

#include <string>
#include <vector>

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
    std::vector<std::string> links;
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        links.push_back(it->id);
    design.eraseLinks(links);
    std::vector<std::string> elements;
    for (auto it = m_elements.rbegin(); it != m_elements.rend(); ++it)
        elements.push_back(it->id);
    design.eraseElements(elements);
}

} // namespace kg

#include "model/RemoveItemsEdit.h"

#include "model/Design.h"
#include "model/KindRegistry.h"

#include <algorithm>
#include <set>

namespace kg {

namespace {

// Removes every reference to an id in `gone` from the element's reference-typed properties.
// Returns true when anything changed.
bool clearReferences(Element& e, const std::set<std::string>& gone)
{
    bool changed = false;
    for (auto& [key, value] : e.properties) {
        const PropertySpec* spec = KindRegistry::property(e.kind, key);
        if (!spec)
            continue;
        switch (spec->type) {
        case PropertyType::Ref:
        case PropertyType::ZoneChoice:
            if (auto* s = std::get_if<std::string>(&value); s && gone.count(*s)) {
                *s = spec->type == PropertyType::ZoneChoice ? "System" : "";
                changed = true;
            }
            break;
        case PropertyType::RefList:
        case PropertyType::SourceList:
            if (auto* list = std::get_if<StringList>(&value)) {
                auto end = std::remove_if(list->begin(), list->end(),
                                          [&](const std::string& s) { return gone.count(s) != 0; });
                if (end != list->end()) {
                    list->erase(end, list->end());
                    changed = true;
                }
            }
            break;
        default:
            break;
        }
    }
    return changed;
}

} // namespace

RemoveItemsEdit::RemoveItemsEdit(const Design& design, const std::vector<std::string>& ids,
                                 std::string label)
    : m_label(std::move(label))
{
    std::set<std::string> goneElements;
    std::set<std::string> goneLinks;
    for (const auto& id : ids) {
        if (design.link(id))
            goneLinks.insert(id);
        for (const auto& s : design.subtree(id))
            goneElements.insert(s);
    }
    for (const auto& id : goneElements) {
        for (const Link* l : design.linksOf(id))
            goneLinks.insert(l->id);
    }
    for (const auto& id : goneElements)
        m_elements.emplace_back(*design.elementIndex(id), *design.element(id));
    for (const auto& id : goneLinks)
        m_links.emplace_back(*design.linkIndex(id), *design.link(id));
    auto byIndex = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(m_elements.begin(), m_elements.end(), byIndex);
    std::sort(m_links.begin(), m_links.end(), byIndex);

    for (const auto& e : design.elements()) {
        if (goneElements.count(e.id))
            continue;
        Element after = e;
        if (clearReferences(after, goneElements))
            m_referrers.emplace_back(e, std::move(after));
    }
}

void RemoveItemsEdit::apply(Design& design)
{
    for (const auto& [before, after] : m_referrers)
        design.replaceElement(after);
    // From the last in document order to the first, as batches (a hub takes hundreds).
    std::vector<std::string> links;
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        links.push_back(it->second.id);
    design.eraseLinks(links);
    std::vector<std::string> elements;
    for (auto it = m_elements.rbegin(); it != m_elements.rend(); ++it)
        elements.push_back(it->second.id);
    design.eraseElements(elements);
}

void RemoveItemsEdit::revert(Design& design)
{
    // Ascending order restores each item at its original index.
    design.insertElements(m_elements);
    design.insertLinks(m_links);
    for (const auto& [before, after] : m_referrers)
        design.replaceElement(before);
}

} // namespace kg

#include "model/ChangeElementsEdit.h"

#include "model/Design.h"

namespace kg {

ChangeElementsEdit::ChangeElementsEdit(std::vector<std::pair<Element, Element>> beforeAfter,
                                       std::string label,
                                       std::map<std::string, std::vector<RoutePoint>> routes)
    : m_changes(std::move(beforeAfter)), m_label(std::move(label)), m_routes(std::move(routes))
{}

ChangeElementsEdit::ChangeElementsEdit(Element before, Element after, std::string label)
    : m_label(std::move(label))
{
    m_changes.emplace_back(std::move(before), std::move(after));
}

void ChangeElementsEdit::planLinks(const Design& design)
{
    // How each changed element's rectangle moved: an offset when only its place changed.
    struct Move
    {
        bool resized = false;
        double dx = 0;
        double dy = 0;
    };
    std::map<std::string, Move> moved;
    for (const auto& [before, after] : m_changes) {
        const Rect& a = before.geometry;
        const Rect& b = after.geometry;
        if (a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height)
            continue;
        moved[before.id] = {a.width != b.width || a.height != b.height, b.x - a.x, b.y - a.y};
    }
    std::vector<std::pair<Link, Link>> links;
    auto consider = [&](const Link& l) {
        Link after = l;
        if (auto r = m_routes.find(l.id); r != m_routes.end()) {
            after.route = r->second;
        } else if (!l.route.empty()) {
            const auto from = moved.find(l.from);
            const auto to = moved.find(l.to);
            if (from == moved.end() && to == moved.end())
                return;
            const bool together = from != moved.end() && to != moved.end() &&
                                  !from->second.resized && !to->second.resized &&
                                  from->second.dx == to->second.dx &&
                                  from->second.dy == to->second.dy;
            if (together) {
                for (RoutePoint& p : after.route) {
                    p.x += from->second.dx;
                    p.y += from->second.dy;
                }
            } else {
                after.route.clear();
            }
        }
        if (!(after == l))
            links.emplace_back(l, std::move(after));
    };
    // One pass over the links (a drag of a thousand cards must not scan them a thousand times).
    if (!moved.empty() || !m_routes.empty())
        for (const Link& l : design.links())
            if (moved.count(l.from) || moved.count(l.to) || m_routes.count(l.id))
                consider(l);
    m_links = std::move(links);
}

void ChangeElementsEdit::takeLinksFrom(const ChangeElementsEdit& first,
                                       const ChangeElementsEdit& second)
{
    std::vector<std::pair<Link, Link>> links = first.m_links.value_or(decltype(links){});
    for (const auto& [before, after] : second.m_links.value_or(decltype(links){})) {
        bool merged = false;
        for (auto& change : links)
            if (change.first.id == before.id) {
                change.second = after;
                merged = true;
            }
        if (!merged)
            links.emplace_back(before, after);
    }
    m_links = std::move(links);
}

void ChangeElementsEdit::apply(Design& design)
{
    if (!m_links)
        planLinks(design);
    for (const auto& [before, after] : m_changes)
        design.replaceElement(after);
    for (const auto& [before, after] : *m_links)
        design.replaceLink(after);
}

void ChangeElementsEdit::revert(Design& design)
{
    for (auto it = m_links->rbegin(); it != m_links->rend(); ++it)
        design.replaceLink(it->first);
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        design.replaceElement(it->first);
}

} // namespace kg

#include "model/ContainerFit.h"

#include "model/Design.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg {

namespace {

Rect unite(const Rect& a, const Rect& b)
{
    const double left = std::min(a.x, b.x);
    const double top = std::min(a.y, b.y);
    const double right = std::max(a.x + a.width, b.x + b.width);
    const double bottom = std::max(a.y + a.height, b.y + b.height);
    return {left, top, right - left, bottom - top};
}

Rect padded(const Rect& r)
{
    return {r.x - ContainerFit::kMargin, r.y - ContainerFit::kHeader,
            r.width + 2 * ContainerFit::kMargin,
            r.height + ContainerFit::kHeader + ContainerFit::kMargin};
}

} // namespace

std::vector<Element> ContainerFit::grow(const Design& design, const std::vector<Element>& changed)
{
    std::map<std::string, Element, std::less<>> after;
    for (const auto& e : changed)
        after[e.id] = e;
    auto current = [&](const std::string& id) -> const Element* {
        if (auto it = after.find(id); it != after.end())
            return &it->second;
        return design.element(id);
    };
    // The containers to check, with their depth in the edited design (deepest grow first, so
    // that a subnet's growth reaches its VNet).
    std::map<std::string, int> containers;
    for (const auto& e : changed) {
        std::string parent = e.parent;
        for (std::size_t guard = 0; !parent.empty() && guard < limits::kMaxContainmentDepth;
             ++guard) {
            const Element* p = current(parent);
            if (!p)
                break;
            containers.emplace(parent, 0);
            parent = p->parent;
        }
    }
    for (auto& [id, depth] : containers)
        for (const Element* p = current(id); p && !p->parent.empty() && depth < 64;
             p = current(p->parent))
            ++depth;
    std::vector<std::pair<int, std::string>> order;
    for (const auto& [id, depth] : containers)
        order.emplace_back(-depth, id);
    std::sort(order.begin(), order.end());

    std::set<std::string> grown;
    for (const auto& [negDepth, id] : order) {
        // Children in the edited design: the current ones that stay, plus those moved in.
        std::vector<const Element*> kids;
        for (const Element* child : design.children(id)) {
            const Element* now = current(child->id);
            if (now && now->parent == id)
                kids.push_back(now);
        }
        for (const auto& entry : after) {
            // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
            const std::string& cid = entry.first;
            const Element& e = entry.second;
            const bool listed = std::any_of(kids.begin(), kids.end(),
                                            [&](const Element* k) { return k->id == cid; });
            if (e.parent == id && !listed)
                kids.push_back(&e);
        }
        if (kids.empty())
            continue;
        Rect need = kids.front()->geometry;
        for (const Element* k : kids)
            need = unite(need, k->geometry);
        const Element* container = current(id);
        Rect merged = unite(container->geometry, padded(need));
        merged.z = container->geometry.z; // growing keeps its place in the stacking order
        if (merged == container->geometry)
            continue;
        Element copy = *container;
        copy.geometry = merged;
        after[id] = std::move(copy);
        grown.insert(id);
    }
    std::vector<Element> result;
    for (const auto& id : grown)
        result.push_back(after[id]);
    return result;
}

void ContainerFit::shift(const Design& design, const std::string& id, double dx, double dy,
                         std::map<std::string, Element>& after)
{
    for (const auto& sub : design.subtree(id)) {
        auto it = after.find(sub);
        Element e = it != after.end() ? it->second : *design.element(sub);
        e.geometry.x += dx;
        e.geometry.y += dy;
        after[sub] = std::move(e);
    }
}

std::vector<std::pair<Element, Element>> ContainerFit::changes(const Design& design,
                                                               std::map<std::string, Element> after)
{
    std::vector<Element> changed;
    for (const auto& [id, e] : after)
        changed.push_back(e);
    for (auto& g : grow(design, changed))
        after[g.id] = std::move(g);
    std::vector<std::pair<Element, Element>> out;
    for (auto& [id, e] : after)
        if (const Element* before = design.element(id); before && *before != e)
            out.emplace_back(*before, std::move(e));
    return out;
}

Rect ContainerFit::minimumFor(const Design& design, const Element& container)
{
    const auto kids = design.children(container.id);
    if (kids.empty())
        return {container.geometry.x, container.geometry.y, 0, 0};
    Rect need = kids.front()->geometry;
    for (const Element* k : kids)
        need = unite(need, k->geometry);
    const Rect p = padded(need);
    // Measured from the container's own corner, which a resize does not move.
    return {container.geometry.x, container.geometry.y, p.x + p.width - container.geometry.x,
            p.y + p.height - container.geometry.y};
}

double ContainerFit::contentBottom(const Design& design, const Element& container)
{
    double bottom = container.geometry.y + kHeader;
    for (const Element* child : design.children(container.id))
        bottom = std::max(bottom, child->geometry.y + child->geometry.height);
    return bottom;
}

} // namespace kg

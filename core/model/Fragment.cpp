#include "model/Fragment.h"

#include "model/Design.h"
#include "model/KindRegistry.h"

#include <map>
#include <set>
#include <unordered_set>

namespace kg {

namespace {

// Rewrites every reference-typed property of `e` through `remap`, which returns the new id or
// an empty string to drop the reference.
template <typename Remap> void remapReferences(Element& e, Remap remap)
{
    for (auto it = e.properties.begin(); it != e.properties.end();) {
        const PropertySpec* spec = KindRegistry::property(e.kind, it->first);
        PropertyValue& value = it->second;
        bool erase = false;
        if (spec && (spec->type == PropertyType::Ref || spec->type == PropertyType::ZoneChoice)) {
            if (auto* s = std::get_if<std::string>(&value)) {
                if (spec->type == PropertyType::ZoneChoice && (*s == "System" || *s == "None")) {
                    // keywords, not ids
                } else if (!s->empty()) {
                    *s = remap(*s);
                    erase = s->empty(); // unset falls back to the default
                }
            }
        } else if (spec && (spec->type == PropertyType::RefList ||
                            spec->type == PropertyType::SourceList)) {
            if (auto* list = std::get_if<StringList>(&value)) {
                StringList kept;
                for (const auto& s : *list) {
                    // Source lists mix address blocks and ids; only ids are remapped.
                    const bool isBlock = s.find('/') != std::string::npos;
                    std::string mapped = isBlock ? s : remap(s);
                    if (!mapped.empty())
                        kept.push_back(std::move(mapped));
                }
                *list = std::move(kept);
            }
        }
        it = erase ? e.properties.erase(it) : std::next(it);
    }
}

// "vnet-hub-2" -> "vnet-hub": copies are numbered from the original's stem.
std::string stemOf(const std::string& id)
{
    const auto dash = id.find_last_of('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == id.size())
        return id;
    for (std::size_t i = dash + 1; i < id.size(); ++i)
        if (id[i] < '0' || id[i] > '9')
            return id;
    return id.substr(0, dash);
}

} // namespace

Design Fragment::asDesign() const
{
    Design d;
    for (const auto& e : elements)
        if (!d.contains(e.id))
            d.insertElement(e);
    for (const auto& l : links)
        if (!d.contains(l.id))
            d.insertLink(l);
    return d;
}

Fragment Fragment::extract(const Design& design, const std::vector<std::string>& ids)
{
    std::set<std::string> inside;
    for (const auto& id : ids)
        if (design.element(id))
            for (auto& s : design.subtree(id))
                inside.insert(std::move(s));
    Fragment f;
    for (const auto& e : design.elements())
        if (inside.count(e.id))
            f.elements.push_back(e);
    // Document order already puts parents before children (the design's invariant for
    // loading); sort defensively so that instantiate() can rely on it.
    std::vector<Element> ordered;
    std::set<std::string> placed;
    while (ordered.size() < f.elements.size()) {
        const std::size_t before = ordered.size();
        for (const auto& e : f.elements)
            if (!placed.count(e.id) && (!inside.count(e.parent) || placed.count(e.parent))) {
                placed.insert(e.id);
                ordered.push_back(e);
            }
        if (ordered.size() == before)
            break; // cannot happen in a checked design (no cycles)
    }
    f.elements = std::move(ordered);
    for (const auto& l : design.links())
        if (inside.count(l.from) && inside.count(l.to))
            f.links.push_back(l);
    return f;
}

Fragment Fragment::instantiate(const Design& target, double dx, double dy,
                               const std::string& parent) const
{
    std::unordered_set<std::string> taken;
    auto freshId = [&](const std::string& old) {
        const std::string stem = stemOf(old);
        for (std::size_t n = 1;; ++n) {
            std::string candidate = stem + '-' + std::to_string(n);
            if (!target.contains(candidate) && !taken.count(candidate)) {
                taken.insert(candidate);
                return candidate;
            }
        }
    };
    std::map<std::string, std::string> ids; // old -> new, for the elements that are kept
    std::unordered_set<std::string> own;    // every element id of the fragment
    for (const auto& e : elements)
        own.insert(e.id);
    Fragment out;
    const Element* parentElement = target.element(parent);
    for (const auto& original : elements) {
        Element e = original;
        auto mappedParent = ids.find(e.parent);
        if (mappedParent != ids.end()) {
            e.parent = mappedParent->second;
        } else {
            // A root (its parent was not copied, or was left out).
            if (own.count(original.parent))
                continue; // its parent fits nowhere, so neither does it
            const Element* oldParent = target.element(original.parent);
            if (parentElement && KindRegistry::canNest(e.kind, parentElement->kind))
                e.parent = parent;
            else if (oldParent && KindRegistry::canNest(e.kind, oldParent->kind))
                e.parent = original.parent;
            else if (KindRegistry::canNest(e.kind, std::nullopt))
                e.parent.clear();
            else
                continue;
        }
        e.id = freshId(original.id);
        ids[original.id] = e.id;
        e.geometry.x += dx;
        e.geometry.y += dy;
        out.elements.push_back(std::move(e));
    }
    auto remap = [&](const std::string& id) -> std::string {
        if (auto it = ids.find(id); it != ids.end())
            return it->second;
        bool copiedButDropped = false;
        for (const auto& e : elements)
            copiedButDropped = copiedButDropped || e.id == id;
        return !copiedButDropped && target.element(id) ? id : std::string();
    };
    for (auto& e : out.elements)
        remapReferences(e, remap);
    for (const auto& original : links) {
        auto from = ids.find(original.from);
        auto to = ids.find(original.to);
        if (from == ids.end() || to == ids.end())
            continue;
        Link l = original;
        l.id = freshId(original.id);
        l.from = from->second;
        l.to = to->second;
        for (RoutePoint& p : l.route) { // the route moves with the pasted ends
            p.x += dx;
            p.y += dy;
        }
        out.links.push_back(std::move(l));
    }
    return out;
}

} // namespace kg

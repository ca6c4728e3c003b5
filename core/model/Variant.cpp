#include "model/Variant.h"

#include "model/Design.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg {

namespace {

// The fields of `to` that differ from `from`, an element of the same id and kind.
Variant::ElementPatch patchBetween(const Element& from, const Element& to)
{
    Variant::ElementPatch p;
    p.id = to.id;
    if (from.name != to.name)
        p.name = to.name;
    if (from.parent != to.parent)
        p.parent = to.parent;
    if (from.notes != to.notes)
        p.notes = to.notes;
    if (!(from.geometry == to.geometry))
        p.geometry = to.geometry;
    for (const auto& [key, value] : to.properties) {
        auto it = from.properties.find(key);
        if (it == from.properties.end() || !(it->second == value))
            p.set.emplace(key, value);
    }
    for (const auto& [key, value] : from.properties)
        if (to.properties.find(key) == to.properties.end())
            p.unset.push_back(key);
    return p;
}

template <typename Patch> Patch removal(const std::string& id)
{
    Patch p;
    p.id = id;
    p.remove = true;
    return p;
}

bool changesNothing(const Variant::ElementPatch& p)
{
    return !p.remove && !p.whole && !p.name && !p.parent && !p.notes && !p.geometry &&
           p.set.empty() && p.unset.empty();
}

} // namespace

Variant Variant::between(const Design& base, const Design& variant)
{
    Variant v;
    for (const Element& e : base.elements())
        if (!variant.element(e.id))
            v.elements.push_back(removal<ElementPatch>(e.id));
    for (const Element& e : variant.elements()) {
        const Element* was = base.element(e.id);
        if (!was || was->kind != e.kind) {
            {
                ElementPatch whole;
                whole.id = e.id;
                whole.whole = e;
                v.elements.push_back(std::move(whole));
            }
            continue;
        }
        if (*was == e)
            continue;
        ElementPatch p = patchBetween(*was, e);
        if (!changesNothing(p))
            v.elements.push_back(std::move(p));
    }
    for (const Link& l : base.links())
        if (!variant.link(l.id))
            v.links.push_back(removal<LinkPatch>(l.id));
    for (const Link& l : variant.links()) {
        const Link* was = base.link(l.id);
        if (!was || !(*was == l)) {
            LinkPatch whole;
            whole.id = l.id;
            whole.whole = l;
            v.links.push_back(std::move(whole));
        }
    }
    return v;
}

Design Variant::applyTo(const Design& base) const
{
    Design out;
    out.setInfo(base.title(), base.notes());
    out.setLesson(base.lesson());
    // What the variant removes goes with everything it holds; an element it replaces whole
    // (another kind) is swapped in place and keeps what it holds.
    std::set<std::string> removed;
    for (const ElementPatch& p : elements)
        if (p.remove)
            for (const std::string& id : base.subtree(p.id))
                removed.insert(id);
    std::map<std::string, const ElementPatch*> patches;
    for (const ElementPatch& p : elements)
        if (!p.remove && !p.whole)
            patches.emplace(p.id, &p);
    std::map<std::string, const ElementPatch*> replaced;
    for (const ElementPatch& p : elements)
        if (p.whole && base.element(p.id))
            replaced.emplace(p.id, &p);
    for (const Element& e : base.elements()) {
        if (auto r = replaced.find(e.id); r != replaced.end()) {
            out.insertElement(*r->second->whole);
            continue;
        }
        if (removed.count(e.id))
            continue;
        auto it = patches.find(e.id);
        if (it == patches.end()) {
            out.insertElement(e);
            continue;
        }
        const ElementPatch& p = *it->second;
        Element changed = e;
        if (p.name)
            changed.name = *p.name;
        if (p.parent)
            changed.parent = *p.parent;
        if (p.notes)
            changed.notes = *p.notes;
        if (p.geometry)
            changed.geometry = *p.geometry;
        for (const auto& [key, value] : p.set)
            changed.properties[key] = value;
        for (const std::string& key : p.unset)
            changed.properties.erase(key);
        out.insertElement(std::move(changed));
    }
    for (const ElementPatch& p : elements)
        if (p.whole && !base.element(p.id) && !out.contains(p.id))
            out.insertElement(*p.whole);
    // An element whose container did not survive goes too, with what it holds.
    std::vector<std::string> orphans;
    for (const Element& e : out.elements())
        if (!e.parent.empty() && !out.element(e.parent))
            orphans.push_back(e.id);
    for (const std::string& id : orphans)
        if (out.element(id))
            out.eraseElements(out.subtree(id));
    std::set<std::string> droppedLinks;
    std::map<std::string, const Link*> replacedLinks;
    for (const LinkPatch& p : links) {
        if (p.remove)
            droppedLinks.insert(p.id);
        else if (p.whole)
            replacedLinks.emplace(p.id, &*p.whole);
    }
    auto endsExist = [&](const Link& l) { return out.element(l.from) && out.element(l.to); };
    for (const Link& l : base.links()) {
        if (droppedLinks.count(l.id))
            continue;
        auto it = replacedLinks.find(l.id);
        const Link& shown = it == replacedLinks.end() ? l : *it->second;
        if (endsExist(shown))
            out.insertLink(shown);
    }
    for (const LinkPatch& p : links)
        if (p.whole && !base.link(p.id) && !out.contains(p.id) && endsExist(*p.whole))
            out.insertLink(*p.whole);
    return out;
}

} // namespace kg

#include "io/ItemJson.h"

#include "model/KindRegistry.h"

#include <algorithm>

namespace kg {

using ordered_json = nlohmann::ordered_json;

namespace {

ordered_json geometry(const Rect& r)
{
    ordered_json j = {{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}};
    if (r.z != 0) // most elements were never restacked: files stay as they were
        j["z"] = r.z;
    return j;
}

} // namespace

ordered_json ItemJson::properties(const PropertyMap& properties)
{
    ordered_json out = ordered_json::object();
    for (const auto& [key, value] : properties) {
        ordered_json* target = &out;
        std::size_t start = 0;
        std::size_t dot;
        while ((dot = key.find('.', start)) != std::string::npos) {
            ordered_json& group = (*target)[key.substr(start, dot - start)];
            if (!group.is_object())
                group = ordered_json::object();
            target = &group;
            start = dot + 1;
        }
        ordered_json& leaf = (*target)[key.substr(start)];
        std::visit([&leaf](const auto& v) { leaf = v; }, value);
    }
    return out;
}

ordered_json ItemJson::element(const Element& e)
{
    ordered_json j = ordered_json::object();
    j["id"] = e.id;
    j["kind"] = KindRegistry::info(e.kind).key;
    j["name"] = e.name;
    if (!e.parent.empty())
        j["parent"] = e.parent;
    j["geometry"] = geometry(e.geometry);
    if (!e.notes.empty())
        j["notes"] = e.notes;
    if (!e.properties.empty())
        j["properties"] = properties(e.properties);
    return j;
}

ordered_json ItemJson::link(const Link& l)
{
    ordered_json j = ordered_json::object();
    j["id"] = l.id;
    j["kind"] = KindRegistry::info(l.kind).key;
    j["from"] = l.from;
    j["to"] = l.to;
    if (!l.properties.empty())
        j["properties"] = properties(l.properties);
    if (!l.route.empty()) {
        ordered_json points = ordered_json::array();
        for (const RoutePoint& p : l.route)
            points.push_back(ordered_json::array({p.x, p.y}));
        j["route"] = std::move(points);
    }
    return j;
}

ordered_json ItemJson::variant(const Variant& v)
{
    ordered_json j = ordered_json::object();
    j["name"] = v.name;
    if (!v.notes.empty())
        j["notes"] = v.notes;
    std::vector<const Variant::ElementPatch*> elements;
    for (const auto& p : v.elements)
        elements.push_back(&p);
    std::stable_sort(elements.begin(), elements.end(),
                     [](const auto* a, const auto* b) { return a->id < b->id; });
    ordered_json jsonElements = ordered_json::array();
    for (const auto* p : elements) {
        if (p->whole) {
            jsonElements.push_back(element(*p->whole));
            continue;
        }
        ordered_json e = {{"id", p->id}};
        if (p->remove) {
            e["remove"] = true;
            jsonElements.push_back(std::move(e));
            continue;
        }
        if (p->name)
            e["name"] = *p->name;
        if (p->parent)
            e["parent"] = *p->parent;
        if (p->geometry)
            e["geometry"] = geometry(*p->geometry);
        if (p->notes)
            e["notes"] = *p->notes;
        if (!p->set.empty())
            e["properties"] = properties(p->set);
        if (!p->unset.empty())
            e["unset"] = p->unset;
        jsonElements.push_back(std::move(e));
    }
    j["elements"] = std::move(jsonElements);
    std::vector<const Variant::LinkPatch*> links;
    for (const auto& p : v.links)
        links.push_back(&p);
    std::stable_sort(links.begin(), links.end(),
                     [](const auto* a, const auto* b) { return a->id < b->id; });
    ordered_json jsonLinks = ordered_json::array();
    for (const auto* p : links)
        jsonLinks.push_back(p->whole ? link(*p->whole)
                                     : ordered_json{{"id", p->id}, {"remove", true}});
    j["links"] = std::move(jsonLinks);
    return j;
}

} // namespace kg

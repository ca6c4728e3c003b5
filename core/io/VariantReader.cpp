#include "io/VariantReader.h"

#include "io/ItemJson.h"
#include "io/JsonText.h"
#include "io/Suggestion.h"
#include "model/DesignChecker.h"
#include "model/Ids.h"
#include "model/Limits.h"
#include "model/TextForm.h"

#include <algorithm>
#include <set>

namespace kg {

using json = nlohmann::json;

namespace {

Sentence typeName(const json& j)
{
    return JsonText::typeName(j);
}

Sentence mustBe(const std::string& key, const char* expected, const json& found)
{
    return JsonText::mustBe(key, expected, found);
}

// The dotted keys of a nested properties object's values ({"a": {"b": 1}} gives "a.b").
void flatten(const json& object, const std::string& prefix, std::vector<std::string>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_object())
            flatten(*it, key, out);
        else
            out.push_back(key);
    }
}

// Removes the dotted key from a nested properties object, and the groups it leaves empty.
bool erase(json& object, const std::string& key)
{
    const auto dot = key.find('.');
    if (dot == std::string::npos)
        return object.erase(key) > 0;
    auto group = object.find(key.substr(0, dot));
    if (group == object.end() || !group->is_object())
        return false;
    const bool erased = erase(*group, key.substr(dot + 1));
    if (erased && group->empty())
        object.erase(group);
    return erased;
}

bool allowed(const std::string& key, const std::vector<std::string>& keys)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

std::vector<Variant> VariantReader::read(const json& variants)
{
    std::vector<Variant> out;
    if (!variants.is_array()) {
        error("/variants", mustBe("variants", "phrase.json.array", variants));
        return out;
    }
    if (variants.size() > limits::kMaxVariants) {
        error("/variants",
              Sentence("load.variants.many", {{"count", std::to_string(variants.size())},
                                              {"limit", std::to_string(limits::kMaxVariants)}}));
        return out;
    }
    std::map<std::string, std::string> names; // name -> pointer of its first use
    for (std::size_t i = 0; i < variants.size(); ++i) {
        const std::string pointer = "/variants/" + std::to_string(i);
        Variant v;
        if (!readVariant(variants[i], pointer, v))
            continue;
        auto [it, inserted] = names.emplace(v.name, pointer);
        if (!inserted) {
            error(pointer + "/name",
                  Sentence("load.variant.same-name", {{"name", v.name}, {"pointer", it->second}}));
            continue;
        }
        checkApplied(v, pointer);
        out.push_back(std::move(v));
    }
    return out;
}

bool VariantReader::readText(const json& item, const char* key, const std::string& pointer,
                             std::size_t maxLength, bool multiline, bool required, std::string& out)
{
    const auto it = item.find(key);
    const std::string p = pointer + "/" + key;
    if (it == item.end()) {
        if (required)
            error(pointer, Sentence("load.key.missing", {{"key", key}}));
        return !required;
    }
    if (!it->is_string()) {
        error(p, mustBe(key, "phrase.json.string", *it));
        return false;
    }
    std::string value = it->get<std::string>();
    if (value.size() > maxLength) {
        error(p, Sentence("load.key.long", {{"key", key},
                                            {"length", std::to_string(value.size())},
                                            {"limit", std::to_string(maxLength)}}));
        return false;
    }
    if (Sentence why = textProblem(value, multiline); !why.empty()) {
        error(p, Sentence("load.key.text", {{"key", key}}, {{"why", std::move(why)}}));
        return false;
    }
    if (required && value.empty()) {
        error(p, Sentence("load.key.empty", {{"key", key}}));
        return false;
    }
    out = std::move(value);
    return true;
}

bool VariantReader::readVariant(const json& item, const std::string& pointer, Variant& out)
{
    if (!item.is_object()) {
        error(pointer, Sentence("load.variant.type", {}, {{"found", typeName(item)}}));
        return false;
    }
    static const std::vector<std::string> keys{"name", "notes", "elements", "links"};
    bool ok = true;
    for (auto it = item.begin(); it != item.end(); ++it)
        if (!allowed(it.key(), keys)) {
            error(pointer + "/" + it.key(), Sentence("load.key.unknown", {{"key", it.key()}},
                                                     {{"suggest", suggestion(it.key(), keys)}}));
            ok = false;
        }
    ok &= readText(item, "name", pointer, limits::kMaxNameLength, false, true, out.name);
    ok &= readText(item, "notes", pointer, limits::kMaxNotesLength, true, false, out.notes);
    std::set<std::string> changed; // ids the variant already changes
    for (const char* list : {"elements", "links"}) {
        const auto it = item.find(list);
        if (it == item.end())
            continue;
        const std::string p = pointer + "/" + list;
        if (!it->is_array()) {
            error(p, mustBe(list, "phrase.json.array", *it));
            ok = false;
            continue;
        }
        if (it->size() > limits::kMaxVariantChanges) {
            error(p, Sentence(std::string("load.variant.many-") + list,
                              {{"count", std::to_string(it->size())},
                               {"limit", std::to_string(limits::kMaxVariantChanges)}}));
            ok = false;
            continue;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string at = p + "/" + std::to_string(i);
            const bool element = std::string(list) == "elements";
            std::string id;
            if (element) {
                Variant::ElementPatch patch;
                if (!readElementChange((*it)[i], at, patch)) {
                    ok = false;
                    continue;
                }
                id = patch.id;
                out.elements.push_back(std::move(patch));
            } else {
                Variant::LinkPatch patch;
                if (!readLinkChange((*it)[i], at, patch)) {
                    ok = false;
                    continue;
                }
                id = patch.id;
                out.links.push_back(std::move(patch));
            }
            if (!changed.insert(id).second) {
                error(at + "/id", Sentence("load.variant.twice", {{"id", id}}), id);
                ok = false;
            }
        }
    }
    return ok;
}

bool VariantReader::readElementChange(const json& item, const std::string& pointer,
                                      Variant::ElementPatch& out)
{
    if (!item.is_object()) {
        error(pointer, Sentence("load.variant.element-type", {}, {{"found", typeName(item)}}));
        return false;
    }
    const auto id = item.find("id");
    if (id == item.end() || !id->is_string() || !idProblem(id->get<std::string>()).empty()) {
        error(pointer + "/id", Sentence("load.variant.element-id"));
        return false;
    }
    out.id = id->get<std::string>();
    const Element* base = m_base.element(out.id);
    // A whole element: one the base lacks, or one whose kind the variant changes.
    if (item.contains("kind")) {
        Element whole;
        if (!m_hooks.readElement(item, pointer, whole))
            return false;
        if (m_base.link(out.id)) {
            error(pointer + "/id", Sentence("load.variant.not-element", {{"id", out.id}}), out.id);
            return false;
        }
        out.whole = std::move(whole);
        return true;
    }
    if (!base) {
        error(pointer + "/id", Sentence("load.variant.no-element", {{"id", out.id}}), out.id);
        return false;
    }
    if (const auto remove = item.find("remove"); remove != item.end()) {
        if (!remove->is_boolean() || !remove->get<bool>() || item.size() != 2) {
            error(pointer + "/remove", Sentence("load.variant.remove-element"), out.id);
            return false;
        }
        out.remove = true;
        return true;
    }
    static const std::vector<std::string> keys{"id",       "name",       "parent", "notes",
                                               "geometry", "properties", "unset"};
    bool ok = true;
    for (auto it = item.begin(); it != item.end(); ++it)
        if (!allowed(it.key(), keys)) {
            error(pointer + "/" + it.key(),
                  Sentence("load.key.unknown", {{"key", it.key()}},
                           {{"suggest", suggestion(it.key(), keys)}}),
                  out.id);
            ok = false;
        }
    if (!ok)
        return false;
    // The base's element with the changes made, checked as any element is.
    json changed = ItemJson::element(*base);
    for (const char* key : {"name", "parent", "notes", "geometry"})
        if (item.contains(key))
            changed[key] = item[key];
    std::vector<std::string> set;
    if (const auto props = item.find("properties"); props != item.end()) {
        if (!props->is_object()) {
            error(pointer + "/properties", mustBe("properties", "phrase.json.object", *props),
                  out.id);
            return false;
        }
        if (!changed.contains("properties"))
            changed["properties"] = json::object();
        changed["properties"].merge_patch(*props);
        flatten(*props, {}, set);
    }
    if (const auto unset = item.find("unset"); unset != item.end()) {
        if (!unset->is_array()) {
            error(pointer + "/unset", Sentence("load.variant.unset-type"), out.id);
            return false;
        }
        for (std::size_t i = 0; i < unset->size(); ++i) {
            const json& key = (*unset)[i];
            if (!key.is_string() || !base->isSet(key.get<std::string>()) ||
                std::find(set.begin(), set.end(), key.get<std::string>()) != set.end()) {
                error(pointer + "/unset/" + std::to_string(i),
                      Sentence("load.variant.unset-unknown"), out.id);
                return false;
            }
            erase(changed["properties"], key.get<std::string>());
            out.unset.push_back(key.get<std::string>());
        }
    }
    Element result;
    if (!m_hooks.readElement(changed, pointer, result))
        return false;
    if (item.contains("name"))
        out.name = result.name;
    if (item.contains("parent"))
        out.parent = result.parent;
    if (item.contains("notes"))
        out.notes = result.notes;
    if (item.contains("geometry"))
        out.geometry = result.geometry;
    for (const std::string& key : set)
        if (const auto it = result.properties.find(key); it != result.properties.end())
            out.set.emplace(key, it->second);
    return true;
}

bool VariantReader::readLinkChange(const json& item, const std::string& pointer,
                                   Variant::LinkPatch& out)
{
    if (!item.is_object()) {
        error(pointer, Sentence("load.variant.link-type", {}, {{"found", typeName(item)}}));
        return false;
    }
    if (const auto remove = item.find("remove"); remove != item.end()) {
        const auto id = item.find("id");
        if (id == item.end() || !id->is_string() || !m_base.link(id->get<std::string>())) {
            error(pointer + "/id", Sentence("load.variant.remove-unknown-link"));
            return false;
        }
        out.id = id->get<std::string>();
        if (!remove->is_boolean() || !remove->get<bool>() || item.size() != 2) {
            error(pointer + "/remove", Sentence("load.variant.remove-link"), out.id);
            return false;
        }
        out.remove = true;
        return true;
    }
    Link whole;
    if (!m_hooks.readLink(item, pointer, whole))
        return false;
    if (m_base.element(whole.id)) {
        error(pointer + "/id", Sentence("load.variant.not-link", {{"id", whole.id}}), whole.id);
        return false;
    }
    out.id = whole.id;
    out.whole = std::move(whole);
    return true;
}

void VariantReader::checkApplied(const Variant& v, const std::string& pointer)
{
    const Design applied = v.applyTo(m_base);
    // Applying drops what lost its container or an end; in a file that is a dangling name.
    for (std::size_t i = 0; i < v.elements.size(); ++i) {
        const auto& p = v.elements[i];
        const std::string parent = p.whole ? p.whole->parent : p.parent.value_or("");
        if (!parent.empty() && !applied.element(parent))
            error(pointer + "/elements/" + std::to_string(i) + "/parent",
                  Sentence("load.variant.no-parent",
                           {{"variant", v.name}, {"parent", parent}, {"id", p.id}}),
                  p.id);
    }
    for (std::size_t i = 0; i < v.links.size(); ++i) {
        const auto& p = v.links[i];
        if (!p.whole)
            continue;
        for (const std::string& end : {p.whole->from, p.whole->to})
            if (!applied.element(end))
                error(pointer + "/links/" + std::to_string(i),
                      Sentence("load.variant.no-end", {{"variant", v.name}, {"end", end}}), p.id);
    }
    for (const auto& problem : DesignChecker::check(applied, 5))
        error(pointer,
              Sentence(problem.isLink ? (problem.field.empty() ? "load.variant.link-problem"
                                                               : "load.variant.link-field-problem")
                       : problem.field.empty() ? "load.variant.element-problem"
                                               : "load.variant.element-field-problem",
                       {{"variant", v.name}, {"id", problem.itemId}, {"field", problem.field}},
                       {{"why", problem.text}}),
              problem.itemId);
}

} // namespace kg

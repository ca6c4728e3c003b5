#include "io/DesignJson.h"

#include "io/JsonText.h"
#include "io/LessonReader.h"
#include "io/Migration.h"
#include "io/SourceDetector.h"
#include "io/Suggestion.h"
#include "io/VariantReader.h"
#include "io/ZoneReferences.h"
#include "model/DesignChecker.h"
#include "model/Ids.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "model/PropertyValidator.h"
#include "model/TextForm.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace kg {

namespace {

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

constexpr std::size_t kMaxErrors = 20;

std::string escapePointerToken(const std::string& token)
{
    return JsonText::pointerToken(token);
}

std::string shown(const std::string& s)
{
    constexpr std::size_t kMax = 60;
    return s.size() > kMax ? utf8Prefix(s, kMax) + "..." : s;
}

Sentence typeName(const json& j)
{
    return JsonText::typeName(j);
}

Sentence mustBe(const std::string& key, const char* expected, const json& found)
{
    return JsonText::mustBe(key, expected, found);
}

class Reader
{
public:
    // `wholeDesign` false reads a fragment: the same checks of every item, but parents and
    // references may name items outside it (DesignJson::loadFragment).
    Reader(std::string_view bytes, bool wholeDesign) : m_bytes(bytes), m_wholeDesign(wholeDesign) {}

    LoadResult run()
    {
        LoadResult result;
        json document;
        if (!parse(document)) {
            result.errors = std::move(m_errors);
            return result;
        }
        if (!checkHeader(document, result.migratedFromVersion, result.notes)) {
            result.errors = std::move(m_errors);
            return result;
        }
        ZoneReferences::resolve(document, result.notes);
        Design design;
        readDesign(document, design);
        if (m_errors.empty() && m_wholeDesign)
            checkStructure(design);
        if (m_errors.empty() && m_wholeDesign)
            readVariants(document, design);
        if (m_errors.empty() && m_wholeDesign)
            readLesson(document, design);
        if (!m_errors.empty()) {
            result.errors = std::move(m_errors);
            result.migratedFromVersion = 0;
            result.notes.clear();
            return result;
        }
        result.design = std::move(design);
        return result;
    }

private:
    bool full() const { return m_errors.size() >= kMaxErrors; }

    void error(std::string pointer, Sentence message, std::string itemId = {})
    {
        if (full())
            return;
        LoadError e;
        e.pointer = std::move(pointer);
        e.text = std::move(message);
        e.itemId = std::move(itemId);
        m_errors.push_back(std::move(e));
    }

    bool parse(json& document)
    {
        JsonText::Options options;
        options.describeNonJson = &SourceDetector::describeNonJson;
        auto parsed = JsonText::parse(m_bytes, options, m_errors);
        if (!parsed)
            return false;
        document = std::move(*parsed);
        return true;
    }

    bool checkHeader(json& document, int& migratedFrom, std::vector<Sentence>& notes)
    {
        if (SourceDetector::detect(document) != SourceKind::KubegateDesign) {
            error({}, SourceDetector::describeForeignJson(document));
            return false;
        }
        auto v = document.find("version");
        if (v == document.end()) {
            error("/version", Sentence("load.version.missing",
                                       {{"version", std::to_string(Migration::kCurrentVersion)}}));
            return false;
        }
        if (!v->is_number_integer()) {
            error("/version", mustBe("version", "phrase.json.integer", *v));
            return false;
        }
        if (v->is_number_unsigned() &&
            v->get<std::uint64_t>() > static_cast<std::uint64_t>(Migration::kCurrentVersion)) {
            error("/version", Sentence("load.version.newer", {{"version", v->dump()}}));
            return false;
        }
        auto version = v->get<std::int64_t>();
        if (version > Migration::kCurrentVersion) {
            error("/version", Sentence("load.version.newer-range",
                                       {{"version", std::to_string(version)},
                                        {"oldest", std::to_string(Migration::kOldestVersion)},
                                        {"current", std::to_string(Migration::kCurrentVersion)}}));
            return false;
        }
        if (version < Migration::kOldestVersion) {
            error("/version", Sentence("load.version.unknown",
                                       {{"version", std::to_string(version)},
                                        {"oldest", std::to_string(Migration::kOldestVersion)}}));
            return false;
        }
        if (version < Migration::kCurrentVersion) {
            Migration::upgrade(document, static_cast<int>(version), notes);
            migratedFrom = static_cast<int>(version);
        }
        return true;
    }

    static const std::vector<std::string>& topKeys()
    {
        static const std::vector<std::string> keys{"format",   "version", "title",    "notes",
                                                   "elements", "links",   "variants", "lesson"};
        return keys;
    }

    bool readString(const json& parent, const std::string& key, const std::string& pointer,
                    std::size_t maxLength, bool multiline, std::string& out,
                    const std::string& itemId = {})
    {
        auto it = parent.find(key);
        if (it == parent.end() || it->is_null())
            return true;
        std::string p = pointer + "/" + key;
        if (!it->is_string()) {
            error(p, mustBe(key, "phrase.json.string", *it), itemId);
            return false;
        }
        std::string value = it->get<std::string>();
        if (value.size() > maxLength) {
            error(p,
                  Sentence("load.key.long", {{"key", key},
                                             {"length", std::to_string(value.size())},
                                             {"limit", std::to_string(maxLength)}}),
                  itemId);
            return false;
        }
        if (Sentence why = textProblem(value, multiline); !why.empty()) {
            error(p, Sentence("load.key.text", {{"key", key}}, {{"why", std::move(why)}}), itemId);
            return false;
        }
        out = std::move(value);
        return true;
    }

    void readDesign(const json& document, Design& design)
    {
        for (auto it = document.begin(); it != document.end(); ++it) {
            const auto& keys = topKeys();
            if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
                error("/" + escapePointerToken(it.key()),
                      Sentence("load.key.unknown-top", {{"key", shown(it.key())}},
                               {{"suggest", suggestion(it.key(), keys)}}));
        }
        std::string title;
        std::string notes;
        readString(document, "title", "", limits::kMaxNameLength, false, title);
        readString(document, "notes", "", limits::kMaxNotesLength, true, notes);
        design.setInfo(title, notes);

        auto elements = document.find("elements");
        if (elements == document.end()) {
            error("/elements", Sentence("load.elements.missing"));
            return;
        }
        if (!elements->is_array()) {
            error("/elements", mustBe("elements", "phrase.json.array", *elements));
            return;
        }
        if (elements->size() > limits::kMaxElements) {
            error("/elements", Sentence("load.elements.many",
                                        {{"count", std::to_string(elements->size())},
                                         {"limit", std::to_string(limits::kMaxElements)}}));
            return;
        }
        std::map<std::string, std::string> seen; // id -> pointer of its first use
        for (std::size_t i = 0; i < elements->size() && !full(); ++i) {
            std::string pointer = "/elements/" + std::to_string(i);
            Element element;
            if (readElement((*elements)[i], pointer, element) && claimId(element.id, pointer, seen))
                design.insertElement(std::move(element));
        }
        auto links = document.find("links");
        if (links == document.end() || links->is_null())
            return;
        if (!links->is_array()) {
            error("/links", mustBe("links", "phrase.json.array", *links));
            return;
        }
        for (std::size_t i = 0; i < links->size() && !full(); ++i) {
            std::string pointer = "/links/" + std::to_string(i);
            Link link;
            if (readLink((*links)[i], pointer, link) && claimId(link.id, pointer, seen))
                design.insertLink(std::move(link));
        }
        for (std::size_t i = 0; i < design.elements().size(); ++i)
            m_elementPointers[design.elements()[i].id] = seen[design.elements()[i].id];
        for (std::size_t i = 0; i < design.links().size(); ++i)
            m_linkPointers[design.links()[i].id] = seen[design.links()[i].id];
    }

    bool claimId(const std::string& id, const std::string& pointer,
                 std::map<std::string, std::string>& seen)
    {
        auto [it, inserted] = seen.emplace(id, pointer);
        if (!inserted) {
            error(pointer + "/id",
                  Sentence("load.id.duplicate", {{"id", id}, {"pointer", it->second}}), id);
            return false;
        }
        return true;
    }

    bool readId(const json& item, const std::string& pointer, std::string& id)
    {
        auto it = item.find("id");
        if (it == item.end()) {
            error(pointer, Sentence("load.key.missing", {{"key", "id"}}));
            return false;
        }
        if (!it->is_string()) {
            error(pointer + "/id", mustBe("id", "phrase.json.string", *it));
            return false;
        }
        std::string value = it->get<std::string>();
        if (Sentence why = idProblem(value); !why.empty()) {
            error(pointer + "/id",
                  Sentence("load.id.invalid", {{"id", shown(value)}}, {{"why", std::move(why)}}));
            return false;
        }
        id = std::move(value);
        return true;
    }

    bool checkKeys(const json& item, const std::string& pointer, const std::string& id,
                   const std::vector<std::string>& allowedKeys)
    {
        bool ok = true;
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (std::find(allowedKeys.begin(), allowedKeys.end(), it.key()) == allowedKeys.end()) {
                if (full())
                    return false; // nothing more is reported: skip the costly suggestion
                error(pointer + "/" + escapePointerToken(it.key()),
                      Sentence("load.key.unknown", {{"key", shown(it.key())}},
                               {{"suggest", suggestion(it.key(), allowedKeys)}}),
                      id);
                ok = false;
            }
        }
        return ok;
    }

    bool readElement(const json& item, const std::string& pointer, Element& element)
    {
        if (!item.is_object()) {
            error(pointer, Sentence("load.element.type", {}, {{"found", typeName(item)}}));
            return false;
        }
        if (!readId(item, pointer, element.id))
            return false;
        const std::string& id = element.id;
        static const std::vector<std::string> keys{"id",       "kind",  "name",      "parent",
                                                   "geometry", "notes", "properties"};
        bool ok = checkKeys(item, pointer, id, keys);

        auto kind = item.find("kind");
        if (kind == item.end()) {
            error(pointer, Sentence("load.key.missing", {{"key", "kind"}}), id);
            return false;
        }
        if (!kind->is_string()) {
            error(pointer + "/kind", mustBe("kind", "phrase.json.string", *kind), id);
            return false;
        }
        auto parsedKind = KindRegistry::elementKindFromKey(kind->get<std::string>());
        if (!parsedKind) {
            std::vector<std::string> known;
            for (const auto& k : KindRegistry::elementKinds())
                known.push_back(k.key);
            error(pointer + "/kind",
                  Sentence("load.kind.element", {{"kind", shown(kind->get<std::string>())}},
                           {{"suggest", suggestion(kind->get<std::string>(), known)}}),
                  id);
            return false;
        }
        element.kind = *parsedKind;
        ok &= readString(item, "name", pointer, limits::kMaxNameLength, false, element.name, id);
        ok &= readString(item, "notes", pointer, limits::kMaxNotesLength, true, element.notes, id);
        std::string parent;
        if (readString(item, "parent", pointer, limits::kMaxIdLength + 1, false, parent, id))
            element.parent = parent;
        else
            ok = false;
        ok &= readGeometry(item, pointer, id, element.geometry);
        ok &= readProperties(item, pointer, id, element);
        return ok;
    }

    bool readGeometry(const json& item, const std::string& pointer, const std::string& id,
                      Rect& rect)
    {
        auto g = item.find("geometry");
        if (g == item.end() || g->is_null())
            return true;
        std::string p = pointer + "/geometry";
        if (!g->is_object()) {
            error(p, Sentence("load.geometry.type", {}, {{"found", typeName(*g)}}), id);
            return false;
        }
        static const std::vector<std::string> keys{"x", "y", "width", "height"};
        static const std::vector<std::string> allowed{"x", "y", "width", "height", "z"};
        bool ok = checkKeys(*g, p, id, allowed);
        if (auto z = g->find("z"); z != g->end()) {
            if (!z->is_number_integer()) {
                error(p + "/z", mustBe("z", "phrase.json.whole-number", *z), id);
                ok = false;
            } else if (const auto v = z->get<long long>();
                       v < -limits::kMaxStacking || v > limits::kMaxStacking) {
                error(p + "/z",
                      Sentence(
                          "load.geometry.z-range",
                          {{"value", z->dump()}, {"limit", std::to_string(limits::kMaxStacking)}}),
                      id);
                ok = false;
            } else {
                rect.z = static_cast<int>(v);
            }
        }
        double* fields[] = {&rect.x, &rect.y, &rect.width, &rect.height};
        for (std::size_t i = 0; i < keys.size(); ++i) {
            auto v = g->find(keys[i]);
            if (v == g->end())
                continue;
            if (!v->is_number()) {
                error(p + "/" + keys[i], mustBe(keys[i], "phrase.json.number", *v), id);
                ok = false;
                continue;
            }
            double value = v->get<double>();
            if (!std::isfinite(value) || std::fabs(value) > limits::kMaxCoordinate ||
                (i >= 2 && value < 0)) {
                error(p + "/" + keys[i],
                      Sentence("load.key.range", {{"key", keys[i]}, {"value", v->dump()}}), id);
                ok = false;
                continue;
            }
            *fields[i] = value;
        }
        return ok;
    }

    bool readProperties(const json& item, const std::string& pointer, const std::string& id,
                        Element& element)
    {
        auto props = item.find("properties");
        if (props == item.end() || props->is_null())
            return true;
        if (!props->is_object()) {
            error(pointer + "/properties", mustBe("properties", "phrase.json.object", *props), id);
            return false;
        }
        std::vector<std::string> known;
        for (const auto& s : KindRegistry::info(element.kind).properties)
            known.push_back(s.key);
        return readPropertyObject(
            *props, pointer + "/properties", "", id, known,
            [&](const std::string& key) { return KindRegistry::property(element.kind, key); },
            KindRegistry::info(element.kind).key, element.properties);
    }

    template <typename SpecLookup>
    bool readPropertyObject(const json& object, const std::string& pointer,
                            const std::string& prefix, const std::string& id,
                            const std::vector<std::string>& known, SpecLookup lookup,
                            const std::string& kindKey, PropertyMap& out)
    {
        bool ok = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            std::string key = prefix + it.key();
            std::string p = pointer + "/" + escapePointerToken(it.key());
            const json& value = it.value();
            if (value.is_null())
                continue;
            const PropertySpec* spec = lookup(key);
            if (!spec && value.is_object()) {
                bool isGroup = std::any_of(known.begin(), known.end(), [&](const std::string& k) {
                    return k.rfind(key + ".", 0) == 0;
                });
                if (isGroup) {
                    ok &= readPropertyObject(value, p, key + ".", id, known, lookup, kindKey, out);
                    continue;
                }
            }
            if (!spec) {
                if (full())
                    return false; // nothing more is reported: skip the costly suggestion
                error(p,
                      Sentence("load.property.unknown", {{"key", shown(key)}, {"kind", kindKey}},
                               {{"suggest", suggestion(key, known)}}),
                      id);
                ok = false;
                continue;
            }
            PropertyValue parsed;
            if (!convert(*spec, value, parsed)) {
                error(p,
                      Sentence(
                          "load.property.type", {{"key", key}},
                          {{"type", propertyTypePhrase(spec->type)}, {"found", typeName(value)}}),
                      id);
                ok = false;
                continue;
            }
            // Azure treats a location's display name ("East US") as its name ("eastus").
            if (spec->form == TextForm::AzureLocation)
                if (auto* text = std::get_if<std::string>(&parsed))
                    *text = azureLocationName(*text);
            if (Sentence why = validatePropertyValue(*spec, parsed); !why.empty()) {
                error(p,
                      Sentence("load.property.invalid", {{"key", key}}, {{"why", std::move(why)}}),
                      id);
                ok = false;
                continue;
            }
            out[key] = std::move(parsed);
        }
        return ok;
    }

    static bool convert(const PropertySpec& spec, const json& value, PropertyValue& out)
    {
        switch (spec.type) {
        case PropertyType::Bool:
            if (!value.is_boolean())
                return false;
            out = value.get<bool>();
            return true;
        case PropertyType::Int:
            if (!value.is_number_integer())
                return false;
            out = value.get<std::int64_t>();
            return true;
        case PropertyType::CidrList:
        case PropertyType::IpList:
        case PropertyType::TextList:
        case PropertyType::RefList:
        case PropertyType::SourceList: {
            if (!value.is_array())
                return false;
            StringList list;
            for (const auto& entry : value) {
                if (!entry.is_string())
                    return false;
                list.push_back(entry.get<std::string>());
            }
            out = std::move(list);
            return true;
        }
        default:
            if (!value.is_string())
                return false;
            out = value.get<std::string>();
            return true;
        }
    }

    bool readLink(const json& item, const std::string& pointer, Link& link)
    {
        if (!item.is_object()) {
            error(pointer, Sentence("load.link.type", {}, {{"found", typeName(item)}}));
            return false;
        }
        if (!readId(item, pointer, link.id))
            return false;
        const std::string& id = link.id;
        static const std::vector<std::string> keys{"id", "kind",       "from",
                                                   "to", "properties", "route"};
        bool ok = checkKeys(item, pointer, id, keys);
        ok &= readRoute(item, pointer, id, link);
        auto kind = item.find("kind");
        if (kind == item.end() || !kind->is_string()) {
            error(pointer + "/kind", Sentence("load.link.kind-type"), id);
            return false;
        }
        auto parsed = KindRegistry::linkKindFromKey(kind->get<std::string>());
        if (!parsed) {
            std::vector<std::string> known;
            for (const auto& k : KindRegistry::linkKinds())
                known.push_back(k.key);
            error(pointer + "/kind",
                  Sentence("load.kind.link", {{"kind", shown(kind->get<std::string>())}},
                           {{"suggest", suggestion(kind->get<std::string>(), known)}}),
                  id);
            return false;
        }
        link.kind = *parsed;
        for (const char* end : {"from", "to"}) {
            auto v = item.find(end);
            if (v == item.end() || !v->is_string()) {
                error(pointer + "/" + end, Sentence("load.link.end", {{"key", end}}), id);
                ok = false;
                continue;
            }
            (std::string(end) == "from" ? link.from : link.to) = v->get<std::string>();
        }
        auto props = item.find("properties");
        if (props != item.end() && !props->is_null()) {
            if (!props->is_object()) {
                error(pointer + "/properties", Sentence("load.link.properties-type"), id);
                return false;
            }
            std::vector<std::string> known;
            for (const auto& s : KindRegistry::info(link.kind).properties)
                known.push_back(s.key);
            ok &= readPropertyObject(
                *props, pointer + "/properties", "", id, known,
                [&](const std::string& key) { return KindRegistry::property(link.kind, key); },
                KindRegistry::info(link.kind).key, link.properties);
        }
        return ok;
    }

    // "route": the bends of the drawn line, [[x, y], ...], each a pair of coordinates.
    bool readRoute(const json& item, const std::string& pointer, const std::string& id, Link& link)
    {
        auto route = item.find("route");
        if (route == item.end() || route->is_null())
            return true;
        const std::string p = pointer + "/route";
        if (!route->is_array()) {
            error(p, Sentence("load.route.type", {}, {{"found", typeName(*route)}}), id);
            return false;
        }
        if (route->size() > limits::kMaxRoutePoints) {
            error(p,
                  Sentence("load.route.many", {{"count", std::to_string(route->size())},
                                               {"limit", std::to_string(limits::kMaxRoutePoints)}}),
                  id);
            return false;
        }
        for (std::size_t i = 0; i < route->size(); ++i) {
            const json& point = (*route)[i];
            const std::string at = p + "/" + std::to_string(i);
            if (!point.is_array() || point.size() != 2 || !point[0].is_number() ||
                !point[1].is_number()) {
                error(at, Sentence("load.route.point", {{"value", point.dump()}}), id);
                return false;
            }
            const double x = point[0].get<double>();
            const double y = point[1].get<double>();
            if (!std::isfinite(x) || !std::isfinite(y) || std::fabs(x) > limits::kMaxCoordinate ||
                std::fabs(y) > limits::kMaxCoordinate) {
                error(at, Sentence("load.route.range", {{"value", point.dump()}}), id);
                return false;
            }
            link.route.push_back({x, y});
        }
        return true;
    }

    // After the base is read and sound: the variants, each against it (VariantReader).
    void readVariants(const json& document, Design& design)
    {
        const auto variants = document.find("variants");
        if (variants == document.end())
            return;
        VariantReader::Hooks hooks;
        hooks.error = [this](std::string pointer, Sentence message, std::string itemId) {
            error(std::move(pointer), std::move(message), std::move(itemId));
        };
        hooks.readElement = [this](const json& item, const std::string& pointer, Element& e) {
            return readElement(item, pointer, e);
        };
        hooks.readLink = [this](const json& item, const std::string& pointer, Link& l) {
            return readLink(item, pointer, l);
        };
        design.setVariants(VariantReader(design, std::move(hooks)).read(*variants));
    }

    // After the base is read and sound: the trainer's lesson, which names its items.
    void readLesson(const json& document, Design& design)
    {
        const auto lesson = document.find("lesson");
        if (lesson == document.end())
            return;
        LessonReader reader(design, [this](std::string pointer, Sentence message) {
            error(std::move(pointer), std::move(message));
        });
        if (auto read = reader.read(*lesson))
            design.setLesson(std::move(*read));
    }

    void checkStructure(const Design& design)
    {
        for (const auto& problem : DesignChecker::check(design, kMaxErrors)) {
            const auto& pointers = problem.isLink ? m_linkPointers : m_elementPointers;
            auto it = pointers.find(problem.itemId);
            std::string pointer = it == pointers.end() ? std::string{} : it->second;
            error(pointer + "/" + problem.field, problem.text, problem.itemId);
        }
    }

    std::string_view m_bytes;
    bool m_wholeDesign = true;
    std::vector<LoadError> m_errors;
    std::map<std::string, std::string> m_elementPointers;
    std::map<std::string, std::string> m_linkPointers;
};

} // namespace

LoadResult DesignJson::load(std::string_view bytes)
{
    return Reader(bytes, true).run();
}

LoadResult DesignJson::loadFragment(std::string_view bytes)
{
    return Reader(bytes, false).run();
}

LoadResult DesignJson::loadFile(const std::string& path)
{
    LoadResult result;
    LoadError error;
    std::optional<std::string> bytes = JsonText::readFile(path, error);
    if (!bytes) {
        result.errors.push_back(std::move(error));
        return result;
    }
    return load(*bytes);
}

} // namespace kg

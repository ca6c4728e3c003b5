#include "io/ZoneReferences.h"

#include "model/Ids.h"
#include "model/TextForm.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg {

namespace {

using json = nlohmann::json;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// The zone name of a private DNS zone's resource id, or empty when `value` is not one.
std::string zoneNameOf(const std::string& value)
{
    static const std::string kMarker = "/providers/microsoft.network/privatednszones/";
    const std::string l = lower(value);
    const std::size_t at = l.find(kMarker);
    if (l.rfind("/subscriptions/", 0) != 0 || at == std::string::npos)
        return {};
    if (!textFormProblem(TextForm::AzureResourceId, value).empty())
        return {};
    std::string name = value.substr(at + kMarker.size());
    if (name.empty() || name.find('/') != std::string::npos ||
        !textFormProblem(TextForm::DnsName, name).empty())
        return {};
    return lower(name);
}

// The zone value of a cluster element: nested ({"apiServerAccessProfile": {"privateDNSZone"}})
// as Kubegate writes it, or under the dotted key.
json* zoneValue(json& element)
{
    auto props = element.find("properties");
    if (props == element.end() || !props->is_object())
        return nullptr;
    if (auto profile = props->find("apiServerAccessProfile");
        profile != props->end() && profile->is_object()) {
        if (auto z = profile->find("privateDNSZone"); z != profile->end() && z->is_string())
            return &*z;
    }
    if (auto z = props->find("apiServerAccessProfile.privateDNSZone");
        z != props->end() && z->is_string())
        return &*z;
    return nullptr;
}

double number(const json& object, const char* key, double fallback)
{
    auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : fallback;
}

} // namespace

void ZoneReferences::resolve(json& document, std::vector<Sentence>& notes)
{
    if (!document.is_object())
        return;
    auto elements = document.find("elements");
    if (elements == document.end() || !elements->is_array())
        return;
    std::map<std::string, std::string> zoneIds; // zone name (lower case) -> element id
    std::set<std::string> ids;
    double right = 0;
    for (const auto& e : *elements) {
        if (!e.is_object())
            continue;
        auto id = e.find("id");
        if (id != e.end() && id->is_string())
            ids.insert(id->get<std::string>());
        if (auto g = e.find("geometry"); g != e.end() && g->is_object())
            right = std::max(right, number(*g, "x", 0) + number(*g, "width", 0));
        auto kind = e.find("kind");
        if (kind == e.end() || *kind != "azure.privateDnsZone" || id == e.end() || !id->is_string())
            continue;
        if (auto props = e.find("properties"); props != e.end() && props->is_object())
            if (auto name = props->find("zoneName"); name != props->end() && name->is_string())
                zoneIds.emplace(lower(name->get<std::string>()), id->get<std::string>());
    }
    std::vector<json> added;
    for (auto& e : *elements) {
        if (!e.is_object() || e.value("kind", json()) != "aks.cluster")
            continue;
        json* zone = zoneValue(e);
        if (!zone)
            continue;
        const std::string name = zoneNameOf(zone->get<std::string>());
        if (name.empty())
            continue;
        const Sentence cluster = e.value("id", json()).is_string()
                                     ? Sentence::literal(e["id"].get<std::string>())
                                     : Sentence("phrase.a-cluster");
        auto known = zoneIds.find(name);
        if (known == zoneIds.end()) {
            std::string id = idStemFrom(name);
            for (int n = 2; ids.count(id); ++n)
                id = idStemFrom(name) + "-" + std::to_string(n);
            ids.insert(id);
            const json* g =
                e.contains("geometry") && e["geometry"].is_object() ? &e["geometry"] : nullptr;
            json zoneElement = {{"id", id},
                                {"kind", "azure.privateDnsZone"},
                                {"name", name},
                                {"geometry",
                                 {{"x", right + 60},
                                  {"y", g ? number(*g, "y", 0) : 0.0},
                                  {"width", 240.0},
                                  {"height", 64.0}}},
                                {"properties", {{"zoneName", name}}}};
            added.push_back(std::move(zoneElement));
            known = zoneIds.emplace(name, id).first;
            notes.push_back(
                Sentence("note.zone.made", {{"id", id}, {"name", name}}, {{"cluster", cluster}}));
        } else {
            notes.push_back(
                Sentence("note.zone.named", {{"id", known->second}}, {{"cluster", cluster}}));
        }
        *zone = known->second;
    }
    for (auto& z : added)
        elements->push_back(std::move(z));
}

} // namespace kg

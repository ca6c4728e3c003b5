#include "io/Migration.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg {

namespace {

// Version 1 (the draft layout) kept position and size apart and wrote nested cloud fields as
// flat dotted keys ("apiServerAccessProfile.enablePrivateCluster"). Version 2 has one
// "geometry" object and nests properties the way the cloud APIs do.
void upgrade1To2(nlohmann::json& document)
{
    auto elements = document.find("elements");
    if (elements == document.end() || !elements->is_array())
        return; // the reader reports the missing array
    for (auto& element : *elements) {
        if (!element.is_object())
            continue;
        auto position = element.find("position");
        auto size = element.find("size");
        if (position != element.end() || size != element.end()) {
            nlohmann::json geometry = nlohmann::json::object();
            if (position != element.end() && position->is_object()) {
                geometry["x"] = position->value("x", nlohmann::json(0));
                geometry["y"] = position->value("y", nlohmann::json(0));
            }
            if (size != element.end() && size->is_object()) {
                geometry["width"] = size->value("width", nlohmann::json(0));
                geometry["height"] = size->value("height", nlohmann::json(0));
            }
            element.erase("position");
            element.erase("size");
            element["geometry"] = std::move(geometry);
        }
        auto properties = element.find("properties");
        if (properties == element.end() || !properties->is_object())
            continue;
        nlohmann::json nested = nlohmann::json::object();
        for (auto it = properties->begin(); it != properties->end(); ++it) {
            const std::string& key = it.key();
            std::size_t dot = key.find('.');
            if (dot == std::string::npos || dot == 0 || dot + 1 == key.size()) {
                nested[key] = it.value();
                continue;
            }
            nlohmann::json& group = nested[key.substr(0, dot)];
            if (!group.is_object())
                group = nlohmann::json::object();
            group[key.substr(dot + 1)] = it.value();
        }
        *properties = std::move(nested);
    }
}

// Version 2 could say where DNS is forwarded three ways: a dns.forwarder's "forwardTo"
// addresses, an on-premises network's "conditionalForwarders" zones, and dnsForwarding links;
// only the links took part in the analysis. Version 3 has one model: dnsForwarding links (to a
// resolver or forwarder of the design, for the zones listed, or for every name), and a
// forwarder's "upstream" for the names no link covers (cloudDns: the DNS of the network it is
// in, Azure DNS 168.63.129.16 or the VPC's Route 53 Resolver; publicDns: public resolvers).
void upgrade2To3(nlohmann::json& document, std::vector<Sentence>& notes)
{
    using json = nlohmann::json;
    auto elements = document.find("elements");
    if (elements == document.end() || !elements->is_array())
        return;
    if (!document.contains("links") || !document["links"].is_array())
        document["links"] = json::array();
    json& links = document["links"];
    auto idOf = [](const json& e) {
        auto id = e.find("id");
        return id != e.end() && id->is_string() ? id->get<std::string>() : std::string();
    };
    auto kindOf = [](const json& e) {
        auto k = e.find("kind");
        return k != e.end() && k->is_string() ? k->get<std::string>() : std::string();
    };
    auto stringsOf = [](const json& v) {
        std::vector<std::string> out;
        if (v.is_string())
            out.push_back(v.get<std::string>());
        else if (v.is_array())
            for (const auto& x : v)
                if (x.is_string())
                    out.push_back(x.get<std::string>());
        return out;
    };
    // Who listens where: forwarders, Azure DNS Private Resolvers, Route 53 inbound endpoints.
    std::map<std::string, std::string> listening; // address -> element id
    std::set<std::string> ids;
    for (const auto& e : *elements) {
        if (!e.is_object())
            continue;
        ids.insert(idOf(e));
        auto props = e.find("properties");
        if (props == e.end() || !props->is_object())
            continue;
        const std::string kind = kindOf(e);
        const char* key = kind == "dns.forwarder"                 ? "address"
                          : kind == "azure.dnsPrivateResolver"    ? "inboundAddress"
                          : kind == "aws.resolverInboundEndpoint" ? "addresses"
                                                                  : nullptr;
        if (key && props->contains(key))
            for (const auto& address : stringsOf((*props)[key]))
                listening.emplace(address, idOf(e));
    }
    for (const auto& l : links)
        if (l.is_object())
            ids.insert(idOf(l));
    auto hasLink = [&](const std::string& from, const std::string& to) {
        for (const auto& l : links)
            if (l.is_object() && l.value("kind", json()) == "dnsForwarding" &&
                l.value("from", json()) == from && l.value("to", json()) == to)
                return true;
        return false;
    };
    auto newLinkId = [&](const std::string& stem) {
        std::string id = stem;
        for (int n = 2; ids.count(id); ++n)
            id = stem + "-" + std::to_string(n);
        ids.insert(id);
        return id;
    };
    std::map<std::string, std::string> parentOf;
    for (const auto& e : *elements)
        if (e.is_object() && e.contains("parent") && e["parent"].is_string())
            parentOf[idOf(e)] = e["parent"].get<std::string>();

    for (auto& e : *elements) {
        if (!e.is_object())
            continue;
        auto props = e.find("properties");
        if (props == e.end() || !props->is_object())
            continue;
        const std::string id = idOf(e);
        const std::string kind = kindOf(e);
        if (kind == "dns.forwarder" && props->contains("forwardTo")) {
            bool cloud = false;
            bool elsewhere = false;
            for (const auto& address : stringsOf((*props)["forwardTo"])) {
                if (address == "168.63.129.16") {
                    cloud = true;
                } else if (auto to = listening.find(address);
                           to != listening.end() && to->second != id) {
                    if (!hasLink(id, to->second))
                        links.push_back({{"id", newLinkId("fwd-" + id)},
                                         {"kind", "dnsForwarding"},
                                         {"from", id},
                                         {"to", to->second}});
                } else {
                    elsewhere = true;
                }
            }
            props->erase("forwardTo");
            if (elsewhere && !cloud) {
                (*props)["upstream"] = "publicDns";
                notes.push_back(Sentence("note.migration.forward-outside", {{"id", id}}));
            }
        }
        if (kind == "onprem.network" && props->contains("conditionalForwarders")) {
            const auto zones = stringsOf((*props)["conditionalForwarders"]);
            props->erase("conditionalForwarders");
            // The zones join the forwarding links that start at the network or at a forwarder
            // in it and list zones; a link without zones already forwards every name.
            bool placed = false;
            for (auto& l : links) {
                if (!l.is_object() || l.value("kind", json()) != "dnsForwarding")
                    continue;
                const std::string from = l.value("from", json()).is_string()
                                             ? l["from"].get<std::string>()
                                             : std::string();
                auto parent = parentOf.find(from);
                if (from != id && (parent == parentOf.end() || parent->second != id))
                    continue;
                placed = true;
                if (!l.contains("properties") || !l["properties"].is_object())
                    continue; // every name
                json& p = l["properties"];
                if (!p.contains("zones") || !p["zones"].is_array() || p["zones"].empty())
                    continue;
                for (const auto& z : zones)
                    if (std::find(p["zones"].begin(), p["zones"].end(), z) == p["zones"].end())
                        p["zones"].push_back(z);
            }
            if (!placed && !zones.empty())
                notes.push_back(Sentence("note.migration.forwarders-dropped",
                                         {{"id", id}, {"zones", [&] {
                                                           std::string list;
                                                           for (const auto& z : zones)
                                                               list +=
                                                                   (list.empty() ? "" : ", ") + z;
                                                           return list;
                                                       }()}}));
        }
    }
}

// Version 3 listed the principals allowed to run commands on an AKS cluster
// (runCommandPrincipals) and, on an EKS cluster, one list for access entries and aws-auth
// entries alike (accessEntries). Version 4 checks what each principal holds: an AKS cluster's
// roleAssignments name built-in roles or a custom role's actions (a run-command principal
// becomes a custom role with the two actions it was said to hold), and an EKS cluster keeps
// access entries and aws-auth entries apart (awsAuth), as the authentication mode reads them:
// the entries of a CONFIG_MAP cluster were aws-auth entries.
void upgrade3To4(nlohmann::json& document, std::vector<Sentence>& notes)
{
    auto elements = document.find("elements");
    if (elements == document.end() || !elements->is_array())
        return;
    for (auto& e : *elements) {
        if (!e.is_object() || !e.contains("properties") || !e["properties"].is_object())
            continue;
        auto text = [&e](const char* key) {
            const auto it = e.find(key);
            return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        const std::string kind = text("kind");
        const std::string id = text("id");
        nlohmann::json& props = e["properties"];
        if (kind == "aks.cluster" && props.contains("runCommandPrincipals")) {
            nlohmann::json list = props["runCommandPrincipals"];
            props.erase("runCommandPrincipals");
            if (!list.is_array())
                continue; // nothing to carry over; the list was malformed
            nlohmann::json& assignments = props["roleAssignments"];
            if (!assignments.is_array())
                assignments = nlohmann::json::array();
            for (const auto& p : list)
                if (p.is_string())
                    assignments.push_back(p.get<std::string>() + " " +
                                          "Microsoft.ContainerService/managedClusters/"
                                          "runcommand/action Microsoft.ContainerService/"
                                          "managedClusters/commandResults/read");
            if (!list.empty())
                notes.push_back(Sentence("note.migration.run-command", {{"id", id}}));
        }
        if (kind == "eks.cluster" && props.contains("accessEntries")) {
            const auto access = props.find("accessConfig");
            const bool configMap = access != props.end() && access->is_object() &&
                                   access->contains("authenticationMode") &&
                                   (*access)["authenticationMode"] == "CONFIG_MAP";
            if (configMap) {
                props["awsAuth"] = props["accessEntries"];
                props.erase("accessEntries");
                notes.push_back(Sentence("note.migration.config-map", {{"id", id}}));
            }
        }
    }
}

} // namespace

void Migration::upgrade(nlohmann::json& document, int fromVersion, std::vector<Sentence>& notes)
{
    if (fromVersion <= 1)
        upgrade1To2(document);
    if (fromVersion <= 2)
        upgrade2To3(document, notes);
    if (fromVersion <= 3)
        upgrade3To4(document, notes);
    document["version"] = kCurrentVersion;
}

} // namespace kg

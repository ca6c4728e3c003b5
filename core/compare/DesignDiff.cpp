#include "compare/DesignDiff.h"

#include "analysis/Analyzer.h"
#include "io/DesignJson.h"

#include <cctype>
#include <map>
#include <set>

namespace kg {

namespace {

using Cells = std::map<std::pair<std::string, std::string>, DesignDiff::Cell>;

Cells cellsOf(const Design& design, const Analysis& a)
{
    Cells out;
    for (std::uint32_t i = 0; i < a.clients.size(); ++i)
        for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
            const PathOutcome* best = a.best(i, k);
            if (!best)
                continue;
            DesignDiff::Cell c;
            c.present = true;
            c.reachable = best->reachable;
            c.assumed = best->assumed;
            c.endpoint = std::string(toString(best->endpoint));
            if (!best->reachable) {
                c.rule = std::string(best->rule);
                if (auto p = Analyzer::explain(design, a.clients[i], a.clusters[k], best->endpoint,
                                               a.endpointElement(*best)))
                    for (const PathStep& s : p->steps)
                        if (!s.ok) {
                            c.step = !s.sentence.empty() ? s.sentence
                                     : s.text.empty()    ? Sentence{}
                                                         : Sentence::literal(s.text);
                            break;
                        }
            }
            out[{a.clients[i], a.clusters[k]}] = std::move(c);
        }
    return out;
}

std::string findingKey(const Finding& f)
{
    std::string key = f.rule + "\x1f" + f.message();
    for (const auto& e : f.elements)
        key += "\x1f" + e;
    return key;
}

// The private DNS zone setting in the words of AKS-028: system, none, or a zone of one's own.
std::string zoneMode(std::string value)
{
    for (char& c : value)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (value.empty() || value == "system")
        return "system";
    if (value == "none")
        return "none";
    return "own";
}

Sentence zoneModePhrase(const std::string& mode)
{
    return Sentence("phrase.zone-mode." + mode);
}

void aksUpdates(const Element& a, const Element& b, std::vector<DesignDiff::Update>& out)
{
    const bool privA = a.boolValue("apiServerAccessProfile.enablePrivateCluster");
    const bool privB = b.boolValue("apiServerAccessProfile.enablePrivateCluster");
    const bool vnetA = a.boolValue("apiServerAccessProfile.enableVnetIntegration");
    const bool vnetB = b.boolValue("apiServerAccessProfile.enableVnetIntegration");
    const std::string& id = b.id;
    if (vnetA && !vnetB)
        out.push_back({"AKS-090", Severity::Error, id, Sentence("update.AKS-090.off")});
    if (!vnetA && vnetB)
        out.push_back(
            {"AKS-090", Severity::Warning, id,
             Sentence("update.AKS-090.on",
                      {{"command", "az aks update --enable-apiserver-vnet-integration"}})});
    if (privA != privB) {
        if (vnetB)
            out.push_back(
                {"AKS-091", Severity::Info, id,
                 privB ? Sentence("update.AKS-091.private",
                                  {{"command", "az aks update --enable-private-cluster"}})
                       : Sentence("update.AKS-091.public",
                                  {{"command", "az aks update --disable-private-cluster"}})});
        else
            out.push_back({"AKS-021", Severity::Error, id,
                           Sentence("update.AKS-021")
                               .with("mode", Sentence(privB ? "phrase.mode.private"
                                                            : "phrase.mode.public"))});
        out.push_back(
            {"AKS-111", Severity::Warning, id,
             Sentence("update.terraform-replaces", {{"setting", "private_cluster_enabled"}})});
    }
    const std::string zoneA = a.stringValue("apiServerAccessProfile.privateDNSZone");
    const std::string zoneB = b.stringValue("apiServerAccessProfile.privateDNSZone");
    const std::string from = zoneMode(zoneA);
    const std::string to = zoneMode(zoneB);
    // "System" and "system" are one setting; two zones of one's own are two.
    const bool zoneChanged = from != to || (from == "own" && zoneA != zoneB);
    if (privA && privB && zoneChanged) {
        if (to == "none" && from != "none")
            out.push_back({"AKS-028", Severity::Warning, id,
                           Sentence("update.AKS-028.to-none").with("from", zoneModePhrase(from))});
        else
            out.push_back({"AKS-028", Severity::Error, id,
                           Sentence(from == to ? "update.AKS-028.another-zone" : "update.AKS-028")
                               .with("from", zoneModePhrase(from))
                               .with("to", zoneModePhrase(to))});
        out.push_back(
            {"AKS-112", Severity::Warning, id,
             Sentence("update.terraform-replaces", {{"setting", "private_dns_zone_id"}})});
    }
}

void eksUpdates(const Element& a, const Element& b, std::vector<DesignDiff::Update>& out)
{
    bool changed = false;
    for (const char* key :
         {"resourcesVpcConfig.endpointPublicAccess", "resourcesVpcConfig.endpointPrivateAccess",
          "resourcesVpcConfig.publicAccessCidrs"})
        changed = changed || a.value(key) != b.value(key);
    if (changed)
        out.push_back({"EKS-045", Severity::Info, b.id,
                       Sentence("update.EKS-045", {{"command", "aws eks update-cluster-config "
                                                               "--resources-vpc-config ..."},
                                                   {"check", "aws eks describe-update"},
                                                   {"status", "Successful"}})});
}

} // namespace

DesignDiff DesignDiff::compare(const Design& before, const Design& after)
{
    DesignDiff d;
    // The designs themselves: a variant of a file is compared with the file's base, so the
    // variants either carries are not part of what is compared.
    auto withoutVariants = [](Design x) {
        x.setVariants({});
        return DesignJson::save(x);
    };
    d.same = withoutVariants(before) == withoutVariants(after);
    const Analysis a = Analyzer::run(before);
    const Analysis b = Analyzer::run(after);
    // Paths: every pair either design has.
    const Cells ca = cellsOf(before, a);
    const Cells cb = cellsOf(after, b);
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& [k, v] : ca)
        pairs.insert(k);
    for (const auto& [k, v] : cb)
        pairs.insert(k);
    for (const auto& key : pairs) {
        PathChange c{key.first, key.second, {}, {}};
        if (auto it = ca.find(key); it != ca.end())
            c.before = it->second;
        if (auto it = cb.find(key); it != cb.end())
            c.after = it->second;
        const bool was = c.before.present && c.before.reachable;
        const bool is = c.after.present && c.after.reachable;
        if (!was && is)
            d.gained.push_back(std::move(c));
        else if (was && !is)
            d.lost.push_back(std::move(c));
        else if (c.before.present && c.after.present &&
                 (c.before.endpoint != c.after.endpoint || c.before.assumed != c.after.assumed ||
                  c.before.rule != c.after.rule))
            d.changed.push_back(std::move(c));
    }
    // Findings, matched by rule, message and elements.
    std::map<std::string, const Finding*> fa, fb;
    for (const auto& f : a.findings)
        fa.emplace(findingKey(f), &f);
    for (const auto& f : b.findings)
        fb.emplace(findingKey(f), &f);
    for (const auto& [k, f] : fb)
        if (!fa.count(k))
            d.added.push_back(*f);
    for (const auto& [k, f] : fa)
        if (!fb.count(k))
            d.removed.push_back(*f);
    // Items, and the clusters' updates.
    for (const auto& e : after.elements()) {
        const Element* old = before.element(e.id);
        if (!old) {
            d.elementsAdded.push_back(e.id);
            continue;
        }
        if (!(*old == e))
            d.elementsChanged.push_back(e.id);
        if (old->kind != e.kind)
            continue;
        if (e.kind == ElementKind::AksCluster)
            aksUpdates(*old, e, d.updates);
        else if (e.kind == ElementKind::EksCluster)
            eksUpdates(*old, e, d.updates);
    }
    for (const auto& e : before.elements())
        if (!after.element(e.id))
            d.elementsRemoved.push_back(e.id);
    for (const auto& l : after.links()) {
        const Link* old = before.link(l.id);
        if (!old)
            d.linksAdded.push_back(l.id);
        else if (!(*old == l))
            d.linksChanged.push_back(l.id);
    }
    for (const auto& l : before.links())
        if (!after.link(l.id))
            d.linksRemoved.push_back(l.id);
    return d;
}

} // namespace kg

#include "analysis/Analyzer.h"

#include "analysis/AdmissionStage.h"
#include "analysis/DnsStage.h"
#include "analysis/IdentityStage.h"
#include "analysis/NetworkStage.h"
#include "model/Limits.h"
#include "validate/RuleContext.h"
#include "validate/RuleRegistry.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace kg {

namespace {

void evaluate(const StageInput& in, PathRecorder& r)
{
    // A private name that does not resolve is beside the point when no network path exists
    // either: fixing DNS alone would not help, so the path is shown blocked at the network.
    const bool privateDoor =
        in.endpoint != EndpointKind::Public && in.endpoint != EndpointKind::RunCommand;
    if (privateDoor) {
        PathRecorder dns(nullptr);
        const bool resolves = DnsStage::run(in, dns);
        if (!resolves && dns.selected()) {
            PathRecorder network(nullptr);
            if (!NetworkStage::run(in, network)) {
                if (!r.detailed())
                    r = network;
                else
                    NetworkStage::run(in, r);
                return;
            }
        }
        // Without steps to write, the probe's outcome is the DNS stage's: not run twice.
        if (!r.detailed()) {
            r = dns;
            if (resolves && NetworkStage::run(in, r) && AdmissionStage::run(in, r))
                IdentityStage::run(in, r);
            return;
        }
    }
    if (DnsStage::run(in, r) && NetworkStage::run(in, r) && AdmissionStage::run(in, r))
        IdentityStage::run(in, r);
}

// Each client's place in id order.
std::vector<std::uint32_t> rankById(const std::vector<std::string>& ids)
{
    std::vector<std::uint32_t> order(ids.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
    std::vector<std::uint32_t> rank(ids.size());
    for (std::uint32_t r = 0; r < order.size(); ++r)
        rank[order[r]] = r;
    return rank;
}

bool findingBefore(const Finding& a, const Finding& b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.elements < b.elements;
}

// Sorts findings whose first `sorted` entries are in order already (those a re-run kept): the
// new ones are sorted and merged in, as a stable sort of the whole list would order them.
// Sorted through indexes, then each finding moved once: a finding is a few hundred bytes of
// strings, a sentence and a map, and a merge sort of thousands moved each a dozen times (5% of
// a full analysis at 10,000 elements).
void sortFindings(std::vector<Finding>& findings, std::size_t sorted = 0)
{
    const std::size_t n = findings.size();
    std::vector<std::uint32_t> order(n - sorted);
    std::iota(order.begin(), order.end(), static_cast<std::uint32_t>(sorted));
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return findingBefore(findings[a], findings[b]);
    });
    // Already in order (nothing new, or the new ones after every kept one): nothing to move.
    bool inOrder = sorted == 0 || order.empty() ||
                   !findingBefore(findings[order.front()], findings[sorted - 1]);
    for (std::size_t j = 0; inOrder && j < order.size(); ++j)
        inOrder = order[j] == sorted + j;
    if (inOrder)
        return;
    // A merge of the kept findings with the new ones in their order, the kept first among
    // equals (as a stable sort of the whole list would have it).
    std::vector<Finding> out;
    out.reserve(n);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < sorted || j < order.size()) {
        if (j == order.size() || (i < sorted && !findingBefore(findings[order[j]], findings[i])))
            out.push_back(std::move(findings[i++]));
        else
            out.push_back(std::move(findings[order[j++]]));
    }
    findings = std::move(out);
}

} // namespace

std::vector<Endpoint> Analyzer::endpoints(const Topology& topology, const Element& cluster,
                                          Analysis* numbering)
{
    std::vector<Endpoint> out;
    const ClusterFacts& facts = topology.facts(cluster);
    if (cluster.kind == ElementKind::EksCluster) {
        if (facts.eksPublic)
            out.push_back({EndpointKind::Public});
        if (facts.eksPrivate)
            out.push_back({EndpointKind::EksEni});
        return out;
    }
    const bool priv = facts.aksPrivate;
    const bool vnetInt = facts.aksVnetIntegration;
    if (!priv)
        out.push_back({EndpointKind::Public});
    if (vnetInt)
        out.push_back({EndpointKind::VnetIntegration});
    else if (priv)
        out.push_back({EndpointKind::Private});
    if (priv) {
        for (const Element* pe : topology.userEndpoints(cluster))
            out.push_back(
                {EndpointKind::UserEndpoint, pe,
                 numbering ? numbering->endpointIndexOf(pe->id) : PathOutcome::kNoEndpoint});
    }
    out.push_back({EndpointKind::RunCommand});
    return out;
}

bool Analyzer::applies(const ClientInfo& client, const Element& cluster, EndpointKind endpoint)
{
    if (!client.nodesOf)
        return true;
    if (client.nodesOf != &cluster)
        return false; // nodes only talk to their own API server
    if (endpoint == EndpointKind::RunCommand || endpoint == EndpointKind::UserEndpoint)
        return false;
    // VNet-integrated AKS nodes use the internal load balancer, never the public endpoint.
    return !(endpoint == EndpointKind::Public && cluster.kind == ElementKind::AksCluster &&
             cluster.boolValue("apiServerAccessProfile.enableVnetIntegration"));
}

void Analyzer::evaluatePair(const Topology& topology, const Egress& egress, std::uint32_t i,
                            std::uint32_t k, const std::vector<Endpoint>& doors,
                            std::vector<PathOutcome>& out)
{
    const Element& cluster = *topology.clusters()[k];
    const ClientInfo& client = topology.clients()[i];
    const ClusterFacts& facts = topology.factsAt(k);
    for (const Endpoint& door : doors) {
        if (!applies(client, cluster, door.kind))
            continue;
        StageInput in{topology, client,        egress,    cluster,
                      facts,    facts.network, door.kind, door.element};
        PathRecorder r(nullptr);
        evaluate(in, r);
        PathOutcome& o = out.emplace_back();
        o.client = i;
        o.cluster = k;
        o.endpoint = door.kind;
        o.endpointIndex = door.index;
        o.reachable = !r.blocked();
        o.assumed = r.assumed();
        o.selected = r.selected();
        o.blockedStage = r.blockedStage();
        o.rule = r.rule();
    }
}

void Analyzer::evaluateCluster(const Topology& topology, const std::vector<Egress>& egress,
                               std::uint32_t k, Analysis& numbering, std::vector<PathOutcome>& out)
{
    const auto doors = endpoints(topology, *topology.clusters()[k], &numbering);
    topology.forEachClientOf(
        k, [&](std::uint32_t i) { evaluatePair(topology, egress[i], i, k, doors, out); });
}

namespace {

// `clusters`, when set, limits the index to the marked clusters' outcomes (the only ones the
// path rules summarise again).
void indexBlockedPaths(Analysis& analysis, const std::vector<char>* clusters = nullptr)
{
    analysis.blockedByRule.clear();
    // Neighbouring outcomes are mostly blocked by the same rule: remember the last list instead
    // of hashing the rule id of each of tens of thousands of paths.
    std::string_view lastRule;
    std::vector<std::uint32_t>* list = nullptr;
    for (std::uint32_t p = 0; p < analysis.paths.size(); ++p) {
        const PathOutcome& o = analysis.paths[p];
        if (o.reachable || !o.selected || (clusters && !(*clusters)[o.cluster]))
            continue;
        // Rule ids are string literals: the same pointer is the same rule, without a compare.
        if (!list || (lastRule.data() != o.rule.data() && lastRule != o.rule)) {
            list = &analysis.blockedByRule[o.rule];
            lastRule = o.rule;
        }
        list->push_back(p);
    }
}

} // namespace

void Analyzer::runRules(const Topology& topology, Analysis& analysis)
{
    analysis.findings.clear();
    indexBlockedPaths(analysis);
    RuleContext context{topology.design(), topology, analysis, rankById(analysis.clients)};
    for (const auto& rule : RuleRegistry::all())
        rule.check(context, analysis.findings);
    sortFindings(analysis.findings);
}

void Analyzer::rerunRules(const Topology& topology, Analysis& analysis,
                          const std::set<std::string>& subjects,
                          const std::vector<char>* changedClusters, const EditScope* scope)
{
    // Design-wide rules whose findings the edits cannot have changed (Rule::Reads): kept.
    const Design& design = topology.design();
    auto findingsOf = [&](const Rule& rule, auto&& test) {
        return std::any_of(analysis.findings.begin(), analysis.findings.end(),
                           [&](const Finding& f) {
                               return f.subject.empty() && f.rule == rule.id &&
                                      std::any_of(f.elements.begin(), f.elements.end(), test);
                           });
    };
    const RuleContext joining{design, topology, analysis};
    auto keepsFindings = [&](const Rule& rule) {
        if (!scope || rule.checkElement || rule.summarisesPaths || !rule.reads)
            return false;
        const Rule::Reads& reads = *rule.reads;
        // A removal: a retracting rule reruns only when a finding names what is gone.
        if (rule.removedRead(*scope) &&
            (!reads.retracts || findingsOf(rule, [&](const std::string& id) {
                return !design.element(id) && !design.link(id);
            })))
            return false;
        if (!rule.readsAnyOf(*scope))
            return true;
        // Edits of a few known elements alone: a retracting rule that can tell whether an
        // element takes part in a finding looks at those elements only.
        const bool linksTouched = (reads.everyLink && scope->linkKinds != 0) ||
                                  std::any_of(reads.links.begin(), reads.links.end(),
                                              [&](LinkKind k) { return scope->touched(k); });
        if (!reads.retracts || !reads.joins || !scope->elementsKnown || linksTouched)
            return false;
        for (const std::string& id : scope->elements) {
            const Element* e = design.element(id);
            if (e && (reads.joins(joining, *e) ||
                      findingsOf(rule, [&](const std::string& named) { return named == id; })))
                return false;
        }
        return true;
    };
    std::vector<std::string_view> keptRules;
    for (const Rule& rule : RuleRegistry::all())
        if (keepsFindings(rule))
            keptRules.push_back(rule.id);
    auto keptRule = [&](const Rule& rule) {
        return std::find(keptRules.begin(), keptRules.end(), rule.id) != keptRules.end();
    };
    // Path findings of clusters whose outcomes did not change stay (their cluster is the first
    // element); those of changed or removed clusters are summarised again.
    static const std::unordered_set<std::string_view> pathRules = [] {
        std::unordered_set<std::string_view> ids;
        for (const Rule& rule : RuleRegistry::all())
            if (rule.summarisesPaths)
                ids.insert(rule.id);
        return ids;
    }();
    std::unordered_set<std::string_view> unchanged;
    if (changedClusters && changedClusters->size() == analysis.clusters.size()) {
        for (std::size_t k = 0; k < analysis.clusters.size(); ++k)
            if (!(*changedClusters)[k])
                unchanged.insert(analysis.clusters[k]);
    } else {
        changedClusters = nullptr;
    }
    auto& findings = analysis.findings;
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const Finding& f) {
                                      if (!f.subject.empty())
                                          return subjects.count(f.subject) != 0;
                                      if (std::find(keptRules.begin(), keptRules.end(), f.rule) !=
                                          keptRules.end())
                                          return false;
                                      const bool keptPath = changedClusters &&
                                                            pathRules.count(f.rule) &&
                                                            !f.elements.empty() &&
                                                            unchanged.count(f.elements.front());
                                      return !keptPath;
                                  }),
                   findings.end());
    const std::size_t kept = findings.size();
    indexBlockedPaths(analysis, changedClusters);
    RuleContext context{topology.design(), topology, analysis, rankById(analysis.clients),
                        changedClusters};
    // The subjects found once, not once per rule.
    std::vector<const Element*> elements;
    elements.reserve(subjects.size());
    for (const auto& id : subjects)
        if (const Element* e = topology.element(id))
            elements.push_back(e);
    for (const auto& rule : RuleRegistry::all()) {
        if (!rule.checkElement) {
            if (!keptRule(rule))
                rule.check(context, findings);
            continue;
        }
        for (const Element* e : elements) {
            if (!rule.kinds.empty() &&
                std::find(rule.kinds.begin(), rule.kinds.end(), e->kind) == rule.kinds.end())
                continue;
            const std::size_t before = findings.size();
            rule.checkElement(context, *e, findings);
            for (std::size_t i = before; i < findings.size(); ++i)
                findings[i].subject = e->id;
        }
    }
    sortFindings(findings, kept);
}

std::vector<Egress> Analyzer::egressOf(const Topology& topology)
{
    std::vector<Egress> egress;
    egress.reserve(topology.clients().size());
    for (const auto& c : topology.clients())
        egress.push_back(topology.egress(c));
    return egress;
}

Analysis Analyzer::run(const Design& design)
{
    Topology topology(design);
    return run(topology, egressOf(topology));
}

Analysis Analyzer::run(const Topology& topology, const std::vector<Egress>& egress)
{
    Analysis analysis;
    const auto& clients = topology.clients();
    const auto& clusters = topology.clusters();
    analysis.clients.reserve(clients.size());
    for (const auto& c : clients)
        analysis.clients.push_back(c.id);
    for (const Element* c : clusters)
        analysis.clusters.push_back(c->id);
    // A design can be valid and still far too large to analyse pair by pair (tens of thousands
    // of clients and clusters): then rule KG-017 says so and no paths are computed.
    const bool tooLarge = topology.analysedPairs() > limits::kMaxAnalysedPairs;
    if (!tooLarge) {
        // Room for every outcome at once (an upper bound: doors times the clients paired),
        // rather than the copies of a growing vector of tens of thousands of outcomes.
        std::size_t bound = 0;
        for (std::uint32_t k = 0; k < clusters.size(); ++k)
            bound += endpoints(topology, *clusters[k]).size() * topology.clientCountOf(k);
        analysis.paths.reserve(bound);
        for (std::uint32_t k = 0; k < clusters.size(); ++k)
            evaluateCluster(topology, egress, k, analysis, analysis.paths);
    }
    runRules(topology, analysis);
    return analysis;
}

namespace {

std::optional<Path> explainPair(const Topology& topology, const ClientInfo& client,
                                const Element& cluster, EndpointKind endpoint,
                                std::string_view endpointElement)
{
    for (const Endpoint& door : Analyzer::endpoints(topology, cluster)) {
        if (door.kind != endpoint ||
            (door.element && !endpointElement.empty() && door.element->id != endpointElement))
            continue;
        if (!Analyzer::applies(client, cluster, door.kind))
            return std::nullopt;
        const ClusterFacts& facts = topology.facts(cluster);
        Egress egress = topology.egress(client);
        Path path;
        path.client = client.id;
        path.cluster = cluster.id;
        path.endpoint = door.kind;
        if (door.element)
            path.endpointElement = door.element->id;
        StageInput in{topology, client,        egress,    cluster,
                      facts,    facts.network, door.kind, door.element};
        PathRecorder r(&path);
        evaluate(in, r);
        path.reachable = !r.blocked();
        path.assumed = r.assumed();
        return path;
    }
    return std::nullopt;
}

std::optional<Path> explainWith(const Topology& topology, std::string_view clientId,
                                std::string_view clusterId, EndpointKind endpoint,
                                std::string_view endpointElement)
{
    const auto& clients = topology.clients();
    auto client = std::find_if(clients.begin(), clients.end(),
                               [&](const ClientInfo& c) { return c.id == clientId; });
    const Element* cluster = topology.design().element(clusterId);
    if (client == clients.end() || !cluster ||
        (cluster->kind != ElementKind::AksCluster && cluster->kind != ElementKind::EksCluster))
        return std::nullopt;
    return explainPair(topology, *client, *cluster, endpoint, endpointElement);
}

} // namespace

std::optional<Path> Analyzer::explain(const Design& design, std::string_view client,
                                      std::string_view cluster, EndpointKind endpoint,
                                      std::string_view endpointElement)
{
    Topology topology(design);
    return explainWith(topology, client, cluster, endpoint, endpointElement);
}

std::vector<Path> Analyzer::detailedPaths(const Design& design, const Analysis& analysis)
{
    std::vector<Path> out;
    out.reserve(analysis.paths.size());
    forEachDetailedPath(design, analysis, [&](const Path& p) { out.push_back(p); });
    return out;
}

void Analyzer::forEachDetailedPath(const Design& design, const Analysis& analysis,
                                   const std::function<void(const Path&)>& visit)
{
    Topology topology(design);
    // The analysis and this topology list clients and clusters in the same order.
    for (const auto& o : analysis.paths) {
        if (o.client >= topology.clients().size() || o.cluster >= topology.clusters().size())
            continue;
        if (auto p =
                explainPair(topology, topology.clients()[o.client], *topology.clusters()[o.cluster],
                            o.endpoint, analysis.endpointElement(o)))
            visit(*p);
    }
}

} // namespace kg

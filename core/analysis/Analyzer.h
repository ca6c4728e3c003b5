#pragma once

#include "analysis/Analysis.h"
#include "analysis/Topology.h"
#include "validate/EditScope.h"

#include <functional>
#include <optional>
#include <set>
#include <string_view>

namespace kg {

class Design;

// One door of a cluster's API server.
struct Endpoint
{
    EndpointKind kind;
    const Element* element = nullptr;               // the user private endpoint, for UserEndpoint
    std::uint32_t index = PathOutcome::kNoEndpoint; // its index in an Analysis's endpoint list
};

// The access analysis: a pure function of the design. For every client and cluster (nodes
// only with their own cluster) and every endpoint the cluster has, it runs the stages DNS ->
// network -> admission -> identity and stops at the first that fails; then every rule runs.
class Analyzer
{
public:
    static Analysis run(const Design& design);
    // The same over a topology already built, with every client's egress (LiveAnalysis).
    static Analysis run(const Topology& topology, const std::vector<Egress>& egress);
    static std::vector<Egress> egressOf(const Topology& topology);

    // The steps of one path, as a person reads them. nullopt when the client, the cluster or
    // the endpoint does not exist (or the client is another cluster's nodes).
    static std::optional<Path> explain(const Design& design, std::string_view client,
                                       std::string_view cluster, EndpointKind endpoint,
                                       std::string_view endpointElement = {});

    // Every path with its steps (for `validate --format json` and reports). `analysis` must be
    // the analysis of this very design (client and cluster indexes are shared).
    static std::vector<Path> detailedPaths(const Design& design, const Analysis& analysis);
    // The same paths one at a time, in the same order, each dropped after `visit` returns: for
    // output that streams (validate --format json of a large estate holds one path at a time).
    static void forEachDetailedPath(const Design& design, const Analysis& analysis,
                                    const std::function<void(const Path&)>& visit);

    // A cluster's doors. With `numbering`, user private endpoints get their index in its
    // endpoint list (outcomes name them by index).
    static std::vector<Endpoint> endpoints(const Topology& topology, const Element& cluster,
                                           Analysis* numbering = nullptr);

    // The pieces of run(), for LiveAnalysis: the outcomes of one cluster (a column of the
    // matrix) or of one client against one cluster, appended to `out`, their endpoints
    // numbered in `numbering`; and the rule pass.
    static void evaluateCluster(const Topology& topology, const std::vector<Egress>& egress,
                                std::uint32_t cluster, Analysis& numbering,
                                std::vector<PathOutcome>& out);
    static void evaluatePair(const Topology& topology, const Egress& egress, std::uint32_t client,
                             std::uint32_t cluster, const std::vector<Endpoint>& endpoints,
                             std::vector<PathOutcome>& out);
    static void runRules(const Topology& topology, Analysis& analysis);
    // Reruns the design-wide rules, and the element-scoped rules for `subjects` only, keeping
    // the other element-scoped findings. For edits that touch just those elements.
    // `changedClusters` (by index into analysis.clusters), when given, marks the clusters whose
    // outcomes may differ from before: the path rules' findings of the others are kept.
    // `scope`, when given, says what the edits touched: a design-wide rule that reads none of
    // it (Rule::reads) keeps its findings.
    static void rerunRules(const Topology& topology, Analysis& analysis,
                           const std::set<std::string>& subjects,
                           const std::vector<char>* changedClusters = nullptr,
                           const EditScope* scope = nullptr);
    // Whether `client` sends requests to `cluster` through `endpoint` at all.
    static bool applies(const ClientInfo& client, const Element& cluster, EndpointKind endpoint);
};

} // namespace kg

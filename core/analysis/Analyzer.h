#pragma once

#include "analysis/Analysis.h"
#include "analysis/Topology.h"

#include <optional>
#include <string_view>

namespace kg {

class Design;

// One door of a cluster's API server.
struct Endpoint
{
    EndpointKind kind;
    const Element* element = nullptr; // the user private endpoint, for UserEndpoint
};

// The access analysis: a pure function of the design. For every client and cluster (nodes
// only with their own cluster) and every endpoint the cluster has, it runs the stages DNS ->
// network -> admission -> identity and stops at the first that fails; then every rule runs.
class Analyzer
{
public:
    static Analysis run(const Design& design);

    // The steps of one path, as a person reads them. nullopt when the client, the cluster or
    // the endpoint does not exist (or the client is another cluster's nodes).
    static std::optional<Path> explain(const Design& design, std::string_view client,
                                       std::string_view cluster, EndpointKind endpoint,
                                       std::string_view endpointElement = {});

    // Every path with its steps (for `validate --format json` and reports).
    static std::vector<Path> detailedPaths(const Design& design, const Analysis& analysis);

    static std::vector<Endpoint> endpoints(const Topology& topology, const Element& cluster);
    // Whether `client` sends requests to `cluster` through `endpoint` at all.
    static bool applies(const ClientInfo& client, const Element& cluster, EndpointKind endpoint);
};

} // namespace kg

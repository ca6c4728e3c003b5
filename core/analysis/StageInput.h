#pragma once

#include "analysis/Topology.h"

#include <string_view>

namespace kg {

// What every stage of one path evaluation reads: the topology, the client (with its egress,
// computed once per client), the cluster, and the endpoint being tried.
struct StageInput
{
    const Topology& topology;
    const ClientInfo& client;
    const Egress& egress;
    const Element& cluster;
    const ClusterFacts& facts; // the cluster's settings, resolved once per cluster
    const Element* clusterNetwork;
    EndpointKind endpoint;
    const Element* endpointElement; // the user private endpoint, for UserEndpoint

    bool aks() const { return cluster.kind == ElementKind::AksCluster; }
    bool isNodes() const { return client.nodesOf == &cluster; }
    const Element& clientElement() const { return *client.element; }
    // EKS nodes reaching the public endpoint: out of a public subnet with their own public
    // address (EKS-016), or through a gateway that translates for them, a NAT gateway or egress
    // behind a transit gateway (EKS-017). Every stage names the same one.
    std::string_view eksNodeRule() const
    {
        const Element* via = topology.element(egress.via);
        return !via || via->kind == ElementKind::AwsInternetGateway ? "EKS-016" : "EKS-017";
    }
};

// The client as a sentence names it: its label, or for implicit AKS nodes the phrase
// "nodes of <cluster>" (in Chinese "<cluster> 的节点").
inline Sentence clientName(const ClientInfo& c)
{
    if (c.nodesOf && c.element == c.nodesOf)
        return Sentence("cli.nodes-of", {{"cluster", c.nodesOf->label()}});
    return Sentence::literal(c.element->label());
}

} // namespace kg

#pragma once

// Internal to LiveAnalysis's two source files (LiveAnalysis.cpp: edits noted and the update;
// LiveAnalysisStructural.cpp: additions, removals and moves): what they both ask of elements
// and designs.

#include "model/Design.h"
#include "model/KindRegistry.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace kg::live {

// Kinds whose effects are not confined to the network they sit in.
inline bool farReaching(ElementKind kind)
{
    static const std::set<ElementKind> kinds{
        ElementKind::AzureVnet, ElementKind::AwsVpc, ElementKind::OnPremNetwork,
        ElementKind::AzurePrivateDnsZone, ElementKind::AwsPrivateHostedZone,
        ElementKind::DnsForwarder, ElementKind::AzureDnsPrivateResolver,
        ElementKind::AwsResolverInboundEndpoint, ElementKind::AzureContainerRegistry,
        ElementKind::AwsContainerRegistry, ElementKind::AwsTransitGateway,
        ElementKind::AzureVpnGateway, ElementKind::AzureExpressRouteGateway,
        ElementKind::AwsVirtualPrivateGateway, ElementKind::AzurePrivateEndpoint,
        ElementKind::AzurePrivateLinkService, ElementKind::AksNodePool, ElementKind::EksNodeGroup,
        // Referenced from other networks' subnets
        // and clients: egress, NSGs, groups.
        ElementKind::AzureFirewall, ElementKind::AzureNatGateway, ElementKind::AzureNsg,
        ElementKind::AwsNatGateway, ElementKind::AwsInternetGateway, ElementKind::AwsSecurityGroup};
    return kinds.count(kind) != 0;
}

inline bool isNetwork(ElementKind kind)
{
    return kind == ElementKind::AzureVnet || kind == ElementKind::AwsVpc ||
           kind == ElementKind::OnPremNetwork;
}

inline bool isContainer(ElementKind kind)
{
    return isNetwork(kind) || kind == ElementKind::AzureSubnet || kind == ElementKind::AwsSubnet;
}

inline bool isNetworkLink(LinkKind kind)
{
    return kind == LinkKind::Peering || kind == LinkKind::TgwAttachment || kind == LinkKind::Vpn ||
           kind == LinkKind::ExpressRoute || kind == LinkKind::DirectConnect;
}

// The network an element sits in (itself for a network), found through the design's parents.
inline const Element* networkIn(const Design& design, const Element* e)
{
    for (std::size_t guard = 0; e && guard < 64; ++guard, e = design.element(e->parent))
        if (isNetwork(e->kind))
            return e;
    return nullptr;
}

// A network with at most one connection (peering, attachment, or a gateway's link): it carries
// no traffic between two others. Judged from the design alone.
inline bool isCluster(ElementKind kind)
{
    return kind == ElementKind::AksCluster || kind == ElementKind::EksCluster;
}

inline bool isPool(ElementKind kind)
{
    return kind == ElementKind::AksNodePool || kind == ElementKind::EksNodeGroup;
}

// The subnets a cluster names: an EKS cluster's subnetIds, an AKS cluster's API server subnet.
// Its paths and rules read them wherever they are.
// Calls `visit` with each subnet id a cluster names: an AKS cluster's API server subnet, an
// EKS cluster's subnets.
template <typename Visit> void forEachNamedSubnet(const Element& cluster, Visit&& visit)
{
    if (cluster.kind == ElementKind::EksCluster) {
        for (const auto& s : cluster.listValue("resourcesVpcConfig.subnetIds"))
            visit(s);
    } else if (cluster.kind == ElementKind::AksCluster) {
        if (const std::string& api = cluster.stringValue("apiServerAccessProfile.subnetId");
            !api.empty())
            visit(api);
    }
}

inline bool namesSubnet(const Element& cluster, std::string_view subnetId)
{
    bool names = false;
    forEachNamedSubnet(cluster, [&](const std::string& s) { names = names || s == subnetId; });
    return names;
}

inline bool isEgressDevice(ElementKind kind)
{
    return kind == ElementKind::AzureNatGateway || kind == ElementKind::AzureFirewall ||
           kind == ElementKind::AwsNatGateway || kind == ElementKind::AwsInternetGateway;
}

inline bool isDnsServer(ElementKind kind)
{
    return kind == ElementKind::DnsForwarder || kind == ElementKind::AzureDnsPrivateResolver ||
           kind == ElementKind::AwsResolverInboundEndpoint;
}

// The addresses a DNS forwarder or resolver answers on.
inline StringList dnsAddressesOf(const Element& e)
{
    switch (e.kind) {
    case ElementKind::DnsForwarder:
        return {e.stringValue("address")};
    case ElementKind::AzureDnsPrivateResolver:
        return {e.stringValue("inboundAddress")};
    case ElementKind::AwsResolverInboundEndpoint:
        return e.listValue("addresses");
    default:
        return {};
    }
}

// The networks whose DNS servers (Azure custom DNS, AWS DHCP options) name one of `addresses`.
inline void networksAsking(const Design& design, const StringList& addresses,
                           std::set<std::string>& out)
{
    for (const auto& n : design.elements()) {
        const char* key = n.kind == ElementKind::AzureVnet ? "dnsServers"
                          : n.kind == ElementKind::AwsVpc  ? "dhcpDomainNameServers"
                                                           : nullptr;
        if (!key)
            continue;
        for (const auto& a : n.listValue(key)) {
            if (!a.empty() && std::find(addresses.begin(), addresses.end(), a) != addresses.end())
                out.insert(n.id);
        }
    }
}

// The clusters whose admission reads a security group (EKS: the cluster security group and the
// additional ones) or an NSG (AKS VNet integration: the API server subnet's NSG). These guards
// are read from the elements as the paths are evaluated; no topology fact derives from them.
inline std::vector<std::string> clustersGuardedBy(const Design& design, const Element& guard)
{
    std::vector<std::string> out;
    for (const auto& c : design.elements()) {
        if (guard.kind == ElementKind::AwsSecurityGroup && c.kind == ElementKind::EksCluster) {
            const auto& extra = c.listValue("resourcesVpcConfig.securityGroupIds");
            if (c.stringValue("resourcesVpcConfig.clusterSecurityGroupId") == guard.id ||
                std::find(extra.begin(), extra.end(), guard.id) != extra.end())
                out.push_back(c.id);
        }
        if (guard.kind == ElementKind::AzureNsg && c.kind == ElementKind::AksCluster) {
            const Element* api = design.element(c.stringValue("apiServerAccessProfile.subnetId"));
            if (api && api->stringValue("networkSecurityGroup") == guard.id)
                out.push_back(c.id);
        }
    }
    return out;
}

inline bool isLeafIn(const Design& design, const Element& network, std::size_t removed = 0)
{
    // Counting stops at the second connection: deleting the hub asks this for each of its
    // peerings, and a full count read every link and the hub's whole subtree each time.
    std::size_t connections = removed;
    for (const Link& l : design.links())
        if ((l.from == network.id || l.to == network.id) && isNetworkLink(l.kind) &&
            ++connections > 1)
            return false;
    for (const auto& id : design.subtree(network.id)) {
        const Element* g = design.element(id);
        if (!g || (g->kind != ElementKind::AzureVpnGateway &&
                   g->kind != ElementKind::AzureExpressRouteGateway &&
                   g->kind != ElementKind::AwsVirtualPrivateGateway))
            continue;
        for (const Link& l : design.links())
            if ((l.from == id || l.to == id) && ++connections > 1)
                return false;
    }
    return connections <= 1;
}

} // namespace kg::live

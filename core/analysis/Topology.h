#pragma once

#include "analysis/Path.h"
#include "model/Cidr.h"
#include "model/Design.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg {

// Someone or something that sends requests to an API server: a client element, a node pool or
// node group, or the implicit nodes of an AKS cluster that has no node pool element.
struct ClientInfo
{
    std::string id;          // element id, or "<cluster>/nodes" for implicit AKS nodes
    const Element* element;  // the client element; for implicit nodes, the cluster
    const Element* subnet;   // nullptr on the internet or directly in an on-premises network
    const Element* network;  // VNet, VPC or on-premises network; nullptr on the internet
    const Element* nodesOf;  // the cluster these are the nodes of, or nullptr
};

// Where a client's internet-bound traffic leaves from.
struct Egress
{
    bool internet = false;
    std::vector<IpAddress> ips;  // public source addresses the API server sees; may be unknown
    std::string via;             // element id of the NAT gateway, firewall, internet gateway ...
    bool clusterLoadBalancer = false; // AKS nodes leaving through the cluster's own SLB
    std::string why;             // when !internet: why not
};

// Whether one network reaches another's private addresses, and how.
struct Reach
{
    bool ok = false;
    std::string rule;
    std::vector<std::string> via; // element and link ids along the way
    std::string how;              // "same network", "peering peer-1", "VPN to vpngw-hub" ...
    Fix fix;                      // when !ok
};

// Facts about a design that every path needs, computed once per analysis: which network and
// subnet each element sits in, peerings, gateways, transit attachments, DNS zone links and
// forwarding, and a cache of network-to-network reachability. Holds pointers into the design:
// it must not outlive it or survive an edit.
class Topology
{
public:
    explicit Topology(const Design& design);

    const Design& design() const { return m_design; }
    const std::vector<ClientInfo>& clients() const { return m_clients; }
    const std::vector<const Element*>& clusters() const { return m_clusters; }

    const Element* element(std::string_view id) const { return m_design.element(id); }
    const Element* subnetOf(const Element& e) const;
    const Element* networkOf(const Element& e) const;
    const Element* networkOfId(std::string_view id) const;

    Egress egress(const ClientInfo& client) const;
    // Cached: the reference stays valid as long as the topology.
    const Reach& reach(const Element* from, const Element* to) const;

    // DNS: zones and their links.
    bool zoneLinked(const Element& zone, const Element& network) const;
    const Element* aksZone(const Element& cluster) const;  // the cluster's private zone element
    std::vector<const Element*> zonesNamed(std::string_view name) const;
    // True when `network`'s custom DNS servers forward to a resolver in a network linked to
    // `zone` (a forwarder or DNS Private Resolver address listed in dnsServers).
    bool customDnsResolves(const Element& network, const Element& zone, std::string* via) const;
    // True when on-premises DNS forwards `zoneName` (or a parent) to a resolver in a network
    // that `accept` approves; `via` gets the resolver's id.
    template <typename Accept>
    bool onPremForwards(const Element& onprem, std::string_view zoneName, Accept accept,
                        std::string* via) const;

    // Private endpoints users created to a cluster (not the AKS-managed one).
    std::vector<const Element*> userEndpoints(const Element& cluster) const;
    // Security groups and the address blocks a client's traffic comes from on private paths.
    std::vector<std::string> securityGroupsOf(const ClientInfo& client) const;
    std::vector<Cidr> sourceBlocks(const ClientInfo& client) const;

    std::vector<const Link*> linksOf(std::string_view id) const;

private:
    Reach computeReach(const Element* from, const Element* to) const;
    Reach reachFromOnPrem(const Element& onprem, const Element& to) const;
    bool routesTo(const Element& clusterNetwork, const Element& gateway, std::string* subnet) const;
    const Link* peering(const Element& a, const Element& b) const;

    const Design& m_design;
    std::vector<ClientInfo> m_clients;
    std::vector<const Element*> m_clusters;
    std::unordered_map<std::string_view, std::vector<const Link*>> m_links;
    std::unordered_map<std::string_view, std::vector<const Element*>> m_endpointsByTarget;
    std::unordered_map<std::string_view, const Element*> m_zoneOfCluster;
    mutable std::map<std::pair<const Element*, const Element*>, Reach> m_reachCache;
};

template <typename Accept>
bool Topology::onPremForwards(const Element& onprem, std::string_view zoneName, Accept accept,
                              std::string* via) const
{
    auto covers = [&](const std::string& forwarded) {
        return zoneName == forwarded ||
               (zoneName.size() > forwarded.size() &&
                zoneName.substr(zoneName.size() - forwarded.size()) == forwarded &&
                zoneName[zoneName.size() - forwarded.size() - 1] == '.');
    };
    // Forwarding links start at the network itself or at a forwarder inside it.
    std::vector<std::string_view> starts{onprem.id};
    for (const Element* child : m_design.children(onprem.id)) {
        if (child->kind == ElementKind::DnsForwarder)
            starts.push_back(child->id);
    }
    for (std::string_view start : starts) {
        for (const Link* l : linksOf(start)) {
            if (l->kind != LinkKind::DnsForwarding || l->from != start)
                continue;
            auto zones = l->properties.find("zones");
            bool match = zones == l->properties.end();
            if (!match) {
                if (const auto* list = std::get_if<StringList>(&zones->second))
                    match = list->empty() || std::any_of(list->begin(), list->end(), covers);
            }
            const Element* resolver = element(l->to);
            if (match && resolver && accept(*resolver)) {
                if (via)
                    *via = resolver->id;
                return true;
            }
        }
    }
    return false;
}

} // namespace kg

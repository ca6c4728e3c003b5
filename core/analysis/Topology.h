#pragma once

#include "analysis/Path.h"
#include "model/Cidr.h"
#include "model/Design.h"
#include "model/EksMapping.h"
#include "model/IdMap.h"
#include "model/RoleAssignment.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace kg {

// Someone or something that sends requests to an API server: a client element, a node pool or
// node group, or the implicit nodes of an AKS cluster that has no node pool element.
struct ClientInfo
{
    std::string id;         // element id, or "<cluster>/nodes" for implicit AKS nodes
    const Element* element; // the client element; for implicit nodes, the cluster
    const Element* subnet;  // nullptr on the internet or directly in an on-premises network
    const Element* network; // VNet, VPC or on-premises network; nullptr on the internet
    const Element* nodesOf; // the cluster these are the nodes of, or nullptr
    std::vector<std::string> securityGroups; // carried on private paths (EKS)
    std::vector<Cidr> sources;               // private address blocks its traffic comes from
    std::string principal; // who it signs in as (its principal property), empty for nodes
    StringList dnsServers; // its VNet's custom DNS servers; empty: Azure DNS (or not a VNet)
};

// One security group on an EKS cluster's network interfaces, with its TCP 443 sources parsed:
// the admission stage reads them for every client of the cluster.
struct EksGuard
{
    const Element* group;                    // nullptr for the default cluster security group
    std::vector<std::string> rules;          // ingress443 (the default group admits only itself)
    std::vector<std::optional<Cidr>> blocks; // each rule parsed as an address block, if it is one
};

// A cluster's settings the stages read for every client, resolved once per cluster: property
// lookups by name were a fifth of the analysis. Copies, not pointers into the cluster's
// properties: an edit may rebuild the property map before the facts are dropped.
struct ClusterFacts
{
    const Element* network = nullptr; // the VNet an AKS cluster sits in, an EKS cluster's VPC
    // EKS
    bool eksPublic = false;
    bool eksPrivate = false;
    bool eksReadsAccessEntries = true; // accessConfig.authenticationMode API or API_AND_CONFIG_MAP
    bool eksReadsAwsAuth = true;       // CONFIG_MAP or API_AND_CONFIG_MAP
    std::string eksAuthMode;           // as written, for the texts
    bool vpcDnsAttributes = false;     // enableDnsSupport and enableDnsHostnames
    bool vpcAmazonDns = false;         // AmazonProvidedDNS in the DHCP options
    std::vector<EksGuard> guards;      // the cluster security group first
    // AKS (apiServerAccessProfile)
    bool aksPrivate = false;               // enablePrivateCluster
    bool aksVnetIntegration = false;       // enableVnetIntegration
    bool aksPublicFqdn = false;            // enablePrivateClusterPublicFQDN
    bool aksNoPrivateZone = false;         // privateDNSZone None
    bool aksRunCommandDisabled = false;    // disableRunCommand
    const Element* aksApiSubnet = nullptr; // subnetId (VNet integration)
    const Element* aksZone = nullptr;      // the private zone element (Topology::aksZone)
    StringList rbacPrincipals;             // principals with Kubernetes role bindings
    std::vector<RoleAssignment> roleAssignments;
    // EKS: who is mapped to Kubernetes, entries that do not parse left out (the load refuses
    // them; a design edited in memory may still hold one).
    std::vector<EksMapping> accessEntries;
    std::vector<EksMapping> awsAuth;
    // Both clouds: the public endpoint's allow-list as written (authorizedIPRanges or
    // publicAccessCidrs).
    StringList allowed;
};

// Where a client's internet-bound traffic leaves from.
struct Egress
{
    bool internet = false;
    std::vector<IpAddress> ips; // public source addresses the API server sees; may be unknown
    std::string via;            // element id of the NAT gateway, firewall, internet gateway ...
    bool clusterLoadBalancer = false; // AKS nodes leaving through the cluster's own SLB
    Sentence why;                     // when !internet: why not
    // When internet holds only on an assumption: the route out is not in the design (a subnet
    // routed to a transit gateway or a virtual private gateway). Says what is unknown.
    Sentence unknownRoute;
};

// Whether one network reaches another's private addresses, and how.
struct Reach
{
    bool ok = false;
    std::string_view rule;        // a string literal (outcomes keep it)
    std::vector<std::string> via; // element and link ids along the way
    Sentence how;                 // "inside hub", "peering peer-1", "VPN to vpngw-hub" ...
    Fix fix;                      // when !ok
    bool assumed = false;         // ok only on an assumption (`how` says which)
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

    // One insertion into or erasure from the design's element list, as the design announced it
    // (DesignChange::index), with the kind of the element inserted or erased.
    struct ElementStep
    {
        std::size_t index;
        bool inserted;
        ElementKind kind;
    };
    // Whether carryOver can follow the insertion or erasure of an element of `kind`: a client
    // that is not a node pool or node group (nothing the topology derives reads it but itself).
    static bool carriesOver(ElementKind kind);
    // After the design's only changes since this topology was built (or last carried over) were
    // `steps`, in order, each of a kind carriesOver accepts (renames, geometry and notes aside):
    // makes this topology what a fresh one of the design would be, keeping what it derived and
    // cached (TopologyCarry.cpp). False when the steps do not match the design; the topology is
    // then unusable and must be built afresh.
    bool carryOver(const std::vector<ElementStep>& steps);
    // After an edit of one client or cluster element in place (not a network, a subnet or a
    // link): drop what was derived from it, so that this topology can be reused.
    void refreshClient(const Element& client);
    void refreshCluster(const Element& cluster);
    // After an in-place edit of subnets, gateways or groups inside `network` (no element added,
    // removed or moved): re-derive what depends on that network.
    void refreshNetwork(const Element& network);
    // After an in-place edit of private DNS zones (their names or owners): re-index the zones
    // and drop every DNS answer derived from them.
    void refreshZones();
    // The cluster's settings every path to it reads (EKS: endpoints, its VPC's DNS, security
    // groups), computed on first use; dropped by refreshCluster and refreshNetwork.
    // `cluster` must be one of clusters() (std::logic_error otherwise).
    const ClusterFacts& facts(const Element& cluster) const;
    // The same for clusters()[k], without a lookup.
    const ClusterFacts& factsAt(std::uint32_t k) const;
    // After a change of the DNS forwarding rules the clients of `network` use: drop the DNS
    // answers memoised for them.
    void forgetDns(const Element& network);
    const std::vector<ClientInfo>& clients() const { return m_clients; }
    // The client x cluster pairs the analysis evaluates: a client with every cluster, a
    // cluster's nodes (node pools, node groups) with their own cluster only. Compared with
    // limits::kMaxAnalysedPairs (KG-017).
    std::size_t analysedPairs() const
    {
        std::size_t pairs = m_plainClients.size() * m_clusters.size();
        for (const auto& nodes : m_nodeClients)
            pairs += nodes.size();
        return pairs;
    }
    // How many clients forEachClientOf(k) visits.
    std::size_t clientCountOf(std::uint32_t k) const
    {
        return m_plainClients.size() + m_nodeClients[k].size();
    }
    // The clients paired with clusters()[k], by index in clients() and in that order: every
    // client that is not a cluster's nodes, and the cluster's own nodes. Most clients of a
    // large estate are nodes, so the analysis does not ask every client of every cluster.
    template <typename Visit> void forEachClientOf(std::uint32_t k, Visit visit) const
    {
        const auto& plain = m_plainClients;
        const auto& own = m_nodeClients[k];
        std::size_t a = 0;
        std::size_t b = 0;
        while (a < plain.size() || b < own.size()) {
            if (b == own.size() || (a < plain.size() && plain[a] < own[b]))
                visit(plain[a++]);
            else
                visit(own[b++]);
        }
    }
    const std::vector<const Element*>& clusters() const { return m_clusters; }

    const Element* element(std::string_view id) const { return m_design.element(id); }
    // Every element of one kind, in document order.
    const std::vector<const Element*>& ofKind(ElementKind kind) const;
    const Element* subnetOf(const Element& e) const;
    const Element* networkOf(const Element& e) const;
    // The element's parent (nullptr at the top level), as found when the topology was built,
    // checked against the element's parent id so that an edit since then is looked up instead.
    const Element* parentOf(const Element& e) const;
    const Element* networkOfId(std::string_view id) const;

    Egress egress(const ClientInfo& client) const;
    // Cached: the reference stays valid as long as the topology.
    const Reach& reach(const Element* from, const Element* to) const;

    // DNS: zones and their links.
    bool zoneLinked(const Element& zone, const Element& network) const;
    const Element* aksZone(const Element& cluster) const; // the cluster's private zone element
    std::vector<const Element*> zonesNamed(std::string_view name) const;
    // The name of an AKS cluster's private zone: its zone element's name, or the default
    // privatelink.<region>.azmk8s.io (private.<region>... with VNet integration). Cached.
    const std::string& privateZoneName(const Element& cluster) const;
    // The DNS forwarder or DNS Private Resolver (inbound endpoint) listening on `address`.
    const Element* resolverAt(std::string_view address) const;
    // DNS forwarders inside a network (on-premises included).
    const std::vector<const Element*>& forwardersIn(const Element& network) const;
    // The public endpoint's allow-list of a cluster, parsed once (network blocks).
    const std::vector<Cidr>& allowList(const Element& cluster) const;
    // Whether DNS in `clientNetwork` forwards to a Route 53 Resolver inbound endpoint in `vpc`.
    bool forwardsToInbound(const Element& clientNetwork, const Element& vpc) const;
    // Whether a query for `zoneName` sent to `server` (a DNS forwarder, an on-premises
    // network's DNS, an Azure DNS Private Resolver or a Route 53 Resolver inbound endpoint) is
    // answered by the DNS of a network: followed through dnsForwarding links (one listing a zone
    // equal to the name or a parent of it first, else one for every name) to a resolver, or to
    // a forwarder whose upstream is the cloud DNS of the VNet or VPC it is in. `accept(element)`
    // says whether the answering element's network can answer (a zone linked to it); `via` gets
    // that element's id. A forwarding loop or a chain longer than eight answers nothing.
    template <typename Accept>
    bool answers(const Element& server, std::string_view zoneName, Accept accept,
                 std::string* via) const;

    // Private endpoints users created to a cluster (not the AKS-managed one).
    std::vector<const Element*> userEndpoints(const Element& cluster) const;
    bool hasUserEndpoints(const Element& cluster) const
    {
        return m_endpointsByTarget.find(cluster.id) != m_endpointsByTarget.end();
    }
    // Security groups and the address blocks a client's traffic comes from on private paths.
    std::vector<std::string> securityGroupsOf(const ClientInfo& client) const;
    std::vector<Cidr> sourceBlocks(const ClientInfo& client) const;

    // The links with `id` at either end, in id order.
    const std::vector<const Link*>& linksOf(std::string_view id) const;
    // Node pools and node groups that belong to a cluster.
    const std::vector<const Element*>& poolsOf(const Element& cluster) const;

    // Address facts, parsed once per analysis (NetworkFacts does the parsing).
    const std::optional<Cidr>& subnetPrefix(const Element& subnet) const;
    const std::vector<Cidr>& addressSpace(const Element& network) const;

    // A per-analysis memo for answers that depend on two elements only (a client's network and
    // a cluster, say). `compute` runs once per key.
    template <typename Compute>
    const std::pair<bool, std::string>& memo(const Element* a, const Element* b, int tag,
                                             Compute&& compute) const
    {
        auto key = std::make_tuple(a, b, tag);
        auto it = m_memo.find(key);
        if (it == m_memo.end())
            it = m_memo.emplace(key, compute()).first;
        return it->second;
    }

private:
    Reach computeReach(const Element* from, const Element* to) const;
    Reach reachFromOnPrem(const Element& onprem, const Element& to) const;
    bool routesTo(const Element& clusterNetwork, const Element& gateway, std::string* subnet) const;
    const Link* peering(const Element& a, const Element& b) const;
    // An element's index in the design's element list, which the per-element tables share:
    // stable while the topology is kept (in-place edits replace elements where they are).
    // kNoSlot for an element of another design.
    static constexpr std::size_t kNoSlot = ~std::size_t{0};
    std::size_t slot(const Element& e) const;
    // The nearest ancestor of a kind `is` accepts, by parent ids.
    const Element* climb(const Element& e, bool (*is)(ElementKind)) const;

    // Keys are owned copies (IdMap): a property value or link end an index was built from is
    // freed when its element or link is replaced in place (a rename, a move), while this
    // topology is kept for the next update.
    const Design& m_design;
    // The element list as this topology last saw it (carryOver translates pointers by slot).
    const Element* m_elementBase = nullptr;
    std::size_t m_elementCount = 0;
    std::vector<ClientInfo> m_clients;
    std::vector<std::uint32_t> m_plainClients;             // clients without nodesOf
    std::vector<std::vector<std::uint32_t>> m_nodeClients; // by cluster index
    std::vector<const Element*> m_clusters;
    std::vector<std::vector<const Link*>> m_links; // by element slot, in link id order
    IdMap<std::vector<const Element*>> m_endpointsByTarget;
    IdMap<const Element*> m_zoneOfCluster;
    IdMap<const Element*> m_resolvers;
    std::unordered_map<const Element*, std::vector<const Element*>> m_forwarders;
    IdMap<std::vector<const Element*>> m_zonesByName;
    // Hashed rather than ordered: the stages ask these for nearly every path. Nodes keep the
    // references reach() hands out valid while others are added.
    struct PairHash
    {
        std::size_t operator()(const std::pair<const Element*, const Element*>& p) const
        {
            const auto a = reinterpret_cast<std::uintptr_t>(p.first);
            const auto b = reinterpret_cast<std::uintptr_t>(p.second);
            return std::hash<std::uintptr_t>{}(a * 0x9E3779B97F4A7C15ULL ^ (b + (a >> 7)));
        }
        std::size_t operator()(const std::tuple<const Element*, const Element*, int>& t) const
        {
            return (*this)(std::make_pair(std::get<0>(t), std::get<1>(t))) * 31 +
                   static_cast<std::size_t>(std::get<2>(t));
        }
    };
    mutable std::unordered_map<std::pair<const Element*, const Element*>, Reach, PairHash>
        m_reachCache;
    mutable std::unordered_map<const Element*, std::vector<Cidr>> m_allowLists;
    mutable std::unordered_map<const Element*, std::string> m_zoneNames;
    // Each cluster's facts by its index in m_clusters (the analysis evaluates clusters by
    // index), and each cluster's index.
    mutable std::vector<std::optional<ClusterFacts>> m_factsAt;
    std::unordered_map<const Element*, std::uint32_t> m_clusterIndex;
    ClusterFacts computeFacts(const Element& cluster) const;
    // A client's facts read from its element and network: security groups, sources, principal,
    // DNS servers. Run again when the client, its network or its cluster changes in place.
    void derive(ClientInfo& client) const;
    void forgetFacts(const Element& cluster);
    mutable std::unordered_map<std::pair<const Element*, const Element*>, bool, PairHash>
        m_inboundCache;
    mutable std::unordered_map<std::tuple<const Element*, const Element*, int>,
                               std::pair<bool, std::string>, PairHash>
        m_memo;
    // By element slot (its index in the design's element list; see slot()).
    std::vector<const Element*> m_parentOf;
    std::vector<const Element*> m_networkOf;
    std::vector<const Element*> m_subnetOf;
    std::vector<std::optional<Cidr>> m_prefixes; // subnets' prefixes
    std::vector<std::vector<Cidr>> m_spaces;     // networks' address spaces
    IdMap<std::vector<const Element*>> m_pools;
    std::vector<std::vector<const Element*>> m_byKind;
};

template <typename Accept>
bool Topology::answers(const Element& server, std::string_view zoneName, Accept accept,
                       std::string* via) const
{
    auto covers = [&](const std::string& forwarded) {
        return zoneName == forwarded ||
               (zoneName.size() > forwarded.size() &&
                zoneName.substr(zoneName.size() - forwarded.size()) == forwarded &&
                zoneName[zoneName.size() - forwarded.size() - 1] == '.');
    };
    std::vector<const Element*> seen;
    auto step = [&](auto&& self, const Element& node) -> bool {
        if (seen.size() > 8 || std::find(seen.begin(), seen.end(), &node) != seen.end())
            return false;
        seen.push_back(&node);
        if (node.kind == ElementKind::AzureDnsPrivateResolver ||
            node.kind == ElementKind::AwsResolverInboundEndpoint) {
            if (!accept(node))
                return false;
            if (via)
                *via = node.id;
            return true;
        }
        // Forwarding starts at the forwarder, or at an on-premises network or a forwarder in it.
        std::vector<const Element*> starts{&node};
        if (node.kind == ElementKind::OnPremNetwork)
            for (const Element* f : forwardersIn(node))
                starts.push_back(f);
        std::vector<const Element*> conditional, everything;
        for (const Element* start : starts) {
            for (const Link* l : linksOf(start->id)) {
                if (l->kind != LinkKind::DnsForwarding || l->from != start->id)
                    continue;
                const Element* target = element(l->to);
                if (!target)
                    continue;
                auto zones = l->properties.find("zones");
                const auto* list = zones == l->properties.end()
                                       ? nullptr
                                       : std::get_if<StringList>(&zones->second);
                if (!list || list->empty())
                    everything.push_back(target);
                else if (std::any_of(list->begin(), list->end(), covers))
                    conditional.push_back(target);
            }
        }
        // In id order, so that the resolver named does not depend on the order links were drawn.
        auto byId = [](const Element* a, const Element* b) { return a->id < b->id; };
        std::sort(conditional.begin(), conditional.end(), byId);
        std::sort(everything.begin(), everything.end(), byId);
        // A conditional forwarder for the name wins; its answer is the answer.
        for (const auto* targets : {&conditional, &everything}) {
            if (targets->empty())
                continue;
            for (const Element* target : *targets)
                if (self(self, *target))
                    return true;
            return false;
        }
        // Names no link covers: the forwarder's upstream.
        if (node.kind != ElementKind::DnsForwarder || node.stringValue("upstream") != "cloudDns")
            return false;
        const Element* network = networkOf(node);
        if (!network || network->kind == ElementKind::OnPremNetwork || !accept(node))
            return false;
        if (via)
            *via = node.id;
        return true;
    };
    return step(step, server);
}

} // namespace kg

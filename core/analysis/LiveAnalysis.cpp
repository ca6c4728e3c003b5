#include "analysis/LiveAnalysis.h"

#include "analysis/Analyzer.h"
#include "model/Design.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace kg {

namespace {

// Kinds whose effects are not confined to the network they sit in.
bool farReaching(ElementKind kind)
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

bool isNetwork(ElementKind kind)
{
    return kind == ElementKind::AzureVnet || kind == ElementKind::AwsVpc ||
           kind == ElementKind::OnPremNetwork;
}

bool isContainer(ElementKind kind)
{
    return isNetwork(kind) || kind == ElementKind::AzureSubnet || kind == ElementKind::AwsSubnet;
}

bool isNetworkLink(LinkKind kind)
{
    return kind == LinkKind::Peering || kind == LinkKind::TgwAttachment || kind == LinkKind::Vpn ||
           kind == LinkKind::ExpressRoute || kind == LinkKind::DirectConnect;
}

// The network an element sits in (itself for a network), found through the design's parents.
const Element* networkIn(const Design& design, const Element* e)
{
    for (std::size_t guard = 0; e && guard < 64; ++guard, e = design.element(e->parent))
        if (isNetwork(e->kind))
            return e;
    return nullptr;
}

// A network with at most one connection (peering, attachment, or a gateway's link): it carries
// no traffic between two others. Judged from the design alone.
bool isCluster(ElementKind kind)
{
    return kind == ElementKind::AksCluster || kind == ElementKind::EksCluster;
}

bool isPool(ElementKind kind)
{
    return kind == ElementKind::AksNodePool || kind == ElementKind::EksNodeGroup;
}

// The subnets a cluster names: an EKS cluster's subnetIds, an AKS cluster's API server subnet.
// Its paths and rules read them wherever they are.
bool namesSubnet(const Element& cluster, std::string_view subnetId)
{
    if (cluster.kind == ElementKind::EksCluster) {
        const auto& ids = cluster.listValue("resourcesVpcConfig.subnetIds");
        return std::find(ids.begin(), ids.end(), subnetId) != ids.end();
    }
    return cluster.kind == ElementKind::AksCluster && !subnetId.empty() &&
           cluster.stringValue("apiServerAccessProfile.subnetId") == subnetId;
}

bool isEgressDevice(ElementKind kind)
{
    return kind == ElementKind::AzureNatGateway || kind == ElementKind::AzureFirewall ||
           kind == ElementKind::AwsNatGateway || kind == ElementKind::AwsInternetGateway;
}

bool isDnsServer(ElementKind kind)
{
    return kind == ElementKind::DnsForwarder || kind == ElementKind::AzureDnsPrivateResolver ||
           kind == ElementKind::AwsResolverInboundEndpoint;
}

// The addresses a DNS forwarder or resolver answers on.
StringList dnsAddressesOf(const Element& e)
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
void networksAsking(const Design& design, const StringList& addresses, std::set<std::string>& out)
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
std::vector<std::string> clustersGuardedBy(const Design& design, const Element& guard)
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

bool isLeafIn(const Design& design, const Element& network, std::size_t removed = 0)
{
    std::size_t connections = removed;
    for (const Link* l : design.linksOf(network.id))
        if (isNetworkLink(l->kind))
            ++connections;
    for (const auto& id : design.subtree(network.id)) {
        const Element* g = design.element(id);
        if (g && (g->kind == ElementKind::AzureVpnGateway ||
                  g->kind == ElementKind::AzureExpressRouteGateway ||
                  g->kind == ElementKind::AwsVirtualPrivateGateway))
            connections += design.linksOf(id).size();
    }
    return connections <= 1;
}

} // namespace

LiveAnalysis::LiveAnalysis(Design& design) : m_design(design)
{
    rebuild();
    m_design.addObserver(this);
}

LiveAnalysis::~LiveAnalysis()
{
    m_design.removeObserver(this);
}

std::optional<StringList> LiveAnalysis::forwardedZones(const Link& link)
{
    // No list, or an empty one, forwards every zone (Topology::onPremForwards).
    auto zones = link.properties.find("zones");
    if (zones == link.properties.end())
        return std::nullopt;
    const auto* list = std::get_if<StringList>(&zones->second);
    if (!list || list->empty())
        return std::nullopt;
    return *list;
}

void LiveAnalysis::noteFacts()
{
    m_forwardZones.clear();
    m_poolCluster.clear();
    m_zoneFacts.clear();
    m_endpointTarget.clear();
    m_dnsAddresses.clear();
    m_networkProps.clear();
    for (const auto& l : m_design.links())
        noteLink(l);
    for (const auto& e : m_design.elements())
        noteElement(e);
    m_touched.clear();
}

void LiveAnalysis::noteTouchedFacts()
{
    for (const auto& id : m_touched) {
        m_forwardZones.erase(id);
        m_poolCluster.erase(id);
        m_zoneFacts.erase(id);
        m_endpointTarget.erase(id);
        m_dnsAddresses.erase(id);
        m_networkProps.erase(id);
        if (const Element* e = m_design.element(id))
            noteElement(*e);
        else if (const Link* l = m_design.link(id))
            noteLink(*l);
    }
    m_touched.clear();
}

void LiveAnalysis::noteLink(const Link& l)
{
    if (l.kind == LinkKind::DnsForwarding)
        m_forwardZones[l.id] = forwardedZones(l);
}

void LiveAnalysis::noteElement(const Element& e)
{
    if (isPool(e.kind))
        m_poolCluster[e.id] = e.stringValue("cluster");
    if (e.kind == ElementKind::AzurePrivateDnsZone)
        m_zoneFacts[e.id] = {e.stringValue("zoneName"), e.stringValue("managedBy")};
    if (e.kind == ElementKind::AzurePrivateEndpoint)
        m_endpointTarget[e.id] = e.stringValue("target");
    if (isDnsServer(e.kind))
        m_dnsAddresses[e.id] = dnsAddressesOf(e);
    if (isNetwork(e.kind))
        m_networkProps[e.id] = e.properties;
}

void LiveAnalysis::rebuild()
{
    noteFacts();
    m_topology = std::make_unique<Topology>(m_design);
    m_egress = Analyzer::egressOf(*m_topology);
    m_analysis = Analyzer::run(*m_topology, m_egress);
    m_full = false;
    m_rules = false;
    m_clusters.clear();
    m_clients.clear();
    m_networks.clear();
    m_subnets.clear();
    m_zones.clear();
    m_zoneEdits.clear();
    m_forwardEdits.clear();
    m_spaceEdits.clear();
    m_links.clear();
    m_subjects.clear();
    m_structural = false;
    m_dirtyNetworks.clear();
    m_goneContainers.clear();
}

bool LiveAnalysis::isLeaf(const Element& network) const
{
    std::size_t connections = 0;
    for (const Link* l : m_topology->linksOf(network.id)) {
        if (l->kind != LinkKind::DnsZoneLink && l->kind != LinkKind::RegistryAccess)
            ++connections;
    }
    // Gateways inside the network connect it to on-premises networks as well.
    for (ElementKind k : {ElementKind::AzureVpnGateway, ElementKind::AzureExpressRouteGateway,
                          ElementKind::AwsVirtualPrivateGateway}) {
        for (const Element* g : m_topology->ofKind(k)) {
            if (m_topology->networkOf(*g) == &network)
                connections += m_topology->linksOf(g->id).size();
        }
    }
    return connections <= 1;
}

void LiveAnalysis::touchNetworkOf(const Element* e)
{
    const Element* network = e && !farReaching(e->kind) ? m_topology->networkOf(*e) : nullptr;
    if (network && !isLeaf(*network) &&
        (e->kind == ElementKind::AzureSubnet || e->kind == ElementKind::AwsSubnet)) {
        // A subnet of a hub: the hub's facts are re-derived, and the paths that start in the
        // subnet or end at an endpoint in it are redone (update()).
        m_subnets.insert(e->id);
        m_subjects.insert(e->id);
        m_subjects.insert(e->parent);
        for (const Element* child : m_design.children(e->id))
            m_subjects.insert(child->id);
        return;
    }
    if (!network || !isLeaf(*network)) {
        m_full = true;
        return;
    }
    m_networks.insert(network->id);
    m_subjects.insert(e->id);
    // Clusters elsewhere may name this subnet (API server subnet, EKS subnetIds).
    for (const Element* c : m_topology->clusters())
        if (namesSubnet(*c, e->id))
            m_clusters.insert(c->id);
    if (!e->parent.empty())
        m_subjects.insert(e->parent);
    for (const Element* child : m_design.children(e->id))
        m_subjects.insert(child->id);
}

void LiveAnalysis::zoneClusters(const Topology& t, const std::string& zoneId,
                                const ZoneFacts& before, std::set<std::string>& out) const
{
    std::set<std::string> names;
    std::set<std::string> owners;
    if (auto it = before.find(zoneId); it != before.end()) {
        names.insert(it->second.first);
        owners.insert(it->second.second);
    }
    if (const Element* z = m_design.element(zoneId);
        z && z->kind == ElementKind::AzurePrivateDnsZone) {
        names.insert(z->stringValue("zoneName"));
        owners.insert(z->stringValue("managedBy"));
    }
    for (const Element* c : t.clusters()) {
        if (c->kind == ElementKind::AksCluster &&
            (c->stringValue("apiServerAccessProfile.privateDNSZone") == zoneId ||
             owners.count(c->id) ||
             (names.count(t.privateZoneName(*c)) && !t.userEndpoints(*c).empty())))
            out.insert(c->id);
    }
}

void LiveAnalysis::addReferrers(std::set<std::string>& subjects) const
{
    // A cluster's own rules read the subnets it names (the API server subnet and what else it
    // holds; EKS cluster subnets' zones and sizes): a change to such a subnet, or to what is in
    // it, rechecks the cluster. So do its node pools' and node groups' subnets (EKS-022 reads
    // their routes): a rechecked pool rechecks its cluster.
    // Clusters that share a subnet read each other (AKS-082 counts the clusters in one API
    // server subnet): the subnets a cluster among the subjects names make their other
    // clusters referrers too.
    std::vector<std::string> named;
    for (const auto& id : subjects)
        if (const Element* c = m_design.element(id); c && isCluster(c->kind)) {
            if (c->kind == ElementKind::AksCluster) {
                if (const std::string& api = c->stringValue("apiServerAccessProfile.subnetId");
                    !api.empty())
                    named.push_back(api);
            } else if (c->kind == ElementKind::EksCluster)
                for (const auto& s : c->listValue("resourcesVpcConfig.subnetIds"))
                    named.push_back(s);
        }
    std::vector<std::string> more;
    for (const auto& e : m_design.elements()) {
        if (isCluster(e.kind) && !subjects.count(e.id) &&
            std::any_of(named.begin(), named.end(),
                        [&](const std::string& id) { return namesSubnet(e, id); })) {
            more.push_back(e.id);
            continue;
        }
        if (isPool(e.kind) && subjects.count(e.id)) {
            if (const std::string& cluster = e.stringValue("cluster"); !cluster.empty())
                more.push_back(cluster);
        } else if (isCluster(e.kind) &&
                   std::any_of(subjects.begin(), subjects.end(),
                               [&](const std::string& id) { return namesSubnet(e, id); })) {
            more.push_back(e.id);
        }
    }
    subjects.insert(more.begin(), more.end());
}

std::set<std::string> LiveAnalysis::forwardingNetworks(const Link& link) const
{
    // A conditional forwarder's rules are read by the clients of the network it serves and of
    // the networks whose DNS servers point at it. Judged from the design alone, so that it
    // holds for structural edits too.
    std::set<std::string> out;
    const Element* forwarder = m_design.element(link.from);
    if (!forwarder)
        return out;
    if (const Element* network = networkIn(m_design, forwarder))
        out.insert(network->id);
    // The forwarding end may be a forwarder or the network that forwards (on-premises DNS).
    if (forwarder->kind != ElementKind::DnsForwarder)
        return out;
    networksAsking(m_design, {forwarder->stringValue("address")}, out);
    return out;
}

std::set<std::string> LiveAnalysis::dnsClientNetworks(const Element& server) const
{
    // Its own network; the networks whose DNS servers name one of its addresses, before or
    // after the edit; and, through forwarding links to or from it, the networks of the other
    // end's clients.
    std::set<std::string> out;
    if (const Element* network = networkIn(m_design, &server))
        out.insert(network->id);
    StringList addresses = dnsAddressesOf(server);
    if (auto it = m_dnsAddresses.find(server.id); it != m_dnsAddresses.end())
        addresses.insert(addresses.end(), it->second.begin(), it->second.end());
    networksAsking(m_design, addresses, out);
    for (const Link* l : m_design.linksOf(server.id)) {
        if (l->kind != LinkKind::DnsForwarding)
            continue;
        for (const auto& id : forwardingNetworks(*l))
            out.insert(id);
    }
    return out;
}

void LiveAnalysis::beginStructural()
{
    if (m_structural)
        return;
    m_structural = true;
    // In-place edits noted so far become networks to redo after the rebuild.
    m_dirtyNetworks.insert(m_networks.begin(), m_networks.end());
    m_networks.clear();
    // Hub subnets changed in place before: what they hold, on the fresh topology.
    for (const auto& id : m_subnets)
        if (const Element* subnet = m_design.element(id))
            structuralSubnet(*subnet);
    m_subnets.clear();
    m_zones.insert(m_zoneEdits.begin(), m_zoneEdits.end());
    m_zoneEdits.clear();
    m_spaceEdits.clear(); // the fresh topology parses every space; the peerings are in m_links
    for (const auto& linkId : m_forwardEdits)
        if (const Link* link = m_design.link(linkId))
            for (const auto& id : forwardingNetworks(*link))
                m_dirtyNetworks.insert(id);
    m_forwardEdits.clear();
    for (const auto& id : m_links)
        if (const Link* l = m_design.link(id))
            structuralLink(*l, false);
    m_links.clear();
}

void LiveAnalysis::structuralElement(const Element& e, bool inPlace)
{
    // Element rules rerun for the element and its neighbours in the tree (containment,
    // addresses inside their subnet); design-wide and path rules always rerun.
    m_subjects.insert(e.id);
    if (!e.parent.empty())
        m_subjects.insert(e.parent);
    for (const Element* child : m_design.children(e.id))
        m_subjects.insert(child->id);
    if (isCluster(e.kind)) {
        m_clusters.insert(e.id);
        if (e.kind == ElementKind::EksCluster) // its subnets decide the VPC's route tables
            m_dirtyNetworks.insert(e.parent);
        return;
    }
    if (isPool(e.kind)) {
        m_clients.insert(e.id);
        const std::string& cluster = e.stringValue("cluster");
        if (!cluster.empty())
            m_clusters.insert(cluster);
        if (auto it = m_poolCluster.find(e.id); it != m_poolCluster.end() && !it->second.empty())
            m_clusters.insert(it->second);
        return;
    }
    const KindInfo& info = KindRegistry::info(e.kind);
    if (info.client) {
        m_clients.insert(e.id);
        return;
    }
    // A private endpoint added or removed is one more or one fewer way into its target: the
    // target cluster's column (an endpoint to a registry only concerns the rules).
    if (!inPlace && e.kind == ElementKind::AzurePrivateEndpoint) {
        redoTargetOf(e);
        return;
    }
    // A security group or NSG: the clusters it guards (references to a new or removed one
    // arrive as changes of their own).
    if (e.kind == ElementKind::AwsSecurityGroup || e.kind == ElementKind::AzureNsg) {
        for (const auto& id : clustersGuardedBy(m_design, e))
            m_clusters.insert(id);
        return;
    }
    // A zone added, removed or changed: the clusters it may answer for (restructure()).
    if (e.kind == ElementKind::AzurePrivateDnsZone || e.kind == ElementKind::AwsPrivateHostedZone) {
        m_zones.insert(e.id);
        return;
    }
    // An empty container added or removed changes no path (its contents and links, and the
    // references to it, arrive as changes of their own).
    if (!inPlace && isContainer(e.kind)) {
        if (!m_design.element(e.id)) // removed: where it was, for what it held
            m_goneContainers[e.id] = e.parent;
        return;
    }
    // No path reads a registry, a gateway's own settings or a private link service (gateways
    // count through their links, which arrive as changes of their own): the rules only.
    if (e.kind == ElementKind::AzureContainerRegistry ||
        e.kind == ElementKind::AwsContainerRegistry || e.kind == ElementKind::AzureVpnGateway ||
        e.kind == ElementKind::AzureExpressRouteGateway ||
        e.kind == ElementKind::AwsVirtualPrivateGateway ||
        e.kind == ElementKind::AwsTransitGateway || e.kind == ElementKind::AzurePrivateLinkService)
        return;
    // A DNS forwarder or resolver: the networks whose clients ask it, and its own.
    if (isDnsServer(e.kind)) {
        // Its container may have been removed before it (a subnet deleted with its contents).
        std::string parent = e.parent;
        for (std::size_t guard = 0; guard < 32 && !m_design.element(parent); ++guard) {
            auto gone = m_goneContainers.find(parent);
            if (gone == m_goneContainers.end())
                break;
            parent = gone->second;
        }
        const Element* own = networkIn(m_design, m_design.element(parent));
        if (!own && !parent.empty() && !m_design.element(parent)) {
            m_full = true; // where it was is unknown
            return;
        }
        m_dirtyNetworks.merge(dnsClientNetworks(e));
        if (own)
            m_dirtyNetworks.insert(own->id);
        return;
    }
    // An egress device: the clients whose traffic leaves through it.
    if (isEgressDevice(e.kind)) {
        egressDependents(e);
        return;
    }
    if (farReaching(e.kind)) {
        m_full = true;
        return;
    }
    const Element* network = networkIn(m_design, inPlace ? &e : m_design.element(e.parent));
    if (inPlace && network && !isLeafIn(m_design, *network) &&
        (e.kind == ElementKind::AzureSubnet || e.kind == ElementKind::AwsSubnet)) {
        structuralSubnet(e); // a hub's subnet: what it holds, not the whole hub
        return;
    }
    if (!network || !isLeafIn(m_design, *network)) {
        m_full = true;
        return;
    }
    m_dirtyNetworks.insert(network->id);
}

void LiveAnalysis::structuralSubnet(const Element& subnet)
{
    // The rows of the clients inside, the columns of the clusters inside, named by it (API
    // server subnet, EKS subnets) or reached through private endpoints inside, and of the
    // clusters of its network (an EKS VPC's route tables are its subnets').
    m_subjects.insert(subnet.id);
    m_subjects.insert(subnet.parent);
    const Element* network = networkIn(m_design, &subnet);
    for (const auto& id : m_design.subtree(subnet.id)) {
        const Element* x = m_design.element(id);
        if (!x)
            continue;
        m_subjects.insert(x->id);
        if (isCluster(x->kind))
            m_clusters.insert(x->id);
        else if (x->kind == ElementKind::AzurePrivateEndpoint)
            redoTargetOf(*x);
        else if (KindRegistry::info(x->kind).client) {
            m_clients.insert(x->id);
            if (isPool(x->kind))
                if (const std::string& cluster = x->stringValue("cluster"); !cluster.empty())
                    m_clusters.insert(cluster);
        }
    }
    for (const auto& c : m_design.elements())
        if (isCluster(c.kind) &&
            (namesSubnet(c, subnet.id) || (network && networkIn(m_design, &c) == network)))
            m_clusters.insert(c.id);
}

void LiveAnalysis::redoTargetOf(const Element& endpoint)
{
    const Element* target = m_design.element(endpoint.stringValue("target"));
    if (target && isCluster(target->kind))
        m_clusters.insert(target->id);
}

void LiveAnalysis::redoRowOf(const ClientInfo& c)
{
    if (c.nodesOf && c.element == c.nodesOf)
        m_clusters.insert(c.nodesOf->id); // implicit nodes: redone with their cluster
    else
        m_clients.insert(c.id);
}

void LiveAnalysis::egressDependents(const Element& device)
{
    // The subnets whose internet traffic reaches the device, directly or through another device
    // in a subnet that does (a NAT gateway in a public subnet routed to an internet gateway).
    auto routeOf = [](const Element& subnet) -> const std::string& {
        return subnet.stringValue(subnet.kind == ElementKind::AzureSubnet ? "egress"
                                                                          : "defaultRoute");
    };
    std::set<std::string_view> devices{device.id};
    std::set<const Element*> subnets;
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& s : m_design.elements()) {
            if ((s.kind != ElementKind::AzureSubnet && s.kind != ElementKind::AwsSubnet) ||
                subnets.count(&s) || !devices.count(routeOf(s)))
                continue;
            subnets.insert(&s);
            for (const Element* inside : m_design.children(s.id))
                if (isEgressDevice(inside->kind))
                    grew |= devices.insert(inside->id).second;
        }
    }
    // Their clients' rows; an AKS cluster's column for its implicit nodes.
    for (const auto& e : m_design.elements()) {
        const bool client = KindRegistry::info(e.kind).client;
        if (!client && e.kind != ElementKind::AksCluster)
            continue;
        // Its nearest subnet decides where its traffic goes.
        const Element* p = m_design.element(e.parent);
        for (std::size_t guard = 0; p && guard < 32 && p->kind != ElementKind::AzureSubnet &&
                                    p->kind != ElementKind::AwsSubnet;
             ++guard)
            p = m_design.element(p->parent);
        if (!p || !subnets.count(p))
            continue;
        if (client)
            m_clients.insert(e.id);
        else
            m_clusters.insert(e.id);
    }
}

void LiveAnalysis::networkChanged(const Element& e)
{
    auto noted = m_networkProps.find(e.id);
    if (noted == m_networkProps.end()) { // not seen at the last update
        m_full = true;
        return;
    }
    const std::string spaceKey = e.kind == ElementKind::AwsVpc ? "cidrBlocks" : "addressSpace";
    auto without = [&](PropertyMap props) {
        props.erase(spaceKey);
        return props;
    };
    auto space = [&](const PropertyMap& props) {
        auto it = props.find(spaceKey);
        const auto* list = it == props.end() ? nullptr : std::get_if<StringList>(&it->second);
        return list ? *list : StringList{};
    };
    const StringList before = space(noted->second);
    const bool spaceChanged = before != space(e.properties);
    const bool othersChanged = without(noted->second) != without(e.properties);
    noted->second = e.properties;
    m_subjects.insert(e.id);
    for (const Element* child : m_design.children(e.id))
        m_subjects.insert(child->id);
    if (isLeaf(e) || othersChanged) {
        // A leaf network's own settings (address space, DNS servers, region), or a hub's
        // settings other than its address space (DNS servers, DNS attributes, region, egress
        // addresses, conditional forwarders): its facts are re-derived and its rows and columns
        // redone, as for an edit inside it.
        m_networks.insert(e.id);
    }
    if (isLeaf(e) || !spaceChanged)
        return;
    // A hub's address space decides which of its peerings join overlapping spaces (and do not
    // carry traffic): each peering whose verdict flips is redone as if its state had changed.
    // Clients placed in the network itself (in no subnet) send from its space: their rows.
    std::vector<Cidr> old;
    for (const auto& text : before)
        if (auto c = Cidr::parse(text))
            old.push_back(*c);
    const std::vector<Cidr> now = NetworkFacts::addressSpace(e);
    auto overlaps = [](const std::vector<Cidr>& a, const std::vector<Cidr>& b) {
        for (const auto& x : a)
            for (const auto& y : b)
                if (x.overlaps(y))
                    return true;
        return false;
    };
    for (const Link* l : m_design.linksOf(e.id)) {
        if (l->kind != LinkKind::Peering)
            continue;
        const Element* other = m_design.element(l->from == e.id ? l->to : l->from);
        if (!other)
            continue;
        const auto theirs = NetworkFacts::addressSpace(*other);
        if (overlaps(old, theirs) != overlaps(now, theirs))
            m_links.insert(l->id);
    }
    m_spaceEdits.insert(e.id);
    for (const ClientInfo& c : m_topology->clients())
        if (c.network == &e && !c.subnet)
            m_clients.insert(c.id);
}

void LiveAnalysis::moved(const Element& e)
{
    // Where the element and everything inside it were comes from the kept topology, which
    // still holds the positions of the last update, unless elements or links were added or
    // removed since (then it may point at freed memory, and everything is redone).
    if (m_memoryMoved || !m_topology) {
        m_full = true;
        return;
    }
    const Topology& before = *m_topology;
    std::vector<const Element*> moving{&e};
    for (const auto& id : m_design.subtree(e.id))
        if (const Element* x = m_design.element(id); x && x != &e)
            moving.push_back(x);
    std::set<std::string> networks; // the networks left and joined
    for (const Element* x : moving) {
        m_subjects.insert(x->id);
        const Element* from = before.networkOf(*x);
        const Element* to = networkIn(m_design, x);
        // The containers it left: their rules check what is inside them.
        for (const Element* left : {before.subnetOf(*x), from})
            if (left)
                m_subjects.insert(left->id);
        if (!x->parent.empty())
            m_subjects.insert(x->parent);
        if (isCluster(x->kind)) {
            // Its column, and (implicit AKS nodes, node pools) the rows of its nodes.
            m_clusters.insert(x->id);
            if (x->kind == ElementKind::EksCluster) { // its subnets decide the route tables
                for (const Element* net : {from, to})
                    if (net)
                        m_dirtyNetworks.insert(net->id);
            }
            continue;
        }
        if (isPool(x->kind)) {
            m_clients.insert(x->id);
            if (const std::string& cluster = x->stringValue("cluster"); !cluster.empty())
                m_clusters.insert(cluster);
            continue;
        }
        if (KindRegistry::info(x->kind).client) {
            m_clients.insert(x->id); // a client's position concerns its own row only
            continue;
        }
        if (x->kind == ElementKind::AzurePrivateEndpoint) {
            // One way into its target, from where it now sits: the target's column (one to a
            // registry concerns the rules only).
            redoTargetOf(*x);
            continue;
        }
        if (x->kind == ElementKind::AwsSecurityGroup || x->kind == ElementKind::AzureNsg) {
            // Referenced by id, wherever it sits: the clusters it guards.
            for (const auto& id : clustersGuardedBy(m_design, *x))
                m_clusters.insert(id);
            continue;
        }
        if (x->kind == ElementKind::AzureContainerRegistry ||
            x->kind == ElementKind::AwsContainerRegistry)
            continue; // no path reads a registry: the rules only
        if (isDnsServer(x->kind)) {
            // Whether its network is linked to a zone decides the answers it gives: the rows and
            // columns of the networks whose clients ask it, and of the ones it left and joined.
            networks.merge(dnsClientNetworks(*x));
            for (const Element* net : {from, to})
                if (net)
                    networks.insert(net->id);
            continue;
        }
        if (isEgressDevice(x->kind)) {
            // Where an egress device sits decides whether it reaches the internet: the rows of
            // the clients whose traffic leaves through it.
            egressDependents(*x);
            continue;
        }
        if (x->kind == ElementKind::AzurePrivateLinkService)
            continue; // no path reads it: the rules only
        if (x->kind == ElementKind::AzureVpnGateway ||
            x->kind == ElementKind::AzureExpressRouteGateway ||
            x->kind == ElementKind::AwsVirtualPrivateGateway) {
            // Only paths over its links use where it sits: the rows of the clients in the
            // networks at their other ends (on premises).
            for (const Link* l : m_design.linksOf(x->id)) {
                const Element* end =
                    networkIn(m_design, m_design.element(l->from == x->id ? l->to : l->from));
                for (const ClientInfo& c : before.clients())
                    if (end && c.network == end)
                        redoRowOf(c);
            }
            continue;
        }
        if (farReaching(x->kind)) { // transit gateways, zones
            m_full = true;
            return;
        }
        // A subnet or another element: the paths into and out of the leaf networks it left and
        // joined; of a hub (whose other paths do not read its subnets), the columns of the
        // clusters in it (an EKS VPC's route tables are its subnets'). And the clusters that
        // name it.
        for (const Element* net : {from, to}) {
            if (!net)
                continue;
            if (isLeafIn(m_design, *net)) {
                networks.insert(net->id);
                continue;
            }
            for (const Element* c : before.clusters())
                if (before.networkOf(*c) == net || networkIn(m_design, c) == net ||
                    c->parent == net->id)
                    m_clusters.insert(c->id);
        }
        for (const Element* c : before.clusters())
            if (namesSubnet(*c, x->id))
                m_clusters.insert(c->id);
    }
    // Rules read references where they point (a subnet routing to a NAT gateway in another
    // VPC, KG-015): the elements that name anything that moved are rechecked.
    std::set<std::string_view> movedIds;
    for (const Element* x : moving)
        movedIds.insert(x->id);
    for (const auto& other : m_design.elements()) {
        for (const auto& [key, value] : other.properties) {
            const auto* text = std::get_if<std::string>(&value);
            const auto* list = std::get_if<StringList>(&value);
            const bool names =
                (text && movedIds.count(*text)) ||
                (list && std::any_of(list->begin(), list->end(),
                                     [&](const std::string& s) { return movedIds.count(s) != 0; }));
            if (names) {
                m_subjects.insert(other.id);
                break;
            }
        }
    }
    beginStructural();
    m_dirtyNetworks.insert(networks.begin(), networks.end());
}

void LiveAnalysis::structuralLink(const Link& link, bool removed)
{
    m_subjects.insert(link.id);
    m_subjects.insert(link.from);
    m_subjects.insert(link.to);
    if (link.kind == LinkKind::RegistryAccess)
        return; // only rules read it, and they all rerun
    if (link.kind == LinkKind::DnsZoneLink) {
        m_zones.insert(link.from); // the clusters the zone answers for (restructure())
        return;
    }
    if (link.kind == LinkKind::DnsForwarding) {
        for (const auto& id : forwardingNetworks(link))
            m_dirtyNetworks.insert(id);
        return;
    }
    if (!isNetworkLink(link.kind)) {
        m_full = true;
        return;
    }
    // A path crosses at most two links, so a path over this one starts or ends in one of its
    // networks. One that starts or ends in network A and goes on beyond B needs B to carry
    // traffic onward; when B is a leaf (this link its only connection, before and after), A's
    // rows and columns need no redoing, only B's: a spoke's peering redoes the spoke, not the hub.
    const Element* ends[2] = {nullptr, nullptr};
    for (int i = 0; i < 2; ++i) {
        const Element* e = m_design.element(i == 0 ? link.from : link.to);
        if (!e) {
            m_full = true;
            return;
        }
        // A transit gateway stands for the VPCs attached to it; the VPC at the attachment's
        // other end covers the paths through it.
        if (e->kind != ElementKind::AwsTransitGateway)
            ends[i] = networkIn(m_design, e);
    }
    // When both ends are leaves, every path over the link starts in one and ends in the other:
    // either end covers it (both are redone, being small).
    bool leaf[2] = {false, false};
    for (int i = 0; i < 2; ++i)
        leaf[i] = ends[i] && ends[1 - i] && ends[0] != ends[1] &&
                  isLeafIn(m_design, *ends[i], removed ? 1 : 0);
    for (int i = 0; i < 2; ++i) {
        const Element* self = ends[i];
        if (self && !(leaf[1 - i] && !leaf[i]))
            m_dirtyNetworks.insert(self->id);
    }
}

void LiveAnalysis::designChanged(const DesignChange& change)
{
    using T = DesignChange::Type;
    if (change.type == T::InfoChanged || m_full)
        return;
    m_touched.insert(change.id);
    if (change.type != T::ElementChanged && change.type != T::LinkChanged)
        m_memoryMoved = true; // the kept topology's pointers are no longer to be trusted
    switch (change.type) {
    case T::Reset:
        m_full = true;
        return;
    case T::ElementAdded:
        beginStructural();
        structuralElement(*m_design.element(change.id), false);
        return;
    case T::ElementRemoved: {
        beginStructural();
        const Element& gone = *change.removedElement;
        structuralElement(gone, false);
        // The clusters that shared a subnet with a removed cluster count one fewer (AKS-082):
        // the subnets it named are rechecked with the clusters naming them (addReferrers).
        if (gone.kind == ElementKind::AksCluster) {
            if (const std::string& api = gone.stringValue("apiServerAccessProfile.subnetId");
                !api.empty())
                m_subjects.insert(api);
        } else if (gone.kind == ElementKind::EksCluster) {
            for (const auto& s : gone.listValue("resourcesVpcConfig.subnetIds"))
                m_subjects.insert(s);
        }
        return;
    }
    case T::LinkAdded:
        beginStructural();
        structuralLink(*m_design.link(change.id), false);
        return;
    case T::LinkRemoved:
        beginStructural();
        structuralLink(*change.removedLink, true);
        return;
    default:
        break;
    }
    if (change.type == T::LinkChanged) {
        const Link* link = m_design.link(change.id);
        if (!link)
            m_full = true;
        else if (m_structural)
            structuralLink(*link, false);
        else if (isNetworkLink(link->kind))
            m_links.insert(link->id);
        else if (link->kind == LinkKind::DnsForwarding) {
            m_subjects.insert(link->id); // its zones: the pairs they change (update())
            m_forwardEdits.insert(link->id);
        } else if (link->kind == LinkKind::DnsZoneLink) {
            beginStructural();
            structuralLink(*link, false); // the clusters the zone answers for
        } else {
            m_subjects.insert(link->id); // registry access: the rules only
            m_rules = true;
        }
        return;
    }
    const unsigned relevant = DesignChange::Parent | DesignChange::Properties | DesignChange::Kind;
    if ((change.fields & relevant) == 0) {
        // Messages name elements, their own and their neighbours': all rules run again.
        m_rules |= (change.fields & DesignChange::Name) != 0;
        return;
    }
    const Element* e = m_design.element(change.id);
    if (!e || (change.fields & DesignChange::Kind)) {
        m_full = true;
        return;
    }
    const KindInfo& info = KindRegistry::info(e->kind);
    const bool cluster = isCluster(e->kind);
    if (change.fields & DesignChange::Parent) {
        moved(*e);
    } else if (isPool(e->kind)) {
        // Node pools are indexed by cluster in the topology: rebuild it and redo the pool's
        // cluster before and after the edit.
        if (auto it = m_poolCluster.find(e->id); it != m_poolCluster.end() && !it->second.empty())
            m_clusters.insert(it->second);
        beginStructural();
        structuralElement(*e, true);
    } else if (e->kind == ElementKind::AzurePrivateDnsZone ||
               e->kind == ElementKind::AwsPrivateHostedZone) {
        // The zones are re-indexed in the kept topology, then the columns of the clusters whose
        // private name the zone answers are redone (update(); restructure() in a structural
        // edit).
        m_subjects.insert(e->id);
        if (m_structural)
            structuralElement(*e, true);
        else
            m_zoneEdits.insert(e->id);
    } else if (e->kind == ElementKind::AwsSecurityGroup || e->kind == ElementKind::AzureNsg) {
        // A security group's or NSG's rules: the columns of the clusters they guard.
        m_subjects.insert(e->id);
        for (const auto& id : clustersGuardedBy(m_design, *e))
            m_clusters.insert(id);
    } else if (e->kind == ElementKind::AzurePrivateEndpoint) {
        // Endpoints are indexed by target in the topology: a fresh one, then the columns of the
        // clusters it led to before and leads to now.
        beginStructural();
        m_subjects.insert(e->id);
        if (auto it = m_endpointTarget.find(e->id); it != m_endpointTarget.end())
            m_clusters.insert(it->second);
        m_clusters.insert(e->stringValue("target"));
    } else if (e->kind == ElementKind::AzureContainerRegistry ||
               e->kind == ElementKind::AwsContainerRegistry ||
               e->kind == ElementKind::AzureVpnGateway ||
               e->kind == ElementKind::AzureExpressRouteGateway ||
               e->kind == ElementKind::AwsVirtualPrivateGateway ||
               e->kind == ElementKind::AwsTransitGateway) {
        // No path reads these properties (a registry is no API server; a gateway's public
        // address and a transit gateway's region only concern the rules): the rules only.
        m_subjects.insert(e->id);
        m_rules = true;
    } else if (isDnsServer(e->kind)) {
        // Forwarders and resolvers are indexed by address in the topology: a fresh one, then
        // the rows and columns of the networks whose clients ask them.
        beginStructural();
        m_subjects.insert(e->id);
        for (const auto& id : dnsClientNetworks(*e))
            m_dirtyNetworks.insert(id);
    } else if (!m_structural && isEgressDevice(e->kind)) {
        // An egress device's addresses: the rows of the clients whose traffic leaves through it
        // (their egress is recomputed with their rows).
        m_subjects.insert(e->id);
        egressDependents(*e);
    } else if (m_structural) {
        structuralElement(*e, true);
    } else if (isNetwork(e->kind)) {
        networkChanged(*e);
    } else if (cluster) {
        m_clusters.insert(e->id);
    } else if (info.client && e->kind != ElementKind::AksNodePool &&
               e->kind != ElementKind::EksNodeGroup) {
        m_clients.insert(e->id);
    } else {
        touchNetworkOf(e);
    }
}

const Analysis& LiveAnalysis::update()
{
    if (!stale())
        return m_analysis;
    m_memoryMoved = false; // the topology is rebuilt or refreshed below
    if (m_full) {
        rebuild();
        m_lastUpdate = Update::Full;
        return m_analysis;
    }
    if (m_structural) {
        restructure();
        m_lastUpdate = Update::Structural;
        return m_analysis;
    }
    m_lastUpdate = Update::InPlace;
    Topology& topology = *m_topology;
    if (!m_zoneEdits.empty()) {
        topology.refreshZones();
        for (const auto& zoneId : m_zoneEdits) {
            zoneClusters(topology, zoneId, m_zoneFacts, m_clusters);
            if (const Element* z = m_design.element(zoneId);
                z && z->kind == ElementKind::AzurePrivateDnsZone)
                m_zoneFacts[zoneId] = {z->stringValue("zoneName"), z->stringValue("managedBy")};
        }
        m_zoneEdits.clear();
    }
    for (const auto& subnetId : m_subnets) {
        const Element* subnet = m_design.element(subnetId);
        if (!subnet)
            continue;
        if (const Element* network = topology.networkOf(*subnet))
            topology.refreshNetwork(*network);
        for (const ClientInfo& c : topology.clients()) {
            if (c.subnet != subnet)
                continue;
            redoRowOf(c);
        }
        for (const Element* c : topology.clusters())
            if (namesSubnet(*c, subnetId) ||
                (c->kind == ElementKind::AksCluster && topology.subnetOf(*c) == subnet))
                m_clusters.insert(c->id);
        for (const Element* child : m_design.children(subnetId)) {
            if (child->kind == ElementKind::AzurePrivateEndpoint)
                redoTargetOf(*child);
        }
    }
    m_subnets.clear();
    for (const auto& networkId : m_spaceEdits)
        if (const Element* network = m_design.element(networkId))
            topology.refreshNetwork(*network);
    m_spaceEdits.clear();
    for (const auto& networkId : m_networks) {
        const Element* network = m_design.element(networkId);
        // Something inside a leaf network changed in place: re-derive its facts, then redo
        // the paths that start or end in it.
        topology.refreshNetwork(*network);
        for (std::size_t i = 0; i < topology.clients().size(); ++i) {
            const ClientInfo& c = topology.clients()[i];
            if (c.network != network)
                continue;
            redoRowOf(c);
        }
        for (const Element* c : topology.clusters()) {
            if (topology.networkOf(*c) == network || m_design.element(c->parent) == network)
                m_clusters.insert(c->id);
        }
    }
    m_networks.clear();

    // Changed network links: the networks at their ends get fresh facts; the clusters in them
    // are redone whole, and the pairs that can route through the link from the other side.
    std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
    // Clients and clusters by network, computed once for all changed links.
    std::map<const Element*, std::vector<std::uint32_t>> clientsByNetwork;
    std::map<const Element*, std::vector<std::uint32_t>> clustersByNetwork;
    if (!m_links.empty()) {
        for (std::uint32_t i = 0; i < topology.clients().size(); ++i)
            clientsByNetwork[topology.clients()[i].network].push_back(i);
        for (std::uint32_t k = 0; k < topology.clusters().size(); ++k) {
            const Element* c = topology.clusters()[k];
            const Element* net = c->kind == ElementKind::EksCluster ? m_design.element(c->parent)
                                                                    : topology.networkOf(*c);
            clustersByNetwork[net].push_back(k);
        }
    }
    auto clientsIn = [&](const Element* network) -> const std::vector<std::uint32_t>& {
        static const std::vector<std::uint32_t> kNone;
        auto it = clientsByNetwork.find(network);
        return it == clientsByNetwork.end() ? kNone : it->second;
    };
    auto clustersIn = [&](const Element* network) -> const std::vector<std::uint32_t>& {
        static const std::vector<std::uint32_t> kNone;
        auto it = clustersByNetwork.find(network);
        return it == clustersByNetwork.end() ? kNone : it->second;
    };
    auto peersOf = [&](const Element* network) {
        std::vector<const Element*> out;
        for (const Link* l : topology.linksOf(network->id)) {
            if (l->kind == LinkKind::Peering)
                out.push_back(m_design.element(l->from == network->id ? l->to : l->from));
            if (l->kind == LinkKind::TgwAttachment) { // every VPC on the same transit gateway
                for (const Link* a : topology.linksOf(l->to)) {
                    if (a->kind == LinkKind::TgwAttachment && a->from != network->id)
                        out.push_back(m_design.element(a->from));
                }
            }
        }
        return out;
    };
    for (const auto& linkId : m_links) {
        const Link* link = m_design.link(linkId);
        const Element* a = topology.networkOfId(link->from);
        const Element* b = topology.networkOfId(link->to);
        for (const Element* end : {a, b}) {
            if (!end)
                continue;
            topology.refreshNetwork(*end);
            for (std::uint32_t k : clustersIn(end))
                m_clusters.insert(topology.clusters()[k]->id);
        }
        if (link->kind == LinkKind::Vpn || link->kind == LinkKind::ExpressRoute ||
            link->kind == LinkKind::DirectConnect) {
            for (std::uint32_t i : clientsIn(a)) // on-premises clients: every private path
                m_clients.insert(topology.clients()[i].id);
            continue;
        }
        // Which networks each end's clients may now reach (or no longer reach) through it.
        std::vector<std::pair<const Element*, std::vector<const Element*>>> reachable;
        if (link->kind == LinkKind::TgwAttachment) {
            std::vector<const Element*> attached;
            for (const Link* other : topology.linksOf(link->to)) {
                if (other->kind == LinkKind::TgwAttachment && other != link)
                    attached.push_back(m_design.element(other->from));
            }
            reachable.emplace_back(a, attached);
        } else {
            if (a && b) {
                reachable.emplace_back(a, peersOf(b));
                reachable.emplace_back(b, peersOf(a));
            }
        }
        for (const auto& [from, targets] : reachable) {
            if (!from)
                continue;
            const auto& fromClients = clientsIn(from);
            for (const Element* target : targets) {
                for (std::uint32_t k : clustersIn(target)) {
                    for (std::uint32_t i : fromClients)
                        pairs.insert({i, k});
                }
            }
        }
    }
    m_links.clear();

    // An EKS cluster's subnets decide which route tables its VPC's paths need: refresh the VPC
    // and redo every cluster in it.
    std::set<std::string> extra;
    for (const auto& id : m_clusters) {
        const Element* cluster = m_design.element(id);
        topology.refreshCluster(*cluster);
        if (cluster->kind == ElementKind::EksCluster) {
            if (const Element* vpc = m_design.element(cluster->parent)) {
                topology.refreshNetwork(*vpc);
                for (const Element* other : topology.clusters()) {
                    if (other->parent == cluster->parent)
                        extra.insert(other->id);
                }
            }
        }
    }
    m_clusters.insert(extra.begin(), extra.end());

    // Changed forwarding rules: only on-premises DNS reads their zones, and only for names the
    // changed zones cover (the AKS private zone name, eks.amazonaws.com for EKS): those pairs
    // of the clients that use the forwarder.
    for (const auto& linkId : m_forwardEdits) {
        const Link* link = m_design.link(linkId);
        if (!link)
            continue;
        const std::optional<StringList> after = forwardedZones(*link);
        auto noted = m_forwardZones.find(linkId);
        const std::optional<StringList> before =
            noted == m_forwardZones.end() ? std::nullopt : noted->second;
        StringList changed;
        const bool all = !before || !after;
        if (!all) {
            for (const auto& z : *before)
                if (std::find(after->begin(), after->end(), z) == after->end())
                    changed.push_back(z);
            for (const auto& z : *after)
                if (std::find(before->begin(), before->end(), z) == before->end())
                    changed.push_back(z);
        }
        auto covers = [](std::string_view name, std::string_view forwarded) {
            return name == forwarded || (name.size() > forwarded.size() &&
                                         name.substr(name.size() - forwarded.size()) == forwarded &&
                                         name[name.size() - forwarded.size() - 1] == '.');
        };
        std::vector<std::uint32_t> affected;
        for (std::uint32_t k = 0; k < topology.clusters().size(); ++k) {
            const Element* c = topology.clusters()[k];
            const std::string name = c->kind == ElementKind::AksCluster
                                         ? topology.privateZoneName(*c)
                                         : std::string("eks.amazonaws.com");
            if (all || std::any_of(changed.begin(), changed.end(),
                                   [&](const std::string& z) { return covers(name, z); }))
                affected.push_back(k);
        }
        for (const auto& networkId : forwardingNetworks(*link)) {
            const Element* network = m_design.element(networkId);
            if (!network)
                continue;
            topology.forgetDns(*network);
            for (std::uint32_t i = 0; i < topology.clients().size(); ++i) {
                if (topology.clients()[i].network != network)
                    continue;
                for (std::uint32_t k : affected)
                    pairs.emplace(i, k);
            }
        }
        m_forwardZones[linkId] = after;
    }
    m_forwardEdits.clear();

    // Fresh client facts and egress for every client whose row or nodes are redone.
    std::set<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < topology.clients().size(); ++i) {
        const ClientInfo& c = topology.clients()[i];
        if (m_clients.count(c.id)) {
            topology.refreshClient(*c.element);
            rows.insert(i);
        }
        if (m_clients.count(c.id) || (c.nodesOf && m_clusters.count(c.nodesOf->id)))
            m_egress[i] = topology.egress(topology.clients()[i]);
    }
    std::set<std::uint32_t> columns;
    for (std::uint32_t k = 0; k < topology.clusters().size(); ++k) {
        if (m_clusters.count(topology.clusters()[k]->id))
            columns.insert(k);
    }

    if (!replaceOutcomes(columns, rows, pairs)) {
        rebuild(); // a redone pair has more or fewer outcomes than before: start over
        m_lastUpdate = Update::Full;
        return m_analysis;
    }

    if (m_rules) {
        Analyzer::runRules(topology, m_analysis);
    } else {
        std::set<std::string> subjects = m_clusters;
        subjects.insert(m_clients.begin(), m_clients.end());
        subjects.insert(m_subjects.begin(), m_subjects.end());
        addReferrers(subjects);
        Analyzer::rerunRules(topology, m_analysis, subjects);
    }
    m_clusters.clear();
    m_clients.clear();
    m_subjects.clear();
    m_rules = false;
    return m_analysis;
}

bool LiveAnalysis::replaceOutcomes(const std::set<std::uint32_t>& columns,
                                   const std::set<std::uint32_t>& rows,
                                   const std::set<std::pair<std::uint32_t, std::uint32_t>>& pairs)
{
    const Topology& topology = *m_topology;
    // Outcomes are stored cluster by cluster, client by client. An edited cluster's run is
    // replaced whole (its size may change); an edited client's outcomes are overwritten in place.
    auto& paths = m_analysis.paths;
    auto byCluster = [](const PathOutcome& p, std::uint32_t k) { return p.cluster < k; };
    for (std::uint32_t k : columns) {
        auto first = std::lower_bound(paths.begin(), paths.end(), k, byCluster);
        auto last = std::lower_bound(first, paths.end(), k + 1, byCluster);
        std::vector<PathOutcome> column;
        Analyzer::evaluateCluster(topology, m_egress, k, m_analysis, column);
        auto at = paths.erase(first, last);
        paths.insert(at, std::make_move_iterator(column.begin()),
                     std::make_move_iterator(column.end()));
    }
    if (!rows.empty() || !pairs.empty()) {
        // Flags instead of set lookups: this loop visits every pair of the matrix.
        std::vector<char> redoRow(topology.clients().size(), 0);
        std::vector<char> redoColumn(topology.clusters().size(), 0);
        for (std::uint32_t i : rows)
            redoRow[i] = 1;
        for (std::uint32_t k : columns)
            redoColumn[k] = 1;
        std::map<std::uint32_t, std::vector<Endpoint>> doors;
        std::vector<PathOutcome> fresh;
        for (std::size_t q = 0; q < paths.size();) {
            const std::uint32_t client = paths[q].client;
            const std::uint32_t k = paths[q].cluster;
            std::size_t end = q + 1;
            while (end < paths.size() && paths[end].client == client && paths[end].cluster == k)
                ++end;
            if (!redoColumn[k] &&
                (redoRow[client] || (!pairs.empty() && pairs.count({client, k})))) {
                auto it = doors.find(k);
                if (it == doors.end())
                    it = doors
                             .emplace(k, Analyzer::endpoints(topology, *topology.clusters()[k],
                                                             &m_analysis))
                             .first;
                fresh.clear();
                Analyzer::evaluatePair(topology, m_egress[client], client, k, it->second, fresh);
                // The client's kind and the cluster's endpoints are unchanged, so is the count.
                if (fresh.size() != end - q)
                    return false;
                for (std::size_t r = 0; r < fresh.size(); ++r)
                    paths[q + r] = std::move(fresh[r]);
            }
            q = end;
        }
    }

    return true;
}

void LiveAnalysis::restructure()
{
    ZoneFacts oldZones; // the edited zones' facts before the edit
    for (const auto& zoneId : m_zones)
        if (auto it = m_zoneFacts.find(zoneId); it != m_zoneFacts.end())
            oldZones.insert(*it);
    noteTouchedFacts();
    Analysis old = std::move(m_analysis);
    std::unordered_map<std::string, Egress> oldEgress;
    for (std::size_t i = 0; i < old.clients.size() && i < m_egress.size(); ++i)
        oldEgress.emplace(old.clients[i], std::move(m_egress[i]));
    m_topology = std::make_unique<Topology>(m_design);
    const Topology& t = *m_topology;
    const auto& clients = t.clients();
    const auto& clusters = t.clusters();
    if (clients.size() * clusters.size() > limits::kMaxAnalysedPairs) {
        rebuild(); // KG-017's case: no paths at all
        return;
    }
    // What is redone: the noted clients and clusters, and everything in the noted networks.
    std::set<std::string> dirtyClients = std::move(m_clients);
    std::set<std::string> dirtyClusters = std::move(m_clusters);
    for (const Element* c : clusters) {
        const Element* net =
            c->kind == ElementKind::EksCluster ? m_design.element(c->parent) : t.networkOf(*c);
        if (net && m_dirtyNetworks.count(net->id))
            dirtyClusters.insert(c->id);
    }
    for (const ClientInfo& c : clients)
        if (c.network && m_dirtyNetworks.count(c.network->id))
            dirtyClients.insert(c.id);
    // An AKS cluster's DNS reads its own zone (System: the zone it manages; or the zone it
    // names) and, for its private endpoints in other VNets, every zone named like its private
    // zone. Before and after the edit: a zone renamed or given to another cluster.
    for (const auto& zoneId : m_zones)
        zoneClusters(t, zoneId, oldZones, dirtyClusters);
    m_zones.clear();

    m_egress.assign(clients.size(), Egress{});
    for (std::size_t i = 0; i < clients.size(); ++i) {
        const ClientInfo& c = clients[i];
        auto it = oldEgress.find(c.id);
        const bool fresh = it == oldEgress.end() || dirtyClients.count(c.id) ||
                           (c.nodesOf && dirtyClusters.count(c.nodesOf->id));
        m_egress[i] = fresh ? t.egress(c) : std::move(it->second);
    }

    // When the lists of clients and clusters are unchanged (the edit added or removed something
    // that is neither), the outcomes stay where they are and only the redone ones are replaced.
    bool sameLists = old.clients.size() == clients.size() && old.clusters.size() == clusters.size();
    for (std::size_t i = 0; sameLists && i < clients.size(); ++i)
        sameLists = old.clients[i] == clients[i].id;
    for (std::size_t k = 0; sameLists && k < clusters.size(); ++k)
        sameLists = old.clusters[k] == clusters[k]->id;
    if (sameLists) {
        m_analysis = std::move(old);
        std::set<std::uint32_t> columns;
        std::set<std::uint32_t> rows;
        for (std::uint32_t k = 0; k < clusters.size(); ++k)
            if (dirtyClusters.count(clusters[k]->id))
                columns.insert(k);
        for (std::uint32_t i = 0; i < clients.size(); ++i)
            if (dirtyClients.count(clients[i].id))
                rows.insert(i);
        if (!replaceOutcomes(columns, rows, {})) {
            rebuild();
            return;
        }
        finishStructural(dirtyClients, dirtyClusters);
        return;
    }

    m_analysis = Analysis{};
    m_analysis.endpointElements = std::move(old.endpointElements); // kept outcomes' indexes
    m_analysis.clients.reserve(clients.size());
    for (const auto& c : clients)
        m_analysis.clients.push_back(c.id);
    for (const Element* c : clusters)
        m_analysis.clusters.push_back(c->id);

    // The previous outcomes by (cluster, client): they are stored cluster by cluster, client by
    // client, each pair's outcomes next to each other.
    std::unordered_map<std::string, std::uint32_t> oldClient;
    for (std::uint32_t i = 0; i < old.clients.size(); ++i)
        oldClient.emplace(old.clients[i], i);
    std::unordered_map<std::string, std::uint32_t> oldCluster;
    for (std::uint32_t k = 0; k < old.clusters.size(); ++k)
        oldCluster.emplace(old.clusters[k], k);
    // Each cluster's block, found by binary search (the outcomes are in cluster order): a scan
    // would read every outcome once more than the copy below does.
    std::vector<std::pair<std::size_t, std::size_t>> clusterRange(old.clusters.size(), {0, 0});
    {
        auto before = [](const PathOutcome& o, std::uint32_t cluster) {
            return o.cluster < cluster;
        };
        std::size_t start = 0;
        for (std::uint32_t c = 0; c < old.clusters.size(); ++c) {
            const auto end =
                std::lower_bound(old.paths.begin() + static_cast<std::ptrdiff_t>(start),
                                 old.paths.end(), c + 1, before);
            const auto endIndex = static_cast<std::size_t>(end - old.paths.begin());
            clusterRange[c] = {start, endIndex};
            start = endIndex;
        }
    }
    // Per new client: its index in the previous analysis, or none when it is new or redone.
    constexpr std::uint32_t kRedo = ~0u;
    std::vector<std::uint32_t> previous(clients.size(), kRedo);
    for (std::uint32_t i = 0; i < clients.size(); ++i) {
        auto oi = oldClient.find(clients[i].id);
        if (oi != oldClient.end() && !dirtyClients.count(clients[i].id))
            previous[i] = oi->second;
    }
    // Kept clients keep their relative order (the topology lists them in design order, and an
    // edit inserts or removes, never reorders), so each cluster's old outcomes are merged in
    // one forward walk. Should that not hold, the pairs are found through a per-cluster table.
    bool ordered = true;
    for (std::uint32_t i = 0, last = 0, seen = 0; i < clients.size(); ++i) {
        if (previous[i] == kRedo)
            continue;
        ordered = ordered && (seen == 0 || previous[i] > last);
        last = previous[i];
        seen = 1;
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairRange;
    if (!ordered)
        pairRange.resize(old.clients.size());
    auto& paths = m_analysis.paths;
    paths.reserve(old.paths.size() + clients.size());
    for (std::uint32_t k = 0; k < clusters.size(); ++k) {
        auto ok = oldCluster.find(clusters[k]->id);
        if (ok == oldCluster.end() || dirtyClusters.count(clusters[k]->id)) {
            Analyzer::evaluateCluster(t, m_egress, k, m_analysis, paths);
            continue;
        }
        const auto [from, to] = clusterRange[ok->second];
        if (!ordered) {
            std::fill(pairRange.begin(), pairRange.end(),
                      std::pair<std::size_t, std::size_t>{0, 0});
            for (std::size_t q = from; q < to;) {
                std::size_t end = q;
                while (end < to && old.paths[end].client == old.paths[q].client)
                    ++end;
                pairRange[old.paths[q].client] = {q, end};
                q = end;
            }
        }
        std::optional<std::vector<Endpoint>> doors;
        std::size_t q = from;
        for (std::uint32_t i = 0; i < clients.size(); ++i) {
            if (previous[i] == kRedo) {
                if (!doors)
                    doors = Analyzer::endpoints(t, *clusters[k], &m_analysis);
                Analyzer::evaluatePair(t, m_egress[i], i, k, *doors, paths);
                continue;
            }
            std::size_t a = 0;
            std::size_t b = 0;
            if (ordered) {
                while (q < to && old.paths[q].client < previous[i])
                    ++q;
                a = q;
                while (q < to && old.paths[q].client == previous[i])
                    ++q;
                b = q;
            } else {
                std::tie(a, b) = pairRange[previous[i]];
            }
            for (std::size_t o = a; o < b; ++o) {
                PathOutcome& p = paths.emplace_back(std::move(old.paths[o]));
                p.client = i;
                p.cluster = k;
            }
        }
    }
    // Findings of elements the edit did not touch stay; the touched ones and every design-wide
    // and path rule are redone.
    m_analysis.findings = std::move(old.findings);
    finishStructural(dirtyClients, dirtyClusters);
}

void LiveAnalysis::finishStructural(const std::set<std::string>& dirtyClients,
                                    const std::set<std::string>& dirtyClusters)
{
    std::set<std::string> subjects = std::move(m_subjects);
    subjects.insert(dirtyClusters.begin(), dirtyClusters.end());
    subjects.insert(dirtyClients.begin(), dirtyClients.end());
    addReferrers(subjects);
    Analyzer::rerunRules(*m_topology, m_analysis, subjects);
    m_structural = false;
    m_dirtyNetworks.clear();
    m_goneContainers.clear();
    m_networks.clear();
    m_subnets.clear();
    m_links.clear();
    m_subjects.clear();
    m_rules = false;
}

} // namespace kg

#include "analysis/Topology.h"

#include "model/KindRegistry.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace kg {

namespace {

bool isSubnet(ElementKind k)
{
    return k == ElementKind::AzureSubnet || k == ElementKind::AwsSubnet;
}

bool isNetwork(ElementKind k)
{
    return k == ElementKind::AzureVnet || k == ElementKind::AwsVpc ||
           k == ElementKind::OnPremNetwork;
}

std::vector<IpAddress> parseIps(const StringList& list)
{
    std::vector<IpAddress> out;
    for (const auto& s : list) {
        if (auto ip = IpAddress::parse(s))
            out.push_back(*ip);
    }
    return out;
}

std::vector<IpAddress> publicIpsOf(const Element& e)
{
    if (KindRegistry::property(e.kind, "publicIPs"))
        return parseIps(e.listValue("publicIPs"));
    if (KindRegistry::property(e.kind, "publicIp")) {
        if (auto ip = IpAddress::parse(e.stringValue("publicIp")))
            return {*ip};
    }
    return {};
}

std::vector<IpAddress> ownEgress(const Element& e)
{
    if (KindRegistry::property(e.kind, "egressIPs"))
        return parseIps(e.listValue("egressIPs"));
    if (KindRegistry::property(e.kind, "publicIPs"))
        return parseIps(e.listValue("publicIPs"));
    return {};
}

// Who a client signs in as; nodes (and an AKS cluster standing for its implicit nodes) and
// kinds without a principal sign in as nobody the cluster grants by name.
std::string principalOf(const ClientInfo& client)
{
    const Element& e = *client.element;
    if (e.kind == ElementKind::AksCluster || !KindRegistry::property(e.kind, "principal"))
        return {};
    return e.stringValue("principal");
}

} // namespace

Topology::Topology(const Design& design)
    : m_design(design), m_elementBase(design.elements().data()),
      m_elementCount(design.elements().size())
{
    // By element slot rather than by an owned copy of each id: no key to allocate, and a
    // dangling link end (refused by the checker) indexes nothing.
    m_links.resize(design.elements().size());
    for (const auto& l : design.links()) {
        for (const std::string* end : {&l.from, &l.to})
            if (std::optional<std::size_t> at = design.elementIndex(*end))
                m_links[*at].push_back(&l);
    }
    // Each element's links in id order: where several ways exist (a VPN and a Direct Connect,
    // two transit gateways, two shared peers), the one a path names must not depend on the
    // order the links were drawn in, which a saved and reopened design does not keep. Sorted
    // once here rather than at every reach question (a tenth of the analysis).
    for (auto& links : m_links)
        std::sort(links.begin(), links.end(),
                  [](const Link* a, const Link* b) { return a->id < b->id; });
    // Each element's network and subnet, climbing parent pointers found once (a name lookup
    // per element instead of one per step of every climb).
    const auto& elements = design.elements();
    std::vector<const Element*>& parents = m_parentOf;
    parents.assign(elements.size(), nullptr);
    // The parent of a parent already placed (nullptr when it comes later in the list).
    auto placedParentOf = [&](const Element* e, std::size_t before) -> const Element* {
        const auto at = static_cast<std::size_t>(e - elements.data());
        return at < before ? parents[at] : nullptr;
    };
    for (std::size_t i = 0; i < elements.size(); ++i) {
        // Siblings usually sit together in document order: the previous element's parent is
        // reused without a lookup (a tenth of building the topology at 10,000 elements). Else
        // the element before it (a container's first child follows it) or that element's
        // parent (a container's next child after a nested one's children).
        const std::string& parent = elements[i].parent;
        const Element* previous = i > 0 ? parents[i - 1] : nullptr;
        const Element* above = previous ? placedParentOf(previous, i) : nullptr;
        if (i > 0 && parent == elements[i - 1].parent)
            parents[i] = previous;
        else if (parent.empty())
            parents[i] = nullptr;
        else if (i > 0 && parent == elements[i - 1].id)
            parents[i] = &elements[i - 1];
        else if (above && parent == above->id)
            parents[i] = above;
        else
            parents[i] = design.element(parent);
    }
    auto parentOf = [&](const Element* e) {
        return parents[static_cast<std::size_t>(e - elements.data())];
    };
    m_networkOf.assign(elements.size(), nullptr);
    m_subnetOf.assign(elements.size(), nullptr);
    m_prefixes.resize(elements.size());
    m_spaces.resize(elements.size());
    for (const auto& e : elements) {
        const Element* network = isNetwork(e.kind) ? &e : nullptr;
        const Element* subnet = nullptr;
        const Element* p = parentOf(&e);
        for (std::size_t guard = 0; p && guard < 32 && !(network && subnet); ++guard) {
            if (!subnet && isSubnet(p->kind))
                subnet = p;
            if (!network && isNetwork(p->kind))
                network = p;
            p = parentOf(p);
        }
        const auto at = static_cast<std::size_t>(&e - elements.data());
        m_networkOf[at] = network;
        m_subnetOf[at] = subnet;
    }
    std::set<std::string_view> clustersWithPools;
    for (const auto& e : design.elements()) {
        if (e.kind == ElementKind::DnsForwarder) {
            m_resolvers[e.stringValue("address")] = &e;
            if (const Element* net = networkOf(e))
                m_forwarders[net].push_back(&e);
        }
        if (e.kind == ElementKind::AzureDnsPrivateResolver)
            m_resolvers[e.stringValue("inboundAddress")] = &e;
        if (e.kind == ElementKind::AzurePrivateDnsZone ||
            e.kind == ElementKind::AwsPrivateHostedZone)
            m_zonesByName[e.stringValue("zoneName")].push_back(&e);
        if (e.kind == ElementKind::AksCluster || e.kind == ElementKind::EksCluster)
            m_clusters.push_back(&e);
        if (e.kind == ElementKind::AzurePrivateEndpoint)
            m_endpointsByTarget[e.stringValue("target")].push_back(&e);
        if (e.kind == ElementKind::AzurePrivateDnsZone && !e.stringValue("managedBy").empty())
            m_zoneOfCluster[e.stringValue("managedBy")] = &e;
        if ((e.kind == ElementKind::AksNodePool || e.kind == ElementKind::EksNodeGroup) &&
            !e.stringValue("cluster").empty())
            clustersWithPools.insert(e.stringValue("cluster"));
    }
    for (const auto& e : design.elements()) {
        const KindInfo& info = KindRegistry::info(e.kind);
        if (!info.client)
            continue;
        const Element* nodesOf = nullptr;
        if (e.kind == ElementKind::AksNodePool || e.kind == ElementKind::EksNodeGroup) {
            nodesOf = design.element(e.stringValue("cluster"));
            if (!nodesOf)
                continue; // a pool of no cluster sends no API requests (KG-009)
        }
        m_clients.push_back({e.id, &e, subnetOf(e), networkOf(e), nodesOf, {}, {}, {}, {}});
    }
    m_factsAt.resize(m_clusters.size());
    for (std::uint32_t k = 0; k < m_clusters.size(); ++k)
        m_clusterIndex.emplace(m_clusters[k], k);
    // AKS places nodes in the cluster's subnet; without a pool element, they are still clients.
    for (const Element* c : m_clusters) {
        if (c->kind == ElementKind::AksCluster && !clustersWithPools.count(c->id))
            m_clients.push_back(
                {c->id + "/nodes", c, subnetOf(*c), networkOf(*c), c, {}, {}, {}, {}});
    }
    for (const auto& e : design.elements()) {
        auto kindIndex = static_cast<std::size_t>(e.kind);
        if (m_byKind.size() <= kindIndex)
            m_byKind.resize(kindIndex + 1);
        m_byKind[kindIndex].push_back(&e);
        const auto at = static_cast<std::size_t>(&e - elements.data());
        if (isSubnet(e.kind))
            m_prefixes[at] = NetworkFacts::subnetPrefix(e);
        if (isNetwork(e.kind))
            m_spaces[at] = NetworkFacts::addressSpace(e);
    }
    for (const auto& e : design.elements()) {
        if ((e.kind == ElementKind::AksNodePool || e.kind == ElementKind::EksNodeGroup))
            m_pools[e.stringValue("cluster")].push_back(&e);
    }
    m_nodeClients.resize(m_clusters.size());
    for (std::uint32_t i = 0; i < m_clients.size(); ++i) {
        ClientInfo& client = m_clients[i];
        derive(client);
        if (!client.nodesOf) {
            m_plainClients.push_back(i);
        } else if (auto at = m_clusterIndex.find(client.nodesOf); at != m_clusterIndex.end()) {
            m_nodeClients[at->second].push_back(i);
        } // nodes of an element that is no cluster pair with nothing
    }
}

void Topology::derive(ClientInfo& client) const
{
    client.securityGroups = securityGroupsOf(client);
    client.sources = sourceBlocks(client);
    client.principal = principalOf(client);
    client.dnsServers.clear();
    if (client.network && client.network->kind == ElementKind::AzureVnet)
        client.dnsServers = client.network->listValue("dnsServers");
}

void Topology::refreshClient(const Element& e)
{
    const std::size_t at = slot(e);
    if (at == kNoSlot)
        return;
    m_networkOf[at] = nullptr;
    m_subnetOf[at] = nullptr;
    const Element* network = isNetwork(e.kind) ? &e : climb(e, isNetwork);
    const Element* subnet = climb(e, isSubnet);
    m_networkOf[at] = network;
    m_subnetOf[at] = subnet;
    for (auto& client : m_clients) {
        if (client.element != &e)
            continue;
        client.network = network;
        client.subnet = subnet;
        derive(client);
    }
}

void Topology::refreshNetwork(const Element& network)
{
    if (const std::size_t at = slot(network); at != kNoSlot)
        m_spaces[at] = NetworkFacts::addressSpace(network);
    const auto& elements = m_design.elements();
    for (std::size_t i = 0; i < m_networkOf.size(); ++i) {
        if (m_networkOf[i] == &network && isSubnet(elements[i].kind))
            m_prefixes[i] = NetworkFacts::subnetPrefix(elements[i]);
    }
    auto involves = [&](const auto& key) {
        return key.first == &network || key.second == &network;
    };
    for (auto it = m_reachCache.begin(); it != m_reachCache.end();)
        it = involves(it->first) ? m_reachCache.erase(it) : std::next(it);
    for (auto it = m_inboundCache.begin(); it != m_inboundCache.end();)
        it = involves(it->first) ? m_inboundCache.erase(it) : std::next(it);
    for (auto it = m_memo.begin(); it != m_memo.end();) {
        const Element* cluster = std::get<1>(it->first);
        bool hit =
            std::get<0>(it->first) == &network || (cluster && networkOf(*cluster) == &network);
        it = hit ? m_memo.erase(it) : std::next(it);
    }
    for (const Element* cluster : m_clusters) {
        if (networkOf(*cluster) == &network || m_design.element(cluster->parent) == &network) {
            m_allowLists.erase(cluster);
            m_zoneNames.erase(cluster);
            forgetFacts(*cluster);
        }
    }
    for (auto& client : m_clients) {
        if (client.network == &network) {
            derive(client);
        }
    }
}

void Topology::refreshZones()
{
    m_zonesByName.clear();
    m_zoneOfCluster.clear();
    for (ElementKind kind : {ElementKind::AzurePrivateDnsZone, ElementKind::AwsPrivateHostedZone}) {
        for (const Element* e : ofKind(kind)) {
            m_zonesByName[e->stringValue("zoneName")].push_back(e);
            if (e->kind == ElementKind::AzurePrivateDnsZone && !e->stringValue("managedBy").empty())
                m_zoneOfCluster[e->stringValue("managedBy")] = e;
        }
    }
    m_zoneNames.clear();
    for (auto& f : m_factsAt)
        f.reset();
    m_memo.clear(); // memoised answers are recomputed only for the pairs evaluated again
}

const ClusterFacts& Topology::facts(const Element& cluster) const
{
    auto at = m_clusterIndex.find(&cluster);
    if (at == m_clusterIndex.end()) // every AKS and EKS cluster of the design is listed
        throw std::logic_error("facts of " + cluster.id +
                               ", which is not a cluster of this design");
    return factsAt(at->second);
}

const ClusterFacts& Topology::factsAt(std::uint32_t k) const
{
    if (!m_factsAt[k])
        m_factsAt[k] = computeFacts(*m_clusters[k]);
    return *m_factsAt[k];
}

void Topology::forgetFacts(const Element& cluster)
{
    if (auto at = m_clusterIndex.find(&cluster); at != m_clusterIndex.end())
        m_factsAt[at->second].reset();
}

ClusterFacts Topology::computeFacts(const Element& cluster) const
{
    ClusterFacts f;
    if (cluster.kind == ElementKind::AksCluster) {
        f.network = networkOf(cluster);
        f.aksPrivate = cluster.boolValue("apiServerAccessProfile.enablePrivateCluster");
        f.aksVnetIntegration = cluster.boolValue("apiServerAccessProfile.enableVnetIntegration");
        f.aksPublicFqdn =
            cluster.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN");
        f.aksNoPrivateZone = cluster.stringValue("apiServerAccessProfile.privateDNSZone") == "None";
        f.aksRunCommandDisabled = cluster.boolValue("apiServerAccessProfile.disableRunCommand");
        f.aksApiSubnet = element(cluster.stringValue("apiServerAccessProfile.subnetId"));
        f.aksZone = aksZone(cluster);
        f.allowed = cluster.listValue("apiServerAccessProfile.authorizedIPRanges");
        f.rbacPrincipals = cluster.listValue("rbacPrincipals");
        for (const std::string& text : cluster.listValue("roleAssignments"))
            if (std::optional<RoleAssignment> a = RoleAssignment::parse(text))
                f.roleAssignments.push_back(std::move(*a));
    }
    if (cluster.kind == ElementKind::EksCluster) {
        f.network = element(cluster.parent);
        f.allowed = cluster.listValue("resourcesVpcConfig.publicAccessCidrs");
        for (const std::string& text : cluster.listValue("accessEntries"))
            if (auto m = EksMapping::parse(text, EksMapping::Source::AccessEntry))
                f.accessEntries.push_back(std::move(*m));
        for (const std::string& text : cluster.listValue("awsAuth"))
            if (auto m = EksMapping::parse(text, EksMapping::Source::AwsAuth))
                f.awsAuth.push_back(std::move(*m));
        f.eksAuthMode = cluster.stringValue("accessConfig.authenticationMode");
        f.eksReadsAccessEntries = f.eksAuthMode != "CONFIG_MAP";
        f.eksReadsAwsAuth = f.eksAuthMode != "API";
        f.eksPublic = cluster.boolValue("resourcesVpcConfig.endpointPublicAccess");
        f.eksPrivate = cluster.boolValue("resourcesVpcConfig.endpointPrivateAccess");
        if (const Element* vpc = element(cluster.parent); vpc && vpc->kind == ElementKind::AwsVpc) {
            f.vpcDnsAttributes =
                vpc->boolValue("enableDnsSupport") && vpc->boolValue("enableDnsHostnames");
            const StringList& dhcp = vpc->listValue("dhcpDomainNameServers");
            f.vpcAmazonDns = std::find(dhcp.begin(), dhcp.end(), "AmazonProvidedDNS") != dhcp.end();
        }
        const std::string& clusterSg =
            cluster.stringValue("resourcesVpcConfig.clusterSecurityGroupId");
        std::vector<std::string> ids{clusterSg.empty() ? cluster.id + "/cluster-sg" : clusterSg};
        for (const auto& extra : cluster.listValue("resourcesVpcConfig.securityGroupIds"))
            ids.push_back(extra);
        for (const auto& id : ids) {
            EksGuard g;
            g.group = element(id);
            g.rules = g.group ? g.group->listValue("ingress443") : StringList{id};
            for (const auto& rule : g.rules)
                g.blocks.push_back(Cidr::parse(rule));
            f.guards.push_back(std::move(g));
        }
    }
    return f;
}

void Topology::forgetDns(const Element& network)
{
    for (auto it = m_memo.begin(); it != m_memo.end();)
        it = std::get<0>(it->first) == &network ? m_memo.erase(it) : std::next(it);
    for (auto it = m_inboundCache.begin(); it != m_inboundCache.end();)
        it = it->first.first == &network ? m_inboundCache.erase(it) : std::next(it);
}

void Topology::refreshCluster(const Element& cluster)
{
    for (auto& client : m_clients) {
        if (client.nodesOf == &cluster) { // node security groups include the cluster's
            derive(client);
        }
    }
    m_allowLists.erase(&cluster);
    m_zoneNames.erase(&cluster);
    forgetFacts(cluster);
    for (auto it = m_memo.begin(); it != m_memo.end();) {
        if (std::get<1>(it->first) == &cluster)
            it = m_memo.erase(it);
        else
            ++it;
    }
}

std::size_t Topology::slot(const Element& e) const
{
    const auto& elements = m_design.elements();
    if (elements.empty() || &e < elements.data() || &e >= elements.data() + elements.size())
        return kNoSlot;
    const auto at = static_cast<std::size_t>(&e - elements.data());
    return at < m_networkOf.size() ? at : kNoSlot;
}

const Element* Topology::climb(const Element& e, bool (*is)(ElementKind)) const
{
    const Element* p = m_design.element(e.parent);
    for (std::size_t guard = 0; p && guard < 32; ++guard) {
        if (is(p->kind))
            return p;
        p = m_design.element(p->parent);
    }
    return nullptr;
}

const Element* Topology::subnetOf(const Element& e) const
{
    const std::size_t at = slot(e);
    return at != kNoSlot ? m_subnetOf[at] : climb(e, isSubnet);
}

const Element* Topology::parentOf(const Element& e) const
{
    if (e.parent.empty())
        return nullptr;
    const std::size_t at = slot(e);
    const Element* p = at != kNoSlot ? m_parentOf[at] : nullptr;
    return p && p->id == e.parent ? p : m_design.element(e.parent);
}

const Element* Topology::networkOf(const Element& e) const
{
    if (isNetwork(e.kind))
        return &e;
    const std::size_t at = slot(e);
    return at != kNoSlot ? m_networkOf[at] : climb(e, isNetwork);
}

const Element* Topology::networkOfId(std::string_view id) const
{
    const Element* e = m_design.element(id);
    return e ? networkOf(*e) : nullptr;
}

const std::vector<const Link*>& Topology::linksOf(std::string_view id) const
{
    static const std::vector<const Link*> kNone;
    const std::optional<std::size_t> at = m_design.elementIndex(id);
    return at && *at < m_links.size() ? m_links[*at] : kNone;
}

const std::vector<const Element*>& Topology::ofKind(ElementKind kind) const
{
    static const std::vector<const Element*> kNone;
    auto at = static_cast<std::size_t>(kind);
    return at < m_byKind.size() ? m_byKind[at] : kNone;
}

const std::optional<Cidr>& Topology::subnetPrefix(const Element& subnet) const
{
    static const std::optional<Cidr> kNone;
    const std::size_t at = slot(subnet);
    return at == kNoSlot ? kNone : m_prefixes[at];
}

const std::vector<Cidr>& Topology::addressSpace(const Element& network) const
{
    static const std::vector<Cidr> kNone;
    const std::size_t at = slot(network);
    return at == kNoSlot ? kNone : m_spaces[at];
}

const std::vector<const Element*>& Topology::poolsOf(const Element& cluster) const
{
    static const std::vector<const Element*> kNone;
    auto it = m_pools.find(cluster.id);
    return it == m_pools.end() ? kNone : it->second;
}

Egress Topology::egress(const ClientInfo& client) const
{
    Egress out;
    const Element& e = *client.element;
    const Element* cluster = client.nodesOf;
    if (cluster && cluster->kind == ElementKind::AksCluster &&
        cluster->stringValue("outboundType") == "loadBalancer") {
        out.internet = true;
        out.ips = parseIps(cluster->listValue("outboundIPs"));
        out.via = cluster->id;
        out.clusterLoadBalancer = true;
        return out;
    }
    if (!client.network) {
        out.internet = true;
        out.ips = ownEgress(e);
        return out;
    }
    if (client.network->kind == ElementKind::OnPremNetwork) {
        out.internet = true;
        out.ips = ownEgress(e);
        if (out.ips.empty()) {
            out.ips = parseIps(client.network->listValue("egressIPs"));
            out.via = client.network->id;
        }
        return out;
    }
    if (!client.subnet) {
        out.internet = true;
        out.ips = ownEgress(e);
        return out;
    }
    const Element& subnet = *client.subnet;
    if (subnet.kind == ElementKind::AzureSubnet) {
        out.internet = true; // Azure subnets have outbound access unless a route says otherwise
        if (const Element* gw = m_design.element(subnet.stringValue("egress"))) {
            out.ips = publicIpsOf(*gw);
            out.via = gw->id;
        } else {
            out.ips = ownEgress(e);
        }
        return out;
    }
    // AWS: the subnet's default route decides.
    const Element* route = m_design.element(subnet.stringValue("defaultRoute"));
    if (!route) {
        out.why = {"phrase.egress.no-default-route", {{"subnet", subnet.label()}}};
        return out;
    }
    out.via = route->id;
    switch (route->kind) {
    case ElementKind::AwsInternetGateway:
        out.ips = ownEgress(e);
        if (out.ips.empty() && !subnet.boolValue("mapPublicIpOnLaunch")) {
            out.why = {"phrase.egress.public-subnet-no-ip",
                       {{"client", e.label()}, {"subnet", subnet.label()}}};
            return out;
        }
        out.internet = true;
        return out;
    case ElementKind::AwsNatGateway: {
        const Element* natSubnet = m_design.element(route->parent);
        const Element* natRoute =
            natSubnet ? m_design.element(natSubnet->stringValue("defaultRoute")) : nullptr;
        if (!natRoute || natRoute->kind != ElementKind::AwsInternetGateway) {
            out.why = {"phrase.egress.nat-no-igw", {{"nat", route->label()}}};
            return out;
        }
        out.internet = true;
        out.ips = publicIpsOf(*route);
        return out;
    }
    default: // a transit gateway or a virtual private gateway: egress elsewhere, not modelled
        out.internet = true;
        out.ips = ownEgress(e);
        out.unknownRoute = {"phrase.egress.unknown-route",
                            {{"subnet", subnet.label()}, {"target", route->label()}}};
        return out;
    }
}

bool Topology::zoneLinked(const Element& zone, const Element& network) const
{
    for (const Link* l : linksOf(zone.id)) {
        if (l->kind == LinkKind::DnsZoneLink && l->from == zone.id && l->to == network.id)
            return true;
    }
    return false;
}

const Element* Topology::aksZone(const Element& cluster) const
{
    const std::string& mode = cluster.stringValue("apiServerAccessProfile.privateDNSZone");
    if (mode == "None")
        return nullptr;
    if (mode == "System") {
        auto it = m_zoneOfCluster.find(cluster.id);
        return it == m_zoneOfCluster.end() ? nullptr : it->second;
    }
    return m_design.element(mode);
}

std::vector<const Element*> Topology::zonesNamed(std::string_view name) const
{
    auto it = m_zonesByName.find(name);
    return it == m_zonesByName.end() ? std::vector<const Element*>{} : it->second;
}

const std::string& Topology::privateZoneName(const Element& cluster) const
{
    auto it = m_zoneNames.find(&cluster);
    if (it != m_zoneNames.end())
        return it->second;
    std::string name;
    if (const Element* zone = aksZone(cluster))
        name = zone->stringValue("zoneName");
    if (name.empty()) {
        const bool vnetInt = cluster.boolValue("apiServerAccessProfile.enableVnetIntegration");
        name = std::string(vnetInt ? "private." : "privatelink.") +
               cluster.stringValue("location") + ".azmk8s.io";
    }
    return m_zoneNames.emplace(&cluster, std::move(name)).first->second;
}

const Element* Topology::resolverAt(std::string_view address) const
{
    if (address.empty())
        return nullptr;
    auto it = m_resolvers.find(address);
    return it == m_resolvers.end() ? nullptr : it->second;
}

const std::vector<const Element*>& Topology::forwardersIn(const Element& network) const
{
    static const std::vector<const Element*> kNone;
    auto it = m_forwarders.find(&network);
    return it == m_forwarders.end() ? kNone : it->second;
}

const std::vector<Cidr>& Topology::allowList(const Element& cluster) const
{
    auto it = m_allowLists.find(&cluster);
    if (it != m_allowLists.end())
        return it->second;
    std::vector<Cidr> blocks;
    const char* key = cluster.kind == ElementKind::AksCluster
                          ? "apiServerAccessProfile.authorizedIPRanges"
                          : "resourcesVpcConfig.publicAccessCidrs";
    for (const auto& text : cluster.listValue(key)) {
        if (auto c = Cidr::parse(text))
            blocks.push_back(c->network());
    }
    return m_allowLists.emplace(&cluster, std::move(blocks)).first->second;
}

bool Topology::forwardsToInbound(const Element& clientNetwork, const Element& vpc) const
{
    auto key = std::make_pair(&clientNetwork, &vpc);
    auto it = m_inboundCache.find(key);
    if (it != m_inboundCache.end())
        return it->second;
    // Answered inside the VPC: by a Route 53 Resolver inbound endpoint, or by a forwarder there
    // that asks the VPC's resolver.
    auto accept = [&](const Element& resolver) { return networkOf(resolver) == &vpc; };
    bool result = false;
    if (clientNetwork.kind == ElementKind::OnPremNetwork) {
        result = answers(clientNetwork, "eks.amazonaws.com", accept, nullptr);
    } else {
        for (const Element* forwarder : forwardersIn(clientNetwork))
            result = result || answers(*forwarder, "eks.amazonaws.com", accept, nullptr);
    }
    m_inboundCache.emplace(key, result);
    return result;
}

std::vector<const Element*> Topology::userEndpoints(const Element& cluster) const
{
    auto it = m_endpointsByTarget.find(cluster.id);
    return it == m_endpointsByTarget.end() ? std::vector<const Element*>{} : it->second;
}

std::vector<std::string> Topology::securityGroupsOf(const ClientInfo& client) const
{
    std::vector<std::string> out;
    const Element& e = *client.element;
    if (e.kind != ElementKind::AksCluster && KindRegistry::property(e.kind, "securityGroups"))
        out = e.listValue("securityGroups");
    // EKS attaches the cluster security group to managed node groups.
    if (client.nodesOf && client.nodesOf->kind == ElementKind::EksCluster) {
        const std::string& sg =
            client.nodesOf->stringValue("resourcesVpcConfig.clusterSecurityGroupId");
        out.push_back(sg.empty() ? client.nodesOf->id + "/cluster-sg" : sg);
    }
    return out;
}

std::vector<Cidr> Topology::sourceBlocks(const ClientInfo& client) const
{
    const Element& e = *client.element;
    for (const char* key : {"privateIp", "address"}) {
        if (KindRegistry::property(e.kind, key)) {
            if (auto ip = IpAddress::parse(e.stringValue(key)))
                return {Cidr(*ip, ip->bitWidth())};
        }
    }
    if (client.subnet) {
        if (const auto& prefix = subnetPrefix(*client.subnet))
            return {prefix->network()};
    }
    if (client.network)
        return addressSpace(*client.network);
    return {};
}

} // namespace kg

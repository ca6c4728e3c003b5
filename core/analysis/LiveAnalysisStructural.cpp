// LiveAnalysis, continued: structural edits (elements and links added, removed or moved into
// other containers) and the partial re-analysis they take on a fresh topology.
#include "analysis/Analyzer.h"
#include "analysis/LiveAnalysis.h"
#include "analysis/LiveAnalysisSupport.h"
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

using namespace live;

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
    if (inPlace && network && !leaf(*network) &&
        (e.kind == ElementKind::AzureSubnet || e.kind == ElementKind::AwsSubnet)) {
        structuralSubnet(e); // a hub's subnet: what it holds, not the whole hub
        return;
    }
    if (!network || !leaf(*network)) {
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
    if (spaceChanged) {
        // Transit gateways route by the address spaces behind their attachments (propagated
        // routes, longest prefix): every path through a gateway this network is attached to
        // may change, as if each of the gateway's attachments had.
        for (const Link* l : m_design.linksOf(e.id)) {
            if (l->from != e.id || (l->kind != LinkKind::TgwAttachment &&
                                    l->kind != LinkKind::Vpn && l->kind != LinkKind::DirectConnect))
                continue;
            const Element* gateway = m_design.element(l->to);
            if (!gateway || gateway->kind != ElementKind::AwsTransitGateway)
                continue;
            for (const Link* g : m_design.linksOf(gateway->id))
                if (g->kind == LinkKind::TgwAttachment || g->kind == LinkKind::Vpn ||
                    g->kind == LinkKind::DirectConnect)
                    m_links.insert(g->id);
        }
    }
    if (isLeaf(e) || !spaceChanged)
        return;
    // A hub's address space decides which of its peerings join overlapping spaces (and do not
    // carry traffic) or cannot be checked (an empty space): each peering whose verdict flips is
    // redone as if its state had changed. Clients placed in the network itself (in no subnet) send
    // from its space: their rows.
    std::vector<Cidr> old;
    for (const auto& text : before)
        if (auto c = Cidr::parse(text))
            old.push_back(*c);
    const std::vector<Cidr> now = NetworkFacts::addressSpace(e);
    for (const Link* l : m_design.linksOf(e.id)) {
        if (l->kind != LinkKind::Peering)
            continue;
        const Element* other = m_design.element(l->from == e.id ? l->to : l->from);
        if (!other)
            continue;
        const auto theirs = NetworkFacts::addressSpace(*other);
        if (NetworkFacts::overlap(old, theirs) != NetworkFacts::overlap(now, theirs))
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
    if (link.kind == LinkKind::TgwAttachment)
        transitNeighbours(link);
}

void LiveAnalysis::transitNeighbours(const Link& attachment)
{
    // A transit gateway's route tables are shared: an attachment added or removed changes the
    // longest-prefix match of every other pair through the gateway whose addresses overlap the
    // attached VPC's, although no path crosses it (found by fuzz_live_analysis: a VPC widened
    // over another, then the other deleted, left a stale EKS-035). Those networks are redone;
    // all of the gateway's when the VPC's space is unknown.
    const Element* vpc = m_design.element(attachment.from);
    const std::vector<Cidr> space = vpc ? NetworkFacts::addressSpace(*vpc) : std::vector<Cidr>{};
    auto domain = m_transitDomains.find(attachment.to);
    if (domain == m_transitDomains.end()) {
        // Networks already gone from the design in this batch are listed while they were
        // there: marking them is harmless.
        std::vector<std::pair<std::string, std::vector<Cidr>>> networks;
        for (const Link& l : m_design.links()) {
            if (l.from != attachment.to && l.to != attachment.to)
                continue;
            const Element* other = m_design.element(l.from == attachment.to ? l.to : l.from);
            if (const Element* net = other ? networkIn(m_design, other) : nullptr)
                networks.emplace_back(net->id, NetworkFacts::addressSpace(*net));
        }
        domain = m_transitDomains.emplace(attachment.to, std::move(networks)).first;
    }
    for (const auto& [id, spaceOf] : domain->second)
        if (space.empty() || NetworkFacts::overlap(space, spaceOf) != NetworkFacts::Overlap::Apart)
            m_dirtyNetworks.insert(id);
}

void LiveAnalysis::restructure(const EditScope& scope,
                               const std::vector<Topology::ElementStep>* steps)
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
    m_carried = steps && m_topology && m_topology->carryOver(*steps);
    if (!m_carried)
        m_topology = std::make_unique<Topology>(m_design);
    const Topology& t = *m_topology;
    const auto& clients = t.clients();
    const auto& clusters = t.clusters();
    if (t.analysedPairs() > limits::kMaxAnalysedPairs) {
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
    zoneClusters(t, m_zones, oldZones, dirtyClusters);
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
        finishStructural(dirtyClients, dirtyClusters, scope);
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
    paths = takeSpareOutcomes(old.paths.size() + clients.size());
    // A kept cluster's path findings change only when a blocked outcome leaves its column (a
    // removed or redone client's) or joins it (a redone client's).
    m_changedClusters.assign(clusters.size(), 0);
    auto blocked = [](const PathOutcome& p) { return !p.reachable && p.selected; };
    for (std::uint32_t k = 0; k < clusters.size(); ++k) {
        auto ok = oldCluster.find(clusters[k]->id);
        if (ok == oldCluster.end() || dirtyClusters.count(clusters[k]->id)) {
            Analyzer::evaluateCluster(t, m_egress, k, m_analysis, paths);
            m_changedClusters[k] = 1;
            continue;
        }
        // Plain variables, not a structured binding: the lambda below captures them, which
        // clang 14 refuses for bindings.
        const std::size_t from = clusterRange[ok->second].first;
        const std::size_t to = clusterRange[ok->second].second;
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
        std::size_t blockedBefore = 0;
        std::size_t blockedKept = 0;
        for (std::size_t o = from; o < to; ++o)
            blockedBefore += blocked(old.paths[o]);
        // Only the clients paired with this cluster: the nodes of other clusters have no
        // outcomes here, old or new.
        t.forEachClientOf(k, [&](std::uint32_t i) {
            if (previous[i] == kRedo) {
                if (!doors)
                    doors = Analyzer::endpoints(t, *clusters[k], &m_analysis);
                const std::size_t at = paths.size();
                Analyzer::evaluatePair(t, m_egress[i], i, k, *doors, paths);
                if (std::any_of(paths.begin() + static_cast<std::ptrdiff_t>(at), paths.end(),
                                blocked))
                    m_changedClusters[k] = 1;
                return;
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
                blockedKept += blocked(p);
            }
        });
        if (blockedKept != blockedBefore)
            m_changedClusters[k] = 1; // a blocked outcome left with its client
    }
    // Findings of elements the edit did not touch stay; the touched ones and every design-wide
    // and path rule are redone.
    m_analysis.findings = std::move(old.findings);
    keepSpareOutcomes(std::move(old.paths));
    finishStructural(dirtyClients, dirtyClusters, scope);
}

void LiveAnalysis::finishStructural(const std::set<std::string>& dirtyClients,
                                    const std::set<std::string>& dirtyClusters,
                                    const EditScope& scope)
{
    if (m_rules) {
        // A rename in the same batch: messages name elements anywhere, all rules run again
        // (found by the canvas truth soak: a redo of a rename batched with a removal).
        Analyzer::runRules(*m_topology, m_analysis);
    } else {
        std::set<std::string> subjects = std::move(m_subjects);
        subjects.insert(dirtyClusters.begin(), dirtyClusters.end());
        subjects.insert(dirtyClients.begin(), dirtyClients.end());
        addReferrers(subjects);
        Analyzer::rerunRules(*m_topology, m_analysis, subjects, &m_changedClusters, &scope);
    }
    m_structural = false;
    m_dirtyNetworks.clear();
    m_transitDomains.clear();
    m_goneContainers.clear();
    m_networks.clear();
    m_subnets.clear();
    m_links.clear();
    m_subjects.clear();
    m_rules = false;
}

} // namespace kg

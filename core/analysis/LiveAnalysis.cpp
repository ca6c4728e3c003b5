#include "analysis/LiveAnalysis.h"

#include "analysis/Analyzer.h"
#include "analysis/LiveAnalysisSupport.h"
#include "model/Design.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace kg {

using namespace live;

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
    // No list, or an empty one, forwards every zone (Topology::answers).
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
    m_staticRoutes.clear();
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
        m_staticRoutes.erase(id);
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
    if (e.kind == ElementKind::AwsTransitGateway)
        m_staticRoutes[e.id] = e.listValue("staticRoutes");
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
    m_transitDomains.clear();
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
    if (!m_subnetReaders) {
        m_subnetReaders.emplace();
        for (const Element* c : m_topology->clusters())
            forEachNamedSubnet(
                *c, [&](const std::string& s) { (*m_subnetReaders)[s].push_back(c->id); });
    }
    if (auto it = m_subnetReaders->find(e->id); it != m_subnetReaders->end())
        m_clusters.insert(it->second.begin(), it->second.end());
    if (!e->parent.empty())
        m_subjects.insert(e->parent);
    for (const Element* child : m_design.children(e->id))
        m_subjects.insert(child->id);
}

void LiveAnalysis::zoneClusters(const Topology& t, const std::set<std::string>& zoneIds,
                                const ZoneFacts& before, std::set<std::string>& out) const
{
    if (zoneIds.empty())
        return;
    // Every zone's names and owners first, then one pass over the clusters (deleting the hub
    // touches dozens of zones; a pass per zone cost a third of that update).
    std::set<std::string> names;
    std::set<std::string> owners;
    for (const auto& zoneId : zoneIds) {
        if (auto it = before.find(zoneId); it != before.end()) {
            names.insert(it->second.first);
            owners.insert(it->second.second);
        }
        if (const Element* z = m_design.element(zoneId);
            z && z->kind == ElementKind::AzurePrivateDnsZone) {
            names.insert(z->stringValue("zoneName"));
            owners.insert(z->stringValue("managedBy"));
        }
    }
    for (const Element* c : t.clusters()) {
        if (c->kind == ElementKind::AksCluster &&
            (zoneIds.count(c->stringValue("apiServerAccessProfile.privateDNSZone")) ||
             owners.count(c->id) || (names.count(t.privateZoneName(*c)) && t.hasUserEndpoints(*c))))
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
    // Each cluster's subnets are read once and looked up among the subjects: deleting the
    // transit gateway makes thousands of subjects, and every cluster asked about each of them
    // cost more than a full analysis.
    std::set<std::string_view> named;
    for (const auto& id : subjects)
        if (const Element* c = m_design.element(id); c && isCluster(c->kind))
            forEachNamedSubnet(*c, [&](const std::string& s) { named.insert(s); });
    std::vector<std::string> more;
    for (const auto& e : m_design.elements()) {
        if (isCluster(e.kind)) {
            bool reads = false;
            forEachNamedSubnet(e, [&](const std::string& s) {
                reads = reads || named.count(s) != 0 || subjects.count(s) != 0;
            });
            if (reads)
                more.push_back(e.id);
        } else if (isPool(e.kind) && subjects.count(e.id)) {
            if (const std::string& cluster = e.stringValue("cluster"); !cluster.empty())
                more.push_back(cluster);
        }
    }
    subjects.insert(more.begin(), more.end());
}

std::set<std::string> LiveAnalysis::forwardingNetworks(const Link& link) const
{
    // A conditional forwarder's rules are read by the clients of the network it serves and of
    // the networks whose DNS servers point at it. Judged from the design alone, so that it
    // holds for structural edits too.
    // Forwarders chain (A forwards to B, which forwards to a resolver): every forwarder that
    // reaches the link's start through forwarding links counts as well.
    std::set<std::string> out;
    std::vector<const Element*> todo;
    std::set<const Element*> seen;
    if (const Element* start = m_design.element(link.from))
        todo.push_back(start);
    while (!todo.empty()) {
        const Element* forwarder = todo.back();
        todo.pop_back();
        if (!seen.insert(forwarder).second)
            continue;
        if (const Element* network = networkIn(m_design, forwarder))
            out.insert(network->id);
        // The forwarding end may be a forwarder or the network that forwards (on-premises DNS).
        if (forwarder->kind == ElementKind::OnPremNetwork)
            out.insert(forwarder->id);
        if (forwarder->kind == ElementKind::DnsForwarder)
            networksAsking(m_design, {forwarder->stringValue("address")}, out);
        for (const Link* in : m_design.linksOf(forwarder->id))
            if (in->kind == LinkKind::DnsForwarding && in->to == forwarder->id)
                if (const Element* from = m_design.element(in->from))
                    todo.push_back(from);
    }
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

void LiveAnalysis::designChanged(const DesignChange& change)
{
    using T = DesignChange::Type;
    // Which networks are leaves changes with links and elements coming, going or moving; a
    // property change leaves it (a transit gateway's restoration refills hundreds of subnets'
    // routes, each of which asked again).
    if ((change.type != T::ElementChanged && change.type != T::LinkChanged) ||
        (change.fields & (DesignChange::Parent | DesignChange::Kind)) ||
        change.type == T::LinkChanged)
        m_leaves.clear();
    if (change.type == T::InfoChanged || m_full)
        return;
    // A link's drawn route is nothing the analysis reads.
    if (change.type == T::LinkChanged && change.fields == DesignChange::Geometry)
        return;
    m_touched.insert(change.id);
    noteScope(change);
    noteSteps(change);
    if (change.type != T::ElementChanged && change.type != T::LinkChanged)
        m_memoryMoved = true; // the kept topology's pointers are no longer to be trusted
    if (change.type != T::LinkChanged && change.type != T::ElementChanged)
        m_subnetReaders.reset();
    else if (const Element* changed = m_design.element(change.id);
             change.type == T::ElementChanged &&
             (!changed || isCluster(changed->kind) || (change.fields & DesignChange::Kind)))
        m_subnetReaders.reset();
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
    // Messages name elements, their own and their neighbours': a name that changes, alone or
    // with other fields (an undone removal restores a referrer as it was, name included: the
    // fuzzer's finding "restored-name"), runs all rules again.
    m_rules |= (change.fields & DesignChange::Name) != 0;
    const unsigned relevant = DesignChange::Parent | DesignChange::Properties | DesignChange::Kind;
    if ((change.fields & relevant) == 0)
        return;
    const Element* e = m_design.element(change.id);
    if (e && (change.fields & DesignChange::Kind) && !isPool(e->kind) &&
        KindRegistry::info(e->kind).client &&
        std::find(m_analysis.clients.begin(), m_analysis.clients.end(), e->id) !=
            m_analysis.clients.end()) {
        // A client that stays a client under another kind (a laptop made a jumpbox, an agent
        // Microsoft-hosted): a fresh topology and its row, as if removed and added again.
        beginStructural();
        structuralElement(*e, true);
        if (change.fields & DesignChange::Parent)
            moved(*e);
        return;
    }
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
               e->kind == ElementKind::AwsVirtualPrivateGateway) {
        // No path reads these properties (a registry is no API server; a gateway's public
        // address only concerns the rules): the rules only.
        m_subjects.insert(e->id);
        m_rules = true;
    } else if (e->kind == ElementKind::AwsTransitGateway) {
        // Its static routes: what goes through it is redone as if each of its attachments
        // had changed; in a structural batch, every network on the gateway is redone on the
        // fresh topology (the fuzzer's fourth finding: a static route edited in a batch with an
        // addition left a stale EKS-035).
        m_subjects.insert(e->id);
        m_rules = true;
        // Only destinations inside a route that came or went are routed differently: the
        // networks on the gateway that overlap one are redone (the routes known from the last
        // update; unknown or unreadable, every attachment as if it had changed).
        std::optional<std::vector<Cidr>> changed;
        if (auto known = m_staticRoutes.find(e->id); known != m_staticRoutes.end()) {
            const StringList& now = e->listValue("staticRoutes");
            changed = changedRoutes(known->second, now);
            known->second = now;
        }
        for (const Link* l : m_design.linksOf(e->id)) {
            if (l->kind != LinkKind::TgwAttachment && l->kind != LinkKind::Vpn &&
                l->kind != LinkKind::DirectConnect)
                continue;
            const Element* network =
                networkIn(m_design, m_design.element(l->from == e->id ? l->to : l->from));
            if (!m_structural && changed) {
                if (network && NetworkFacts::overlap(NetworkFacts::addressSpace(*network),
                                                     *changed) != NetworkFacts::Overlap::Apart)
                    m_networks.insert(network->id);
            } else if (!m_structural) {
                m_links.insert(l->id);
            } else if (network) {
                m_dirtyNetworks.insert(network->id);
            }
        }
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
    // What the edits touched, for the design-wide rules; a full run reruns them all anyway.
    const EditScope scope = std::exchange(m_scope, EditScope{});
    // Only clients inserted or erased: the kept topology follows them (Topology::carryOver).
    const std::vector<Topology::ElementStep> steps = std::exchange(m_steps, {});
    const bool stepsOnly = std::exchange(m_stepsOnly, true) && !steps.empty();
    m_carried = false;
    m_memoryMoved = false; // the topology is rebuilt or refreshed below
    m_subnetReaders.reset();
    m_leaves.clear();
    if (m_full) {
        rebuild();
        m_lastUpdate = Update::Full;
        return m_analysis;
    }
    if (m_structural) {
        restructure(scope, stepsOnly ? &steps : nullptr);
        m_lastUpdate = Update::Structural;
        return m_analysis;
    }
    m_lastUpdate = Update::InPlace;
    Topology& topology = *m_topology;
    if (!m_zoneEdits.empty()) {
        topology.refreshZones();
        zoneClusters(topology, m_zoneEdits, m_zoneFacts, m_clusters);
        for (const auto& zoneId : m_zoneEdits) {
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
    redoChangedLinks(topology, pairs);

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
        Analyzer::rerunRules(topology, m_analysis, subjects, &m_changedClusters, &scope);
    }
    m_clusters.clear();
    m_clients.clear();
    m_subjects.clear();
    m_rules = false;
    return m_analysis;
}

void LiveAnalysis::keepSpareOutcomes(std::vector<PathOutcome> outcomes)
{
    // Up to a million outcomes (32 MB): a design of 100,000 elements would hold a second copy of
    // its 265 MB, for a saving that is small beside its analysis.
    constexpr std::size_t kMaxSpare = std::size_t{1} << 20;
    m_spareOutcomes =
        outcomes.capacity() <= kMaxSpare ? std::move(outcomes) : std::vector<PathOutcome>{};
}

std::vector<PathOutcome> LiveAnalysis::takeSpareOutcomes(std::size_t capacity)
{
    std::vector<PathOutcome> out = std::move(m_spareOutcomes);
    m_spareOutcomes = {};
    out.clear();
    out.reserve(capacity);
    return out;
}

bool LiveAnalysis::leaf(const Element& network)
{
    if (auto it = m_leaves.find(network.id); it != m_leaves.end())
        return it->second;
    const bool answer = live::isLeafIn(m_design, network);
    m_leaves.emplace(network.id, answer);
    return answer;
}

bool LiveAnalysis::replaceOutcomes(const std::set<std::uint32_t>& columns,
                                   const std::set<std::uint32_t>& rows,
                                   const std::set<std::pair<std::uint32_t, std::uint32_t>>& pairs)
{
    const Topology& topology = *m_topology;
    // Outcomes are stored cluster by cluster, client by client. An edited cluster's run is
    // replaced whole (its size may change); an edited client's outcomes are overwritten in place.
    auto& paths = m_analysis.paths;
    m_changedClusters.assign(topology.clusters().size(), 0);
    for (std::uint32_t k : columns)
        m_changedClusters[k] = 1;
    auto byCluster = [](const PathOutcome& p, std::uint32_t k) { return p.cluster < k; };
    if (!columns.empty()) {
        // One pass: the runs of other clusters copied, the edited ones evaluated in their
        // place (an erase and an insert per column moved the whole tail each time: hundreds of
        // megabytes when a transit gateway touches every AWS cluster).
        std::vector<PathOutcome> merged = takeSpareOutcomes(paths.size());
        auto from = paths.begin();
        for (std::uint32_t k : columns) { // ascending
            auto first = std::lower_bound(from, paths.end(), k, byCluster);
            merged.insert(merged.end(), from, first);
            Analyzer::evaluateCluster(topology, m_egress, k, m_analysis, merged);
            from = std::lower_bound(first, paths.end(), k + 1, byCluster);
        }
        merged.insert(merged.end(), from, paths.end());
        std::swap(paths, merged);
        keepSpareOutcomes(std::move(merged));
    }
    if (!rows.empty() || !pairs.empty()) {
        // Flags instead of set lookups: this loop visits every pair of the matrix.
        std::vector<char> redoRow(topology.clients().size(), 0);
        std::vector<char> redoColumn(topology.clusters().size(), 0);
        for (std::uint32_t i : rows)
            redoRow[i] = 1;
        for (std::uint32_t k : columns)
            redoColumn[k] = 1;
        // Each column's doors, found once (by index: a tree lookup per pair was 3% of a hub
        // subnet's removal at 10,000 elements).
        std::vector<std::optional<std::vector<Endpoint>>> doors(topology.clusters().size());
        std::vector<PathOutcome> fresh;
        for (std::size_t q = 0; q < paths.size();) {
            const std::uint32_t client = paths[q].client;
            const std::uint32_t k = paths[q].cluster;
            std::size_t end = q + 1;
            while (end < paths.size() && paths[end].client == client && paths[end].cluster == k)
                ++end;
            if (!redoColumn[k] &&
                (redoRow[client] || (!pairs.empty() && pairs.count({client, k})))) {
                if (!doors[k])
                    doors[k] = Analyzer::endpoints(topology, *topology.clusters()[k], &m_analysis);
                fresh.clear();
                Analyzer::evaluatePair(topology, m_egress[client], client, k, *doors[k], fresh);
                // The client's kind and the cluster's endpoints are unchanged, so is the count.
                if (fresh.size() != end - q)
                    return false;
                for (std::size_t r = 0; r < fresh.size(); ++r) {
                    PathOutcome& was = paths[q + r];
                    const PathOutcome& now = fresh[r];
                    if (was.reachable != now.reachable || was.selected != now.selected ||
                        was.assumed != now.assumed || was.rule != now.rule ||
                        was.endpoint != now.endpoint)
                        m_changedClusters[k] = 1;
                    was = now;
                }
            }
            q = end;
        }
    }

    return true;
}

} // namespace kg

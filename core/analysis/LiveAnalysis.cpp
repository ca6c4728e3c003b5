#include "analysis/LiveAnalysis.h"

#include "analysis/Analyzer.h"
#include "model/Design.h"
#include "model/KindRegistry.h"

#include <algorithm>
#include <map>

namespace kg {

LiveAnalysis::LiveAnalysis(Design& design) : m_design(design)
{
    rebuild();
    m_design.addObserver(this);
}

LiveAnalysis::~LiveAnalysis()
{
    m_design.removeObserver(this);
}

void LiveAnalysis::rebuild()
{
    m_topology = std::make_unique<Topology>(m_design);
    m_egress = Analyzer::egressOf(*m_topology);
    m_analysis = Analyzer::run(*m_topology, m_egress);
    m_full = false;
    m_rules = false;
    m_clusters.clear();
    m_clients.clear();
    m_networks.clear();
    m_links.clear();
    m_subjects.clear();
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
    // Kinds whose effects are not confined to the network they sit in.
    static const std::set<ElementKind> farReaching{
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
    const Element* network = e && !farReaching.count(e->kind) ? m_topology->networkOf(*e) : nullptr;
    if (!network || !isLeaf(*network)) {
        m_full = true;
        return;
    }
    m_networks.insert(network);
    m_subjects.insert(e->id);
    // Clusters elsewhere may name this subnet (API server subnet, EKS subnetIds).
    for (const Element* c : m_topology->clusters()) {
        const auto& ids = c->kind == ElementKind::EksCluster
                              ? c->listValue("resourcesVpcConfig.subnetIds")
                              : StringList{c->stringValue("apiServerAccessProfile.subnetId")};
        if (std::find(ids.begin(), ids.end(), e->id) != ids.end())
            m_clusters.insert(c->id);
    }
    if (!e->parent.empty())
        m_subjects.insert(e->parent);
    for (const Element* child : m_design.children(e->id))
        m_subjects.insert(child->id);
}

void LiveAnalysis::designChanged(const DesignChange& change)
{
    if (change.type == DesignChange::Type::InfoChanged)
        return;
    if (m_full)
        return;
    if (change.type == DesignChange::Type::LinkChanged) {
        const Link* link = m_design.link(change.id);
        const bool network =
            link && (link->kind == LinkKind::Peering || link->kind == LinkKind::TgwAttachment ||
                     link->kind == LinkKind::Vpn || link->kind == LinkKind::ExpressRoute ||
                     link->kind == LinkKind::DirectConnect);
        if (network)
            m_links.insert(link); // links change in place: the pointer stays valid
        else
            m_full = true; // DNS links and forwarding reach every resolver that uses them
        return;
    }
    if (change.type != DesignChange::Type::ElementChanged) {
        m_full = true; // elements or links come and go: the lists of clients and clusters change
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
    if (e->kind == ElementKind::AksCluster || e->kind == ElementKind::EksCluster) {
        // A cluster moved to another subnet changes which nodes are implicit: start over.
        if (change.fields & DesignChange::Parent)
            m_full = true;
        m_clusters.insert(e->id);
    } else if (change.fields & DesignChange::Parent) {
        m_full = true; // moved between containers: rules about the old and new parent change
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
    if (m_full) {
        rebuild();
        return m_analysis;
    }
    Topology& topology = *m_topology;
    for (const Element* network : m_networks) {
        // Something inside a leaf network changed in place: re-derive its facts, then redo
        // the paths that start or end in it.
        topology.refreshNetwork(*network);
        for (std::size_t i = 0; i < topology.clients().size(); ++i) {
            const ClientInfo& c = topology.clients()[i];
            if (c.network != network)
                continue;
            if (c.nodesOf && c.element == c.nodesOf)
                m_clusters.insert(c.nodesOf->id); // implicit nodes: redone with their cluster
            else
                m_clients.insert(c.id);
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
    for (const Link* link : m_links) {
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

    // Outcomes are stored cluster by cluster, client by client. An edited cluster's run is
    // replaced whole (its size may change); an edited client's outcomes are overwritten in place.
    auto& paths = m_analysis.paths;
    auto byCluster = [](const PathOutcome& p, std::uint32_t k) { return p.cluster < k; };
    for (std::uint32_t k : columns) {
        auto first = std::lower_bound(paths.begin(), paths.end(), k, byCluster);
        auto last = std::lower_bound(first, paths.end(), k + 1, byCluster);
        std::vector<PathOutcome> column;
        Analyzer::evaluateCluster(topology, m_egress, k, column);
        auto at = paths.erase(first, last);
        paths.insert(at, std::make_move_iterator(column.begin()),
                     std::make_move_iterator(column.end()));
    }
    if (!rows.empty() || !pairs.empty()) {
        std::map<std::uint32_t, std::vector<Endpoint>> doors;
        std::vector<PathOutcome> fresh;
        for (std::size_t q = 0; q < paths.size();) {
            const std::uint32_t client = paths[q].client;
            const std::uint32_t k = paths[q].cluster;
            std::size_t end = q;
            while (end < paths.size() && paths[end].client == client && paths[end].cluster == k)
                ++end;
            if ((rows.count(client) || pairs.count({client, k})) && !columns.count(k)) {
                auto it = doors.find(k);
                if (it == doors.end())
                    it = doors.emplace(k, Analyzer::endpoints(topology, *topology.clusters()[k]))
                             .first;
                fresh.clear();
                Analyzer::evaluatePair(topology, m_egress[client], client, k, it->second, fresh);
                // The client's kind and the cluster's endpoints are unchanged, so the count is.
                for (std::size_t r = 0; r < fresh.size() && q + r < end; ++r)
                    paths[q + r] = std::move(fresh[r]);
            }
            q = end;
        }
    }

    if (m_rules) {
        Analyzer::runRules(topology, m_analysis);
    } else {
        std::set<std::string> subjects = m_clusters;
        subjects.insert(m_clients.begin(), m_clients.end());
        subjects.insert(m_subjects.begin(), m_subjects.end());
        Analyzer::rerunRules(topology, m_analysis, subjects);
    }
    m_clusters.clear();
    m_clients.clear();
    m_subjects.clear();
    m_rules = false;
    return m_analysis;
}

} // namespace kg

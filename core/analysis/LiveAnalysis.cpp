#include "analysis/LiveAnalysis.h"

#include "analysis/Analyzer.h"
#include "model/Design.h"
#include "model/KindRegistry.h"

#include <algorithm>

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
    static const std::set<ElementKind> farReaching{ElementKind::AzureVnet,
                                                   ElementKind::AwsVpc,
                                                   ElementKind::OnPremNetwork,
                                                   ElementKind::AzurePrivateDnsZone,
                                                   ElementKind::AwsPrivateHostedZone,
                                                   ElementKind::DnsForwarder,
                                                   ElementKind::AzureDnsPrivateResolver,
                                                   ElementKind::AwsResolverInboundEndpoint,
                                                   ElementKind::AzureContainerRegistry,
                                                   ElementKind::AwsContainerRegistry,
                                                   ElementKind::AwsTransitGateway,
                                                   ElementKind::AzureVpnGateway,
                                                   ElementKind::AzureExpressRouteGateway,
                                                   ElementKind::AwsVirtualPrivateGateway,
                                                   ElementKind::AzurePrivateEndpoint,
                                                   ElementKind::AzurePrivateLinkService,
                                                   ElementKind::AksNodePool,
                                                   ElementKind::EksNodeGroup};
    const Element* network = e && !farReaching.count(e->kind) ? m_topology->networkOf(*e) : nullptr;
    if (!network || !isLeaf(*network)) {
        m_full = true;
        return;
    }
    m_networks.insert(network);
    m_subjects.insert(e->id);
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
    if (change.type != DesignChange::Type::ElementChanged) {
        m_full = true; // elements or links come and go: the lists of clients and clusters change
        return;
    }
    const unsigned relevant = DesignChange::Parent | DesignChange::Properties | DesignChange::Kind;
    if ((change.fields & relevant) == 0) {
        m_rules |= (change.fields & DesignChange::Name) != 0; // messages name elements
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
    } else if (info.client && e->kind != ElementKind::AksNodePool &&
               e->kind != ElementKind::EksNodeGroup) {
        m_clients.insert(e->id);
    } else if (change.fields & DesignChange::Parent) {
        m_full = true; // moved between containers: references from elsewhere may change meaning
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
    if (!m_networks.empty()) {
        // Something inside leaf networks changed in place: re-derive their facts, then redo
        // the paths that start or end in them.
        for (const Element* network : m_networks) {
            m_topology->refreshNetwork(*network);
            for (std::size_t i = 0; i < m_topology->clients().size(); ++i) {
                const ClientInfo& c = m_topology->clients()[i];
                if (c.network == network) {
                    m_clients.insert(c.id);
                    m_egress[i] = m_topology->egress(c);
                }
            }
            for (const Element* c : m_topology->clusters()) {
                if (m_topology->networkOf(*c) == network || m_design.element(c->parent) == network)
                    m_clusters.insert(c->id);
            }
        }
        m_networks.clear();
    }
    Topology& topology = *m_topology;
    auto& paths = m_analysis.paths;
    for (const auto& id : m_clusters) {
        const Element* cluster = m_design.element(id);
        topology.refreshCluster(*cluster);
        for (std::size_t i = 0; i < topology.clients().size(); ++i) {
            if (topology.clients()[i].nodesOf == cluster) // node egress follows outboundType
                m_egress[i] = topology.egress(topology.clients()[i]);
        }
        auto k = static_cast<std::uint32_t>(
            std::find(m_analysis.clusters.begin(), m_analysis.clusters.end(), id) -
            m_analysis.clusters.begin());
        std::vector<PathOutcome> column;
        Analyzer::evaluateCluster(topology, m_egress, k, column);
        // Paths are stored cluster by cluster: replace this cluster's run.
        auto first = std::find_if(paths.begin(), paths.end(),
                                  [k](const PathOutcome& p) { return p.cluster == k; });
        auto last =
            std::find_if(first, paths.end(), [k](const PathOutcome& p) { return p.cluster != k; });
        auto at = paths.erase(first, last);
        paths.insert(at, std::make_move_iterator(column.begin()),
                     std::make_move_iterator(column.end()));
    }
    for (const auto& id : m_clients) {
        topology.refreshClient(*m_design.element(id));
        auto i = static_cast<std::uint32_t>(
            std::find(m_analysis.clients.begin(), m_analysis.clients.end(), id) -
            m_analysis.clients.begin());
        m_egress[i] = topology.egress(topology.clients()[i]);
        std::vector<PathOutcome> fresh;
        for (std::uint32_t k = 0; k < m_analysis.clusters.size(); ++k)
            Analyzer::evaluatePair(topology, m_egress[i], i, k, fresh);
        std::size_t next = 0;
        for (auto& p : paths) {
            if (p.client == i && next < fresh.size())
                p = std::move(fresh[next++]);
        }
    }
    std::set<std::string> subjects = m_clusters;
    subjects.insert(m_clients.begin(), m_clients.end());
    subjects.insert(m_subjects.begin(), m_subjects.end());
    Analyzer::rerunRules(topology, m_analysis, subjects);
    m_clusters.clear();
    m_clients.clear();
    m_subjects.clear();
    m_rules = false;
    return m_analysis;
}

} // namespace kg

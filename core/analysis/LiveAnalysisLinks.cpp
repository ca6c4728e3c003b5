#include "analysis/LiveAnalysis.h"
#include "analysis/LiveAnalysisSupport.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <map>

namespace kg {

// The in-place update's network links (peerings, VPN, ExpressRoute, Direct Connect, transit
// gateway attachments) and the transit gateway's static routes: which pairs an edit of them
// can change.

// The address blocks of the static routes in one list and not the other ("<route table>
// <cidr> <target>"); nullopt when an entry cannot be read.
std::optional<std::vector<Cidr>> LiveAnalysis::changedRoutes(const StringList& before,
                                                             const StringList& after)
{
    std::vector<Cidr> out;
    auto collect = [&out](const StringList& from, const StringList& other) {
        for (const auto& entry : from) {
            if (std::find(other.begin(), other.end(), entry) != other.end())
                continue;
            const auto start = entry.find_first_not_of(' ', entry.find(' '));
            if (entry.find(' ') == std::string::npos || start == std::string::npos)
                return false;
            const auto end = entry.find(' ', start);
            const auto cidr = Cidr::parse(std::string_view(entry).substr(
                start, end == std::string::npos ? std::string::npos : end - start));
            if (!cidr)
                return false;
            out.push_back(*cidr);
        }
        return true;
    };
    if (!collect(before, after) || !collect(after, before))
        return std::nullopt;
    return out;
}

void LiveAnalysis::redoChangedLinks(Topology& topology,
                                    std::set<std::pair<std::uint32_t, std::uint32_t>>& pairs)
{
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
    // Per transit gateway, the networks on it; networks whose cached reach was dropped.
    std::map<std::string, std::vector<const Element*>> domains;
    std::set<const Element*> refreshed;
    std::map<const Element*, std::vector<Cidr>> spaces;
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
            // The attached VPC's clients may now reach (or no longer reach) every network on
            // the gateway. And an association or propagation changes route tables the other
            // attachments share: a route to the VPC's prefixes may now win (longest prefix)
            // where they overlap another network's, so the pairs between every network on the
            // gateway (VPN and Direct Connect ones included) and the VPC or those overlapping
            // it are redone, both ways: the return route counts (the live-analysis fuzzer's
            // third finding: an office overlapping the VPC lost its way back).
            std::vector<const Element*>& domain = domains[link->to];
            if (domain.empty())
                for (const Link* other : topology.linksOf(link->to))
                    if (other->kind == LinkKind::TgwAttachment || other->kind == LinkKind::Vpn ||
                        other->kind == LinkKind::DirectConnect)
                        if (const Element* n = topology.networkOfId(
                                other->from == link->to ? other->to : other->from))
                            domain.push_back(n);
            reachable.emplace_back(a, domain);
            auto spaceOf = [&](const Element* n) -> const std::vector<Cidr>& {
                auto it = spaces.find(n);
                if (it == spaces.end())
                    it = spaces.emplace(n, NetworkFacts::addressSpace(*n)).first;
                return it->second;
            };
            static const std::vector<Cidr> kUnknown;
            const std::vector<Cidr>& space = a ? spaceOf(a) : kUnknown;
            std::vector<const Element*> targets;
            for (const Element* n : domain)
                if (n == a || space.empty() ||
                    NetworkFacts::overlap(space, spaceOf(n)) != NetworkFacts::Overlap::Apart)
                    targets.push_back(n);
            for (const Element* t : targets)
                if (refreshed.insert(t).second)
                    topology.refreshNetwork(*t); // cached reach towards it is stale
            // Both ways: the return route to a client's addresses is looked up too.
            for (const Element* n : domain)
                reachable.emplace_back(n, targets);
            for (const Element* t : targets)
                reachable.emplace_back(t, domain);
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
}

} // namespace kg

// Topology::carryOver: a topology kept across the insertion and erasure of client elements.
// Adding or deleting a laptop, a runner or a jumpbox is the commonest structural edit, and a
// fresh topology (with its cluster facts, allow-lists and zone names derived again on first use)
// was a third of such an update at 10,000 elements. None of what the topology derives reads a
// client other than the client itself, so everything is kept and only the pointers follow the
// elements to where the edit moved them in memory.
#include "analysis/Topology.h"
#include "model/KindRegistry.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <stdexcept>

namespace kg {

namespace {

bool isNetworkKind(ElementKind k)
{
    return k == ElementKind::AzureVnet || k == ElementKind::AwsVpc ||
           k == ElementKind::OnPremNetwork;
}

bool isSubnetKind(ElementKind k)
{
    return k == ElementKind::AzureSubnet || k == ElementKind::AwsSubnet;
}

} // namespace

bool Topology::carriesOver(ElementKind kind)
{
    return KindRegistry::info(kind).client && kind != ElementKind::AksNodePool &&
           kind != ElementKind::EksNodeGroup;
}

bool Topology::carryOver(const std::vector<ElementStep>& steps)
{
    const auto& elements = m_design.elements();
    const std::size_t oldCount = m_elementCount;
    // Where each element of the last build now is (kNoSlot: erased), and where the elements
    // inserted since are, replaying the steps in order.
    std::vector<std::size_t> to(oldCount);
    std::iota(to.begin(), to.end(), std::size_t{0});
    std::vector<std::size_t> inserted;
    for (const ElementStep& step : steps) {
        if (step.inserted) {
            for (auto& t : to)
                if (t != kNoSlot && t >= step.index)
                    ++t;
            for (auto& t : inserted)
                if (t >= step.index)
                    ++t;
            inserted.push_back(step.index);
            continue;
        }
        for (auto& t : to) {
            if (t == kNoSlot)
                continue;
            if (t == step.index)
                t = kNoSlot;
            else if (t > step.index)
                --t;
        }
        inserted.erase(std::remove(inserted.begin(), inserted.end(), step.index), inserted.end());
        for (auto& t : inserted)
            if (t > step.index)
                --t;
    }
    // Check the replay against the design before changing anything: the same number of
    // elements, the kept ones being kinds it may keep, the inserted ones clients.
    const std::size_t kept = static_cast<std::size_t>(
        std::count_if(to.begin(), to.end(), [](std::size_t t) { return t != kNoSlot; }));
    if (kept + inserted.size() != elements.size())
        return false;
    for (std::size_t t : inserted)
        if (t >= elements.size() || !carriesOver(elements[t].kind))
            return false;
    if (!std::all_of(steps.begin(), steps.end(),
                     [](const ElementStep& step) { return carriesOver(step.kind); }))
        return false;

    // The elements' pointers, translated through their slots. The old storage may be freed:
    // its address is only used as a number.
    const auto oldBase = reinterpret_cast<std::uintptr_t>(m_elementBase);
    const Element* newBase = elements.data();
    bool lost = false; // a pointer outside the old list, or to an erased element, where kept
    auto follow = [&](const Element* p) -> const Element* {
        if (!p)
            return nullptr;
        const auto offset = reinterpret_cast<std::uintptr_t>(p) - oldBase;
        const std::size_t old = offset / sizeof(Element);
        if (offset % sizeof(Element) != 0 || old >= oldCount || to[old] == kNoSlot)
            return nullptr;
        return newBase + to[old];
    };
    auto keep = [&](const Element* p) {
        const Element* q = follow(p);
        lost = lost || (p && !q);
        return q;
    };
    auto reslot = [&](auto& table, auto translate) {
        std::decay_t<decltype(table)> next(elements.size());
        for (std::size_t s = 0; s < oldCount && s < table.size(); ++s)
            if (to[s] != kNoSlot)
                next[to[s]] = translate(std::move(table[s]));
        table = std::move(next);
    };
    auto same = [](auto&& value) { return std::move(value); };
    reslot(m_parentOf, keep);
    reslot(m_networkOf, keep);
    reslot(m_subnetOf, keep);
    reslot(m_prefixes, same);
    reslot(m_spaces, same);
    reslot(m_links, same);
    if (lost)
        return false; // a kept element sat in an erased one: not a client's edit

    // The inserted clients' places: a client holds nothing, so only its own ancestors.
    for (std::size_t t : inserted) {
        const Element& e = elements[t];
        m_parentOf[t] = e.parent.empty() ? nullptr : m_design.element(e.parent);
        const Element* network = nullptr;
        const Element* subnet = nullptr;
        for (const Element* p = m_parentOf[t]; p && !(network && subnet);
             p = m_design.element(p->parent)) {
            if (!subnet && isSubnetKind(p->kind))
                subnet = p;
            if (!network && isNetworkKind(p->kind))
                network = p;
            if (p->parent.empty())
                break;
        }
        m_networkOf[t] = network;
        m_subnetOf[t] = subnet;
        for (const Link& l : m_design.links())
            if (l.from == e.id || l.to == e.id)
                m_links[t].push_back(&l);
        std::sort(m_links[t].begin(), m_links[t].end(),
                  [](const Link* a, const Link* b) { return a->id < b->id; });
    }

    // Tables of elements: translated; an erased client leaves the kind lists.
    for (auto& list : m_byKind) {
        std::vector<const Element*> next;
        next.reserve(list.size() + inserted.size());
        for (const Element* e : list)
            if (const Element* q = follow(e))
                next.push_back(q);
        list = std::move(next);
    }
    for (std::size_t t : inserted) {
        auto kindIndex = static_cast<std::size_t>(elements[t].kind);
        if (m_byKind.size() <= kindIndex)
            m_byKind.resize(kindIndex + 1);
        auto& list = m_byKind[kindIndex];
        list.insert(std::lower_bound(list.begin(), list.end(), &elements[t]), &elements[t]);
    }
    for (const Element*& c : m_clusters)
        c = keep(c);
    m_clusterIndex.clear();
    for (std::uint32_t k = 0; k < m_clusters.size(); ++k)
        m_clusterIndex.emplace(m_clusters[k], k);
    auto keepAll = [&](std::vector<const Element*>& list) {
        for (const Element*& e : list)
            e = keep(e);
    };
    for (auto& [target, endpoints] : m_endpointsByTarget)
        keepAll(endpoints);
    for (auto& [name, zones] : m_zonesByName)
        keepAll(zones);
    for (auto& [cluster, pools] : m_pools)
        keepAll(pools);
    for (auto& [cluster, zone] : m_zoneOfCluster)
        zone = keep(zone);
    for (auto& [address, resolver] : m_resolvers)
        resolver = keep(resolver);
    {
        std::unordered_map<const Element*, std::vector<const Element*>> next;
        for (auto& [network, forwarders] : m_forwarders) {
            keepAll(forwarders);
            next.emplace(keep(network), std::move(forwarders));
        }
        m_forwarders = std::move(next);
    }
    for (auto& facts : m_factsAt) {
        if (!facts)
            continue;
        facts->network = keep(facts->network);
        facts->aksApiSubnet = keep(facts->aksApiSubnet);
        facts->aksZone = keep(facts->aksZone);
        for (EksGuard& guard : facts->guards)
            guard.group = keep(guard.group);
    }
    if (lost)
        return false;
    // The caches: answers about networks and clusters, none of which a client's edit changes;
    // an entry about an erased element goes.
    auto rekeyPairs = [&](auto& cache) {
        std::decay_t<decltype(cache)> next;
        next.reserve(cache.size());
        for (auto& [key, value] : cache) {
            const Element* a = follow(key.first);
            const Element* b = follow(key.second);
            if ((key.first && !a) || (key.second && !b))
                continue;
            next.emplace(std::make_pair(a, b), std::move(value));
        }
        cache = std::move(next);
    };
    rekeyPairs(m_reachCache);
    rekeyPairs(m_inboundCache);
    {
        decltype(m_memo) next;
        next.reserve(m_memo.size());
        for (auto& [key, value] : m_memo) {
            const auto& [first, second, tag] = key;
            const Element* a = follow(first);
            const Element* b = follow(second);
            if ((first && !a) || (second && !b))
                continue;
            next.emplace(std::make_tuple(a, b, tag), std::move(value));
        }
        m_memo = std::move(next);
    }
    auto rekey = [&](auto& cache) {
        std::decay_t<decltype(cache)> next;
        for (auto& [key, value] : cache)
            if (const Element* k = follow(key))
                next.emplace(k, std::move(value));
        cache = std::move(next);
    };
    rekey(m_allowLists);
    rekey(m_zoneNames);

    // The clients: the kept ones translated, the erased ones gone, the inserted ones placed in
    // document order among the element clients (implicit AKS nodes come after them all).
    std::vector<ClientInfo> clients;
    clients.reserve(m_clients.size() + inserted.size());
    std::vector<ClientInfo> implicit;
    for (ClientInfo& c : m_clients) {
        const bool nodes = c.nodesOf && c.element == c.nodesOf;
        const Element* element = follow(c.element);
        if (!element) {
            if (nodes)
                return false; // its cluster was erased
            continue;
        }
        c.element = element;
        c.subnet = keep(c.subnet);
        c.network = keep(c.network);
        c.nodesOf = keep(c.nodesOf);
        (nodes ? implicit : clients).push_back(std::move(c));
    }
    if (lost)
        return false;
    std::vector<std::size_t> order = inserted;
    std::sort(order.begin(), order.end());
    for (std::size_t t : order) {
        const Element& e = elements[t];
        auto at = std::lower_bound(clients.begin(), clients.end(), &e,
                                   [](const ClientInfo& c, const Element* x) {
                                       return std::less<const Element*>{}(c.element, x);
                                   });
        ClientInfo info{e.id, &e, m_subnetOf[t], m_networkOf[t], nullptr, {}, {}, {}, {}};
        derive(info);
        clients.insert(at, std::move(info));
    }
    for (ClientInfo& c : implicit)
        clients.push_back(std::move(c));
    m_clients = std::move(clients);
    m_plainClients.clear();
    for (auto& nodes : m_nodeClients)
        nodes.clear();
    for (std::uint32_t i = 0; i < m_clients.size(); ++i) {
        const ClientInfo& client = m_clients[i];
        if (!client.nodesOf)
            m_plainClients.push_back(i);
        else if (auto at = m_clusterIndex.find(client.nodesOf); at != m_clusterIndex.end())
            m_nodeClients[at->second].push_back(i);
    }
    m_elementBase = elements.data();
    m_elementCount = elements.size();
    return true;
}

} // namespace kg

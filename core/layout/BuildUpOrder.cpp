#include "layout/BuildUpOrder.h"

#include "model/KindRegistry.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace kg {

namespace {

// The story a trainer tells: where things live, how the places connect, what is being reached,
// how names resolve, the ways in, and who asks.
int rank(KindCategory category)
{
    switch (category) {
    case KindCategory::Networks:
        return 0;
    case KindCategory::Connectivity:
        return 1;
    case KindCategory::Clusters:
        return 2;
    case KindCategory::Dns:
        return 3;
    case KindCategory::Access:
        return 4;
    case KindCategory::Services:
        return 5;
    case KindCategory::Clients:
        return 6;
    }
    return 7;
}

} // namespace

std::vector<std::string> buildUpOrder(const Design& design)
{
    const auto& elements = design.elements();
    auto depth = [&](const Element& e) {
        int d = 0;
        for (const Element* p = design.element(e.parent); p && d < 64;
             p = design.element(p->parent))
            ++d;
        return d;
    };
    // The trainer's order first (Lesson::buildOrder), then the rest in Kubegate's.
    std::unordered_map<std::string_view, int> chosen;
    for (const auto& id : design.lesson().buildOrder)
        chosen.emplace(id, static_cast<int>(chosen.size()));
    // Chosen or not, position in the chosen list or rank, depth, document position.
    std::vector<std::tuple<bool, int, int, std::size_t>> keyed;
    keyed.reserve(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (auto it = chosen.find(elements[i].id); it != chosen.end())
            keyed.emplace_back(false, it->second, 0, i);
        else
            keyed.emplace_back(true, rank(KindRegistry::info(elements[i].kind).category),
                               depth(elements[i]), i);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::string> order;
    order.reserve(elements.size());
    std::set<std::string> placed;
    // Each element after its containers: one that outranks its container (a jumpbox's subnet
    // is a network, ranked first anyway; a node pool inside a cluster's subnet) brings the
    // missing containers along, outermost first.
    for (const auto& [rest, r, d, i] : keyed) {
        std::vector<const Element*> chain;
        for (const Element* e = &elements[i]; e && !placed.count(e->id) && chain.size() < 64;
             e = design.element(e->parent))
            chain.push_back(e);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            placed.insert((*it)->id);
            order.push_back((*it)->id);
        }
    }
    return order;
}

} // namespace kg

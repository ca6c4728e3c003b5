#include "analysis/Analysis.h"

#include <algorithm>

namespace kg {

const PathOutcome* Analysis::runCommand(std::uint32_t client, std::uint32_t cluster) const
{
    auto before = [](const PathOutcome& p, std::pair<std::uint32_t, std::uint32_t> key) {
        return std::make_pair(p.cluster, p.client) < key;
    };
    for (auto it =
             std::lower_bound(paths.begin(), paths.end(), std::make_pair(cluster, client), before);
         it != paths.end() && it->client == client && it->cluster == cluster; ++it)
        if (it->endpoint == EndpointKind::RunCommand)
            return &*it;
    return nullptr;
}

const PathOutcome* Analysis::best(std::uint32_t client, std::uint32_t cluster) const
{
    // Outcomes are stored cluster by cluster, client by client: the pair's run is found by
    // binary search (the matrix asks for every pair).
    auto before = [](const PathOutcome& p, std::pair<std::uint32_t, std::uint32_t> key) {
        return std::make_pair(p.cluster, p.client) < key;
    };
    const auto from =
        std::lower_bound(paths.begin(), paths.end(), std::make_pair(cluster, client), before);
    auto to = from;
    while (to != paths.end() && to->client == client && to->cluster == cluster)
        ++to;
    const PathOutcome* firstSelected = nullptr;
    const PathOutcome* first = nullptr;
    for (auto it = from; it != to; ++it) {
        const PathOutcome& p = *it;
        if (p.endpoint == EndpointKind::RunCommand)
            continue;
        if (p.selected && p.reachable)
            return &p;
        if (!first)
            first = &p;
        if (p.selected && !firstSelected)
            firstSelected = &p;
    }
    if (firstSelected || first)
        return firstSelected ? firstSelected : first;
    return from != to ? &*from : nullptr; // only command invoke remains
}

std::uint32_t Analysis::endpointIndexOf(std::string_view id)
{
    // A short list: user private endpoints to API servers are few (registries' are not here).
    auto it = std::find(endpointElements.begin(), endpointElements.end(), id);
    if (it == endpointElements.end())
        it = endpointElements.insert(it, std::string(id));
    return static_cast<std::uint32_t>(it - endpointElements.begin());
}

bool Analysis::reaches(std::size_t near) const
{
    const PathOutcome& at = paths[near];
    auto samePair = [&](const PathOutcome& p) {
        return p.client == at.client && p.cluster == at.cluster;
    };
    auto counts = [](const PathOutcome& p) {
        return p.reachable && p.selected && p.endpoint != EndpointKind::RunCommand;
    };
    for (std::size_t i = near + 1; i-- > 0 && samePair(paths[i]);) {
        if (counts(paths[i]))
            return true;
    }
    for (std::size_t i = near + 1; i < paths.size() && samePair(paths[i]); ++i) {
        if (counts(paths[i]))
            return true;
    }
    return false;
}

} // namespace kg

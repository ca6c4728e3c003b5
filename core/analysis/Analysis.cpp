#include "analysis/Analysis.h"

#include <algorithm>

namespace kg {

const PathOutcome* Analysis::best(std::uint32_t client, std::uint32_t cluster) const
{
    const PathOutcome* firstSelected = nullptr;
    const PathOutcome* first = nullptr;
    for (const auto& p : paths) {
        if (p.client != client || p.cluster != cluster || p.endpoint == EndpointKind::RunCommand)
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
    for (const auto& p : paths) { // only command invoke remains
        if (p.client == client && p.cluster == cluster)
            return &p;
    }
    return nullptr;
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

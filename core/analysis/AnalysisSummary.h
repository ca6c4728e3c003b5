#pragma once

#include "analysis/Analysis.h"

#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace kg {

// The counts people compare designs and variants by: clients per cluster by verdict, paths by
// endpoint, blocked pairs by stage, findings by severity. The dashboard charts them; tests and
// the comparison read them. Computed from an Analysis alone.
struct AnalysisSummary
{
    struct Tally
    {
        int reachable = 0; // checked all the way
        int assumed = 0;   // reachable on an assumption
        int blocked = 0;
        int total() const { return reachable + assumed + blocked; }
        bool operator==(const Tally&) const = default;
    };

    // The clusters counted (indexes into Analysis::clusters), and each one's clients by the
    // verdict of the pair's best path.
    std::vector<std::uint32_t> clusters;
    std::vector<Tally> perCluster;
    // Every selected path of the counted clusters, by the endpoint it goes through.
    std::map<EndpointKind, Tally> perEndpoint;
    // The counted pairs whose best path is blocked, by the stage that blocks it.
    std::array<int, 4> blockedByStage{};
    // Findings of the whole design: errors, warnings, info.
    std::array<int, 3> findingsBySeverity{};
    // All counted pairs.
    Tally pairs;

    // `clusters` empty counts every cluster.
    static AnalysisSummary of(const Analysis& analysis, std::vector<std::uint32_t> clusters = {});
};

} // namespace kg

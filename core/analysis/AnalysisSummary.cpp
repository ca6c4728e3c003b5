#include "analysis/AnalysisSummary.h"

namespace kg {

namespace {

void count(AnalysisSummary::Tally& t, const PathOutcome& p)
{
    if (!p.reachable)
        ++t.blocked;
    else if (p.assumed)
        ++t.assumed;
    else
        ++t.reachable;
}

} // namespace

AnalysisSummary AnalysisSummary::of(const Analysis& analysis, std::vector<std::uint32_t> clusters)
{
    AnalysisSummary s;
    if (clusters.empty())
        for (std::uint32_t k = 0; k < analysis.clusters.size(); ++k)
            clusters.push_back(k);
    s.clusters = std::move(clusters);
    std::vector<int> slot(analysis.clusters.size(), -1);
    for (std::size_t i = 0; i < s.clusters.size(); ++i)
        if (s.clusters[i] < slot.size())
            slot[s.clusters[i]] = static_cast<int>(i);
    s.perCluster.resize(s.clusters.size());
    for (const PathOutcome& p : analysis.paths)
        if (p.selected && p.cluster < slot.size() && slot[p.cluster] >= 0)
            count(s.perEndpoint[p.endpoint], p);
    for (std::size_t i = 0; i < s.clusters.size(); ++i) {
        for (std::uint32_t c = 0; c < analysis.clients.size(); ++c) {
            const PathOutcome* best = analysis.best(c, s.clusters[i]);
            if (!best)
                continue;
            count(s.perCluster[i], *best);
            count(s.pairs, *best);
            if (!best->reachable)
                ++s.blockedByStage[static_cast<std::size_t>(best->blockedStage)];
        }
    }
    for (const Finding& f : analysis.findings)
        ++s.findingsBySeverity[f.severity == Severity::Error     ? 0
                               : f.severity == Severity::Warning ? 1
                                                                 : 2];
    return s;
}

} // namespace kg

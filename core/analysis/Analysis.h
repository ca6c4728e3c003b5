#pragma once

#include "analysis/Path.h"
#include "validate/Finding.h"

#include <cstdint>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace kg {

// The outcome of one path, without its steps: what the matrix, the counts and the findings
// need. The steps come from Analyzer::explain, which runs the same code in detail. Plain data
// (no owned strings): tens of thousands of outcomes are copied on every re-analysis.
struct PathOutcome
{
    static constexpr std::uint32_t kNoEndpoint = ~0u;

    std::uint32_t client = 0;  // index into Analysis::clients
    std::uint32_t cluster = 0; // index into Analysis::clusters
    // The user private endpoint, for UserEndpoint: an index into Analysis::endpointElements
    // (Analysis::endpointElement reads it).
    std::uint32_t endpointIndex = kNoEndpoint;
    EndpointKind endpoint = EndpointKind::Public;
    Stage blockedStage = Stage::Dns;
    bool reachable : 1 = false;
    bool selected : 1 = true;
    // Reachable only on an assumption (a step passed that the design does not say enough to
    // check): counted and drawn apart from the checked verdicts.
    bool assumed : 1 = false;
    // The blocking rule's catalog id (empty when reachable). It views a string literal of the
    // stages, never freed.
    std::string_view rule;
};
static_assert(std::is_trivially_copyable_v<PathOutcome> && sizeof(PathOutcome) <= 32,
              "outcomes are copied by the tens of thousands on every re-analysis");

// Everything the analysis says about a design: every client x cluster x endpoint outcome and
// every finding. A value: it holds ids, never pointers into the design.
struct Analysis
{
    std::vector<std::string> clients;
    std::vector<std::string> clusters;
    // Sorted by cluster, then client; a pair's outcomes are next to each other.
    std::vector<PathOutcome> paths;
    std::vector<Finding> findings;
    // The ids of the user private endpoints outcomes name (PathOutcome::endpointIndex).
    std::vector<std::string> endpointElements;
    // Indexes into `paths` of the selected, blocked paths, by blocking rule. Filled before the
    // rules run, so that a rule summarising its paths does not scan them all.
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> blockedByRule;

    // The outcome a person would call "the" path of a pair: the selected reachable one if
    // any, else the first selected one, else the first. nullptr when the pair has no path.
    const PathOutcome* best(std::uint32_t client, std::uint32_t cluster) const;
    // The pair's command-invoke path (AKS through Azure Resource Manager), or null.
    const PathOutcome* runCommand(std::uint32_t client, std::uint32_t cluster) const;
    // Whether a selected path from the client reaches the cluster's API server (command invoke,
    // which only runs commands on the client's behalf, does not count).
    // `near` is the index of any path of the pair: a pair's paths are stored next to each other.
    bool reaches(std::size_t near) const;
    // The user private endpoint of an outcome ("" for other endpoints).
    std::string_view endpointElement(const PathOutcome& p) const
    {
        return p.endpointIndex < endpointElements.size() ? endpointElements[p.endpointIndex]
                                                         : std::string_view();
    }
    // The index of an endpoint id in endpointElements, added when new.
    std::uint32_t endpointIndexOf(std::string_view id);
};

} // namespace kg

#pragma once

#include <cstdint>
#include <vector>

namespace kg {

class Design;
class Topology;
struct Analysis;

// What a rule's check reads: the design, its topology, and the path outcomes already computed
// (rules that report on paths summarise them instead of recomputing).
struct RuleContext
{
    const Design& design;
    const Topology& topology;
    const Analysis& analysis;
    // Each of the analysis's clients' place in id order (findings list clients by id), ranked
    // once for every rule that sorts them. Empty: compare the ids.
    std::vector<std::uint32_t> clientRank = {};
    // When set, path rules summarise only the clusters marked here (by index into the
    // analysis's clusters): the findings of the others are kept from before.
    const std::vector<char>* clusters = nullptr;
};

} // namespace kg

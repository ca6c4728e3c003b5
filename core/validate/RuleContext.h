#pragma once

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
};

} // namespace kg

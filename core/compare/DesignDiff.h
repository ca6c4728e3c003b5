#pragma once

#include "model/Design.h"
#include "validate/Finding.h"

#include <string>
#include <vector>

namespace kg {

// What changes between two designs of one estate, for `kubegate diff` (and the designer's
// comparison): who gains or loses a path to which cluster and at which step, the findings that
// appear or go, and the changes a cloud cannot make to an existing cluster in place (the update
// rules of the catalogue, which a single design cannot raise: AKS-021, AKS-028, AKS-090,
// AKS-091, AKS-111, AKS-112, EKS-045). Clusters are matched by id.
struct DesignDiff
{
    // One client and cluster pair as one design sees it.
    struct Cell
    {
        bool present = false; // both ends exist and the analysis has an outcome
        bool reachable = false;
        bool assumed = false;
        std::string endpoint; // the endpoint the outcome is through (public, private, ...)
        std::string rule;     // the blocking rule, when blocked
        Sentence step;        // the blocking step's sentence, when blocked
    };
    struct PathChange
    {
        std::string client;
        std::string cluster;
        Cell before;
        Cell after;
    };
    // A change to an existing cluster that the update rules speak of.
    struct Update
    {
        std::string rule;
        Severity severity = Severity::Info;
        std::string cluster;
        Sentence text; // "update.AKS-028" and its values, in the reader's language by render
    };

    std::vector<PathChange> gained;  // reachable after, not before
    std::vector<PathChange> lost;    // reachable before, not after
    std::vector<PathChange> changed; // the same verdict, another endpoint, step or assumption
    std::vector<Finding> added;
    std::vector<Finding> removed;
    std::vector<Update> updates;
    std::vector<std::string> elementsAdded, elementsRemoved, elementsChanged;
    std::vector<std::string> linksAdded, linksRemoved, linksChanged;
    // The two designs are the same file in canonical form (nothing at all differs).
    bool same = false;

    static DesignDiff compare(const Design& before, const Design& after);
};

} // namespace kg

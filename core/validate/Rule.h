#pragma once

#include "model/ElementKind.h"
#include "validate/EditScope.h"
#include "validate/Finding.h"
#include "validate/RuleContext.h"

namespace kg {
struct Element;
}

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kg {

class Design;

// One rule: its stable id, its severity, a one-line summary (docs/RULES.md), whether the
// catalog marks it UNCONFIRMED or DERIVED (then it is at most a warning and says it is an
// assumption), and the check that appends findings. Checks are pure functions of the context.
struct Rule
{
    using ElementCheck =
        std::function<void(const RuleContext&, const Element&, std::vector<Finding>&)>;

    std::string id = {};
    Severity severity = Severity::Warning;
    std::string summary = {};
    std::function<void(const RuleContext&, std::vector<Finding>&)> check = {};
    bool assumption = false;
    // Set for rules that look at one element at a time (most do). Their findings carry the
    // element as `subject`, so that LiveAnalysis can recheck just the elements an edit touched;
    // `check` then runs it over every element.
    ElementCheck checkElement = {};
    // The element kinds `checkElement` applies to; empty for every kind.
    std::vector<ElementKind> kinds = {};
    // A path rule: its findings summarise the blocked paths of one cluster each (the cluster
    // first in `elements`), so an edit that changed no outcome of a cluster keeps them.
    bool summarisesPaths = false;
    // What a design-wide rule (`check` only) reads, when it is not everything: its findings are
    // kept after edits that touched none of it. Say no less than the check reads: a rule kept
    // when it should have run leaves a stale finding (fuzz_live_analysis compares the live
    // analysis with a fresh one after every edit). Unset: it runs after every edit.
    struct Reads
    {
        std::vector<ElementKind> elements = {}; // elements of these kinds, any field
        std::vector<LinkKind> links = {};       // links of these kinds, any field
        bool everyLink = false;
        bool everyElementsNameAndPlace = false; // every element's name and parent
        // Removing what it reads can only take back the findings that name what was removed:
        // each finding names every element and link it rests on (overlaps, duplicates), and no
        // count or absence is read. Such a rule reruns after a removal only when one of its
        // findings names something that is gone.
        bool retracts = false;
        // For a retracting rule: whether an element, added or changed, takes part in a finding
        // as the design now is (a sibling with its name; a sibling subnet it overlaps). With it,
        // edits of elements alone rerun the rule only when an edited element joins a finding or
        // a finding names one.
        std::function<bool(const RuleContext&, const Element&)> joins = {};
    };
    std::optional<Reads> reads = {};
    // Whether edits that touched `scope` can change this rule's findings in a way that only
    // running it tells (a removal a retracting rule reads does not count: removedRead()).
    bool readsAnyOf(const EditScope& scope) const
    {
        if (!reads)
            return true;
        const bool changed = (reads->everyElementsNameAndPlace && scope.namesOrPlaces) ||
                             (reads->everyLink && scope.linkKinds != 0) ||
                             std::any_of(reads->elements.begin(), reads->elements.end(),
                                         [&](ElementKind k) { return scope.touched(k); }) ||
                             std::any_of(reads->links.begin(), reads->links.end(),
                                         [&](LinkKind k) { return scope.touched(k); });
        return changed || (removedRead(scope) && !reads->retracts);
    }
    // Whether the edits removed something this rule reads.
    bool removedRead(const EditScope& scope) const
    {
        if (!reads)
            return true;
        return (reads->everyElementsNameAndPlace && scope.removedElementKinds != 0) ||
               (reads->everyLink && scope.removedLinkKinds != 0) ||
               std::any_of(reads->elements.begin(), reads->elements.end(),
                           [&](ElementKind k) { return scope.removed(k); }) ||
               std::any_of(reads->links.begin(), reads->links.end(),
                           [&](LinkKind k) { return scope.removed(k); });
    }
};

// A rule checked element by element; `check` is derived from `checkElement`.
Rule elementRule(std::string id, Severity severity, std::string summary, Rule::ElementCheck check,
                 bool assumption = false, std::vector<ElementKind> kinds = {});

} // namespace kg

#pragma once

#include "model/ElementKind.h"
#include "validate/Finding.h"
#include "validate/RuleContext.h"

namespace kg {
struct Element;
}

#include <functional>
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
};

// A rule checked element by element; `check` is derived from `checkElement`.
Rule elementRule(std::string id, Severity severity, std::string summary, Rule::ElementCheck check,
                 bool assumption = false, std::vector<ElementKind> kinds = {});

} // namespace kg

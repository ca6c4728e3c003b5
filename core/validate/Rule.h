#pragma once

#include "validate/Finding.h"
#include "validate/RuleContext.h"

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
    std::string id;
    Severity severity = Severity::Warning;
    std::string summary;
    std::function<void(const RuleContext&, std::vector<Finding>&)> check;
    bool assumption = false;
};

} // namespace kg

#pragma once

#include "validate/Finding.h"

#include <functional>
#include <string>
#include <vector>

namespace kg {

class Design;

// One rule: its stable id, its default severity, a one-line summary (docs/RULES.md and
// `kubegate rules`), and the check that appends findings. Checks are pure functions of the design.
struct Rule
{
    std::string id;
    Severity severity = Severity::Warning;
    std::string summary;
    std::function<void(const Design&, std::vector<Finding>&)> check;
};

} // namespace kg

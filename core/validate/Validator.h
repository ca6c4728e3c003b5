#pragma once

#include "validate/Finding.h"

#include <vector>

namespace kg {

class Design;

// Runs every registered rule over a design. Findings come back sorted: errors first, then by
// rule id, then by element ids, so output is stable across runs.
class Validator
{
public:
    static std::vector<Finding> run(const Design& design);
};

} // namespace kg

#pragma once

#include "validate/Finding.h"

#include <vector>

namespace kg {

class Design;

// The findings of a design: every registered rule, after the path analysis they may summarise
// (Analyzer::run). Sorted: errors first, then by rule id, then by element ids.
class Validator
{
public:
    static std::vector<Finding> run(const Design& design);
};

} // namespace kg

#include "validate/Validator.h"

#include "analysis/Analyzer.h"

namespace kg {

std::vector<Finding> Validator::run(const Design& design)
{
    return Analyzer::run(design).findings;
}

} // namespace kg

#include "validate/Validator.h"

#include "validate/RuleRegistry.h"

#include <algorithm>

namespace kg {

std::vector<Finding> Validator::run(const Design& design)
{
    std::vector<Finding> findings;
    for (const auto& rule : RuleRegistry::all())
        rule.check(design, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.elements < b.elements;
    });
    return findings;
}

} // namespace kg

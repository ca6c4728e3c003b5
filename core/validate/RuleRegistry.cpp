#include "validate/RuleRegistry.h"

#include <algorithm>

namespace kg {

const std::vector<Rule>& RuleRegistry::all()
{
    static const std::vector<Rule> rules = [] {
        std::vector<Rule> r;
        addStructuralRules(r);
        addAksRules(r);
        addEksRules(r);
        std::sort(r.begin(), r.end(), [](const Rule& a, const Rule& b) { return a.id < b.id; });
        return r;
    }();
    return rules;
}

const Rule* RuleRegistry::find(std::string_view id)
{
    for (const auto& r : all()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace kg

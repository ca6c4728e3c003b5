#include "validate/RuleRegistry.h"

#include "analysis/Topology.h"
#include "model/Design.h"

#include <algorithm>

namespace kg {

Rule elementRule(std::string id, Severity severity, std::string summary, Rule::ElementCheck check,
                 bool assumption, std::vector<ElementKind> kinds)
{
    Rule rule{.id = std::move(id),
              .severity = assumption && severity == Severity::Error ? Severity::Warning : severity,
              .summary = std::move(summary),
              .assumption = assumption,
              .checkElement = std::move(check),
              .kinds = std::move(kinds)};
    rule.check = [element = rule.checkElement, kinds = rule.kinds](const RuleContext& ctx,
                                                                   std::vector<Finding>& out) {
        auto run = [&](const Element& e) {
            const std::size_t before = out.size();
            element(ctx, e, out);
            for (std::size_t i = before; i < out.size(); ++i)
                out[i].subject = e.id;
        };
        if (kinds.empty()) {
            for (const auto& e : ctx.design.elements())
                run(e);
            return;
        }
        for (ElementKind kind : kinds) {
            for (const Element* e : ctx.topology.ofKind(kind))
                run(*e);
        }
    };
    return rule;
}

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

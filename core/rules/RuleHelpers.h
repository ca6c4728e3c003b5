#pragma once

#include "model/Element.h"
#include "model/IpRanges.h"
#include "validate/Rule.h"

#include <string>

namespace kg {

// Helpers the rule families share.

// A rule checked once per element of `kind`: `check` receives a copy of the rule's id and
// severity to report with.
using KindCheck =
    std::function<void(const Rule&, const RuleContext&, const Element&, std::vector<Finding>&)>;
Rule kindRule(ElementKind kind, std::string id, Severity severity, std::string summary,
              KindCheck check, bool assumption = false);

// A rule whose verdicts live in the paths (the stage code names it on the step where a path
// is blocked). Its check summarises those paths: one finding per cluster listing the clients
// whose selected path is blocked by this rule.
Rule pathRule(std::string id, Severity severity, std::string summary, bool assumption = false);

// A finding of `rule` saying `text` ("finding.<rule id>"), marked as an assumption when the rule
// is one.
Finding makeFinding(const Rule& rule, std::vector<std::string> elements, Sentence text,
                    std::map<std::string, std::string> params = {});

// What an address block is for, as a phrase: "private", "link-local".
Sentence usePhrase(AddressUse use);

// The sentence "finding.<rule id><suffix>" with `args`, for makeFinding.
Sentence says(const Rule& rule, Sentence::Args args = {}, std::string_view suffix = {});

} // namespace kg

#pragma once

#include "model/Element.h"
#include "validate/Rule.h"

#include <string>

namespace kg {

// A rule whose verdicts live in the paths (the stage code names it on the step where a path
// is blocked). Its check summarises those paths: one finding per cluster listing the clients
// whose selected path is blocked by this rule.
Rule pathRule(std::string id, Severity severity, std::string summary, bool assumption = false);

// Helpers shared by the AKS and EKS rule families.
std::string elementLabel(const Element& e);
Finding makeFinding(const Rule& rule, std::vector<std::string> elements, std::string message,
                    std::map<std::string, std::string> params = {});

} // namespace kg

#pragma once

#include "validate/Rule.h"

#include <vector>

namespace kg {

// Every rule Kubegate checks, in id order. Rule families add themselves in RuleRegistry.cpp.
class RuleRegistry
{
public:
    static const std::vector<Rule>& all();
    static const Rule* find(std::string_view id);
};

// The structural rules (KG-xxx): address plans and wiring that make a design inconsistent,
// before any cloud rule is looked at.
void addStructuralRules(std::vector<Rule>& rules);
// The AKS and EKS catalogs (core/rules).
void addAksRules(std::vector<Rule>& rules);
void addEksRules(std::vector<Rule>& rules);

} // namespace kg

#pragma once

#include "validate/Finding.h"

#include <QString>
#include <string>

namespace kg::ui {

// The rules' texts in the interface language: each rule's one-line summary (docs/RULES.md) and
// the severities' names. The summaries are the core catalogue's "rule.<id>" sentences, so the
// findings list, the rule reference and the command line say the same words.
class RuleTexts
{
public:
    // The rule's summary in the interface language; empty for an unknown rule.
    static QString summary(const std::string& ruleId);
    // "Error", "Warning", "Info" in the interface language.
    static QString severity(Severity severity);
    // What the finding says, in the interface language.
    static QString message(const Finding& finding);
};

} // namespace kg::ui

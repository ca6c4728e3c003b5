#pragma once

#include <QString>
#include <string>

namespace kg::ui {

// Translated one-line summaries of the rules (docs/RULES.md). The core writes each finding's
// message in English with its names and numbers; where the interface language has the rule's
// summary, the findings list shows that instead, with the elements' names, and keeps the
// English message as the tooltip.
class RuleTexts
{
public:
    // The rule's summary in the interface language (English when untranslated); empty for an
    // unknown rule.
    static QString summary(const std::string& ruleId);
    // Whether the interface language has a translation of the rule's summary.
    static bool translated(const std::string& ruleId);
    // Whether the summary is in the translatable list (for the test that keeps it complete).
    static bool listed(const std::string& summary);
};

} // namespace kg::ui

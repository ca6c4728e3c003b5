#pragma once

#include "text/Sentence.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class Severity { Error, Warning, Info };

std::string_view toString(Severity severity);

// One result of a rule: which rule (a stable catalog id such as KG-001, AKS-027, EKS-025), how
// bad, which elements it is about, what it says, and its parameters by name for the JSON output.
struct Finding
{
    std::string rule;
    Severity severity = Severity::Info;
    std::vector<std::string> elements;
    // What the finding says: a catalogue sentence ("finding.AKS-004") with the names and numbers
    // it quotes, rendered in the reader's language by message().
    Sentence text;
    std::map<std::string, std::string> params;
    // The element an element-scoped rule was checking when it produced this finding; empty for
    // design-wide rules. Internal bookkeeping for incremental analysis, not part of any output.
    std::string subject;

    // The sentence in `language`.
    std::string message(Language language = Language::English) const;

    bool operator==(const Finding&) const = default;
};

} // namespace kg

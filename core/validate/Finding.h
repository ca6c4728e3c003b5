#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class Severity { Error, Warning, Info };

std::string_view toString(Severity severity);

// One result of a rule: which rule (a stable catalog id such as KG-001, AKS-027, EKS-025), how
// bad, which elements it is about, an English sentence for the CLI, and the parameters the UI
// needs to build its own translated sentence.
struct Finding
{
    std::string rule;
    Severity severity = Severity::Info;
    std::vector<std::string> elements;
    std::string message;
    std::map<std::string, std::string> params;
    // The element an element-scoped rule was checking when it produced this finding; empty for
    // design-wide rules. Internal bookkeeping for incremental analysis, not part of any output.
    std::string subject;

    bool operator==(const Finding&) const = default;
};

} // namespace kg

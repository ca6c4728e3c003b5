#pragma once

#include "model/Design.h"
#include "validate/Finding.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Find (Ctrl+F): the elements a piece of text names. An element matches by its name, its id, or
// a text value of a property (an address, a CIDR, a principal, a zone name), or as an element
// of a finding whose rule id holds the text ("AKS-061"). Letters compare without case. One
// match per element, saying where the text was found; names first, then ids, then property
// values, then findings, each in document order. A finding's match quotes its sentence in
// `language`.
struct SearchMatch
{
    std::string element;
    std::string where; // "name", "id", the property key, or the rule id
    std::string text;  // the value that matched
};

class DesignSearch
{
public:
    static std::vector<SearchMatch> find(const Design& design, const std::vector<Finding>& findings,
                                         std::string_view query,
                                         Language language = Language::English);
};

} // namespace kg

#pragma once

#include "text/Sentence.h"

#include <cstddef>
#include <string>
#include <vector>

namespace kg {

// Levenshtein distance, ignoring case: how many letters to add, drop or change.
std::size_t editDistance(const std::string& a, const std::string& b);
// The phrase "; did you mean 'x'?" for the candidate closest to `given` within a small distance
// (a third of its length, at least two), else an empty sentence: the tail of a message about a
// mistyped key or command.
Sentence suggestion(const std::string& given, const std::vector<std::string>& candidates);

} // namespace kg

#pragma once

#include "text/Sentence.h"

#include <string>
#include <string_view>

namespace kg {

// Element and link ids: 1..kMaxIdLength characters from [A-Za-z0-9._:-], starting with a letter
// or digit. Ids appear in files, CLI arguments and findings, so they stay shell- and URL-safe.
bool isValidId(std::string_view id);

// Why `id` is not valid, for error messages; empty when it is.
Sentence idProblem(std::string_view id);

// Turns any text into a valid id stem ("Hub VNet" -> "hub-vnet").
std::string idStemFrom(std::string_view text);

} // namespace kg

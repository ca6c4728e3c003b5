#pragma once

#include "text/Sentence.h"

#include <string>

namespace kg::cli {

// `kubegate --help` in `language`: each command's synopsis as it is typed, what it does in
// the reader's words, laid out in terminal columns; then the exit codes, the language rule,
// the endpoint kinds and the shape of validate's JSON.
std::string helpText(Language language);

} // namespace kg::cli

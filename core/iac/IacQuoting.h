#pragma once

#include <string>
#include <string_view>

namespace kg::iac {

// Every value a design holds enters generated code as data, through one of these. Each returns
// a complete literal of its language, quotes included, that its tool reads back as exactly
// `value` (control characters escaped where the language can, dropped to spaces where it
// cannot), never as syntax, whatever `value` holds.

// One POSIX shell word: single-quoted, an embedded ' written as '\''. Nothing inside single
// quotes is expanded ($, `, \ and ; are plain characters).
std::string shellWord(std::string_view value);

// An HCL quoted template string (Terraform): \ " and control characters escaped, and the
// template sequences ${ and %{ written as $${ and %%{ so that they stay literal.
std::string hclString(std::string_view value);

// A Bicep string: single-quoted, with \ ' escaped, ${ written as \${ (no interpolation) and
// control characters as \n, \r, \t or \u{...}.
std::string bicepString(std::string_view value);

// A YAML double-quoted scalar: \ " escaped, control characters and the YAML line breaks
// (U+0085, U+2028, U+2029) as escapes, so the value stays one line and one scalar.
std::string yamlString(std::string_view value);

// Text for a one-line comment in any of the languages: what a person typed, with every line
// break and control character a space and bidirectional controls dropped, so it cannot end
// the comment or hide what follows.
std::string commentText(std::string_view value);

} // namespace kg::iac

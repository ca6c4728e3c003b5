#pragma once

#include "model/Design.h"
#include "text/Sentence.h"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What the command line's commands share: exit codes, the usage message, loading a design with
// its notes, and text laid out in columns.
namespace kg::cli {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1; // the design has error findings, or the path is blocked
constexpr int kExitInput = 2;    // unreadable input or a usage error

// The terminal columns `text` takes: one per code point, two for a Chinese character.
std::size_t columns(std::string_view text);

// `text` padded with spaces to `width` terminal columns.
std::string pad(std::string text, std::size_t width);

// `text` cut to at most `width` terminal columns, at a character's boundary.
std::string clip(std::string text, std::size_t width);

// An element's label, "nodes of <cluster>" for a cluster's implicit nodes (in `language`), else
// the id.
std::string clientLabel(const Design& design, const std::string& id,
                        Language language = Language::English);

// The language of the command line's sentences when --lang is not given: the locale's
// (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them); English for C, POSIX and
// anything unknown.
Language localeLanguage();

// Prints "kubegate: MESSAGE" and the hint to --help on `err`, in `language` (the language read
// so far, else the locale's); returns kExitInput.
int usageError(std::ostream& err, const Sentence& message, Language language = localeLanguage());

// Reads the option at args[i] when it is "--lang CODE" or "--lang=CODE" into `language`,
// moving `i` past a separate value. nullopt when it is another option; else kExitOk, or the
// usage error's exit code (printed on `err`) for a missing or unknown language.
std::optional<int> readLanguageOption(const std::vector<std::string>& args, std::size_t& i,
                                      Language& language, std::ostream& err);

// Loads FILE for a command; prints the reasons and returns nullopt when it cannot, and prints
// the notes of a migrated or repaired file.
std::optional<Design> loadForCommand(const std::string& file, std::ostream& err, Language language);

} // namespace kg::cli

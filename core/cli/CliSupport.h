#pragma once

#include "model/Design.h"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>

// What the command line's commands share: exit codes, the usage message, loading a design with
// its notes, and text laid out in columns.
namespace kg::cli {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1; // the design has error findings, or the path is blocked
constexpr int kExitInput = 2;    // unreadable input or a usage error

// Prints "kubegate: MESSAGE" and the hint to --help on `err`; returns kExitInput.
int usageError(std::ostream& err, const std::string& message);

// `text` padded with spaces to `width` terminal columns (a Chinese character takes two).
std::string pad(std::string text, std::size_t width);

// An element's label, "nodes of <cluster>" for a cluster's implicit nodes, else the id.
std::string clientLabel(const Design& design, const std::string& id);

// Loads FILE for a command; prints the reasons and returns nullopt when it cannot, and prints
// the notes of a migrated or repaired file.
std::optional<Design> loadForCommand(const std::string& file, std::ostream& err);

} // namespace kg::cli

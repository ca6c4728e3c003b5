#pragma once

#include <cstddef>

namespace kg::limits {

// Documented in docs/FILE-FORMAT.md. They bound memory and time on hostile input; every one
// has a file under tests/data/bad/ that crosses it.
inline constexpr std::size_t kMaxFileBytes = 32u * 1024u * 1024u;
inline constexpr std::size_t kMaxIdLength = 128;
inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxNotesLength = 20000;
inline constexpr std::size_t kMaxStringLength = 4096; // any other string property value
inline constexpr std::size_t kMaxListLength = 1000;   // entries in a list property
inline constexpr std::size_t kMaxElements = 100000;
inline constexpr std::size_t kMaxJsonDepth = 64;        // nesting of JSON arrays and objects
inline constexpr std::size_t kMaxContainmentDepth = 16; // parent chain length
inline constexpr double kMaxCoordinate = 1.0e7;
// Client x cluster pairs the analysis evaluates; beyond, it reports KG-017 instead of paths.
inline constexpr std::size_t kMaxAnalysedPairs = 4'000'000;

} // namespace kg::limits

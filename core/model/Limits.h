#pragma once

#include <cstddef>

namespace kg::limits {

// Documented in docs/FILE-FORMAT.md. They bound memory and time on hostile input; every one
// has a file under tests/data/bad/ that crosses it.
// A design at kMaxElements saves to about 35 MB: a file the designer writes, it can read.
inline constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
inline constexpr std::size_t kMaxIdLength = 128;
inline constexpr std::size_t kMaxNameLength = 200;
inline constexpr std::size_t kMaxNotesLength = 20000;
inline constexpr std::size_t kMaxStringLength = 4096; // any other string property value
inline constexpr std::size_t kMaxListLength = 1000;   // entries in a list property
inline constexpr std::size_t kMaxElements = 100000;
inline constexpr std::size_t kMaxJsonDepth = 64;        // nesting of JSON arrays and objects
inline constexpr std::size_t kMaxContainmentDepth = 16; // parent chain length
inline constexpr double kMaxCoordinate = 1.0e7;
// The most bends one link's route may have.
inline constexpr std::size_t kMaxRoutePoints = 256;
// Stacking order values (Rect::z) lie within plus or minus this.
inline constexpr int kMaxStacking = 1000000;
// Named variants in one design (Variant), and changes in one variant.
inline constexpr std::size_t kMaxVariants = 64;
inline constexpr std::size_t kMaxQuizQuestions = 1000;
inline constexpr std::size_t kMaxVariantChanges = 100000;
// Client x cluster pairs the analysis evaluates; beyond, it reports KG-017 instead of paths.
// The generated 100,000-element estate has 4.7 million (docs/PERFORMANCE.md).
inline constexpr std::size_t kMaxAnalysedPairs = 6'000'000;

} // namespace kg::limits

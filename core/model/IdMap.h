#pragma once

#include <absl/container/flat_hash_map.h>
#include <functional>
#include <string>
#include <string_view>

namespace kg {

// A map keyed by owned strings (ids, names, addresses) and looked up by string_view without a
// copy, since the analysis does millions of lookups. Abseil's open-addressing table rather than
// std::unordered_map: a lookup is a probe of one contiguous group instead of a bucket's chain of
// separately allocated nodes, which at 10,000 elements was a cache miss or two per lookup.
// Values do not keep their address when the map grows: hold keys, not references, across an
// insertion.
// Debian builds Abseil with its own string_view type, so the hash and equality are the
// standard library's, made transparent.
struct IdHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename T> using IdMap = absl::flat_hash_map<std::string, T, IdHash, std::equal_to<>>;

} // namespace kg

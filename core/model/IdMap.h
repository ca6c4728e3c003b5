#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kg {

// A map keyed by owned strings (ids, names, addresses) and looked up by string_view without a
// copy: transparent hashing, since the analysis does millions of lookups.
struct IdHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <typename T> using IdMap = std::unordered_map<std::string, T, IdHash, std::equal_to<>>;

} // namespace kg

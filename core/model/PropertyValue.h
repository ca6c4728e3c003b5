#pragma once

#include <boost/container/flat_map.hpp>
#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace kg {

// A property's value. Which alternative is valid for a key is fixed by the key's PropertySpec;
// an absent key means "unset", and the spec's default applies.
using StringList = std::vector<std::string>;
using PropertyValue = std::variant<bool, std::int64_t, std::string, StringList>;

// Keys are dotted paths in the cloud APIs' own spelling ("apiServerAccessProfile.subnetId").
// Kept sorted, which the file format relies on for deterministic output. A flat map (one
// sorted vector) rather than std::map: an element holds a handful of properties, and the
// analysis reads them millions of times, where a tree's scattered nodes cost a cache miss each.
using PropertyMap = boost::container::flat_map<std::string, PropertyValue, std::less<>>;

} // namespace kg

#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace kg {

// A property's value. Which alternative is valid for a key is fixed by the key's PropertySpec;
// an absent key means "unset", and the spec's default applies.
using StringList = std::vector<std::string>;
using PropertyValue = std::variant<bool, std::int64_t, std::string, StringList>;

// Keys are dotted paths in the cloud APIs' own spelling ("apiServerAccessProfile.subnetId").
// std::map keeps them sorted, which the file format relies on for deterministic output.
using PropertyMap = std::map<std::string, PropertyValue, std::less<>>;

} // namespace kg

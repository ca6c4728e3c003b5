#pragma once

#include "import/JsonFields.h"
#include "model/ElementKind.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// The conversions every importer shares, so that one meaning has one spelling in a design.
class ImportNormalizer
{
public:
    // AKS privateDNSZone: "system"/"System" -> "System", "none"/"None" -> "None" (AKS-117), a
    // zone resource id kept as written. Empty or unset on a private cluster means System.
    static std::string zoneChoice(std::string_view value);

    // Address blocks as a design stores them. A bare IPv4 address becomes /32, as the CLI stores
    // it; blank entries are dropped. An entry that is no address block is an error at its
    // pointer (`base` + "/index") and the result is nullopt.
    static std::optional<std::vector<std::string>>
    cidrs(const std::vector<std::string>& values, const std::string& base, JsonFields& fields,
          std::vector<Sentence>* notes, const Sentence& owner);

    // The spelling of an enum property's choice that matches `value` ignoring case
    // ("systemAssigned" -> "SystemAssigned"), or empty when the kind does not model it.
    static std::string enumChoice(ElementKind kind, std::string_view key, std::string_view value);

    // networkProfile.outboundType as the design spells it; an unmodelled type is left unset
    // with a note saying so.
    static std::string outboundType(std::string_view value, const Sentence& owner,
                                    std::vector<Sentence>& notes);

    // ASCII lower case (ids, keys and enum values are ASCII).
    static std::string lower(std::string_view text);
};

} // namespace kg

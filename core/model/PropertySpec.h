#pragma once

#include "model/PropertyValue.h"
#include "model/TextForm.h"

#include <optional>
#include <string>
#include <vector>

namespace kg {

enum class ElementKind;

enum class PropertyType {
    Bool,
    Int,
    String,
    Enum,       // one of `choices`
    Cidr,       // one address block
    CidrList,   // address blocks
    Ip,         // one address
    IpList,     // addresses
    TextList,   // free strings (principals, zone names)
    Ref,        // id of an element of one of `refKinds`
    RefList,    // ids of elements of `refKinds`
    ZoneChoice, // "System", "None", or the id of a private DNS zone element (AKS privateDNSZone)
    SourceList, // each entry an address block or the id of an element of `refKinds`
};

// Describes one typed property of an element or link kind: its key (the cloud API's field name,
// dotted for nested objects), its type, its default and, for enums and references, what values
// are allowed. The loader, the inspector and the JSON Schema are all driven by these specs.
struct PropertySpec
{
    std::string key;
    PropertyType type = PropertyType::String;
    PropertyValue defaultValue = std::string{};
    std::vector<std::string> choices;
    std::vector<ElementKind> refKinds;
    std::string description;
    // The shape of a String value or of each TextList entry (checked by validatePropertyValue).
    TextForm form = TextForm::Free;
};

std::string_view toString(PropertyType type);

} // namespace kg

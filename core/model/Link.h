#pragma once

#include "model/LinkKind.h"
#include "model/PropertyValue.h"

#include <string>

namespace kg {

// A relationship between two elements (peering, VPN, zone link ...), addressed by its own id.
struct Link
{
    std::string id;
    LinkKind kind = LinkKind::Peering;
    std::string from;
    std::string to;
    PropertyMap properties;

    bool operator==(const Link&) const = default;
};

} // namespace kg

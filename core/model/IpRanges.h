#pragma once

#include "model/Cidr.h"

#include <string_view>

namespace kg {

// What an address block is for, per the IANA special-purpose registries (RFC 6890 and
// successors). The analysis uses this to tell public egress addresses from private ones.
enum class AddressUse {
    Global,        // routable on the internet
    Private,       // RFC 1918, IPv6 unique local (fc00::/7)
    SharedCgnat,   // RFC 6598 100.64.0.0/10
    Loopback,      // 127.0.0.0/8, ::1
    LinkLocal,     // 169.254.0.0/16, fe80::/10
    Documentation, // RFC 5737 / RFC 3849 example ranges (TEST-NET-1/2/3, 2001:db8::/32)
    Multicast,     // 224.0.0.0/4, ff00::/8
    Unspecified,   // 0.0.0.0/8, ::
    Reserved,      // every other special-purpose block (240.0.0.0/4, 198.18.0.0/15 ...)
};

// Classifies a whole block: the use of the most specific special-purpose range that contains
// it, or Global when none does. A block wider than any such range (0.0.0.0/0) counts as Global.
AddressUse addressUse(const Cidr& block);
AddressUse addressUse(const IpAddress& address);

// True for uses a public endpoint never sees as a source address.
bool isNonPublic(AddressUse use);

std::string_view toString(AddressUse use);

} // namespace kg

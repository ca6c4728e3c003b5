#pragma once

#include "model/Cidr.h"
#include "model/Element.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kg {

// Reads address facts out of elements whatever their cloud spells them as (addressSpace /
// cidrBlocks, addressPrefix / cidrBlock ...). Values that do not parse are skipped: the loader
// has already refused them, so this only matters for designs built in code.
class NetworkFacts
{
public:
    // Whether two address spaces overlap; Unknown when either is empty (the design does not
    // give it), which the analysis reports as an assumption rather than a verdict.
    enum class Overlap { Unknown, Overlapping, Apart };
    static Overlap overlap(const std::vector<Cidr>& a, const std::vector<Cidr>& b);

    // Address space of a VNet, VPC or on-premises network; empty for other kinds.
    static std::vector<Cidr> addressSpace(const Element& network);
    // Prefix of an Azure or AWS subnet; nullopt for other kinds or when unset.
    static std::optional<Cidr> subnetPrefix(const Element& subnet);
    // Private addresses an element declares (property key, address), for checks against its subnet.
    static std::vector<std::pair<std::string, IpAddress>> privateAddresses(const Element& element);
};

} // namespace kg

#include "model/IpRanges.h"

#include <array>

namespace kg {

namespace {

struct SpecialRange
{
    const char* block;
    AddressUse use;
};

// Most specific first, so that the first contained match wins.
constexpr std::array kSpecialRanges{
    SpecialRange{"255.255.255.255/32", AddressUse::Reserved},
    SpecialRange{"192.0.2.0/24", AddressUse::Documentation},
    SpecialRange{"198.51.100.0/24", AddressUse::Documentation},
    SpecialRange{"203.0.113.0/24", AddressUse::Documentation},
    SpecialRange{"192.0.0.0/24", AddressUse::Reserved},
    SpecialRange{"192.88.99.0/24", AddressUse::Reserved},
    SpecialRange{"198.18.0.0/15", AddressUse::Reserved},
    SpecialRange{"192.168.0.0/16", AddressUse::Private},
    SpecialRange{"169.254.0.0/16", AddressUse::LinkLocal},
    SpecialRange{"172.16.0.0/12", AddressUse::Private},
    SpecialRange{"100.64.0.0/10", AddressUse::SharedCgnat},
    SpecialRange{"10.0.0.0/8", AddressUse::Private},
    SpecialRange{"127.0.0.0/8", AddressUse::Loopback},
    SpecialRange{"0.0.0.0/8", AddressUse::Unspecified},
    SpecialRange{"224.0.0.0/4", AddressUse::Multicast},
    SpecialRange{"240.0.0.0/4", AddressUse::Reserved},
    SpecialRange{"::/128", AddressUse::Unspecified},
    SpecialRange{"::1/128", AddressUse::Loopback},
    SpecialRange{"::ffff:0:0/96", AddressUse::Reserved},
    SpecialRange{"64:ff9b::/96", AddressUse::Reserved},
    SpecialRange{"100::/64", AddressUse::Reserved},
    SpecialRange{"2001:db8::/32", AddressUse::Documentation},
    SpecialRange{"2001::/23", AddressUse::Reserved},
    SpecialRange{"fe80::/10", AddressUse::LinkLocal},
    SpecialRange{"fc00::/7", AddressUse::Private},
    SpecialRange{"ff00::/8", AddressUse::Multicast},
};

const std::array<Cidr, kSpecialRanges.size()>& parsedRanges()
{
    static const auto parsed = [] {
        std::array<Cidr, kSpecialRanges.size()> out{};
        for (std::size_t i = 0; i < kSpecialRanges.size(); ++i)
            out[i] = *Cidr::parse(kSpecialRanges[i].block);
        return out;
    }();
    return parsed;
}

} // namespace

AddressUse addressUse(const Cidr& block)
{
    const auto& ranges = parsedRanges();
    const Cidr network = block.network();
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        if (ranges[i].contains(network))
            return kSpecialRanges[i].use;
    }
    return AddressUse::Global;
}

AddressUse addressUse(const IpAddress& address)
{
    return addressUse(Cidr(address, address.bitWidth()));
}

bool isNonPublic(AddressUse use)
{
    return use != AddressUse::Global && use != AddressUse::Documentation;
}

std::string_view toString(AddressUse use)
{
    switch (use) {
    case AddressUse::Global:
        return "global";
    case AddressUse::Private:
        return "private";
    case AddressUse::SharedCgnat:
        return "shared address space (RFC 6598)";
    case AddressUse::Loopback:
        return "loopback";
    case AddressUse::LinkLocal:
        return "link-local";
    case AddressUse::Documentation:
        return "documentation";
    case AddressUse::Multicast:
        return "multicast";
    case AddressUse::Unspecified:
        return "unspecified";
    case AddressUse::Reserved:
        return "reserved";
    }
    return "reserved";
}

} // namespace kg

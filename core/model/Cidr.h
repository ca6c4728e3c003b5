#pragma once

#include "model/IpAddress.h"
#include "text/Sentence.h"

#include <optional>
#include <string>
#include <string_view>

namespace kg {

// An address block written as address/prefix. The address is kept as written, so a block with
// host bits set (10.0.0.5/24) can be reported as such; network() gives the canonical block.
// A bare address parses as a single-address block (/32 or /128), as the cloud CLIs accept.
class Cidr
{
public:
    Cidr() = default;
    Cidr(IpAddress address, int prefix);

    // Parses "a.b.c.d/n", "x::y/n" or a bare address. On failure returns nullopt and, when
    // `why` is given, a one-line reason a person can act on.
    static std::optional<Cidr> parse(std::string_view text, Sentence* why = nullptr);

    const IpAddress& address() const { return m_address; }
    int prefix() const { return m_prefix; }
    IpFamily family() const { return m_address.family(); }

    IpAddress first() const { return m_address.masked(m_prefix); }
    IpAddress last() const { return m_address.lastInPrefix(m_prefix); }
    Cidr network() const { return Cidr(first(), m_prefix); }
    bool hostBitsSet() const { return m_address != first(); }

    bool contains(const IpAddress& ip) const;
    bool contains(const Cidr& other) const;
    bool overlaps(const Cidr& other) const;

    // Number of addresses, saturated at 2^63 for very large IPv6 blocks.
    unsigned long long size() const;

    std::string toString() const;

    bool operator==(const Cidr&) const = default;

private:
    IpAddress m_address;
    int m_prefix = 32;
};

} // namespace kg

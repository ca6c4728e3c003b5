#include "model/Cidr.h"

namespace kg {

Cidr::Cidr(IpAddress address, int prefix) : m_address(address), m_prefix(prefix) {}

std::optional<Cidr> Cidr::parse(std::string_view text, std::string* why)
{
    auto fail = [why](std::string reason) -> std::optional<Cidr> {
        if (why)
            *why = std::move(reason);
        return std::nullopt;
    };
    if (text.empty())
        return fail("empty value; expected an address block such as 10.0.0.0/16");
    // A plain loop: find_first_of searches the set once per character (a call each), and
    // every subnet and address block of a design is parsed here.
    for (char c : text)
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return fail("contains white space");
    std::size_t slash = text.find('/');
    std::string_view addressText = text.substr(0, slash);
    auto address = IpAddress::parse(addressText);
    if (!address)
        return fail("'" + std::string(addressText) + "' is not an IPv4 or IPv6 address");
    if (slash == std::string_view::npos)
        return Cidr(*address, address->bitWidth());
    std::string_view prefixText = text.substr(slash + 1);
    if (prefixText.empty() || prefixText.size() > 3)
        return fail("missing or invalid prefix length after '/'");
    int prefix = 0;
    for (char c : prefixText) {
        if (c < '0' || c > '9')
            return fail("prefix length '" + std::string(prefixText) + "' is not a number");
        prefix = prefix * 10 + (c - '0');
    }
    if (prefixText.size() > 1 && prefixText[0] == '0')
        return fail("prefix length '" + std::string(prefixText) + "' has a leading zero");
    if (prefix > address->bitWidth())
        return fail("prefix length /" + std::to_string(prefix) + " is longer than " +
                    std::to_string(address->bitWidth()) + " bits");
    return Cidr(*address, prefix);
}

bool Cidr::contains(const IpAddress& ip) const
{
    return ip.family() == family() && ip.masked(m_prefix) == first();
}

bool Cidr::contains(const Cidr& other) const
{
    return other.family() == family() && other.m_prefix >= m_prefix && contains(other.first());
}

bool Cidr::overlaps(const Cidr& other) const
{
    return contains(other) || other.contains(*this);
}

unsigned long long Cidr::size() const
{
    int hostBits = m_address.bitWidth() - m_prefix;
    if (hostBits >= 63)
        return 1ull << 63;
    return 1ull << hostBits;
}

std::string Cidr::toString() const
{
    return m_address.toString() + '/' + std::to_string(m_prefix);
}

} // namespace kg

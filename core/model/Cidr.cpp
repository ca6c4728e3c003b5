#include "model/Cidr.h"

namespace kg {

Cidr::Cidr(IpAddress address, int prefix) : m_address(address), m_prefix(prefix) {}

std::optional<Cidr> Cidr::parse(std::string_view text, Sentence* why)
{
    auto fail = [why](const char* id, Sentence::Args args = {}) -> std::optional<Cidr> {
        if (why)
            *why = Sentence(id, std::move(args));
        return std::nullopt;
    };
    if (text.empty())
        return fail("problem.cidr.empty");
    // A plain loop: find_first_of searches the set once per character (a call each), and
    // every subnet and address block of a design is parsed here.
    for (char c : text)
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            return fail("problem.cidr.space");
    std::size_t slash = text.find('/');
    std::string_view addressText = text.substr(0, slash);
    auto address = IpAddress::parse(addressText);
    if (!address)
        return fail("problem.cidr.address", {{"address", std::string(addressText)}});
    if (slash == std::string_view::npos)
        return Cidr(*address, address->bitWidth());
    std::string_view prefixText = text.substr(slash + 1);
    if (prefixText.empty() || prefixText.size() > 3)
        return fail("problem.cidr.no-prefix");
    int prefix = 0;
    for (char c : prefixText) {
        if (c < '0' || c > '9')
            return fail("problem.cidr.prefix-number", {{"prefix", std::string(prefixText)}});
        prefix = prefix * 10 + (c - '0');
    }
    if (prefixText.size() > 1 && prefixText[0] == '0')
        return fail("problem.cidr.prefix-zero", {{"prefix", std::string(prefixText)}});
    if (prefix > address->bitWidth())
        return fail("problem.cidr.prefix-long", {{"prefix", std::to_string(prefix)},
                                                 {"bits", std::to_string(address->bitWidth())}});
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

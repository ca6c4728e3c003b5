#include "model/IpAddress.h"

#include <vector>

namespace kg {

namespace {

// Parses a dotted-quad IPv4 address; no leading zeros (they read as octal in some tools).
std::optional<std::uint32_t> parseV4(std::string_view text)
{
    std::uint32_t value = 0;
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return std::nullopt;
        std::size_t start = i;
        std::uint32_t octet = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            octet = octet * 10 + static_cast<std::uint32_t>(text[i] - '0');
            if (i - start >= 3 || octet > 255)
                return std::nullopt;
            ++i;
        }
        if (i - start > 1 && text[start] == '0')
            return std::nullopt;
        value = (value << 8) | octet;
        ++parts;
        if (parts == 4)
            return i == text.size() ? std::optional<std::uint32_t>(value) : std::nullopt;
        if (i >= text.size() || text[i] != '.')
            return std::nullopt;
        ++i;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Parses a run of colon-separated groups ("1:2:3" or "1:2:10.0.0.1" when v4TailAllowed).
bool parseGroups(std::string_view text, bool v4TailAllowed, std::vector<std::uint16_t>& out)
{
    if (text.empty())
        return true;
    std::size_t start = 0;
    while (true) {
        std::size_t colon = text.find(':', start);
        std::string_view group =
            text.substr(start, colon == std::string_view::npos ? text.npos : colon - start);
        bool last = colon == std::string_view::npos;
        if (last && v4TailAllowed && group.find('.') != std::string_view::npos) {
            auto v4 = parseV4(group);
            if (!v4)
                return false;
            out.push_back(static_cast<std::uint16_t>(*v4 >> 16));
            out.push_back(static_cast<std::uint16_t>(*v4 & 0xffff));
            return true;
        }
        if (group.empty() || group.size() > 4)
            return false;
        std::uint16_t value = 0;
        for (char c : group) {
            int h = hexValue(c);
            if (h < 0)
                return false;
            value = static_cast<std::uint16_t>((value << 4) | h);
        }
        out.push_back(value);
        if (last)
            return true;
        start = colon + 1;
    }
}

std::optional<IpAddress> parseV6(std::string_view text)
{
    std::vector<std::uint16_t> head;
    std::vector<std::uint16_t> tail;
    std::size_t gap = text.find("::");
    if (gap != std::string_view::npos) {
        if (text.find("::", gap + 1) != std::string_view::npos)
            return std::nullopt;
        if (!parseGroups(text.substr(0, gap), false, head) ||
            !parseGroups(text.substr(gap + 2), true, tail))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!parseGroups(text, true, head) || head.size() != 8)
            return std::nullopt;
    }
    std::array<std::uint16_t, 8> groups{};
    for (std::size_t i = 0; i < head.size(); ++i)
        groups[i] = head[i];
    for (std::size_t i = 0; i < tail.size(); ++i)
        groups[8 - tail.size() + i] = tail[i];
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (int i = 0; i < 4; ++i)
        high = (high << 16) | groups[static_cast<std::size_t>(i)];
    for (int i = 4; i < 8; ++i)
        low = (low << 16) | groups[static_cast<std::size_t>(i)];
    return IpAddress::v6(high, low);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text)
{
    if (text.empty() || text.size() > 45)
        return std::nullopt;
    if (text.find(':') != std::string_view::npos)
        return parseV6(text);
    auto v4Value = parseV4(text);
    if (!v4Value)
        return std::nullopt;
    return IpAddress::v4(*v4Value);
}

IpAddress IpAddress::v4(std::uint32_t value)
{
    IpAddress a;
    a.m_family = IpFamily::V4;
    a.m_low = value;
    return a;
}

IpAddress IpAddress::v6(std::uint64_t high, std::uint64_t low)
{
    IpAddress a;
    a.m_family = IpFamily::V6;
    a.m_high = high;
    a.m_low = low;
    return a;
}

bool IpAddress::bit(int i) const
{
    if (isV4())
        return (m_low >> (31 - i)) & 1u;
    if (i < 64)
        return (m_high >> (63 - i)) & 1u;
    return (m_low >> (127 - i)) & 1u;
}

namespace {
// Mask with the first `bits` of a 64-bit word set (bits in 0..64).
std::uint64_t leadingMask(int bits)
{
    if (bits <= 0)
        return 0;
    if (bits >= 64)
        return ~std::uint64_t{0};
    return ~std::uint64_t{0} << (64 - bits);
}
} // namespace

IpAddress IpAddress::masked(int prefix) const
{
    if (isV4()) {
        std::uint32_t mask = prefix <= 0 ? 0u : (prefix >= 32 ? ~0u : ~0u << (32 - prefix));
        return v4(v4Value() & mask);
    }
    return v6(m_high & leadingMask(prefix), m_low & leadingMask(prefix - 64));
}

IpAddress IpAddress::lastInPrefix(int prefix) const
{
    if (isV4()) {
        std::uint32_t mask = prefix <= 0 ? 0u : (prefix >= 32 ? ~0u : ~0u << (32 - prefix));
        return v4(v4Value() | ~mask);
    }
    return v6(m_high | ~leadingMask(prefix), m_low | ~leadingMask(prefix - 64));
}

std::string IpAddress::toString() const
{
    if (isV4()) {
        std::uint32_t v = v4Value();
        return std::to_string(v >> 24) + '.' + std::to_string((v >> 16) & 0xff) + '.' +
               std::to_string((v >> 8) & 0xff) + '.' + std::to_string(v & 0xff);
    }
    std::array<std::uint16_t, 8> g{};
    for (int i = 0; i < 4; ++i) {
        g[static_cast<std::size_t>(i)] = static_cast<std::uint16_t>(m_high >> (48 - 16 * i));
        g[static_cast<std::size_t>(i + 4)] = static_cast<std::uint16_t>(m_low >> (48 - 16 * i));
    }
    // RFC 5952: compress the longest run (length >= 2) of zero groups, the first on ties.
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[static_cast<std::size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[static_cast<std::size_t>(j)] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLen - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        std::uint16_t v = g[static_cast<std::size_t>(i)];
        std::string hex;
        do {
            hex.insert(hex.begin(), digits[v & 0xf]);
            v = static_cast<std::uint16_t>(v >> 4);
        } while (v != 0);
        out += hex;
    }
    return out;
}

} // namespace kg

#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

enum class IpFamily { V4, V6 };

// An IPv4 or IPv6 address held as 128 bits (IPv4 in the low 32 bits). Parsing is strict: IPv4
// is a dotted quad without leading zeros; IPv6 follows RFC 4291 text forms (with "::" and an
// embedded IPv4 tail), without zone ids. Formatting follows RFC 5952 (lower case, longest run of
// zero groups compressed).
class IpAddress
{
public:
    IpAddress() = default;

    static std::optional<IpAddress> parse(std::string_view text);
    static IpAddress v4(std::uint32_t value);
    static IpAddress v6(std::uint64_t high, std::uint64_t low);

    IpFamily family() const { return m_family; }
    bool isV4() const { return m_family == IpFamily::V4; }
    int bitWidth() const { return isV4() ? 32 : 128; }

    std::uint64_t high() const { return m_high; }
    std::uint64_t low() const { return m_low; }
    std::uint32_t v4Value() const { return static_cast<std::uint32_t>(m_low); }

    // Bit i counted from the most significant bit of the family's width.
    bool bit(int i) const;
    // This address with every bit after the first `prefix` bits cleared (or set, for lastInPrefix).
    IpAddress masked(int prefix) const;
    IpAddress lastInPrefix(int prefix) const;

    std::string toString() const;

    auto operator<=>(const IpAddress&) const = default;

private:
    IpFamily m_family = IpFamily::V4;
    std::uint64_t m_high = 0;
    std::uint64_t m_low = 0;
};

} // namespace kg

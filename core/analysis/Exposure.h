#pragma once

#include <cstdint>

namespace kg {

struct Element;
class Topology;

// How much of the internet may knock on a cluster's API server: the number of IPv4 addresses
// its public endpoint admits (the union of its authorized IP ranges or public access CIDRs,
// overlaps counted once; 2^32 when it admits every address; 0 when it has no public endpoint).
// The dashboard plots it on a log scale, one bar per cluster.
class Exposure
{
public:
    static constexpr std::uint64_t kEveryAddress = 1ull << 32;

    static std::uint64_t publicIpv4(const Topology& topology, const Element& cluster);
};

} // namespace kg

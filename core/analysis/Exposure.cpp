#include "analysis/Exposure.h"

#include "analysis/Analyzer.h"
#include "analysis/Topology.h"
#include "model/Cidr.h"
#include "model/Element.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace kg {

std::uint64_t Exposure::publicIpv4(const Topology& topology, const Element& cluster)
{
    bool open = false;
    for (const Endpoint& door : Analyzer::endpoints(topology, cluster))
        open = open || door.kind == EndpointKind::Public;
    if (!open)
        return 0;
    const char* key = cluster.kind == ElementKind::AksCluster
                          ? "apiServerAccessProfile.authorizedIPRanges"
                          : "resourcesVpcConfig.publicAccessCidrs";
    const StringList& ranges = cluster.listValue(key);
    if (ranges.empty()) // no list: every address (AKS without ranges; EKS defaults to 0.0.0.0/0)
        return kEveryAddress;
    // The IPv4 blocks as [first, last] intervals, merged: overlapping ranges count once.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> blocks;
    for (const auto& text : ranges) {
        const auto cidr = Cidr::parse(text);
        if (!cidr || cidr->family() != IpFamily::V4)
            continue;
        const std::uint64_t first = cidr->first().low() & 0xFFFFFFFFull;
        blocks.emplace_back(first, first + cidr->size() - 1);
    }
    std::sort(blocks.begin(), blocks.end());
    std::uint64_t total = 0;
    std::uint64_t start = 0, end = 0;
    bool any = false;
    for (const auto& [a, b] : blocks) {
        if (any && a <= end + 1) {
            end = std::max(end, b);
            continue;
        }
        if (any)
            total += end - start + 1;
        start = a;
        end = b;
        any = true;
    }
    if (any)
        total += end - start + 1;
    return total;
}

} // namespace kg

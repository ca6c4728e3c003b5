#include "model/ApiServerSubnet.h"

#include "model/ContainerFit.h"
#include "model/NetworkFacts.h"

#include <algorithm>

namespace kg {

namespace {

const Element* vnetOf(const Design& design, const Element& e)
{
    const Element* at = design.element(e.parent);
    for (int guard = 0; at && guard < 32; ++guard) {
        if (at->kind == ElementKind::AzureVnet)
            return at;
        at = design.element(at->parent);
    }
    return nullptr;
}

} // namespace

std::optional<Cidr> ApiServerSubnet::freeBlock(const Design& design, const Element& vnet,
                                               int prefixLength)
{
    std::vector<Cidr> taken;
    for (const std::string& id : design.subtree(vnet.id))
        if (const Element* s = design.element(id);
            s && (s->kind == ElementKind::AzureSubnet || s->kind == ElementKind::AwsSubnet))
            if (auto prefix = NetworkFacts::subnetPrefix(*s))
                taken.push_back(prefix->network());
    for (const Cidr& space : NetworkFacts::addressSpace(vnet)) {
        if (!space.first().isV4() || space.prefix() > prefixLength)
            continue;
        const std::uint32_t first = space.first().v4Value();
        const std::uint64_t size = std::uint64_t{1} << (32 - space.prefix());
        const std::uint32_t step = 1u << (32 - prefixLength);
        for (std::uint64_t offset = 0; offset < size; offset += step) {
            const Cidr candidate(IpAddress::v4(first + static_cast<std::uint32_t>(offset)),
                                 prefixLength);
            if (std::none_of(taken.begin(), taken.end(),
                             [&](const Cidr& t) { return t.overlaps(candidate); }))
                return candidate;
        }
    }
    return std::nullopt;
}

std::optional<Element> ApiServerSubnet::propose(const Design& design, const Element& cluster)
{
    if (cluster.kind != ElementKind::AksCluster ||
        !cluster.boolValue("apiServerAccessProfile.enableVnetIntegration"))
        return std::nullopt;
    const Element* vnet = vnetOf(design, cluster);
    if (!vnet)
        return std::nullopt;
    const Element* named = design.element(cluster.stringValue("apiServerAccessProfile.subnetId"));
    if (named && named->kind == ElementKind::AzureSubnet && vnetOf(design, *named) == vnet)
        return std::nullopt; // a subnet is chosen; the rules judge it
    const std::optional<Cidr> block = freeBlock(design, *vnet, kPrefixLength);
    if (!block)
        return std::nullopt;
    Element subnet;
    subnet.kind = ElementKind::AzureSubnet;
    subnet.id = design.uniqueId("snet-apiserver");
    subnet.name = subnet.id;
    subnet.parent = vnet->id;
    subnet.properties["addressPrefix"] = block->toString();
    subnet.properties["delegation"] = std::string(kDelegation);
    // Below everything the VNet holds; the VNet grows to hold it (ContainerFit).
    const double bottom = ContainerFit::contentBottom(design, *vnet);
    subnet.geometry = {vnet->geometry.x + 16, bottom + 16, 240, 72};
    return subnet;
}

} // namespace kg

#include "model/NetworkFacts.h"

#include "model/KindRegistry.h"

namespace kg {

std::vector<Cidr> NetworkFacts::addressSpace(const Element& network)
{
    const char* key = nullptr;
    switch (network.kind) {
    case ElementKind::AzureVnet:
    case ElementKind::OnPremNetwork:
        key = "addressSpace";
        break;
    case ElementKind::AwsVpc:
        key = "cidrBlocks";
        break;
    default:
        return {};
    }
    std::vector<Cidr> out;
    for (const auto& text : network.listValue(key)) {
        if (auto c = Cidr::parse(text))
            out.push_back(*c);
    }
    return out;
}

NetworkFacts::Overlap NetworkFacts::overlap(const std::vector<Cidr>& a, const std::vector<Cidr>& b)
{
    if (a.empty() || b.empty())
        return Overlap::Unknown;
    for (const auto& x : a)
        for (const auto& y : b)
            if (x.overlaps(y))
                return Overlap::Overlapping;
    return Overlap::Apart;
}

std::optional<Cidr> NetworkFacts::subnetPrefix(const Element& subnet)
{
    const char* key = nullptr;
    switch (subnet.kind) {
    case ElementKind::AzureSubnet:
        key = "addressPrefix";
        break;
    case ElementKind::AwsSubnet:
        key = "cidrBlock";
        break;
    default:
        return std::nullopt;
    }
    return Cidr::parse(subnet.stringValue(key));
}

std::vector<std::pair<std::string, IpAddress>>
NetworkFacts::privateAddresses(const Element& element)
{
    static constexpr const char* kSingle[] = {"privateIPAddress", "privateIp", "address",
                                              "inboundAddress"};
    // Which of those keys, and "addresses", each kind has: asked once per kind rather than
    // for every element of a large design.
    struct KindKeys
    {
        bool single[4] = {};
        bool list = false;
    };
    static const std::vector<KindKeys> byKind = [] {
        std::vector<KindKeys> out;
        for (const KindInfo& info : KindRegistry::elementKinds()) {
            const auto at = static_cast<std::size_t>(info.kind);
            if (out.size() <= at)
                out.resize(at + 1);
            for (std::size_t k = 0; k < 4; ++k)
                out[at].single[k] = KindRegistry::property(info.kind, kSingle[k]) != nullptr;
            out[at].list = KindRegistry::property(info.kind, "addresses") != nullptr;
        }
        return out;
    }();
    std::vector<std::pair<std::string, IpAddress>> out;
    const auto at = static_cast<std::size_t>(element.kind);
    if (at >= byKind.size())
        return out;
    const KindKeys& keys = byKind[at];
    for (std::size_t k = 0; k < 4; ++k) {
        if (!keys.single[k])
            continue;
        if (auto ip = IpAddress::parse(element.stringValue(kSingle[k])))
            out.emplace_back(kSingle[k], *ip);
    }
    if (keys.list) {
        for (const auto& text : element.listValue("addresses")) {
            if (auto ip = IpAddress::parse(text))
                out.emplace_back("addresses", *ip);
        }
    }
    return out;
}

} // namespace kg

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
    std::vector<std::pair<std::string, IpAddress>> out;
    for (const char* key : {"privateIPAddress", "privateIp", "address", "inboundAddress"}) {
        if (!KindRegistry::property(element.kind, key))
            continue;
        if (auto ip = IpAddress::parse(element.stringValue(key)))
            out.emplace_back(key, *ip);
    }
    if (KindRegistry::property(element.kind, "addresses")) {
        for (const auto& text : element.listValue("addresses")) {
            if (auto ip = IpAddress::parse(text))
                out.emplace_back("addresses", *ip);
        }
    }
    return out;
}

} // namespace kg

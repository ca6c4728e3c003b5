#include "model/AccessMode.h"

namespace kg {

namespace {

namespace aks {
constexpr const char* kRanges = "apiServerAccessProfile.authorizedIPRanges";
constexpr const char* kPrivate = "apiServerAccessProfile.enablePrivateCluster";
constexpr const char* kFqdn = "apiServerAccessProfile.enablePrivateClusterPublicFQDN";
constexpr const char* kVnet = "apiServerAccessProfile.enableVnetIntegration";
constexpr const char* kZone = "apiServerAccessProfile.privateDNSZone";
} // namespace aks

namespace eks {
constexpr const char* kPublic = "resourcesVpcConfig.endpointPublicAccess";
constexpr const char* kPrivate = "resourcesVpcConfig.endpointPrivateAccess";
constexpr const char* kCidrs = "resourcesVpcConfig.publicAccessCidrs";
} // namespace eks

// True when the EKS public endpoint is restricted: some range other than the open default.
bool restricted(const StringList& cidrs)
{
    for (const auto& c : cidrs)
        if (c != "0.0.0.0/0" && c != "::/0")
            return true;
    return false;
}

void set(Element& e, const char* key, PropertyValue value)
{
    e.properties[key] = std::move(value);
}

} // namespace

std::vector<AccessPreset> AccessMode::presetsFor(ElementKind kind)
{
    using P = AccessPreset;
    if (kind == ElementKind::AksCluster)
        return {P::AksPublic, P::AksPublicAuthorized, P::AksPrivate, P::AksVnetPublic,
                P::AksVnetPrivate};
    if (kind == ElementKind::EksCluster)
        return {P::EksPublic, P::EksPublicCidrs, P::EksPublicPrivate, P::EksPrivate};
    return {};
}

std::optional<AccessSettings> AccessMode::detect(const Element& e)
{
    AccessSettings s;
    if (e.kind == ElementKind::AksCluster) {
        const bool priv = e.boolValue(aks::kPrivate);
        if (e.boolValue(aks::kVnet))
            s.preset = priv ? AccessPreset::AksVnetPrivate : AccessPreset::AksVnetPublic;
        else if (priv)
            s.preset = AccessPreset::AksPrivate;
        else
            s.preset = e.listValue(aks::kRanges).empty() ? AccessPreset::AksPublic
                                                         : AccessPreset::AksPublicAuthorized;
        s.privateDnsZone = e.stringValue(aks::kZone);
        s.publicFqdn = e.boolValue(aks::kFqdn);
        return s;
    }
    if (e.kind == ElementKind::EksCluster) {
        const bool pub = e.boolValue(eks::kPublic);
        const bool priv = e.boolValue(eks::kPrivate);
        if (pub && priv)
            s.preset = AccessPreset::EksPublicPrivate;
        else if (pub)
            s.preset = restricted(e.listValue(eks::kCidrs)) ? AccessPreset::EksPublicCidrs
                                                            : AccessPreset::EksPublic;
        else if (priv)
            s.preset = AccessPreset::EksPrivate;
        else
            return std::nullopt;
        return s;
    }
    return std::nullopt;
}

Element AccessMode::apply(const Element& cluster, const AccessSettings& s)
{
    Element e = cluster;
    using P = AccessPreset;
    if (e.kind == ElementKind::AksCluster) {
        const bool vnet = s.preset == P::AksVnetPublic || s.preset == P::AksVnetPrivate;
        const bool priv = s.preset == P::AksPrivate || s.preset == P::AksVnetPrivate;
        set(e, aks::kVnet, vnet);
        set(e, aks::kPrivate, priv);
        if (s.preset == P::AksPrivate) {
            set(e, aks::kZone, s.privateDnsZone);
            set(e, aks::kFqdn, s.publicFqdn);
        }
        StringList ranges = e.listValue(aks::kRanges);
        if (s.preset == P::AksPublic || priv)
            ranges.clear(); // open, or authorized ranges cannot apply to a private cluster
        else if (s.preset == P::AksPublicAuthorized && ranges.empty())
            ranges.push_back(kPlaceholderRange);
        if (ranges.empty())
            e.properties.erase(aks::kRanges);
        else
            set(e, aks::kRanges, ranges);
    } else if (e.kind == ElementKind::EksCluster) {
        set(e, eks::kPublic, s.preset != P::EksPrivate);
        set(e, eks::kPrivate, s.preset == P::EksPublicPrivate || s.preset == P::EksPrivate);
        StringList cidrs = e.listValue(eks::kCidrs);
        if (s.preset == P::EksPublic || s.preset == P::EksPrivate)
            cidrs.clear();
        else if (s.preset == P::EksPublicCidrs && !restricted(cidrs))
            cidrs = {kPlaceholderRange};
        if (cidrs.empty())
            e.properties.erase(eks::kCidrs);
        else
            set(e, eks::kCidrs, cidrs);
    }
    return e;
}

std::string AccessMode::key(AccessPreset preset)
{
    switch (preset) {
    case AccessPreset::AksPublic:
        return "aks.public";
    case AccessPreset::AksPublicAuthorized:
        return "aks.public-authorized";
    case AccessPreset::AksPrivate:
        return "aks.private";
    case AccessPreset::AksVnetPublic:
        return "aks.vnet-public";
    case AccessPreset::AksVnetPrivate:
        return "aks.vnet-private";
    case AccessPreset::EksPublic:
        return "eks.public";
    case AccessPreset::EksPublicCidrs:
        return "eks.public-cidrs";
    case AccessPreset::EksPublicPrivate:
        return "eks.public-private";
    case AccessPreset::EksPrivate:
        return "eks.private";
    }
    return "unknown";
}

} // namespace kg

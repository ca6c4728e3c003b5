#include "model/AccessMode.h"

#include "TestDesigns.h"
#include "analysis/Analyzer.h"
#include "model/ApiServerSubnet.h"

#include <gtest/gtest.h>

using namespace kg;
using kg::test::element;

namespace {
const char* kRanges = "apiServerAccessProfile.authorizedIPRanges";
const char* kEksCidrs = "resourcesVpcConfig.publicAccessCidrs";

} // namespace

TEST(AccessModeTest, EveryPresetIsDetectedAfterApplying)
{
    for (ElementKind kind : {ElementKind::AksCluster, ElementKind::EksCluster}) {
        const Element start = element("c", kind);
        for (AccessPreset p : AccessMode::presetsFor(kind)) {
            AccessSettings s{.preset = p};
            const Element e = AccessMode::apply(start, s);
            auto detected = AccessMode::detect(e);
            ASSERT_TRUE(detected) << AccessMode::key(p);
            EXPECT_EQ(detected->preset, p) << AccessMode::key(p);
        }
    }
}

TEST(AccessModeTest, PresetsOnlyForClusters)
{
    EXPECT_EQ(AccessMode::presetsFor(ElementKind::AksCluster).size(), 5u);
    EXPECT_EQ(AccessMode::presetsFor(ElementKind::EksCluster).size(), 4u);
    EXPECT_TRUE(AccessMode::presetsFor(ElementKind::AzureVnet).empty());
    EXPECT_FALSE(AccessMode::detect(element("v", ElementKind::AzureVnet)));
}

TEST(AccessModeTest, AksPrivateCarriesZoneAndFqdnAndDropsRanges)
{
    Element e =
        element("aks", ElementKind::AksCluster, {}, {{kRanges, StringList{"198.51.100.0/24"}}});
    ASSERT_EQ(AccessMode::detect(e)->preset, AccessPreset::AksPublicAuthorized);
    e = AccessMode::apply(
        e, {.preset = AccessPreset::AksPrivate, .privateDnsZone = "None", .publicFqdn = false});
    EXPECT_TRUE(e.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_EQ(e.stringValue("apiServerAccessProfile.privateDNSZone"), "None");
    EXPECT_FALSE(e.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_TRUE(e.listValue(kRanges).empty()); // ranges cannot apply to a private cluster
    const auto s = AccessMode::detect(e);
    EXPECT_EQ(s->privateDnsZone, "None");
    EXPECT_FALSE(s->publicFqdn);
}

TEST(AccessModeTest, RestrictedModesKeepRangesOrInsertAPlaceholder)
{
    Element e = element("aks", ElementKind::AksCluster);
    e = AccessMode::apply(e, {.preset = AccessPreset::AksPublicAuthorized});
    EXPECT_EQ(e.listValue(kRanges), StringList{AccessMode::kPlaceholderRange});
    e.properties[kRanges] = StringList{"198.51.100.7/32"};
    e = AccessMode::apply(e, {.preset = AccessPreset::AksPublicAuthorized});
    EXPECT_EQ(e.listValue(kRanges), StringList{"198.51.100.7/32"});
    e = AccessMode::apply(e, {.preset = AccessPreset::AksPublic});
    EXPECT_FALSE(e.isSet(kRanges));

    Element k = element("eks", ElementKind::EksCluster, {}, {{kEksCidrs, StringList{"0.0.0.0/0"}}});
    EXPECT_EQ(AccessMode::detect(k)->preset, AccessPreset::EksPublic); // open default
    k = AccessMode::apply(k, {.preset = AccessPreset::EksPublicCidrs});
    EXPECT_EQ(k.listValue(kEksCidrs), StringList{AccessMode::kPlaceholderRange});
    k = AccessMode::apply(k, {.preset = AccessPreset::EksPublicPrivate});
    EXPECT_EQ(k.listValue(kEksCidrs), StringList{AccessMode::kPlaceholderRange});
    k = AccessMode::apply(k, {.preset = AccessPreset::EksPrivate});
    EXPECT_FALSE(k.boolValue("resourcesVpcConfig.endpointPublicAccess"));
    EXPECT_TRUE(k.boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    EXPECT_FALSE(k.isSet(kEksCidrs));
}

TEST(AccessModeTest, EksWithBothEndpointsOffMatchesNoPreset)
{
    Element k = element("eks", ElementKind::EksCluster, {},
                        {{"resourcesVpcConfig.endpointPublicAccess", false},
                         {"resourcesVpcConfig.endpointPrivateAccess", false}});
    EXPECT_FALSE(AccessMode::detect(k));
}

// Switching the hub-and-spoke cluster's mode changes what the analysis says for the laptop.
TEST(AccessModeTest, SwitchingChangesWhatTheAnalysisSees)
{
    Design d = test::hubAndSpoke();
    auto laptopReaches = [&] {
        const Analysis a = Analyzer::run(d);
        for (std::uint32_t client = 0; client < a.clients.size(); ++client)
            if (a.clients[client] == "laptop") {
                const PathOutcome* p = a.best(client, 0);
                return p && p->reachable;
            }
        return false;
    };
    EXPECT_FALSE(laptopReaches());
    d.replaceElement(AccessMode::apply(*d.element("aks"), {.preset = AccessPreset::AksPublic}));
    EXPECT_TRUE(laptopReaches());
    Element e = *d.element("aks");
    e.properties[kRanges] = StringList{"198.51.100.0/24"};
    d.replaceElement(AccessMode::apply(e, {.preset = AccessPreset::AksPublicAuthorized}));
    EXPECT_FALSE(laptopReaches()); // 203.0.113.7 is outside 198.51.100.0/24
    const Analysis a = Analyzer::run(d);
    bool blockedByRanges = false;
    for (const auto& p : a.paths)
        blockedByRanges = blockedByRanges ||
                          (a.clients[p.client] == "laptop" && !p.reachable && p.rule == "AKS-010");
    EXPECT_TRUE(blockedByRanges);
}

// VNet integration needs a delegated subnet of its own: the preset proposes one in the
// cluster's VNet, in the first /28 no subnet uses, and the result has none of AKS-080 to
// AKS-084.
TEST(AccessModeTest, VnetIntegrationProposesItsDelegatedSubnet)
{
    Design d;
    d.insertElement(
        element("vnet", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.0.0.0/24"}}}));
    d.insertElement(element("snet-a", ElementKind::AzureSubnet, "vnet",
                            {{"addressPrefix", std::string("10.0.0.0/28")}}));
    d.insertElement(element("snet-b", ElementKind::AzureSubnet, "vnet",
                            {{"addressPrefix", std::string("10.0.0.32/27")}}));
    d.insertElement(element("aks", ElementKind::AksCluster, "snet-b"));
    const Element* cluster = d.element("aks");
    EXPECT_FALSE(ApiServerSubnet::propose(d, *cluster)) << "no VNet integration, no subnet";

    const Element after = AccessMode::apply(*cluster, {.preset = AccessPreset::AksVnetPrivate});
    std::optional<Element> subnet = ApiServerSubnet::propose(d, after);
    ASSERT_TRUE(subnet);
    EXPECT_EQ(subnet->parent, "vnet");
    EXPECT_EQ(subnet->stringValue("addressPrefix"), "10.0.0.16/28"); // between the two
    EXPECT_EQ(subnet->stringValue("delegation"), ApiServerSubnet::kDelegation);
    EXPECT_EQ(d.element(subnet->id), nullptr);

    Element named = after;
    named.properties["apiServerAccessProfile.subnetId"] = subnet->id;
    d.replaceElement(named);
    d.insertElement(*subnet);
    for (const Finding& f : Analyzer::run(d).findings)
        EXPECT_TRUE(f.rule < "AKS-080" || f.rule > "AKS-084") << f.rule << ": " << f.message();
    // Named and usable: nothing more to make.
    EXPECT_FALSE(ApiServerSubnet::propose(d, *d.element("aks")));

    // A full address space: nothing proposed, and the rules say what is missing.
    Design full;
    full.insertElement(
        element("vnet", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.1.0.0/28"}}}));
    full.insertElement(element("snet", ElementKind::AzureSubnet, "vnet",
                               {{"addressPrefix", std::string("10.1.0.0/28")}}));
    full.insertElement(AccessMode::apply(element("aks", ElementKind::AksCluster, "snet"),
                                         {.preset = AccessPreset::AksVnetPublic}));
    EXPECT_FALSE(ApiServerSubnet::propose(full, *full.element("aks")));
}

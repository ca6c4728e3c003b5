#include "model/LinkRules.h"

#include "TestDesigns.h"

#include <gtest/gtest.h>

using namespace kg;
using kg::test::element;
using Code = LinkProblem::Code;

namespace {
Design withNetworks()
{
    Design d = test::hubAndSpoke();
    d.insertElement(element("vnet-overlap", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.1.128.0/20"}}}));
    d.insertElement(element("vnet-free", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.9.0.0/16"}}}));
    d.insertElement(
        element("vpc", ElementKind::AwsVpc, {}, {{"cidrBlocks", StringList{"10.20.0.0/16"}}}));
    d.insertElement(element("onprem", ElementKind::OnPremNetwork));
    d.insertElement(element("vpngw", ElementKind::AzureVpnGateway, "snet-hub"));
    return d;
}
} // namespace

TEST(LinkRulesTest, PeeringOfFreeNetworksIsAllowed)
{
    const Design d = withNetworks();
    EXPECT_TRUE(LinkRules::check(d, LinkKind::Peering, "vnet-free", "vnet-hub").ok());
    EXPECT_EQ(LinkRules::kindsBetween(d, "vnet-free", "vnet-hub"),
              std::vector<LinkKind>{LinkKind::Peering});
}

TEST(LinkRulesTest, OverlappingAddressSpacesAreRefusedWithTheBlocks)
{
    const Design d = withNetworks();
    const LinkProblem p = LinkRules::check(d, LinkKind::Peering, "vnet-overlap", "vnet-spoke");
    EXPECT_EQ(p.code, Code::Overlap);
    EXPECT_EQ(render(p.detail, Language::English), "10.1.128.0/20 overlaps 10.1.0.0/16");
    EXPECT_EQ(render(p.detail, Language::SimplifiedChinese), "10.1.128.0/20 与 10.1.0.0/16 重叠");
}

TEST(LinkRulesTest, DuplicatesInEitherDirectionAreRefused)
{
    const Design d = withNetworks();
    EXPECT_EQ(LinkRules::check(d, LinkKind::Peering, "vnet-hub", "vnet-spoke").code,
              Code::Duplicate);
    EXPECT_EQ(LinkRules::check(d, LinkKind::Peering, "vnet-spoke", "vnet-hub").code,
              Code::Duplicate);
    EXPECT_EQ(LinkRules::check(d, LinkKind::DnsZoneLink, "zone", "vnet-hub").code, Code::Duplicate);
    EXPECT_TRUE(LinkRules::check(d, LinkKind::DnsZoneLink, "zone", "vnet-spoke").ok());
}

TEST(LinkRulesTest, WrongEndsSelfAndMissingAreRefused)
{
    const Design d = withNetworks();
    EXPECT_EQ(LinkRules::check(d, LinkKind::Peering, "vnet-hub", "vpc").code, Code::MixedClouds);
    EXPECT_EQ(LinkRules::check(d, LinkKind::Peering, "vnet-hub", "vnet-hub").code, Code::SelfLink);
    EXPECT_EQ(LinkRules::check(d, LinkKind::Peering, "vnet-hub", "nope").code, Code::MissingEnd);
    EXPECT_EQ(LinkRules::check(d, LinkKind::Vpn, "laptop", "vpngw").code, Code::WrongKinds);
    EXPECT_TRUE(LinkRules::kindsBetween(d, "vnet-hub", "vpc").empty());
    EXPECT_TRUE(LinkRules::kindsBetween(d, "laptop", "aks").empty());
}

TEST(LinkRulesTest, OnPremisesToAGatewayOffersTheGatewaysLinks)
{
    const Design d = withNetworks();
    const auto kinds = LinkRules::kindsBetween(d, "onprem", "vpngw");
    ASSERT_FALSE(kinds.empty());
    EXPECT_EQ(kinds.front(), LinkKind::Vpn);
    EXPECT_TRUE(LinkRules::check(d, LinkKind::Vpn, "onprem", "vpngw").ok());
    // Drawn the other way round, a directed link does not fit.
    EXPECT_EQ(LinkRules::check(d, LinkKind::Vpn, "vpngw", "onprem").code, Code::WrongKinds);
}

// The design-wide rules (overlapping subnets and peers, duplicate names and links, zone link
// limits) keep their findings after an edit that touched nothing they read (Rule::reads): each
// must still follow every edit of what it does read, and equal a fresh analysis throughout.
#include "LiveAnalysisChecks.h"
#include "TestDesigns.h"
#include "analysis/LiveAnalysis.h"
#include "validate/RuleRegistry.h"

#include <gtest/gtest.h>

using namespace kg;
using namespace kg::test;

namespace {

std::size_t count(const Analysis& a, std::string_view rule)
{
    return static_cast<std::size_t>(std::count_if(
        a.findings.begin(), a.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

const Rule& rule(std::string_view id)
{
    for (const Rule& r : RuleRegistry::all())
        if (r.id == id)
            return r;
    throw std::logic_error("no rule " + std::string(id));
}

// Two VNets, a subnet with a cluster in the first, a laptop on the internet.
Design twoNetworks()
{
    Design d;
    d.insertElement(element("vnet-a", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.1.0.0/16"}}}));
    d.insertElement(element("vnet-b", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.2.0.0/16"}}}));
    d.insertElement(element("snet-1", ElementKind::AzureSubnet, "vnet-a",
                            {{"addressPrefix", std::string("10.1.0.0/24")}}));
    d.insertElement(element("snet-b", ElementKind::AzureSubnet, "vnet-b",
                            {{"addressPrefix", std::string("10.2.0.0/24")}}));
    d.insertElement(element("aks", ElementKind::AksCluster, "snet-1"));
    d.insertElement(element("laptop", ElementKind::Laptop));
    return d;
}

} // namespace

TEST(LiveAnalysisDesignWideRulesTest, WhatEachRuleReadsIsDeclared)
{
    // A laptop's edit touches none of what the subnet, peering, link and zone rules read; the
    // duplicate names rule reads every element's name and place.
    EditScope client;
    client.touch(ElementKind::Laptop);
    EXPECT_FALSE(rule("KG-002").readsAnyOf(client));
    EXPECT_FALSE(rule("KG-003").readsAnyOf(client));
    EXPECT_FALSE(rule("KG-012").readsAnyOf(client));
    EXPECT_FALSE(rule("AKS-055").readsAnyOf(client));
    EXPECT_FALSE(rule("KG-011").readsAnyOf(client));
    client.namesOrPlaces = true;
    EXPECT_TRUE(rule("KG-011").readsAnyOf(client));
    EXPECT_TRUE(rule("KG-017").readsAnyOf(EditScope{})); // no declaration: always runs

    EditScope subnet;
    subnet.touch(ElementKind::AwsSubnet);
    EXPECT_TRUE(rule("KG-002").readsAnyOf(subnet));
    EditScope network;
    network.touch(ElementKind::AwsVpc);
    EXPECT_TRUE(rule("KG-003").readsAnyOf(network));
    EditScope peering;
    peering.touch(LinkKind::Peering);
    EXPECT_TRUE(rule("KG-003").readsAnyOf(peering));
    EXPECT_TRUE(rule("KG-012").readsAnyOf(peering));
    EXPECT_FALSE(rule("AKS-055").readsAnyOf(peering));
    EditScope zoneLink;
    zoneLink.touch(LinkKind::DnsZoneLink);
    EXPECT_TRUE(rule("AKS-055").readsAnyOf(zoneLink));
}

TEST(LiveAnalysisDesignWideRulesTest, ARemovalRetractsOnlyWhereTheRuleSaysSo)
{
    // Overlaps and duplicates name everything they rest on: removing a subnet or an element
    // can only take back the findings that name it. The zone link limit counts: a removal
    // reruns it.
    EditScope subnetGone;
    subnetGone.remove(ElementKind::AzureSubnet);
    EXPECT_FALSE(rule("KG-002").readsAnyOf(subnetGone));
    EXPECT_TRUE(rule("KG-002").removedRead(subnetGone));
    EXPECT_TRUE(rule("KG-011").removedRead(subnetGone));
    EXPECT_FALSE(rule("KG-003").removedRead(subnetGone));
    EditScope linkGone;
    linkGone.remove(LinkKind::DnsZoneLink);
    EXPECT_TRUE(rule("AKS-055").readsAnyOf(linkGone));
    EXPECT_FALSE(rule("KG-012").readsAnyOf(linkGone));
    EXPECT_TRUE(rule("KG-012").removedRead(linkGone));
}

TEST(LiveAnalysisDesignWideRulesTest, RemovalsTakeBackWhatTheyNamed)
{
    Design d = twoNetworks();
    d.insertElement(element("snet-2", ElementKind::AzureSubnet, "vnet-a",
                            {{"addressPrefix", std::string("10.1.0.128/25")}}));
    d.insertElement(element("snet-3", ElementKind::AzureSubnet, "vnet-b",
                            {{"addressPrefix", std::string("10.2.0.0/23")}}));
    d.insertElement(element("snet-4", ElementKind::AzureSubnet, "vnet-b",
                            {{"addressPrefix", std::string("10.2.8.0/24")}}));
    for (const char* id : {"twin-1", "twin-2", "twin-3"}) {
        Element twin = element(id, ElementKind::Laptop);
        twin.name = "twin";
        d.insertElement(twin);
    }
    LiveAnalysis live(d);
    live.update();
    ASSERT_EQ(count(live.analysis(), "KG-002"), 2u); // snet-1/snet-2, snet-b/snet-3
    ASSERT_EQ(count(live.analysis(), "KG-011"), 1u);
    d.eraseElements({"snet-4"});
    expectFresh(d, live, "a subnet no finding names removed");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 2u);
    d.eraseElements({"snet-2"});
    expectFresh(d, live, "a subnet of an overlap removed");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 1u);
    d.eraseElements({"twin-2"});
    expectFresh(d, live, "one of three twins removed");
    ASSERT_EQ(count(live.analysis(), "KG-011"), 1u);
    for (const Finding& f : live.analysis().findings) {
        if (f.rule == "KG-011") {
            EXPECT_EQ(f.elements.size(), 2u);
        }
    }
    d.eraseElements({"vnet-b", "snet-b", "snet-3"});
    expectFresh(d, live, "the network of the other overlap removed");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 0u);
}

TEST(LiveAnalysisDesignWideRulesTest, OverlappingSubnetsFollowSubnetEdits)
{
    Design d = twoNetworks();
    LiveAnalysis live(d);
    live.update();
    d.insertElement(element("snet-2", ElementKind::AzureSubnet, "vnet-a",
                            {{"addressPrefix", std::string("10.1.0.128/25")}}));
    expectFresh(d, live, "an overlapping subnet added");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 1u);
    // A client's addition keeps the finding, unchanged.
    d.insertElement(element("laptop-2", ElementKind::Laptop));
    expectFresh(d, live, "a laptop added beside the overlap");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 1u);
    change(d, "snet-2", "addressPrefix", std::string("10.1.1.0/24"));
    expectFresh(d, live, "the subnet moved apart");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 0u);
    change(d, "snet-2", "addressPrefix", std::string("10.1.0.0/25"));
    expectFresh(d, live, "the subnet over the first again");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 1u);
    d.eraseElements({"snet-2"});
    expectFresh(d, live, "the overlapping subnet removed");
    EXPECT_EQ(count(live.analysis(), "KG-002"), 0u);
}

TEST(LiveAnalysisDesignWideRulesTest, OverlappingPeersFollowNetworksAndPeerings)
{
    Design d = twoNetworks();
    LiveAnalysis live(d);
    live.update();
    d.insertLink(link("peer", LinkKind::Peering, "vnet-a", "vnet-b"));
    expectFresh(d, live, "a peering between apart networks");
    EXPECT_EQ(count(live.analysis(), "KG-003"), 0u);
    change(d, "vnet-b", "addressSpace", StringList{"10.1.0.0/16"});
    expectFresh(d, live, "the peer's space over the other's");
    EXPECT_EQ(count(live.analysis(), "KG-003"), 1u);
    d.insertElement(element("laptop-2", ElementKind::Laptop));
    expectFresh(d, live, "a laptop added");
    EXPECT_EQ(count(live.analysis(), "KG-003"), 1u);
    d.eraseLinks({"peer"});
    expectFresh(d, live, "the peering removed");
    EXPECT_EQ(count(live.analysis(), "KG-003"), 0u);
}

TEST(LiveAnalysisDesignWideRulesTest, DuplicateNamesAndLinksFollowEveryElementAndLink)
{
    Design d = twoNetworks();
    LiveAnalysis live(d);
    live.update();
    Element twin = element("laptop-2", ElementKind::Laptop);
    twin.name = "laptop";
    d.insertElement(twin);
    expectFresh(d, live, "a laptop named like another");
    EXPECT_EQ(count(live.analysis(), "KG-011"), 1u);
    twin.name = "laptop 2";
    d.replaceElement(twin);
    expectFresh(d, live, "the twin renamed");
    EXPECT_EQ(count(live.analysis(), "KG-011"), 0u);

    d.insertLink(link("peer", LinkKind::Peering, "vnet-a", "vnet-b"));
    d.insertLink(link("peer-again", LinkKind::Peering, "vnet-b", "vnet-a"));
    expectFresh(d, live, "a second peering between the same networks");
    EXPECT_EQ(count(live.analysis(), "KG-012"), 1u);
    d.insertElement(element("jumpbox", ElementKind::JumpboxVm, "snet-b"));
    expectFresh(d, live, "a jumpbox added");
    EXPECT_EQ(count(live.analysis(), "KG-012"), 1u);
    d.eraseLinks({"peer-again"});
    expectFresh(d, live, "the second peering removed");
    EXPECT_EQ(count(live.analysis(), "KG-012"), 0u);
}

TEST(LiveAnalysisDesignWideRulesTest, ZoneLinkLimitFollowsTheZoneLinks)
{
    // A private zone linked to 1,000 VNets is at Azure's limit; the 1,001st link is past it.
    Design d;
    d.insertElement(element("zone", ElementKind::AzurePrivateDnsZone, {},
                            {{"zoneName", std::string("privatelink.eastus.azmk8s.io")}}));
    for (int i = 0; i <= 1000; ++i) {
        const std::string id = "vnet-" + std::to_string(i);
        d.insertElement(element(id, ElementKind::AzureVnet));
        if (i < 1000)
            d.insertLink(link("zl-" + std::to_string(i), LinkKind::DnsZoneLink, "zone", id));
    }
    LiveAnalysis live(d);
    live.update();
    EXPECT_EQ(count(live.analysis(), "AKS-055"), 0u);
    d.insertLink(link("zl-1000", LinkKind::DnsZoneLink, "zone", "vnet-1000"));
    expectFresh(d, live, "the 1,001st zone link");
    EXPECT_EQ(count(live.analysis(), "AKS-055"), 1u);
    d.insertElement(element("laptop", ElementKind::Laptop));
    expectFresh(d, live, "a laptop added");
    EXPECT_EQ(count(live.analysis(), "AKS-055"), 1u);
    d.eraseLinks({"zl-7"});
    expectFresh(d, live, "a zone link removed");
    EXPECT_EQ(count(live.analysis(), "AKS-055"), 0u);
}

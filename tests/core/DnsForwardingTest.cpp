// DNS forwarding (AKS-045, AKS-046, AKS-047, EKS-014): custom DNS servers answer a private
// cluster's zone only when, in the end, Azure DNS of a VNet linked to the zone does: asked
// directly (168.63.129.16), through a DNS Private Resolver inbound endpoint, or through
// forwarders (dnsForwarding links, then a forwarder's upstream). One model, positive and
// negative cases for each way.
#include "ScenarioBuilder.h"
#include "analysis/LiveAnalysis.h"

#include <algorithm>

using namespace kg;
using namespace kg::test;

namespace {

constexpr auto Priv = EndpointKind::Private;
const std::string kZone = "privatelink.eastus.azmk8s.io";

// A private cluster in vnet-aks (its system zone linked to the hub as well), a VM in vnet-app
// peered with vnet-aks, a hub with a DNS forwarder (10.0.0.5) and a DNS Private Resolver
// (10.0.0.4). vnet-app asks the hub forwarder.
Scenario hubDns(const std::string& upstream)
{
    Scenario s;
    s.vnet("vnet-hub", "10.0.0.0/16", "snet-hub", "10.0.0.0/24");
    s.vnet("vnet-aks", "10.1.0.0/16", "snet-aks", "10.1.0.0/22");
    s.vnet("vnet-app", "10.2.0.0/16", "snet-app", "10.2.0.0/24");
    s.link("peer", LinkKind::Peering, "vnet-app", "vnet-aks");
    s.add("aks", ElementKind::AksCluster, "snet-aks",
          {{"apiServerAccessProfile.enablePrivateCluster", true},
           {"apiServerAccessProfile.enablePrivateClusterPublicFQDN", false},
           {"identityType", std::string("UserAssigned")}});
    s.add("zone", ElementKind::AzurePrivateDnsZone, {},
          {{"zoneName", kZone}, {"managedBy", std::string("aks")}});
    s.link("zl-hub", LinkKind::DnsZoneLink, "zone", "vnet-hub");
    s.add("fwd-hub", ElementKind::DnsForwarder, "snet-hub",
          {{"address", std::string("10.0.0.5")}, {"upstream", upstream}});
    s.add("dnspr", ElementKind::AzureDnsPrivateResolver, "snet-hub",
          {{"inboundAddress", std::string("10.0.0.4")}});
    s.add("vm-app", ElementKind::JumpboxVm, "snet-app");
    s.set("vnet-app", "dnsServers", StringList{"10.0.0.5"});
    return s;
}

const PathStep* dnsStep(const Path& p)
{
    for (const auto& s : p.steps)
        if (s.stage == Stage::Dns)
            return &s;
    return nullptr;
}

} // namespace

TEST(DnsForwarding, AForwarderAskingAzureDnsInALinkedVnetAnswers)
{
    Scenario s = hubDns("cloudDns");
    Path p = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    ASSERT_TRUE(dnsStep(p));
    EXPECT_EQ(dnsStep(p)->rule, "AKS-042");
    EXPECT_NE(dnsStep(p)->text.find("fwd-hub"), std::string::npos) << dnsStep(p)->text;

    // Unlinked from the hub, the forwarder's Azure DNS knows nothing of the zone.
    s.remove("zl-hub");
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041");
}

TEST(DnsForwarding, AForwarderAskingPublicResolversDoesNotAnswer)
{
    Scenario s = hubDns("publicDns");
    Path p = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(p), "blocked at dns by AKS-041") << dump(p);
    EXPECT_NE(p.fix.text.find("168.63.129.16"), std::string::npos) << p.fix.text;

    // The same in the cluster's own VNet is AKS-046.
    s.add("vm-local", ElementKind::JumpboxVm, "snet-aks");
    s.set("vnet-aks", "dnsServers", StringList{"10.0.0.5"});
    EXPECT_EQ(verdict(s.path("vm-local", "aks", Priv)), "blocked at dns by AKS-046");
}

TEST(DnsForwarding, AConditionalForwarderToTheResolverAnswers)
{
    Scenario s = hubDns("publicDns");
    s.link("fwd-zone", LinkKind::DnsForwarding, "fwd-hub", "dnspr", {{"zones", StringList{kZone}}});
    Path p = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_NE(dnsStep(p)->text.find("dnspr"), std::string::npos) << dnsStep(p)->text;

    // Forwarding a parent domain covers the zone too.
    Link parent = *s.design().link("fwd-zone");
    parent.properties["zones"] = StringList{"azmk8s.io"};
    Design d = s.design();
    d.replaceLink(parent);
    auto viaParent = Analyzer::explain(d, "vm-app", "aks", Priv, "");
    ASSERT_TRUE(viaParent);
    EXPECT_TRUE(viaParent->reachable) << dump(*viaParent);
}

TEST(DnsForwarding, ASubdomainForwarderDoesNotCoverTheZone)
{
    Scenario s = hubDns("publicDns");
    s.link("fwd-sub", LinkKind::DnsForwarding, "fwd-hub", "dnspr",
           {{"zones", StringList{"aks." + kZone}}});
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041");
    EXPECT_TRUE(s.hasFinding("AKS-047", Severity::Warning));
}

TEST(DnsForwarding, ForwardersChainToTheOneThatAnswers)
{
    Scenario s = hubDns("cloudDns");
    // vnet-app asks its own forwarder, which forwards everything to the hub's.
    s.add("fwd-app", ElementKind::DnsForwarder, "snet-app",
          {{"address", std::string("10.2.0.5")}, {"upstream", std::string("cloudDns")}});
    s.set("vnet-app", "dnsServers", StringList{"10.2.0.5"});
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041")
        << "vnet-app is not linked, so its own forwarder's Azure DNS cannot answer";
    s.link("app-to-hub", LinkKind::DnsForwarding, "fwd-app", "fwd-hub");
    Path p = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_NE(dnsStep(p)->text.find("fwd-hub"), std::string::npos) << dnsStep(p)->text;
    // The end of the chain asking public resolvers breaks it: the link, not the first
    // forwarder's upstream, decides.
    s.set("fwd-hub", "upstream", std::string("publicDns"));
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041");
}

TEST(DnsForwarding, AForwardingLoopAnswersNothing)
{
    Scenario s = hubDns("cloudDns");
    s.add("fwd-app", ElementKind::DnsForwarder, "snet-app",
          {{"address", std::string("10.2.0.5")}, {"upstream", std::string("cloudDns")}});
    s.set("vnet-app", "dnsServers", StringList{"10.2.0.5"});
    s.link("a-to-b", LinkKind::DnsForwarding, "fwd-app", "fwd-hub", {{"zones", StringList{kZone}}});
    s.link("b-to-a", LinkKind::DnsForwarding, "fwd-hub", "fwd-app", {{"zones", StringList{kZone}}});
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041");
}

TEST(DnsForwarding, AzureDnsAsTheCustomServerIsTheVnetsOwn)
{
    Scenario s = hubDns("cloudDns");
    s.set("vnet-app", "dnsServers", StringList{"168.63.129.16"});
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041")
        << "vnet-app is not linked to the zone";
    s.link("zl-app", LinkKind::DnsZoneLink, "zone", "vnet-app");
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "reachable");
}

TEST(DnsForwarding, OnPremisesDnsForwardsThroughAHubForwarder)
{
    Scenario s = hubDns("cloudDns");
    s.add("office", ElementKind::OnPremNetwork, {},
          {{"addressSpace", StringList{"192.168.0.0/16"}}});
    s.add("dns-office", ElementKind::DnsForwarder, "office",
          {{"address", std::string("192.168.1.10")}, {"upstream", std::string("publicDns")}});
    s.add("alice", ElementKind::Laptop, "office");
    auto dnsOk = [&] {
        Path p = s.path("alice", "aks", Priv);
        const PathStep* step = dnsStep(p);
        return step && step->ok;
    };
    EXPECT_FALSE(dnsOk()) << "public resolvers do not answer the zone";
    s.link("office-to-hub", LinkKind::DnsForwarding, "dns-office", "fwd-hub",
           {{"zones", StringList{kZone}}});
    EXPECT_TRUE(dnsOk());
    s.set("fwd-hub", "upstream", std::string("publicDns"));
    EXPECT_FALSE(dnsOk());
}

// The live analysis follows chains: changing the end of a chain (its upstream, its forwarding
// link) redoes the clients of every network whose DNS reaches it, as a fresh analysis does.
TEST(DnsForwarding, TheLiveAnalysisFollowsChains)
{
    Scenario s = hubDns("cloudDns");
    s.add("fwd-app", ElementKind::DnsForwarder, "snet-app",
          {{"address", std::string("10.2.0.5")}, {"upstream", std::string("publicDns")}});
    // The middle forwarder sits in a network nobody's DNS servers name.
    s.vnet("vnet-mid", "10.3.0.0/16", "snet-mid", "10.3.0.0/24");
    s.add("fwd-mid", ElementKind::DnsForwarder, "snet-mid",
          {{"address", std::string("10.3.0.6")}, {"upstream", std::string("publicDns")}});
    s.set("vnet-app", "dnsServers", StringList{"10.2.0.5"});
    s.link("app-to-mid", LinkKind::DnsForwarding, "fwd-app", "fwd-mid");
    s.link("mid-to-hub", LinkKind::DnsForwarding, "fwd-mid", "fwd-hub");
    Design d = s.design();
    LiveAnalysis live(d);
    auto summary = [](const Analysis& a) {
        std::vector<std::string> out;
        for (const auto& p : a.paths)
            out.push_back(a.clients[p.client] + ">" + a.clusters[p.cluster] +
                          (p.reachable ? "+" : "-") + (p.assumed ? "a" : "") + std::string(p.rule));
        for (const auto& f : a.findings)
            out.push_back(f.rule + "|" + f.message());
        std::sort(out.begin(), out.end());
        return out;
    };
    auto expectFresh = [&](const std::string& what) {
        EXPECT_EQ(summary(live.update()), summary(Analyzer::run(d))) << what;
    };
    expectFresh("the chain");
    Element hub = *d.element("fwd-hub");
    hub.properties["upstream"] = std::string("publicDns");
    d.replaceElement(hub);
    expectFresh("the end of the chain asking public resolvers");
    hub.properties["upstream"] = std::string("cloudDns");
    d.replaceElement(hub);
    expectFresh("and Azure DNS again");
    Link mid = *d.link("mid-to-hub");
    mid.properties["zones"] = StringList{"example.internal"};
    d.replaceLink(mid);
    expectFresh("the middle link forwarding another zone");
    mid.properties["zones"] = StringList{};
    d.replaceLink(mid);
    expectFresh("and every name again");
}

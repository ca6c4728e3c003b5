// The seed's AKS scenarios: the six cells of the private DNS table, every way to reach a private
// cluster, VNet integration, authorized IP ranges and the considerations.
#include "ScenarioBuilder.h"
#include "io/DesignJson.h"

using namespace kg;
using namespace kg::test;

namespace {
constexpr auto Pub = EndpointKind::Public;
constexpr auto Priv = EndpointKind::Private;
constexpr auto Cmd = EndpointKind::RunCommand;
constexpr auto Ilb = EndpointKind::VnetIntegration;

// A private cluster in vnet-aks, a peered vnet-app with a VM, a VM beside the cluster.
Scenario privateCluster(const std::string& dnsZone, bool publicFqdn)
{
    Scenario s;
    s.vnet("vnet-aks", "10.1.0.0/16", "snet-aks", "10.1.0.0/22");
    s.vnet("vnet-app", "10.2.0.0/16", "snet-app", "10.2.0.0/24");
    s.link("peer", LinkKind::Peering, "vnet-app", "vnet-aks");
    s.add("zone-own", ElementKind::AzurePrivateDnsZone, {},
          {{"zoneName", std::string("privatelink.eastus.azmk8s.io")}});
    s.add("aks", ElementKind::AksCluster, "snet-aks",
          {{"apiServerAccessProfile.enablePrivateCluster", true},
           {"apiServerAccessProfile.privateDNSZone", dnsZone},
           {"apiServerAccessProfile.enablePrivateClusterPublicFQDN", publicFqdn},
           {"identityType", std::string("UserAssigned")}});
    s.add("vm-local", ElementKind::JumpboxVm, "snet-aks");
    s.add("vm-app", ElementKind::JumpboxVm, "snet-app");
    return s;
}
} // namespace

// The DNS table: rows System / None / own zone, columns public FQDN on / off.
TEST(AksDnsTable, SystemWithPublicFqdn)
{
    Scenario s = privateCluster("System", true);
    Path local = s.path("vm-local", "aks", Priv);
    EXPECT_EQ(verdict(local), "reachable") << dump(local);
    EXPECT_TRUE(hasStep(local, "AKS-040"));
    Path app = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(app), "reachable") << dump(app);
    EXPECT_TRUE(hasStep(app, "AKS-043")) << "other VMs use the public FQDN";
    Path nodes = s.path("aks/nodes", "aks", Priv);
    EXPECT_EQ(verdict(nodes), "reachable") << dump(nodes);
}

TEST(AksDnsTable, SystemWithoutPublicFqdn)
{
    Scenario s = privateCluster("System", false);
    EXPECT_EQ(verdict(s.path("vm-local", "aks", Priv)), "reachable");
    Path app = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(app), "blocked at dns by AKS-041") << dump(app);
    EXPECT_EQ(app.fix.text, "link zone privatelink.eastus.azmk8s.io to vnet-app");
    EXPECT_TRUE(s.hasFinding("AKS-041", Severity::Warning));
    EXPECT_TRUE(s.hasFinding("AKS-057", Severity::Info));
    // Linking the system zone (modelled as the zone AKS manages) fixes it.
    s.set("zone-own", "managedBy", std::string("aks"));
    s.link("zl", LinkKind::DnsZoneLink, "zone-own", "vnet-app");
    Path fixed = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(fixed), "reachable") << dump(fixed);
    EXPECT_TRUE(hasStep(fixed, "AKS-042"));
}

TEST(AksDnsTable, NoneWithPublicFqdn)
{
    Scenario s = privateCluster("None", true);
    for (const char* client : {"vm-local", "vm-app", "aks/nodes"}) {
        Path p = s.path(client, "aks", Priv);
        EXPECT_EQ(verdict(p), "reachable") << client << "\n" << dump(p);
        EXPECT_TRUE(hasStep(p, "AKS-056")) << client << ": everyone uses the public FQDN";
    }
    EXPECT_TRUE(s.hasFinding("AKS-056", Severity::Info));
}

TEST(AksDnsTable, NoneWithoutPublicFqdnIsAMisconfiguration)
{
    Scenario s = privateCluster("None", false);
    EXPECT_TRUE(s.hasFinding("AKS-027", Severity::Error));
    for (const char* client : {"vm-local", "vm-app", "aks/nodes"}) {
        Path p = s.path(client, "aks", Priv);
        EXPECT_EQ(verdict(p), "blocked at dns by AKS-027") << client << "\n" << dump(p);
    }
    s.set("aks", "apiServerAccessProfile.enablePrivateClusterPublicFQDN", true);
    EXPECT_FALSE(s.hasFinding("AKS-027", Severity::Error));
}

TEST(AksDnsTable, OwnZoneWithPublicFqdn)
{
    Scenario s = privateCluster("zone-own", true);
    EXPECT_EQ(verdict(s.path("vm-local", "aks", Priv)), "reachable");
    Path app = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(app), "reachable");
    EXPECT_TRUE(hasStep(app, "AKS-043")) << dump(app);
    s.link("zl", LinkKind::DnsZoneLink, "zone-own", "vnet-app");
    EXPECT_TRUE(hasStep(s.path("vm-app", "aks", Priv), "AKS-042"));
}

TEST(AksDnsTable, OwnZoneWithoutPublicFqdn)
{
    Scenario s = privateCluster("zone-own", false);
    EXPECT_EQ(verdict(s.path("vm-local", "aks", Priv)), "reachable");
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at dns by AKS-041");
    s.link("zl", LinkKind::DnsZoneLink, "zone-own", "vnet-app");
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "reachable");
    // A badly named zone is an error.
    s.set("zone-own", "zoneName", std::string("privatelink.westus.azmk8s.io"));
    EXPECT_TRUE(s.hasFinding("AKS-022", Severity::Error));
}

TEST(AksPrivateAccess, PeeredVnetWithoutPeeringFails)
{
    Scenario s = privateCluster("zone-own", false);
    s.link("zl", LinkKind::DnsZoneLink, "zone-own", "vnet-app");
    s.remove("peer");
    Path p = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(p), "blocked at network by AKS-044") << dump(p);
    EXPECT_EQ(p.fix.text, "peer vnet-app with vnet-aks");
}

TEST(AksPrivateAccess, OverlappingPeeringFails)
{
    Scenario s = privateCluster("System", true);
    s.set("vnet-app", "addressSpace", StringList{"10.1.128.0/17"})
        .set("snet-app", "addressPrefix", std::string("10.1.128.0/24"));
    Path p = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(p), "blocked at network by AKS-054") << dump(p);
}

TEST(AksPrivateAccess, OnPremisesThroughVpnGatewayNeedsTransitAndForwarding)
{
    Scenario s = privateCluster("zone-own", false);
    s.vnet("vnet-hub", "10.0.0.0/16", "snet-gw", "10.0.255.0/27");
    s.add("snet-dns", ElementKind::AzureSubnet, "vnet-hub",
          {{"addressPrefix", std::string("10.0.3.0/28")}});
    s.add("vpngw", ElementKind::AzureVpnGateway, "snet-gw");
    s.add("resolver", ElementKind::AzureDnsPrivateResolver, "snet-dns",
          {{"inboundAddress", std::string("10.0.3.4")}});
    s.add("office", ElementKind::OnPremNetwork, {},
          {{"addressSpace", StringList{"192.168.0.0/16"}}});
    s.add("alice", ElementKind::Laptop, "office");
    s.link("vpn", LinkKind::Vpn, "office", "vpngw")
        .link("hub-aks", LinkKind::Peering, "vnet-hub", "vnet-aks");
    s.link("zl-hub", LinkKind::DnsZoneLink, "zone-own", "vnet-hub");

    // Neither gateway transit nor DNS forwarding: the network is the first thing to fix.
    Path noTransit = s.path("alice", "aks", Priv);
    EXPECT_EQ(verdict(noTransit), "blocked at network by AKS-045") << dump(noTransit);
    EXPECT_NE(noTransit.fix.text.find("gateway transit"), std::string::npos);

    s.remove("hub-aks").link("hub-aks", LinkKind::Peering, "vnet-hub", "vnet-aks",
                             {{"allowGatewayTransit", true}});
    EXPECT_EQ(verdict(s.path("alice", "aks", Priv)), "blocked at network by AKS-045")
        << "one side of gateway transit is not enough";
    s.remove("hub-aks").link("hub-aks", LinkKind::Peering, "vnet-hub", "vnet-aks",
                             {{"allowGatewayTransit", true}, {"useRemoteGateways", true}});
    Path noForwarding = s.path("alice", "aks", Priv);
    EXPECT_EQ(verdict(noForwarding), "blocked at dns by AKS-045") << dump(noForwarding);
    EXPECT_NE(noForwarding.fix.text.find("DNS Private Resolver"), std::string::npos);

    s.link("fwd", LinkKind::DnsForwarding, "office", "resolver",
           {{"zones", StringList{"privatelink.eastus.azmk8s.io"}}});
    Path ok = s.path("alice", "aks", Priv);
    EXPECT_EQ(verdict(ok), "reachable") << dump(ok);

    // ExpressRoute instead of VPN works the same way.
    s.remove("vpn");
    s.add("ergw", ElementKind::AzureExpressRouteGateway, "snet-gw");
    s.link("er", LinkKind::ExpressRoute, "office", "ergw");
    EXPECT_EQ(verdict(s.path("alice", "aks", Priv)), "reachable");
}

TEST(AksPrivateAccess, PrivateEndpointInAnotherVnet)
{
    Scenario s = privateCluster("System", false);
    s.remove("peer");
    s.add("pe", ElementKind::AzurePrivateEndpoint, "snet-app",
          {{"target", std::string("aks")}, {"privateIPAddress", std::string("10.2.0.10")}});
    Path noZone = s.path("vm-app", "aks", EndpointKind::UserEndpoint, "pe");
    EXPECT_EQ(verdict(noZone), "blocked at dns by AKS-049") << dump(noZone);
    s.add("zone-app", ElementKind::AzurePrivateDnsZone, {},
          {{"zoneName", std::string("privatelink.eastus.azmk8s.io")}});
    s.link("zl-app", LinkKind::DnsZoneLink, "zone-app", "vnet-app");
    Path ok = s.path("vm-app", "aks", EndpointKind::UserEndpoint, "pe");
    EXPECT_EQ(verdict(ok), "reachable") << dump(ok);
    EXPECT_NE(dump(ok).find("10.2.0.10"), std::string::npos);
    EXPECT_TRUE(s.hasFinding("AKS-032", Severity::Warning)) << "stop/start breaks user endpoints";
}

TEST(AksPrivateAccess, CloudShell)
{
    Scenario s = privateCluster("System", true);
    s.add("shell-browser", ElementKind::CloudShell);
    s.add("shell-vnet", ElementKind::CloudShell, "snet-app");
    Path browser = s.path("shell-browser", "aks", Priv);
    EXPECT_EQ(verdict(browser), "blocked at network by AKS-051") << dump(browser);
    EXPECT_EQ(verdict(s.path("shell-vnet", "aks", Priv)), "reachable");
}

TEST(AksPrivateAccess, CommandInvoke)
{
    Scenario s = privateCluster("System", false);
    s.laptop("bob", "203.0.113.7").set("bob", "principal", std::string("bob@contoso.example"));
    s.set("aks", "roleAssignments", StringList{"bob@contoso.example Contributor"});
    EXPECT_EQ(verdict(s.path("bob", "aks", Priv)), "blocked at network by AKS-044");
    Path run = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(run), "reachable") << dump(run);
    EXPECT_TRUE(hasStep(run, "AKS-062"));

    s.set("aks", "roleAssignments", StringList{"ops@contoso.example Contributor"});
    EXPECT_EQ(verdict(s.path("bob", "aks", Cmd)), "blocked at identity by AKS-061");
    s.set("aks", "roleAssignments", StringList{"bob@contoso.example Contributor"})
        .set("aks", "rbacPrincipals", StringList{"ops@contoso.example"});
    EXPECT_EQ(verdict(s.path("bob", "aks", Cmd)), "blocked at identity by AKS-063");
    s.set("aks", "rbacPrincipals", StringList{})
        .set("aks", "apiServerAccessProfile.disableRunCommand", true);
    Path off = s.path("bob", "aks", Cmd);
    EXPECT_EQ(verdict(off), "blocked at admission by AKS-060") << dump(off);
    EXPECT_TRUE(s.hasFinding("AKS-060", Severity::Info));
}

TEST(AksPrivateAccess, AzureBastionToTheApiServer)
{
    Scenario s = privateCluster("System", true);
    s.add("bastion", ElementKind::AzureBastion, "snet-app", {{"sku", std::string("Standard")}});
    EXPECT_EQ(verdict(s.path("bastion", "aks", Priv)), "reachable");
    s.set("bastion", "sku", std::string("Basic"));
    Path basic = s.path("bastion", "aks", Priv);
    EXPECT_EQ(verdict(basic), "blocked at network by AKS-052") << dump(basic);
    EXPECT_EQ(basic.fix.text, "upgrade bastion to the Standard SKU with native client support");
}

TEST(AksPrivateAccess, HostedCiAgentsCannotReachAPrivateCluster)
{
    Scenario s = privateCluster("System", true);
    s.add("ado", ElementKind::AdoHostedAgent, {}, {{"egressIPs", StringList{"203.0.113.50"}}});
    s.add("ado-self", ElementKind::AdoSelfHostedAgent, "snet-app");
    s.add("gh", ElementKind::GitHubHostedRunner);
    Path ado = s.path("ado", "aks", Priv);
    EXPECT_EQ(verdict(ado), "blocked at network by AKS-050") << dump(ado);
    EXPECT_NE(ado.fix.text.find("self-hosted agent"), std::string::npos);
    Path gh = s.path("gh", "aks", Priv);
    EXPECT_EQ(verdict(gh), "blocked at network by AKS-050");
    EXPECT_NE(gh.steps[static_cast<std::size_t>(gh.blockedStep)].text.find("assumption"),
              std::string::npos);
    EXPECT_EQ(verdict(s.path("ado-self", "aks", Priv)), "reachable");
    EXPECT_TRUE(s.hasFinding("AKS-050", Severity::Warning));
}

TEST(AksVnetIntegration, PublicAndPrivate)
{
    Scenario s;
    s.vnet("vnet", "10.1.0.0/16", "snet-nodes", "10.1.0.0/22");
    s.add("snet-api", ElementKind::AzureSubnet, "vnet",
          {{"addressPrefix", std::string("10.1.8.0/28")},
           {"delegation", std::string("Microsoft.ContainerService/managedClusters")}});
    s.add("aks", ElementKind::AksCluster, "snet-nodes",
          {{"apiServerAccessProfile.enableVnetIntegration", true},
           {"apiServerAccessProfile.subnetId", std::string("snet-api")}});
    s.laptop("bob", "203.0.113.7");
    Path nodes = s.path("aks/nodes", "aks", Ilb);
    EXPECT_EQ(verdict(nodes), "reachable") << dump(nodes);
    EXPECT_TRUE(hasStep(nodes, "AKS-092")) << "nodes skip DNS";
    EXPECT_FALSE(Analyzer::explain(s.design(), "aks/nodes", "aks", Pub).has_value());
    EXPECT_EQ(verdict(s.path("bob", "aks", Pub)), "reachable");
    EXPECT_FALSE(s.path("bob", "aks", Ilb).selected);
    EXPECT_FALSE(s.hasFinding("AKS-081", Severity::Error));

    s.set("aks", "apiServerAccessProfile.enablePrivateCluster", true);
    EXPECT_FALSE(Analyzer::explain(s.design(), "bob", "aks", Pub).has_value());
    EXPECT_EQ(verdict(s.path("bob", "aks", Ilb)), "blocked at network by AKS-044");
    EXPECT_EQ(verdict(s.path("aks/nodes", "aks", Ilb)), "reachable");
    EXPECT_TRUE(s.hasFinding("AKS-094", Severity::Info));

    // An NSG on the API server subnet that forgets the node subnet.
    s.add("nsg", ElementKind::AzureNsg, "vnet",
          {{"denyVnetInbound", true}, {"allow443From", StringList{"10.9.0.0/16"}}});
    s.set("snet-api", "networkSecurityGroup", std::string("nsg"));
    Path nsg = s.path("aks/nodes", "aks", Ilb);
    EXPECT_EQ(verdict(nsg), "blocked at admission by AKS-086") << dump(nsg);
    EXPECT_TRUE(s.hasFinding("AKS-086", Severity::Error));

    // Configuration rules on the API server subnet.
    s.set("snet-api", "delegation", std::string(""));
    EXPECT_TRUE(s.hasFinding("AKS-081", Severity::Error));
    s.set("snet-api", "addressPrefix", std::string("10.1.8.0/29"));
    EXPECT_TRUE(s.hasFinding("AKS-082", Severity::Error));
    s.set("aks", "apiServerAccessProfile.subnetId", std::string());
    EXPECT_TRUE(s.hasFinding("AKS-080", Severity::Error));
}

TEST(AksAuthorizedRanges, ClientInsideAndOutside)
{
    Scenario s;
    s.vnet("vnet", "10.1.0.0/16", "snet", "10.1.0.0/22");
    s.add("aks", ElementKind::AksCluster, "snet",
          {{"apiServerAccessProfile.authorizedIPRanges", StringList{"73.140.245.0/24"}},
           {"outboundIPs", StringList{"20.1.2.3"}}});
    s.laptop("inside", "73.140.245.10").laptop("outside", "203.0.113.7");
    Path in = s.path("inside", "aks", Pub);
    EXPECT_EQ(verdict(in), "reachable") << dump(in);
    EXPECT_TRUE(hasStep(in, "AKS-010"));
    Path out = s.path("outside", "aks", Pub);
    EXPECT_EQ(verdict(out), "blocked at admission by AKS-010") << dump(out);
    EXPECT_EQ(out.fix.text, "add 203.0.113.7/32 to authorizedIPRanges of aks");
    // Nodes leave through the cluster's load balancer, which is allowed automatically.
    EXPECT_EQ(verdict(s.path("aks/nodes", "aks", Pub)), "reachable");
    EXPECT_TRUE(s.hasFinding("AKS-009", Severity::Info));
    EXPECT_FALSE(s.hasFinding("AKS-017", Severity::Warning));

    // Behind a NAT gateway, the nodes' address must be listed.
    s.add("nat", ElementKind::AzureNatGateway, "vnet", {{"publicIPs", StringList{"20.9.9.9"}}});
    s.set("snet", "egress", std::string("nat"))
        .set("aks", "outboundType", std::string("userAssignedNATGateway"));
    Path nodes = s.path("aks/nodes", "aks", Pub);
    EXPECT_EQ(verdict(nodes), "blocked at admission by AKS-009") << dump(nodes);
    EXPECT_TRUE(s.hasFinding("AKS-009", Severity::Warning));
}

TEST(AksConsiderations, RangesCannotApplyToAPrivateCluster)
{
    Scenario s = privateCluster("System", true);
    s.set("aks", "apiServerAccessProfile.authorizedIPRanges", StringList{"73.140.245.0/24"});
    EXPECT_TRUE(s.hasFinding("AKS-001", Severity::Error));
    Path p = s.path("vm-local", "aks", Priv);
    EXPECT_TRUE(hasStep(p, "AKS-001")) << "the private path explains that ranges do not apply";
}

TEST(AksConsiderations, RegistryNeedsPrivateLinkOrPeering)
{
    Scenario s = privateCluster("System", true);
    s.add("acr", ElementKind::AzureContainerRegistry, {}, {{"publicNetworkAccess", false}});
    s.link("pulls", LinkKind::RegistryAccess, "aks", "acr");
    EXPECT_TRUE(s.hasFinding("AKS-035", Severity::Warning));
    s.add("pe-acr", ElementKind::AzurePrivateEndpoint, "snet-app",
          {{"target", std::string("acr")}, {"groupId", std::string("registry")}});
    EXPECT_FALSE(s.hasFinding("AKS-035", Severity::Warning))
        << "a private endpoint in a peered VNet";
}

TEST(AksConsiderations, ThePrivateEndpointMustNotBeRemoved)
{
    Scenario s = privateCluster("System", true);
    bool found = false;
    for (const auto& f : Analyzer::run(s.design()).findings) {
        if (f.rule == "AKS-031") {
            found = true;
            EXPECT_NE(f.message().find("do not delete or modify it"), std::string::npos);
        }
    }
    EXPECT_TRUE(found);
}

TEST(AksConfiguration, RangeRules)
{
    Scenario s;
    s.vnet("vnet", "10.1.0.0/16", "snet", "10.1.0.0/22");
    s.add("aks", ElementKind::AksCluster, "snet",
          {{"apiServerAccessProfile.authorizedIPRanges",
            StringList{"10.0.0.0/8", "137.117.106.90/29", "2001:db8::/32"}},
           {"loadBalancerSku", std::string("basic")}});
    EXPECT_TRUE(s.hasFinding("AKS-004", Severity::Error));
    EXPECT_TRUE(s.hasFinding("AKS-005", Severity::Error));
    EXPECT_TRUE(s.hasFinding("AKS-003", Severity::Error));
    EXPECT_TRUE(s.hasFinding("AKS-007", Severity::Error));
    s.set("aks", "apiServerAccessProfile.authorizedIPRanges", StringList{"0.0.0.0/32"});
    EXPECT_TRUE(s.hasFinding("AKS-006", Severity::Info));
    s.laptop("bob", "73.140.245.10");
    EXPECT_EQ(verdict(s.path("bob", "aks", Pub)), "blocked at admission by AKS-006");
    s.set("aks", "apiServerAccessProfile.authorizedIPRanges", StringList{});
    EXPECT_TRUE(s.hasFinding("AKS-017", Severity::Warning));
}

// Found by fuzz_live_analysis: counting the clusters that share an API server subnet must skip
// EKS clusters (which have no such property) instead of failing.
TEST(AksConfiguration, ApiServerSubnetSizeBesideAnEksCluster)
{
    Scenario s;
    s.vnet("vnet", "10.1.0.0/16", "snet", "10.1.0.0/22");
    s.add("snet-api", ElementKind::AzureSubnet, "vnet",
          {{"addressPrefix", std::string("10.1.8.0/28")},
           {"delegation", std::string("Microsoft.ContainerService/managedClusters")}});
    s.add("aks", ElementKind::AksCluster, "snet",
          {{"apiServerAccessProfile.enableVnetIntegration", true},
           {"apiServerAccessProfile.subnetId", std::string("snet-api")}});
    s.vpc("vpc", "40").eks("eks", "vpc", true, false);
    bool tooSmall = true;
    EXPECT_NO_THROW(tooSmall = s.hasFinding("AKS-082", Severity::Warning));
    EXPECT_FALSE(tooSmall) << "a /28 holds one cluster's API server";
}

// Three verdicts: a client without a principal reaches the cluster only on an assumption (its
// identity step is assumed, not passed), which the outcome, the path and its step all carry;
// a client whose principal the cluster maps is reachable with every step checked.
TEST(AksScenariosTest, AClientWithoutAPrincipalIsReachableOnlyOnAnAssumption)
{
    LoadResult loaded = DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) +
                                             "/resources/templates/aks-private-hub-spoke.kubegate");
    ASSERT_TRUE(loaded.ok());
    Design d = std::move(*loaded.design);
    const Analysis a = Analyzer::run(d);
    auto outcome = [&](const std::string& client) -> const PathOutcome* {
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            if (a.clients[i] == client)
                return a.best(i, 0);
        return nullptr;
    };
    ASSERT_TRUE(d.element("bastion"));
    ASSERT_TRUE(d.element("bastion")->stringValue("principal").empty());
    const PathOutcome* bastion = outcome("bastion");
    ASSERT_TRUE(bastion);
    EXPECT_TRUE(bastion->reachable);
    EXPECT_TRUE(bastion->assumed);
    auto path = Analyzer::explain(d, "bastion", "aks-pay", bastion->endpoint, "");
    ASSERT_TRUE(path);
    EXPECT_TRUE(path->assumed);
    ASSERT_FALSE(path->steps.empty());
    const PathStep& identity = path->steps.back();
    EXPECT_EQ(identity.stage, Stage::Identity);
    EXPECT_TRUE(identity.ok);
    EXPECT_TRUE(identity.assumed);
    EXPECT_NE(identity.text.find("assumed: no principal is set"), std::string::npos)
        << identity.text;

    // With a principal the cluster maps, every step is checked.
    Element bas = *d.element("bastion");
    bas.properties["principal"] = std::string("alice@contoso.example");
    d.replaceElement(bas);
    const Analysis checked = Analyzer::run(d);
    for (std::uint32_t i = 0; i < checked.clients.size(); ++i)
        if (checked.clients[i] == "bastion") {
            const PathOutcome* p = checked.best(i, 0);
            ASSERT_TRUE(p);
            EXPECT_TRUE(p->reachable);
            EXPECT_FALSE(p->assumed);
        }
}

// An unknown egress address against authorized IP ranges cannot be checked: the admission step
// is assumed (its text says to record the address), not blocked; a known address outside the
// ranges still blocks.
TEST(AksScenariosTest, AnUnknownEgressAddressIsAssumedAtAdmission)
{
    LoadResult loaded = DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) +
                                             "/resources/templates/aks-authorized-ranges.kubegate");
    ASSERT_TRUE(loaded.ok());
    Design d = std::move(*loaded.design);
    Element home = *d.element("laptop-home");
    home.properties["egressIPs"] = StringList{};
    d.replaceElement(home);
    const Analysis a = Analyzer::run(d);
    const PathOutcome* unknown = nullptr;
    for (std::uint32_t i = 0; i < a.clients.size(); ++i)
        if (a.clients[i] == "laptop-home")
            unknown = a.best(i, 0);
    ASSERT_TRUE(unknown);
    EXPECT_TRUE(unknown->reachable);
    EXPECT_TRUE(unknown->assumed);
    auto path = Analyzer::explain(d, "laptop-home", "aks-web", unknown->endpoint, "");
    ASSERT_TRUE(path);
    bool assumedAdmission = false;
    for (const auto& s : path->steps)
        if (s.stage == Stage::Admission) {
            assumedAdmission = s.ok && s.assumed;
            EXPECT_NE(s.text.find("egress address is unknown"), std::string::npos) << s.text;
        }
    EXPECT_TRUE(assumedAdmission);

    home.properties["egressIPs"] = StringList{"192.0.2.77"}; // known, outside the ranges
    d.replaceElement(home);
    const Analysis b = Analyzer::run(d);
    for (std::uint32_t i = 0; i < b.clients.size(); ++i)
        if (b.clients[i] == "laptop-home") {
            const PathOutcome* p = b.best(i, 0);
            ASSERT_TRUE(p);
            EXPECT_FALSE(p->reachable);
            EXPECT_EQ(p->blockedStage, Stage::Admission);
        }
}

// An unknown route: a peering whose one side has no address space in the design cannot be
// checked for overlap (AKS-054), so the network step holds only on an assumption; with both
// spaces given it is checked, and overlapping spaces block.
TEST(AksScenariosTest, APeeringWithAnUnknownAddressSpaceIsAssumed)
{
    Scenario s = privateCluster("System", true);
    s.set("vnet-app", "addressSpace", StringList{});
    s.set("snet-app", "addressPrefix", std::string());
    Path app = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(app), "reachable") << dump(app);
    EXPECT_TRUE(app.assumed) << dump(app);
    bool assumedNetwork = false;
    for (const auto& step : app.steps)
        if (step.stage == Stage::Network) {
            assumedNetwork = step.ok && step.assumed;
            EXPECT_NE(step.text.find("no address space"), std::string::npos) << step.text;
        }
    EXPECT_TRUE(assumedNetwork) << dump(app);

    s.set("vnet-app", "addressSpace", StringList{"10.2.0.0/16"});
    s.set("snet-app", "addressPrefix", std::string("10.2.0.0/24"));
    Path checked = s.path("vm-app", "aks", Priv);
    EXPECT_EQ(verdict(checked), "reachable") << dump(checked);
    for (const auto& step : checked.steps) {
        if (step.stage == Stage::Network) {
            EXPECT_FALSE(step.assumed) << dump(checked);
        }
    }

    s.set("vnet-app", "addressSpace", StringList{"10.1.0.0/16"});
    s.set("snet-app", "addressPrefix", std::string("10.1.8.0/24"));
    EXPECT_EQ(verdict(s.path("vm-app", "aks", Priv)), "blocked at network by AKS-054");
}

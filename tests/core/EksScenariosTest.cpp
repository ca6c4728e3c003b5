// The seed's EKS scenarios, each with a path that works and one that does not.
#include "ScenarioBuilder.h"

using namespace kg;
using namespace kg::test;

namespace {
constexpr auto Pub = EndpointKind::Public;
constexpr auto Eni = EndpointKind::EksEni;

Scenario publicOnlyWithNodes(StringList cidrs = {})
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", true, false, std::move(cidrs));
    s.add("ng", ElementKind::EksNodeGroup, "vpc-private-a", {{"cluster", std::string("eks")}});
    return s;
}
} // namespace

TEST(EksScenarios, PublicOnlyNodesThroughNatGateway)
{
    Scenario s = publicOnlyWithNodes();
    Path p = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(hasStep(p, "EKS-017")) << dump(p);
    EXPECT_NE(dump(p).find("198.51.100.40"), std::string::npos) << "egress through the NAT's EIP";

    // The NAT gateway sits in a subnet without an internet route: nodes cannot get out.
    s.set("vpc-public", "defaultRoute", std::string());
    Path broken = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(broken), "blocked at network by EKS-018") << dump(broken);
    EXPECT_TRUE(s.hasFinding("EKS-018", Severity::Error));
}

TEST(EksScenarios, PublicOnlyNodesThroughInternetGateway)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", true, false);
    s.add("ng", ElementKind::EksNodeGroup, "vpc-public",
          {{"cluster", std::string("eks")}, {"publicIPs", StringList{"203.0.113.80"}}});
    Path p = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(hasStep(p, "EKS-016"));

    // In a public subnet without a public IPv4 address there is no way out.
    s.set("ng", "publicIPs", StringList{});
    Path broken = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(broken), "blocked at network by EKS-018") << dump(broken);
    EXPECT_NE(broken.steps.back().text.find("no public IPv4 address"), std::string::npos);
}

TEST(EksScenarios, PublicOnlyWithCidrRestriction)
{
    Scenario s = publicOnlyWithNodes({"198.51.100.40/32", "203.0.113.0/24"});
    s.laptop("dana", "203.0.113.7").laptop("eve", "192.0.2.99");
    EXPECT_EQ(verdict(s.path("ng", "eks", Pub)), "reachable");
    EXPECT_EQ(verdict(s.path("dana", "eks", Pub)), "reachable");
    Path eve = s.path("eve", "eks", Pub);
    EXPECT_EQ(verdict(eve), "blocked at admission by EKS-038") << dump(eve);
    EXPECT_EQ(eve.fix.text, "add 192.0.2.99/32 to publicAccessCidrs of eks");

    // The allow-list forgets the NAT gateway: nodes can no longer join.
    s.set("eks", "resourcesVpcConfig.publicAccessCidrs", StringList{"203.0.113.0/24"});
    Path nodes = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(nodes), "blocked at admission by EKS-019") << dump(nodes);
    EXPECT_EQ(nodes.fix.text, "add 198.51.100.40/32 to publicAccessCidrs of eks");
    EXPECT_TRUE(s.hasFinding("EKS-019", Severity::Error));
}

TEST(EksScenarios, PublicOnlyWithoutRestrictionIsOpenButWarned)
{
    Scenario s = publicOnlyWithNodes();
    s.laptop("anyone", "192.0.2.1");
    EXPECT_EQ(verdict(s.path("anyone", "eks", Pub)), "reachable");
    EXPECT_TRUE(s.hasFinding("EKS-006", Severity::Warning));
    EXPECT_TRUE(s.hasFinding("EKS-002", Severity::Info));
}

TEST(EksScenarios, PublicAndPrivate)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", true, true, {"203.0.113.0/24"});
    s.add("ng", ElementKind::EksNodeGroup, "vpc-private-a", {{"cluster", std::string("eks")}});
    s.laptop("dana", "203.0.113.7").laptop("eve", "192.0.2.99");
    // Nodes in the VPC use the EKS-managed interfaces; their public path is not the one used.
    Path nodesPrivate = s.path("ng", "eks", Eni);
    EXPECT_EQ(verdict(nodesPrivate), "reachable") << dump(nodesPrivate);
    EXPECT_TRUE(nodesPrivate.selected);
    Path nodesPublic = s.path("ng", "eks", Pub);
    EXPECT_FALSE(nodesPublic.selected);
    // The internet uses the public endpoint, filtered by the CIDRs.
    EXPECT_EQ(verdict(s.path("dana", "eks", Pub)), "reachable");
    Path eve = s.path("eve", "eks", Pub);
    EXPECT_EQ(verdict(eve), "blocked at admission by EKS-038") << dump(eve);
    Path danaPrivate = s.path("dana", "eks", Eni);
    EXPECT_FALSE(danaPrivate.selected)
        << "outside the VPC the name resolves to the public endpoint";
    EXPECT_EQ(verdict(danaPrivate), "blocked at dns by EKS-014") << dump(danaPrivate);
}

TEST(EksScenarios, PrivateOnlyThroughTransitGateway)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.vpc("tools", "30");
    s.add("tgw", ElementKind::AwsTransitGateway);
    s.add("runner", ElementKind::GitHubSelfHostedRunner, "tools-private-a");
    s.link("att-eks", LinkKind::TgwAttachment, "vpc", "tgw")
        .link("att-tools", LinkKind::TgwAttachment, "tools", "tgw");
    s.set("vpc-private-a", "routesTo", StringList{"tgw"})
        .set("vpc-private-b", "routesTo", StringList{"tgw"});
    s.set("eks-sg", "ingress443", StringList{"eks-sg", "10.30.0.0/16"});
    // The client's side needs its route too.
    Path noClientRoute = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(noClientRoute), "blocked at network by EKS-035") << dump(noClientRoute);
    EXPECT_NE(noClientRoute.fix.text.find("tools-private-a"), std::string::npos)
        << noClientRoute.fix.text;
    s.set("tools-private-a", "routesTo", StringList{"tgw"});
    Path p = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(hasStep(p, "EKS-035"));
    EXPECT_TRUE(hasStep(p, "EKS-013")) << "public DNS returns the private addresses";

    // One cluster subnet has no route back through the transit gateway.
    s.set("vpc-private-b", "routesTo", StringList{});
    Path noRoute = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(noRoute), "blocked at network by EKS-035") << dump(noRoute);
    EXPECT_NE(noRoute.fix.text.find("vpc-private-b"), std::string::npos) << noRoute.fix.text;

    // Without the attachment there is no path at all.
    s.set("vpc-private-b", "routesTo", StringList{"tgw"}).remove("att-tools");
    EXPECT_EQ(verdict(s.path("runner", "eks", Eni)), "blocked at network by EKS-029");
}

TEST(EksScenarios, PrivateOnlyThroughVpnAndDirectConnect)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.add("vgw", ElementKind::AwsVirtualPrivateGateway, "vpc");
    s.add("office", ElementKind::OnPremNetwork, {},
          {{"addressSpace", StringList{"192.168.0.0/16"}}});
    s.add("dana", ElementKind::Laptop, "office");
    s.link("vpn-1", LinkKind::Vpn, "office", "vgw");
    s.set("vpc-private-a", "routesTo", StringList{"vgw"})
        .set("vpc-private-b", "routesTo", StringList{"vgw"});
    s.set("eks-sg", "ingress443", StringList{"eks-sg", "192.168.0.0/16"});
    Path p = s.path("dana", "eks", Eni);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(hasStep(p, "EKS-036"));

    s.link("vpn-1-down", LinkKind::DirectConnect, "office", "vgw",
           {{"state", std::string("down")}});
    EXPECT_EQ(verdict(s.path("dana", "eks", Eni)), "reachable") << "the VPN still carries traffic";
    s.remove("vpn-1");
    Path down = s.path("dana", "eks", Eni);
    EXPECT_EQ(verdict(down), "blocked at network by EKS-036") << dump(down);

    // Direct Connect to a transit gateway the cluster VPC is attached to.
    s.add("tgw", ElementKind::AwsTransitGateway);
    s.link("att", LinkKind::TgwAttachment, "vpc", "tgw")
        .link("dx", LinkKind::DirectConnect, "office", "tgw");
    s.set("vpc-private-a", "routesTo", StringList{"vgw", "tgw"})
        .set("vpc-private-b", "routesTo", StringList{"vgw", "tgw"});
    EXPECT_EQ(verdict(s.path("dana", "eks", Eni)), "reachable");

    // The security group forgets the office: admission fails.
    s.set("eks-sg", "ingress443", StringList{"eks-sg"});
    Path sg = s.path("dana", "eks", Eni);
    EXPECT_EQ(verdict(sg), "blocked at admission by EKS-025") << dump(sg);
}

TEST(EksScenarios, VpnIntoAPeeredVpcIsEdgeToEdge)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.vpc("shared", "40");
    s.add("vgw", ElementKind::AwsVirtualPrivateGateway, "shared");
    s.add("office", ElementKind::OnPremNetwork, {},
          {{"addressSpace", StringList{"192.168.0.0/16"}}});
    s.add("dana", ElementKind::Laptop, "office");
    s.link("vpn", LinkKind::Vpn, "office", "vgw").link("pcx", LinkKind::Peering, "shared", "vpc");
    Path p = s.path("dana", "eks", Eni);
    EXPECT_EQ(verdict(p), "blocked at network by EKS-034") << dump(p);
}

TEST(EksScenarios, BastionHostWithAndWithout443Rule)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.add("sg-bastion", ElementKind::AwsSecurityGroup, "vpc");
    s.add(
        "bastion", ElementKind::Ec2Bastion, "vpc-public",
        {{"securityGroups", StringList{"sg-bastion"}}, {"egressIPs", StringList{"198.51.100.30"}}});
    Path blocked = s.path("bastion", "eks", Eni);
    EXPECT_EQ(verdict(blocked), "blocked at admission by EKS-025") << dump(blocked);
    EXPECT_EQ(blocked.fix.text, "allow 443 from sg-bastion on the cluster security group eks-sg");
    EXPECT_TRUE(s.hasFinding("EKS-025", Severity::Warning));

    s.set("eks-sg", "ingress443", StringList{"eks-sg", "sg-bastion"});
    Path ok = s.path("bastion", "eks", Eni);
    EXPECT_EQ(verdict(ok), "reachable") << dump(ok);
    EXPECT_TRUE(hasStep(ok, "EKS-030"));
}

TEST(EksScenarios, BastionPrincipalMappedOrNot)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.add("sg-bastion", ElementKind::AwsSecurityGroup, "vpc");
    s.set("eks-sg", "ingress443", StringList{"eks-sg", "sg-bastion"});
    s.add("bastion", ElementKind::Ec2Bastion, "vpc-public",
          {{"securityGroups", StringList{"sg-bastion"}},
           {"principal", std::string("arn:aws:iam::111122223333:role/ops")}});
    s.set("eks", "accessEntries",
          StringList{"arn:aws:iam::111122223333:role/admin AmazonEKSClusterAdminPolicy"});
    Path unmapped = s.path("bastion", "eks", Eni);
    EXPECT_EQ(verdict(unmapped), "blocked at identity by EKS-040") << dump(unmapped);
    EXPECT_EQ(unmapped.fix.text,
              "add an access entry for arn:aws:iam::111122223333:role/ops on eks");
    s.set("eks", "accessConfig.authenticationMode", std::string("CONFIG_MAP"));
    EXPECT_NE(s.path("bastion", "eks", Eni).fix.text.find("aws-auth"), std::string::npos);

    s.set("eks", "accessConfig.authenticationMode", std::string("API"))
        .set("eks", "accessEntries",
             StringList{"arn:aws:iam::111122223333:role/admin AmazonEKSClusterAdminPolicy",
                        "arn:aws:iam::111122223333:role/ops AmazonEKSEditPolicy"});
    EXPECT_EQ(verdict(s.path("bastion", "eks", Eni)), "reachable");
}

TEST(EksScenarios, Cloud9Ide)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.add("sg-ide", ElementKind::AwsSecurityGroup, "vpc");
    s.add("ide", ElementKind::Cloud9Ide, "vpc-private-a",
          {{"securityGroups", StringList{"sg-ide"}}});
    EXPECT_EQ(verdict(s.path("ide", "eks", Eni)), "blocked at admission by EKS-025");
    s.set("eks-sg", "ingress443", StringList{"eks-sg", "sg-ide"});
    Path p = s.path("ide", "eks", Eni);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(hasStep(p, "EKS-031"));
}

TEST(EksScenarios, InternetClientAndPrivateOnlyCluster)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true).laptop("dana", "203.0.113.7");
    Path p = s.path("dana", "eks", Eni);
    EXPECT_EQ(verdict(p), "blocked at network by EKS-029") << dump(p);
    EXPECT_TRUE(hasStep(p, "EKS-013")) << "the name resolves; the network is what is missing";
    EXPECT_FALSE(Analyzer::explain(s.design(), "dana", "eks", EndpointKind::Public).has_value())
        << "a private-only cluster has no public endpoint";
}

TEST(EksScenarios, PeeringIsNotTransitive)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true).vpc("hub", "50").vpc("spoke", "60");
    s.set("eks-sg", "ingress443", StringList{"eks-sg", "10.0.0.0/8"});
    s.add("runner", ElementKind::GitHubSelfHostedRunner, "spoke-private-a");
    s.link("p1", LinkKind::Peering, "spoke", "hub").link("p2", LinkKind::Peering, "hub", "vpc");
    Path p = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(p), "blocked at network by EKS-033") << dump(p);
    s.link("p3", LinkKind::Peering, "spoke", "vpc");
    // A direct peering carries traffic only with routes on both sides (EKS-032): the cluster's
    // ENI subnets to the client's VPC, the client's subnet to the cluster's VPC.
    Path noRoutes = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(noRoutes), "blocked at network by EKS-032") << dump(noRoutes);
    EXPECT_NE(noRoutes.fix.text.find("vpc-private-a"), std::string::npos) << noRoutes.fix.text;
    s.set("vpc-private-a", "routesTo", StringList{"spoke"})
        .set("vpc-private-b", "routesTo", StringList{"spoke"});
    Path oneSide = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(oneSide), "blocked at network by EKS-032") << dump(oneSide);
    EXPECT_NE(oneSide.fix.text.find("spoke-private-a"), std::string::npos) << oneSide.fix.text;
    s.set("spoke-private-a", "routesTo", StringList{"vpc"});
    Path direct = s.path("runner", "eks", Eni);
    EXPECT_EQ(verdict(direct), "reachable") << dump(direct);
    EXPECT_TRUE(hasStep(direct, "EKS-032"));
}

TEST(EksScenarios, ConfigurationRules)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, false);
    EXPECT_TRUE(s.hasFinding("EKS-001", Severity::Error));
    s.set("eks", "resourcesVpcConfig.endpointPublicAccess", true)
        .set("eks", "resourcesVpcConfig.publicAccessCidrs",
             StringList{"10.0.0.0/8", "2001:db8::/32"});
    EXPECT_TRUE(s.hasFinding("EKS-005", Severity::Warning)) << "an assumption is at most a warning";
    EXPECT_TRUE(s.hasFinding("EKS-004", Severity::Error));
    StringList many;
    for (int i = 0; i < 41; ++i)
        many.push_back("203.0." + std::to_string(i) + ".0/24");
    s.set("eks", "resourcesVpcConfig.publicAccessCidrs", many);
    EXPECT_TRUE(s.hasFinding("EKS-003", Severity::Error));
    s.set("vpc", "enableDnsHostnames", false);
    EXPECT_TRUE(s.hasFinding("EKS-011", Severity::Error));
    s.set("eks", "resourcesVpcConfig.subnetIds", StringList{"vpc-private-a"});
    EXPECT_TRUE(s.hasFinding("EKS-009", Severity::Error));
}

// EKS-009 judges Availability Zones only where they are known: an import from describe-cluster
// names subnets without their zones.
TEST(EksScenarios, ClusterSubnetZones)
{
    Scenario s;
    s.vpc("vpc", "30").eks("eks", "vpc", true, false);
    s.add("a", ElementKind::AwsSubnet, "vpc", {{"availabilityZone", std::string("us-east-1a")}});
    s.add("b", ElementKind::AwsSubnet, "vpc", {{"availabilityZone", std::string("us-east-1a")}});
    s.add("c", ElementKind::AwsSubnet, "vpc");
    s.add("d", ElementKind::AwsSubnet, "vpc");
    s.set("eks", "resourcesVpcConfig.subnetIds", StringList{"a", "b"});
    EXPECT_TRUE(s.hasFinding("EKS-009", Severity::Error)) << "two subnets in one zone";
    s.set("eks", "resourcesVpcConfig.subnetIds", StringList{"c", "d"});
    EXPECT_FALSE(s.hasFinding("EKS-009", Severity::Error)) << "zones unknown";
    s.set("eks", "resourcesVpcConfig.subnetIds", StringList{"c"});
    EXPECT_TRUE(s.hasFinding("EKS-009", Severity::Error)) << "one subnet is one zone";
}

// An unknown route: nodes whose subnet sends internet traffic to a transit gateway (egress
// centralised in another VPC that the design does not show) reach the public endpoint only on
// an assumption; the network step says so. Routed to the NAT gateway, every step is checked.
TEST(EksScenarios, InternetEgressThroughATransitGatewayIsAssumed)
{
    Scenario s = publicOnlyWithNodes();
    s.add("tgw", ElementKind::AwsTransitGateway);
    s.link("att", LinkKind::TgwAttachment, "vpc", "tgw");
    s.set("vpc-private-a", "defaultRoute", std::string("tgw"));
    Path p = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(p), "reachable") << dump(p);
    EXPECT_TRUE(p.assumed) << dump(p);
    ASSERT_FALSE(p.steps.empty());
    const PathStep* network = nullptr;
    for (const auto& step : p.steps)
        if (step.stage == Stage::Network)
            network = &step;
    ASSERT_TRUE(network) << dump(p);
    EXPECT_TRUE(network->ok && network->assumed) << dump(p);
    EXPECT_NE(network->text.find("assumed: "), std::string::npos) << network->text;
    EXPECT_NE(network->text.find("tgw"), std::string::npos) << network->text;
    const Analysis a = Analyzer::run(s.design());
    bool found = false;
    for (std::uint32_t i = 0; i < a.clients.size(); ++i)
        if (a.clients[i] == "ng") {
            const PathOutcome* o = a.best(i, 0);
            ASSERT_TRUE(o);
            EXPECT_TRUE(o->reachable && o->assumed);
            found = true;
        }
    EXPECT_TRUE(found);

    s.set("vpc-private-a", "defaultRoute", std::string("vpc-nat"));
    Path checked = s.path("ng", "eks", Pub);
    EXPECT_EQ(verdict(checked), "reachable") << dump(checked);
    EXPECT_FALSE(checked.assumed) << dump(checked);
}

// The transit gateway's route tables, both ways (EKS-035): an attachment with no route table
// carries nothing; the table of the client's attachment needs a route to the cluster VPC (by
// propagation or a static route), and the cluster attachment's table one back; the longest
// prefix wins, a static route a tie, and a blackhole drops the traffic.
TEST(EksScenarios, TransitGatewayRouteTablesBothWays)
{
    Scenario s;
    s.vpc("vpc", "20").eks("eks", "vpc", false, true);
    s.vpc("tools", "30");
    s.add("tgw", ElementKind::AwsTransitGateway);
    s.add("runner", ElementKind::GitHubSelfHostedRunner, "tools-private-a");
    s.link("att-eks", LinkKind::TgwAttachment, "vpc", "tgw")
        .link("att-tools", LinkKind::TgwAttachment, "tools", "tgw");
    s.set("vpc-private-a", "routesTo", StringList{"tgw"})
        .set("vpc-private-b", "routesTo", StringList{"tgw"})
        .set("tools-private-a", "routesTo", StringList{"tgw"});
    s.set("eks-sg", "ingress443", StringList{"eks-sg", "10.30.0.0/16"});
    ASSERT_EQ(verdict(s.path("runner", "eks", Eni)), "reachable") << "the default table";

    Design d = s.design();
    auto verdictNow = [&] {
        auto p = Analyzer::explain(d, "runner", "eks", Eni, "");
        return p ? verdict(*p) + (p->reachable ? "" : " | " + p->steps.back().text) : "none";
    };
    auto setLink = [&](const std::string& id, const std::string& key, PropertyValue v) {
        Link l = *d.link(id);
        l.properties[key] = std::move(v);
        d.replaceLink(l);
    };
    auto setTgw = [&](StringList routes) {
        Element t = *d.element("tgw");
        t.properties["staticRoutes"] = std::move(routes);
        d.replaceElement(t);
    };
    // No association: nothing is carried.
    setLink("att-tools", "associatedRouteTable", std::string());
    EXPECT_NE(verdictNow().find("att-tools is associated with no route table"), std::string::npos)
        << verdictNow();
    // Its own table, to which the cluster VPC does not propagate: no route there.
    setLink("att-tools", "associatedRouteTable", std::string("rt-tools"));
    EXPECT_NE(verdictNow().find("route table rt-tools of tgw has no route to 10.20.0.0/16"),
              std::string::npos)
        << verdictNow();
    // Propagated there, the way out works; the way back (the default table, where the tools
    // VPC no longer propagates) does not.
    setLink("att-eks", "propagatesTo", StringList{"default", "rt-tools"});
    setLink("att-tools", "propagatesTo", StringList{"rt-tools"});
    EXPECT_NE(verdictNow().find("route table default of tgw has no route to 10.30.0.0/16"),
              std::string::npos)
        << verdictNow();
    // A static route back mends it.
    setTgw({"default 10.30.0.0/16 att-tools"});
    EXPECT_EQ(verdictNow(), "reachable");
    // A longer blackhole route in the client's table wins over the propagated /16.
    setTgw({"default 10.30.0.0/16 att-tools", "rt-tools 10.20.0.0/17 blackhole"});
    EXPECT_NE(verdictNow().find("sends 10.20.0.0/17 (part of 10.20.0.0/16) to a blackhole"),
              std::string::npos)
        << verdictNow();
    // A static route of the same prefix wins over the propagated one.
    setTgw({"default 10.30.0.0/16 att-tools", "rt-tools 10.20.0.0/16 blackhole"});
    EXPECT_NE(verdictNow().find("a blackhole (a static route)"), std::string::npos) << verdictNow();
    setTgw({"default 10.30.0.0/16 att-tools"});
    EXPECT_EQ(verdictNow(), "reachable");
}

// Where an office reaches the cluster both by VPN and by Direct Connect to a transit gateway,
// the path names the same way whatever order the links were drawn in (a saved and reopened
// design keeps them in id order); AWS prefers the Direct Connect route back.
TEST(EksScenarios, TheWayAPathNamesDoesNotDependOnTheOrderLinksWereDrawn)
{
    auto build = [](bool vpnFirst) {
        Scenario s;
        s.vpc("vpc", "20").eks("eks", "vpc", false, true);
        s.add("tgw", ElementKind::AwsTransitGateway);
        s.add("office", ElementKind::OnPremNetwork, {},
              {{"addressSpace", StringList{"192.168.0.0/16"}}});
        s.add("dana", ElementKind::Laptop, "office");
        s.link("att", LinkKind::TgwAttachment, "vpc", "tgw");
        if (vpnFirst)
            s.link("vpn-office", LinkKind::Vpn, "office", "tgw")
                .link("directconnect", LinkKind::DirectConnect, "office", "tgw");
        else
            s.link("directconnect", LinkKind::DirectConnect, "office", "tgw")
                .link("vpn-office", LinkKind::Vpn, "office", "tgw");
        s.set("vpc-private-a", "routesTo", StringList{"tgw"})
            .set("vpc-private-b", "routesTo", StringList{"tgw"});
        s.set("eks-sg", "ingress443", StringList{"eks-sg", "192.168.0.0/16"});
        return s;
    };
    const Path a = build(true).path("dana", "eks", Eni);
    const Path b = build(false).path("dana", "eks", Eni);
    EXPECT_EQ(verdict(a), "reachable") << dump(a);
    EXPECT_EQ(dump(a), dump(b));
}

// The AKS equivalent of an EKS design and the EKS equivalent of an AKS one: sound designs of
// the other cloud, as a variant of the source, the endpoint modes mapped as the source article
// maps them, and a note wherever the platforms differ.
#include "compare/Equivalents.h"

#include "TemplateFiles.h"
#include "analysis/Analyzer.h"
#include "io/DesignJson.h"
#include "model/DesignChecker.h"
#include "model/KindRegistry.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace kg;

namespace {

Design load(const std::string& name)
{
    LoadResult r = DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) + "/resources/templates/" +
                                        name + ".kubegate");
    EXPECT_TRUE(r.ok()) << name;
    return r.ok() ? *r.design : Design();
}

std::vector<std::string> templates()
{
    std::vector<std::string> out;
    for (const auto& file : templateFiles())
        out.push_back(file.stem().string());
    return out;
}

bool noted(const Equivalent& eq, const std::string& element, const std::string& words)
{
    return std::any_of(eq.notes.begin(), eq.notes.end(), [&](const Equivalent::Note& n) {
        return n.element == element &&
               render(n.text, Language::English).find(words) != std::string::npos;
    });
}

// Which clients reach which clusters (ids), as the analysis says.
std::set<std::pair<std::string, std::string>> reachable(const Design& d)
{
    const Analysis a = Analyzer::run(d);
    std::set<std::pair<std::string, std::string>> out;
    for (std::uint32_t c = 0; c < a.clients.size(); ++c)
        for (std::uint32_t k = 0; k < a.clusters.size(); ++k)
            if (const PathOutcome* best = a.best(c, k); best && best->reachable)
                out.insert({a.clients[c], a.clusters[k]});
    return out;
}

} // namespace

// Every template, both ways: a design the loader accepts, with no element of the source cloud
// left, and a variant of the source (between, then apply, gives it back).
TEST(EquivalentsTest, EveryTemplateHasASoundEquivalentBothWays)
{
    for (const std::string& name : templates()) {
        const Design source = load(name);
        for (const bool toAks : {true, false}) {
            const Equivalent eq = toAks ? Equivalents::toAks(source) : Equivalents::toEks(source);
            const std::string what = name + (toAks ? " to AKS" : " to EKS");
            EXPECT_TRUE(DesignChecker::check(eq.design).empty()) << what;
            const LoadResult again = DesignJson::load(DesignJson::save(eq.design));
            EXPECT_TRUE(again.ok())
                << what << ": " << (again.errors.empty() ? "" : again.errors[0].message());
            for (const Element& e : eq.design.elements())
                EXPECT_NE(KindRegistry::info(e.kind).cloud, toAks ? Cloud::Aws : Cloud::Azure)
                    << what << ": " << e.id;
            const Design applied = Variant::between(source, eq.design).applyTo(source);
            std::set<std::string> want, got;
            for (const Element& e : eq.design.elements())
                want.insert(e.id);
            for (const Element& e : applied.elements())
                got.insert(e.id);
            EXPECT_EQ(got, want) << what;
        }
    }
}

// Who reaches which cluster carries over to the equivalent, both ways, except where the
// platforms genuinely differ; each exception says why.
TEST(EquivalentsTest, VerdictsCarryOverExceptWhereThePlatformsDiffer)
{
    const std::map<std::string, std::string> differ = {
        {"aks-private-hub-spoke to EKS",
         "the office reaches the spoke through the hub's gateway: edge-to-edge routing through "
         "a peering, which AWS does not do (EKS-034)"},
        {"aks-private-none-no-fqdn-misconfig to EKS",
         "an AKS misconfiguration (no private zone, no public FQDN) with no EKS counterpart"},
        {"eks-public-cidrs-misconfig to AKS",
         "AKS authorized ranges admit the cluster's own outbound addresses by themselves"},
    };
    for (const std::string& name : templates()) {
        const Design d = load(name);
        for (const bool toAks : {true, false}) {
            const std::string what = name + (toAks ? " to AKS" : " to EKS");
            if (differ.count(what))
                continue;
            const Equivalent eq = toAks ? Equivalents::toAks(d) : Equivalents::toEks(d);
            EXPECT_EQ(reachable(eq.design), reachable(d)) << what;
        }
    }
}

// EKS endpoint modes to AKS: open public to public; public with CIDRs to authorized IP ranges;
// public and private to VNet integration with public access (with its delegated subnet);
// private only to a private cluster. Clients keep their verdicts.
TEST(EquivalentsTest, EksEndpointModesMapToAksAccessModes)
{
    const Design pp = load("eks-public-private");
    const Equivalent eq = Equivalents::toAks(pp);
    const Element* eks = nullptr;
    for (const Element& e : pp.elements())
        if (e.kind == ElementKind::EksCluster)
            eks = &e;
    ASSERT_TRUE(eks);
    const Element* aks = eq.design.element(eks->id);
    ASSERT_TRUE(aks);
    EXPECT_EQ(aks->kind, ElementKind::AksCluster);
    EXPECT_TRUE(aks->boolValue("apiServerAccessProfile.enableVnetIntegration"));
    EXPECT_FALSE(aks->boolValue("apiServerAccessProfile.enablePrivateCluster"));
    const Element* apiSubnet =
        eq.design.element(aks->stringValue("apiServerAccessProfile.subnetId"));
    ASSERT_TRUE(apiSubnet) << "a delegated API server subnet";
    EXPECT_EQ(apiSubnet->stringValue("delegation"), "Microsoft.ContainerService/managedClusters");
    EXPECT_TRUE(noted(eq, eks->id, "API Server VNet integration"));
    EXPECT_TRUE(noted(eq, eks->id, "command invoke"));
    EXPECT_TRUE(aks->boolValue("apiServerAccessProfile.disableRunCommand"));

    // Private only, and public with CIDRs, from the same design with the mode switched.
    Design priv = pp;
    Element privEks = *eks;
    privEks.properties["resourcesVpcConfig.endpointPublicAccess"] = false;
    priv.replaceElement(privEks);
    const Equivalent privEq = Equivalents::toAks(priv);
    const Element* privAks = privEq.design.element(eks->id);
    EXPECT_TRUE(privAks->boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_EQ(privAks->stringValue("apiServerAccessProfile.privateDNSZone"), "System");
    EXPECT_TRUE(privAks->boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"))
        << "EKS answers the public name with the private addresses; so does this FQDN";

    Design cidrs = pp;
    Element cidrEks = *eks;
    cidrEks.properties["resourcesVpcConfig.endpointPrivateAccess"] = false;
    cidrEks.properties["resourcesVpcConfig.publicAccessCidrs"] =
        StringList{"203.0.113.0/24", "198.51.100.7/32"};
    cidrs.replaceElement(cidrEks);
    const Equivalent cidrEq = Equivalents::toAks(cidrs);
    const Element* cidrAks = cidrEq.design.element(eks->id);
    EXPECT_EQ(cidrAks->listValue("apiServerAccessProfile.authorizedIPRanges"),
              (StringList{"203.0.113.0/24", "198.51.100.7/32"}));
}

// AKS access modes to EKS endpoints, with the notes on what EKS does not have.
TEST(EquivalentsTest, AksAccessModesMapToEksEndpoints)
{
    const Design hub = load("aks-private-hub-spoke");
    const Equivalent eq = Equivalents::toEks(hub);
    const Element* eks = eq.design.element("aks-pay");
    ASSERT_TRUE(eks);
    EXPECT_EQ(eks->kind, ElementKind::EksCluster);
    EXPECT_FALSE(eks->boolValue("resourcesVpcConfig.endpointPublicAccess"));
    EXPECT_TRUE(eks->boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    const StringList subnets = eks->listValue("resourcesVpcConfig.subnetIds");
    ASSERT_EQ(subnets.size(), 2u) << "two Availability Zones";
    EXPECT_EQ(subnets[0], hub.element("aks-pay")->parent);
    EXPECT_NE(eq.design.element(subnets[0])->stringValue("availabilityZone"),
              eq.design.element(subnets[1])->stringValue("availabilityZone"));
    const std::string vnet = hub.element(hub.element("aks-pay")->parent)->parent;
    ASSERT_TRUE(eq.design.element(vnet));
    EXPECT_EQ(eq.design.element(vnet)->kind, ElementKind::AwsVpc);
    EXPECT_EQ(eks->parent, vnet) << "an EKS cluster stands in its VPC";
    EXPECT_TRUE(noted(eq, "aks-pay", "command invoke has no EKS counterpart"));
    EXPECT_TRUE(noted(eq, "aks-pay", "Route 53 private hosted zone"));

    const Design ranges = load("aks-authorized-ranges");
    const Equivalent byRange = Equivalents::toEks(ranges);
    for (const Element& e : ranges.elements()) {
        if (e.kind != ElementKind::AksCluster)
            continue;
        const Element* mapped = byRange.design.element(e.id);
        EXPECT_EQ(mapped->listValue("resourcesVpcConfig.publicAccessCidrs"),
                  e.listValue("apiServerAccessProfile.authorizedIPRanges"));
        EXPECT_FALSE(mapped->boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    }
}

// Access hosts and gateways: bastions and Cloud Shell, a VPN gateway in a GatewaySubnet for a
// virtual private gateway, and the transit gateway's attachments as peerings of every pair.
TEST(EquivalentsTest, HostsGatewaysAndTransit)
{
    const Design hub = load("aks-private-hub-spoke");
    const Equivalent eks = Equivalents::toEks(hub);
    for (const Element& e : hub.elements()) {
        if (e.kind == ElementKind::AzureBastion) {
            EXPECT_EQ(eks.design.element(e.id)->kind, ElementKind::Ec2Bastion);
        }
        if (e.kind == ElementKind::AzureVpnGateway) {
            const Element* vgw = eks.design.element(e.id);
            ASSERT_TRUE(vgw);
            EXPECT_EQ(vgw->kind, ElementKind::AwsVirtualPrivateGateway);
            EXPECT_FALSE(eks.design.linksOf(e.id).empty()) << "the VPN to the office holds";
        }
    }
    // And back: the virtual private gateway is a VPN gateway in a GatewaySubnet again.
    const Equivalent back = Equivalents::toAks(eks.design);
    for (const Element& e : hub.elements()) {
        if (e.kind != ElementKind::AzureVpnGateway)
            continue;
        const Element* gw = back.design.element(e.id);
        ASSERT_TRUE(gw);
        EXPECT_EQ(gw->kind, ElementKind::AzureVpnGateway);
        EXPECT_EQ(back.design.element(gw->parent)->name, "GatewaySubnet");
    }
    // The office reaches the cluster the same way in the three designs.
    const auto before = reachable(hub);
    EXPECT_EQ(reachable(back.design).count({"laptop-office", "aks-pay"}),
              before.count({"laptop-office", "aks-pay"}));

    // A VPN to a transit gateway: a VPN gateway in the first attached network, the others
    // peered with it through gateway transit; the office's path reaches the cluster network.
    const Design transit = load("eks-private-transit-vpn");
    const Equivalent viaHub = Equivalents::toAks(transit);
    EXPECT_EQ(reachable(viaHub.design), reachable(transit));
    EXPECT_TRUE(noted(viaHub, "tgw", "gateway transit"));

    for (const std::string& name : templates()) {
        const Design d = load(name);
        const Equivalent aks = Equivalents::toAks(d);
        std::map<std::string, std::vector<std::string>> attached;
        for (const Link& l : d.links())
            if (l.kind == LinkKind::TgwAttachment)
                attached[l.to].push_back(l.from);
        for (const auto& [tgw, networks] : attached) {
            EXPECT_TRUE(noted(aks, tgw, "not transitive")) << name;
            for (std::size_t i = 0; i + 1 < networks.size(); ++i) {
                bool peered = false;
                for (const Link* l : aks.design.linksOf(networks[i]))
                    peered |= l->kind == LinkKind::Peering &&
                              (l->to == networks[i + 1] || l->from == networks[i + 1]);
                EXPECT_TRUE(peered) << name << ": " << networks[i] << " and " << networks[i + 1];
            }
        }
        for (const Element& e : d.elements()) {
            if (e.kind == ElementKind::Ec2Bastion) {
                EXPECT_EQ(aks.design.element(e.id)->kind, ElementKind::JumpboxVm) << name;
            }
            if (e.kind == ElementKind::Cloud9Ide) {
                EXPECT_EQ(aks.design.element(e.id)->kind, ElementKind::CloudShell) << name;
            }
        }
    }
}

// Each KG rule: one design that triggers it and one that does not.
#include "TestDesigns.h"
#include "analysis/Analyzer.h"
#include "model/Limits.h"
#include "validate/RuleRegistry.h"
#include "validate/Validator.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace kg;
using kg::test::element;
using kg::test::link;

namespace {

std::vector<Finding> findingsOf(const Design& d, const std::string& rule)
{
    std::vector<Finding> out;
    for (auto& f : Validator::run(d)) {
        if (f.rule == rule)
            out.push_back(f);
    }
    return out;
}

void setProperty(Design& d, const std::string& id, const std::string& key, PropertyValue value)
{
    Element e = *d.element(id);
    e.properties[key] = std::move(value);
    d.replaceElement(e);
}

Design awsDesign()
{
    Design d;
    d.insertElement(
        element("vpc", ElementKind::AwsVpc, {}, {{"cidrBlocks", StringList{"10.20.0.0/16"}}}));
    d.insertElement(element("igw", ElementKind::AwsInternetGateway, "vpc"));
    d.insertElement(element(
        "public-a", ElementKind::AwsSubnet, "vpc",
        {{"cidrBlock", std::string("10.20.0.0/24")}, {"defaultRoute", std::string("igw")}}));
    d.insertElement(element("private-a", ElementKind::AwsSubnet, "vpc",
                            {{"cidrBlock", std::string("10.20.1.0/24")},
                             {"availabilityZone", std::string("us-east-1a")}}));
    d.insertElement(element("private-b", ElementKind::AwsSubnet, "vpc",
                            {{"cidrBlock", std::string("10.20.2.0/24")},
                             {"availabilityZone", std::string("us-east-1b")}}));
    d.insertElement(element("nat", ElementKind::AwsNatGateway, "public-a",
                            {{"publicIp", std::string("198.51.100.10")}}));
    d.insertElement(
        element("eks", ElementKind::EksCluster, "vpc",
                {{"resourcesVpcConfig.subnetIds", StringList{"private-a", "private-b"}}}));
    return d;
}

} // namespace

TEST(StructuralRulesTest, CleanDesignsHaveNoErrors)
{
    for (const Design& d : {test::hubAndSpoke(), awsDesign()}) {
        for (const auto& f : Validator::run(d))
            EXPECT_NE(f.severity, Severity::Error) << f.rule << ": " << f.message();
    }
}

TEST(StructuralRulesTest, KG001SubnetOutsideNetwork)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-001").empty());
    setProperty(d, "snet-hub", "addressPrefix", std::string("10.9.0.0/24"));
    auto f = findingsOf(d, "KG-001");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].elements, (std::vector<std::string>{"snet-hub", "vnet-hub"}));
    EXPECT_NE(f[0].message().find("10.9.0.0/24"), std::string::npos);
}

TEST(StructuralRulesTest, KG002OverlappingSubnets)
{
    Design d = test::hubAndSpoke();
    d.insertElement(element("snet-2", ElementKind::AzureSubnet, "vnet-hub",
                            {{"addressPrefix", std::string("10.0.2.0/24")}}));
    EXPECT_TRUE(findingsOf(d, "KG-002").empty());
    setProperty(d, "snet-2", "addressPrefix", std::string("10.0.0.0/23"));
    EXPECT_EQ(findingsOf(d, "KG-002").size(), 1u);
}

TEST(StructuralRulesTest, KG002EveryOverlappingPairOnceInDocumentOrder)
{
    // Nested and chained blocks, apart ones, an IPv6 block and a subnet in another network: the
    // overlapping pairs of one network exactly, each named earlier subnet first.
    Design d;
    d.insertElement(element("vnet", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.0.0.0/16", "fd00::/48"}}}));
    d.insertElement(element("vnet-2", ElementKind::AzureVnet, {},
                            {{"addressSpace", StringList{"10.0.0.0/16"}}}));
    const std::pair<const char*, const char*> subnets[] = {
        {"s-narrow", "10.0.1.128/25"}, {"s-wide", "10.0.0.0/22"},   {"s-apart", "10.0.8.0/24"},
        {"s-mid", "10.0.1.0/24"},      {"s-v6", "fd00::/64"},       {"s-v6-in", "fd00::/80"},
        {"s-last", "10.0.3.0/24"},     {"s-v4-low", "10.0.0.0/24"},
    };
    for (const auto& [id, prefix] : subnets)
        d.insertElement(element(id, ElementKind::AzureSubnet, "vnet",
                                {{"addressPrefix", std::string(prefix)}}));
    d.insertElement(element("other", ElementKind::AzureSubnet, "vnet-2",
                            {{"addressPrefix", std::string("10.0.1.0/24")}}));
    std::vector<std::string> pairs;
    for (const auto& f : findingsOf(d, "KG-002"))
        pairs.push_back(f.elements.at(0) + "+" + f.elements.at(1));
    std::sort(pairs.begin(), pairs.end());
    EXPECT_EQ(pairs,
              (std::vector<std::string>{"s-narrow+s-mid", "s-narrow+s-wide", "s-v6+s-v6-in",
                                        "s-wide+s-last", "s-wide+s-mid", "s-wide+s-v4-low"}));
}

TEST(StructuralRulesTest, KG003OverlappingPeers)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-003").empty());
    setProperty(d, "vnet-spoke", "addressSpace", StringList{"10.0.128.0/17"});
    auto f = findingsOf(d, "KG-003");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message().find("overlap"), std::string::npos);
}

TEST(StructuralRulesTest, KG004And005MissingAddresses)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-004").empty());
    EXPECT_TRUE(findingsOf(d, "KG-005").empty());
    d.insertElement(element("vnet-empty", ElementKind::AzureVnet));
    d.insertElement(element("snet-empty", ElementKind::AzureSubnet, "vnet-empty"));
    EXPECT_EQ(findingsOf(d, "KG-004").size(), 1u);
    EXPECT_EQ(findingsOf(d, "KG-005").size(), 1u);
}

TEST(StructuralRulesTest, KG006And007EksSubnets)
{
    Design d = awsDesign();
    EXPECT_TRUE(findingsOf(d, "KG-006").empty());
    EXPECT_TRUE(findingsOf(d, "KG-007").empty());
    d.insertElement(
        element("vpc-2", ElementKind::AwsVpc, {}, {{"cidrBlocks", StringList{"10.30.0.0/16"}}}));
    d.insertElement(element("other", ElementKind::AwsSubnet, "vpc-2",
                            {{"cidrBlock", std::string("10.30.0.0/24")}}));
    setProperty(d, "eks", "resourcesVpcConfig.subnetIds",
                StringList{"private-a", "private-b", "other"});
    EXPECT_EQ(findingsOf(d, "KG-007").size(), 1u);
    setProperty(d, "eks", "resourcesVpcConfig.subnetIds", StringList{});
    EXPECT_EQ(findingsOf(d, "KG-006").size(), 1u);
}

TEST(StructuralRulesTest, KG008EndpointWithoutTarget)
{
    Design d = test::hubAndSpoke();
    d.insertElement(element("pe", ElementKind::AzurePrivateEndpoint, "snet-hub",
                            {{"target", std::string("aks")}}));
    EXPECT_TRUE(findingsOf(d, "KG-008").empty());
    setProperty(d, "pe", "target", std::string());
    EXPECT_EQ(findingsOf(d, "KG-008").size(), 1u);
}

TEST(StructuralRulesTest, KG009PoolWithoutCluster)
{
    Design d = test::hubAndSpoke();
    d.insertElement(
        element("pool", ElementKind::AksNodePool, "snet-aks", {{"cluster", std::string("aks")}}));
    EXPECT_TRUE(findingsOf(d, "KG-009").empty());
    setProperty(d, "pool", "cluster", std::string());
    EXPECT_EQ(findingsOf(d, "KG-009").size(), 1u);
}

TEST(StructuralRulesTest, KG010ClientWithoutEgress)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-010").empty());
    setProperty(d, "laptop", "egressIPs", StringList{});
    auto f = findingsOf(d, "KG-010");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
}

TEST(StructuralRulesTest, KG011DuplicateNames)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-011").empty());
    Element other = element("laptop-2", ElementKind::Laptop);
    other.name = "laptop";
    d.insertElement(other);
    EXPECT_EQ(findingsOf(d, "KG-011").size(), 1u);
}

TEST(StructuralRulesTest, KG012DuplicateLinksIgnoreDirectionForPeering)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-012").empty());
    d.insertLink(link("peer-back", LinkKind::Peering, "vnet-spoke", "vnet-hub"));
    EXPECT_EQ(findingsOf(d, "KG-012").size(), 1u);
}

TEST(StructuralRulesTest, KG013AddressOutsideSubnet)
{
    Design d = test::hubAndSpoke();
    EXPECT_TRUE(findingsOf(d, "KG-013").empty());
    setProperty(d, "jump", "privateIp", std::string("10.1.0.4"));
    EXPECT_EQ(findingsOf(d, "KG-013").size(), 1u);
}

TEST(StructuralRulesTest, KG014NatGatewayInPrivateSubnet)
{
    Design d = awsDesign();
    EXPECT_TRUE(findingsOf(d, "KG-014").empty());
    Element nat = *d.element("nat");
    nat.parent = "private-a";
    d.replaceElement(nat);
    EXPECT_EQ(findingsOf(d, "KG-014").size(), 1u);
}

TEST(StructuralRulesTest, KG015RouteToAnotherVpc)
{
    Design d = awsDesign();
    EXPECT_TRUE(findingsOf(d, "KG-015").empty());
    d.insertElement(
        element("vpc-2", ElementKind::AwsVpc, {}, {{"cidrBlocks", StringList{"10.30.0.0/16"}}}));
    d.insertElement(element("igw-2", ElementKind::AwsInternetGateway, "vpc-2"));
    setProperty(d, "private-a", "defaultRoute", std::string("igw-2"));
    EXPECT_EQ(findingsOf(d, "KG-015").size(), 1u);
}

TEST(StructuralRulesTest, RegistryIdsAreUniqueAndOrdered)
{
    const auto& rules = RuleRegistry::all();
    ASSERT_GE(rules.size(), 15u);
    for (std::size_t i = 1; i < rules.size(); ++i)
        EXPECT_LT(rules[i - 1].id, rules[i].id);
    for (const auto& r : rules) {
        EXPECT_FALSE(r.summary.empty()) << r.id;
        EXPECT_TRUE(r.check) << r.id;
    }
    EXPECT_NE(RuleRegistry::find("KG-003"), nullptr);
    EXPECT_EQ(RuleRegistry::find("KG-999"), nullptr);
}

TEST(StructuralRulesTest, KG017TooManyPairsSkipsThePaths)
{
    Design d;
    d.insertElement(
        element("vnet", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.0.0.0/8"}}}));
    d.insertElement(element("snet", ElementKind::AzureSubnet, "vnet",
                            {{"addressPrefix", std::string("10.0.0.0/16")}}));
    // n clusters and n laptops: n * n pairs just past the limit (and n implicit node pools).
    std::size_t n = 1;
    while (n * n <= limits::kMaxAnalysedPairs)
        ++n;
    for (std::size_t i = 0; i < n; ++i) {
        d.insertElement(element("aks-" + std::to_string(i), ElementKind::AksCluster, "snet"));
        d.insertElement(element("laptop-" + std::to_string(i), ElementKind::Laptop));
    }
    Analysis a = Analyzer::run(d);
    EXPECT_TRUE(a.paths.empty());
    auto f = std::find_if(a.findings.begin(), a.findings.end(),
                          [](const Finding& x) { return x.rule == "KG-017"; });
    ASSERT_NE(f, a.findings.end());
    EXPECT_EQ(f->severity, Severity::Error);

    Design small = test::hubAndSpoke();
    for (const auto& x : Analyzer::run(small).findings)
        EXPECT_NE(x.rule, "KG-017");
}

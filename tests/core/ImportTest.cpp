// kubegate import: hand-written samples of each source (az aks show, az aks list, an ARM
// resource, aws eks describe-cluster, terraform show -json of a state and of a plan) with the
// per-source differences of aks-rules.md 1f and eks-rules.md G, several inputs into one design,
// and unreadable input refused with where and what.
#include "TestDesigns.h"
#include "import/AzureResourceId.h"
#include "import/Importer.h"
#include "io/DesignJson.h"
#include "model/Ids.h"
#include "validate/Validator.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

using namespace kg;

namespace {

std::string sample(const std::string& name)
{
    return std::string(KUBEGATE_SOURCE_DIR) + "/tests/data/import/" + name;
}

Importer::Result import(std::vector<std::string> names,
                        Importer::Source source = Importer::Source::Detect)
{
    for (auto& n : names)
        n = sample(n);
    return Importer::runFiles(names, source);
}

Design imported(const std::string& name)
{
    Importer::Result r = import({name});
    EXPECT_TRUE(r.ok()) << (r.errors.empty() ? std::string() : r.errors.front().text());
    return r.ok() ? *r.design : Design{};
}

const Element& named(const Design& d, const std::string& name)
{
    for (const auto& e : d.elements()) {
        if (e.name == name)
            return e;
    }
    ADD_FAILURE() << "no element named " << name;
    static Element none;
    return none;
}

std::vector<const Element*> ofKind(const Design& d, ElementKind kind)
{
    std::vector<const Element*> out;
    for (const auto& e : d.elements()) {
        if (e.kind == kind)
            out.push_back(&e);
    }
    return out;
}

bool hasLink(const Design& d, LinkKind kind, const std::string& from, const std::string& to)
{
    return std::any_of(d.links().begin(), d.links().end(), [&](const Link& l) {
        return l.kind == kind && ((l.from == from && l.to == to) ||
                                  (l.kind == LinkKind::Peering && l.from == to && l.to == from));
    });
}

bool hasFinding(const Design& d, const std::string& rule)
{
    auto findings = Validator::run(d);
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.rule == rule; });
}

bool notesSay(const Importer::Result& r, const std::string& text)
{
    return std::any_of(r.notes.begin(), r.notes.end(), [&](const Sentence& n) {
        return render(n, Language::English).find(text) != std::string::npos;
    });
}

std::string parentName(const Design& d, const Element& e)
{
    const Element* p = d.element(e.parent);
    return p ? p->name : std::string();
}

} // namespace

TEST(ImportTest, EverySampleImportsIntoALoadableReadableDesign)
{
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(sample(""))) {
        if (entry.path().extension() != ".json")
            continue;
        SCOPED_TRACE(entry.path().filename().string());
        Importer::Result r = Importer::runFiles({entry.path().string()});
        ASSERT_TRUE(r.ok()) << r.errors.front().text();
        EXPECT_GE(r.clusters, 1);
        EXPECT_GE(r.networks, 1);
        // The file format accepts it and the same bytes come back.
        std::string bytes = DesignJson::save(*r.design);
        LoadResult again = DesignJson::load(bytes);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(DesignJson::save(*again.design), bytes);
        test::expectReadableLayout(*r.design);
        EXPECT_NE(r.design->notes().find("Imported by kubegate import"), std::string::npos);
        // The same input gives the same design.
        EXPECT_EQ(DesignJson::save(*Importer::runFiles({entry.path().string()}).design), bytes);
        ++count;
    }
    EXPECT_GE(count, 15);
}

TEST(ImportTest, AksPublicClusterInItsSubnetAndVnet)
{
    Design d = imported("aks-public.json");
    const Element& c = named(d, "aks-web");
    EXPECT_EQ(c.kind, ElementKind::AksCluster);
    EXPECT_EQ(parentName(d, c), "snet-nodes");
    EXPECT_EQ(parentName(d, *d.element(c.parent)), "vnet-web");
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_EQ(c.stringValue("location"), "eastus");
    EXPECT_EQ(c.stringValue("identityType"), "SystemAssigned");
    EXPECT_EQ(c.stringValue("loadBalancerSku"), "standard");
    EXPECT_NE(c.notes.find("managedClusters/aks-web"), std::string::npos);
    EXPECT_EQ(named(d, "vnet-web").stringValue("location"), "eastus");
    const Element& pool = named(d, "system");
    EXPECT_EQ(pool.stringValue("cluster"), c.id);
    EXPECT_EQ(pool.stringValue("mode"), "System");
    EXPECT_TRUE(ofKind(d, ElementKind::AzurePrivateDnsZone).empty());
}

TEST(ImportTest, NullAccessProfileIsPublicAndNoSubnetMeansTheManagedVnet)
{
    Importer::Result r = import({"aks-null-profile.json"});
    ASSERT_TRUE(r.ok());
    const Design& d = *r.design;
    const Element& c = named(d, "aks-demo");
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    const Element& vnet = named(d, "aks-vnet-aks-demo");
    EXPECT_EQ(vnet.listValue("addressSpace"), StringList{"10.224.0.0/12"});
    EXPECT_EQ(parentName(d, *d.element(c.parent)), "aks-vnet-aks-demo");
    EXPECT_TRUE(notesSay(r, "VNet AKS manages"));
}

TEST(ImportTest, AksPrivateSystemZoneIsCreatedAndLinkedToTheClusterVnet)
{
    Design d = imported("aks-private-system.json");
    const Element& c = named(d, "aks-pay");
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.disableRunCommand"));
    EXPECT_EQ(c.stringValue("apiServerAccessProfile.privateDNSZone"), "System");
    EXPECT_EQ(c.stringValue("outboundType"), "userDefinedRouting");
    EXPECT_EQ(c.stringValue("identityType"), "UserAssigned");
    auto zones = ofKind(d, ElementKind::AzurePrivateDnsZone);
    ASSERT_EQ(zones.size(), 1u);
    EXPECT_EQ(zones[0]->stringValue("managedBy"), c.id);
    EXPECT_EQ(zones[0]->stringValue("zoneName"),
              "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.privatelink.westeurope.azmk8s.io");
    EXPECT_TRUE(hasLink(d, LinkKind::DnsZoneLink, zones[0]->id, named(d, "vnet-pay").id));
    // The user pool runs in its own subnet; the cluster sits with its system pool.
    EXPECT_EQ(parentName(d, named(d, "apps")), "snet-apps");
    EXPECT_EQ(parentName(d, c), "snet-aks");
}

TEST(ImportTest, AzUnsetPublicFqdnOnAPrivateClusterIsTrue)
{
    // AKS-110: from az/ARM an unset enablePrivateClusterPublicFqdn behaves as true, so None
    // is not the AKS-027 misconfiguration here; privateDnsZone "NONE" in any case is None.
    Importer::Result r = import({"aks-private-none-fqdn-unset.json"});
    ASSERT_TRUE(r.ok());
    const Element& c = named(*r.design, "aks-ops");
    EXPECT_EQ(c.stringValue("apiServerAccessProfile.privateDNSZone"), "None");
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_EQ(c.stringValue("identityType"), "UserAssigned"); // az printed "userAssigned"
    EXPECT_TRUE(notesSay(r, "AKS-110"));
    EXPECT_FALSE(hasFinding(*r.design, "AKS-027"));
    EXPECT_TRUE(ofKind(*r.design, ElementKind::AzurePrivateDnsZone).empty());
}

TEST(ImportTest, TerraformUnsetPublicFqdnIsFalseAndNoneIsImportedAsTheMisconfiguration)
{
    // The same settings from Terraform mean the opposite (AKS-110): the import keeps the
    // misconfiguration and validate names it.
    Importer::Result r = import({"terraform-aks-v3-none.json"});
    ASSERT_TRUE(r.ok());
    const Design& d = *r.design;
    const Element& c = named(d, "aks-intranet");
    EXPECT_EQ(c.stringValue("apiServerAccessProfile.privateDNSZone"), "None");
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_TRUE(hasFinding(d, "AKS-027"));
    EXPECT_TRUE(notesSay(r, "Terraform's default (AKS-110)"));
    EXPECT_TRUE(notesSay(r, "vnet_integration_enabled is the azurerm 3.x name"));
    // The 3.x top-level api_server_authorized_ip_ranges, a bare address stored as /32.
    const Element& edge = named(d, "aks-edge");
    EXPECT_EQ(edge.listValue("apiServerAccessProfile.authorizedIPRanges"),
              (StringList{"203.0.113.7/32", "198.51.100.0/24"}));
    EXPECT_TRUE(notesSay(r, "api_server_authorized_ip_ranges"));
    EXPECT_TRUE(notesSay(r, "203.0.113.7 is stored as 203.0.113.7/32"));
}

TEST(ImportTest, OwnZoneByResourceId)
{
    Design d = imported("aks-byo-zone.json");
    auto zones = ofKind(d, ElementKind::AzurePrivateDnsZone);
    ASSERT_EQ(zones.size(), 1u);
    EXPECT_EQ(zones[0]->stringValue("zoneName"), "privatelink.eastus.azmk8s.io");
    EXPECT_TRUE(zones[0]->stringValue("managedBy").empty());
    const Element& c = named(d, "aks-shop");
    EXPECT_EQ(c.stringValue("apiServerAccessProfile.privateDNSZone"), zones[0]->id);
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_TRUE(hasLink(d, LinkKind::DnsZoneLink, zones[0]->id, named(d, "vnet-spoke").id));
}

// A cluster with a service principal (no identity, servicePrincipalProfile.clientId not "msi")
// may use its own private DNS zone (AKS-024 asks only system-assigned identities); a private
// cluster whose response has a privateFqdn and no fqdn has no public FQDN, whatever the
// default for an unset enablePrivateClusterPublicFqdn.
TEST(ImportTest, ServicePrincipalClusterWithOwnZoneAndNoPublicFqdn)
{
    Importer::Result r = import({"aks-service-principal.json"});
    ASSERT_TRUE(r.ok()) << r.errors.front().text();
    const Design& d = *r.design;
    const Element& c = named(d, "aks-legacy");
    EXPECT_EQ(c.stringValue("identityType"), "ServicePrincipal");
    EXPECT_FALSE(hasFinding(d, "AKS-024"));
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_TRUE(notesSay(r, "a privateFqdn and no fqdn"));
    EXPECT_FALSE(notesSay(r, "AKS-110")) << "the response said it; no default was applied";

    // The same cluster with a system-assigned identity is the AKS-024 error.
    Design system = d;
    Element sa = c;
    sa.properties["identityType"] = std::string("SystemAssigned");
    system.replaceElement(sa);
    EXPECT_TRUE(hasFinding(system, "AKS-024"));

    Importer::Result tf = import({"terraform-aks-service-principal.json"});
    ASSERT_TRUE(tf.ok()) << tf.errors.front().text();
    const Element& t = named(*tf.design, "aks-tf-legacy");
    EXPECT_EQ(t.stringValue("identityType"), "ServicePrincipal");
    EXPECT_FALSE(hasFinding(*tf.design, "AKS-024"));
}

// Managed identities read from identity.type ("msi" as the client id marks them); a response
// without any identity is taken as system-assigned, and the note says so.
TEST(ImportTest, ClusterIdentityFromTheResponseOrANamedDefault)
{
    Importer::Result list = import({"arm-list.json"});
    ASSERT_TRUE(list.ok()) << list.errors.front().text();
    EXPECT_EQ(named(*list.design, "aks-north").stringValue("identityType"), "SystemAssigned");
    EXPECT_EQ(named(*list.design, "aks-south").stringValue("identityType"), "UserAssigned");
    EXPECT_FALSE(notesSay(list, "has no identity"));

    Importer::Result bare = import({"aks-byo-zone.json"});
    ASSERT_TRUE(bare.ok());
    EXPECT_TRUE(notesSay(bare, "the response has no identity; taken as SystemAssigned"));
}

// The ARM list envelope ({"value": [...], "nextLink"}): every cluster in it, and a note that a
// further page exists.
TEST(ImportTest, ArmListEnvelope)
{
    Importer::Result r = import({"arm-list.json"});
    ASSERT_TRUE(r.ok()) << r.errors.front().text();
    const Design& d = *r.design;
    const Element& north = named(d, "aks-north");
    const Element& south = named(d, "aks-south");
    EXPECT_FALSE(north.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_EQ(north.listValue("apiServerAccessProfile.authorizedIPRanges"),
              StringList{"203.0.113.0/24"});
    EXPECT_TRUE(south.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_FALSE(south.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"))
        << "a privateFQDN and no fqdn";
    EXPECT_EQ(parentName(d, north), "snet-north");
    EXPECT_EQ(parentName(d, south), "snet-south");
    EXPECT_TRUE(notesSay(r, "nextLink"));
}

TEST(ImportTest, VnetIntegrationDelegatesTheApiServerSubnet)
{
    Design d = imported("aks-vnet-integration.json");
    const Element& c = named(d, "aks-core");
    const Element& api = named(d, "snet-apiserver");
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.enableVnetIntegration"));
    EXPECT_EQ(c.stringValue("apiServerAccessProfile.subnetId"), api.id);
    EXPECT_EQ(api.stringValue("delegation"), "Microsoft.ContainerService/managedClusters");
    EXPECT_EQ(parentName(d, api), "vnet-core");
    auto zones = ofKind(d, ElementKind::AzurePrivateDnsZone);
    ASSERT_EQ(zones.size(), 1u);
    EXPECT_EQ(zones[0]->stringValue("zoneName"), "fedcba98.private.westus3.azmk8s.io");
}

TEST(ImportTest, AuthorizedRangesAndOutboundAddressesKnownOnlyById)
{
    Importer::Result r = import({"aks-authorized-ranges.json"});
    ASSERT_TRUE(r.ok());
    const Element& c = named(*r.design, "aks-api");
    EXPECT_EQ(c.listValue("apiServerAccessProfile.authorizedIPRanges"),
              (StringList{"203.0.113.0/26", "198.51.100.24/32", "192.0.2.128/28"}));
    EXPECT_TRUE(notesSay(r, "outboundIPs"));
}

TEST(ImportTest, ArmResourceWithWireCasing)
{
    Design d = imported("arm-resource.json");
    const Element& c = named(d, "aks-arm");
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.enablePrivateCluster"));
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    EXPECT_TRUE(c.listValue("apiServerAccessProfile.authorizedIPRanges").empty());
    EXPECT_EQ(c.stringValue("location"), "uksouth");
    EXPECT_EQ(parentName(d, c), "snet-aks");
    auto zones = ofKind(d, ElementKind::AzurePrivateDnsZone);
    ASSERT_EQ(zones.size(), 1u);
    EXPECT_EQ(zones[0]->stringValue("zoneName"),
              "a1b2c3d4-0000-1111-2222-333344445555.privatelink.uksouth.azmk8s.io");
}

TEST(ImportTest, AzAksListSharesTheVnetWhateverTheIdCasing)
{
    Importer::Result r = import({"az-aks-list.json"});
    ASSERT_TRUE(r.ok());
    const Design& d = *r.design;
    EXPECT_EQ(r.clusters, 2);
    ASSERT_EQ(ofKind(d, ElementKind::AzureVnet).size(), 1u);
    EXPECT_EQ(parentName(d, named(d, "aks-blue")), "snet-blue");
    EXPECT_EQ(parentName(d, named(d, "aks-green")), "snet-green");
    EXPECT_EQ(named(d, "snet-blue").parent, named(d, "snet-green").parent);
}

TEST(ImportTest, EksPublicDefault)
{
    Design d = imported("eks-public-default.json");
    const Element& c = named(d, "prod");
    EXPECT_EQ(c.kind, ElementKind::EksCluster);
    EXPECT_EQ(c.stringValue("region"), "us-east-1");
    EXPECT_TRUE(c.boolValue("resourcesVpcConfig.endpointPublicAccess"));
    EXPECT_FALSE(c.boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    EXPECT_EQ(c.listValue("resourcesVpcConfig.publicAccessCidrs"), StringList{"0.0.0.0/0"});
    EXPECT_EQ(c.stringValue("accessConfig.authenticationMode"), "API_AND_CONFIG_MAP");
    EXPECT_EQ(c.stringValue("kubernetesNetworkConfig.serviceIpv4Cidr"), "172.20.0.0/16");
    const Element& vpc = named(d, "vpc-0a1b2c3d4e5f60000");
    EXPECT_EQ(c.parent, vpc.id);
    EXPECT_EQ(vpc.stringValue("region"), "us-east-1");
    EXPECT_EQ(c.listValue("resourcesVpcConfig.subnetIds").size(), 2u);
    for (const auto& s : c.listValue("resourcesVpcConfig.subnetIds"))
        EXPECT_EQ(d.element(s)->parent, vpc.id);
    const Element* sg = d.element(c.stringValue("resourcesVpcConfig.clusterSecurityGroupId"));
    ASSERT_NE(sg, nullptr);
    EXPECT_EQ(sg->name, "sg-0f1e2d3c4b5a60001");
    EXPECT_TRUE(hasFinding(d, "EKS-006")); // the public endpoint open to 0.0.0.0/0
}

// An EKS body without an endpoint field takes the EKS default for it, and the note says which
// defaults were applied; fields that are there are taken as they are.
TEST(ImportTest, EksDefaultsAppliedAreNamed)
{
    Importer::Result r = import({"eks-no-endpoint-fields.json"});
    ASSERT_TRUE(r.ok()) << r.errors.front().text();
    const Element& c = named(*r.design, "legacy");
    EXPECT_TRUE(c.boolValue("resourcesVpcConfig.endpointPublicAccess"));
    EXPECT_TRUE(c.boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    EXPECT_TRUE(notesSay(r, "endpointPublicAccess is not in the response; taken as true"));
    EXPECT_FALSE(notesSay(r, "endpointPrivateAccess is not in the response"));

    Importer::Result full = import({"eks-public-default.json"});
    ASSERT_TRUE(full.ok());
    EXPECT_FALSE(notesSay(full, "is not in the response"));
}

TEST(ImportTest, EksPublicAndPrivateAndPrivateOnly)
{
    Design both = imported("eks-public-private.json");
    const Element& p = named(both, "payments");
    EXPECT_TRUE(p.boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    EXPECT_EQ(p.listValue("resourcesVpcConfig.publicAccessCidrs"),
              (StringList{"198.51.100.10/32", "203.0.113.0/24"}));
    ASSERT_EQ(p.listValue("resourcesVpcConfig.securityGroupIds").size(), 1u);
    EXPECT_EQ(both.element(p.listValue("resourcesVpcConfig.securityGroupIds")[0])->name,
              "sg-0bbb0000000000001");
    EXPECT_EQ(p.stringValue("region"), "eu-west-1");

    Design priv = imported("eks-private-only.json");
    const Element& v = named(priv, "vault");
    EXPECT_FALSE(v.boolValue("resourcesVpcConfig.endpointPublicAccess"));
    EXPECT_TRUE(v.boolValue("resourcesVpcConfig.endpointPrivateAccess"));
    EXPECT_EQ(v.stringValue("accessConfig.authenticationMode"), "CONFIG_MAP");
}

TEST(ImportTest, ImportNeverRefusesARuleViolation)
{
    // Both endpoints off: EKS refuses it, Kubegate imports it and validate says why.
    Design d = imported("eks-both-off.json");
    EXPECT_TRUE(hasFinding(d, "EKS-001"));
}

TEST(ImportTest, TerraformAksStateWithItsNetworks)
{
    Importer::Result r = import({"terraform-aks-v4.json"});
    ASSERT_TRUE(r.ok());
    const Design& d = *r.design;
    const Element& hub = named(d, "vnet-hub");
    const Element& spoke = named(d, "vnet-spoke");
    EXPECT_EQ(hub.listValue("addressSpace"), StringList{"10.0.0.0/16"});
    EXPECT_EQ(spoke.listValue("addressSpace"), StringList{"10.1.0.0/16"});
    EXPECT_EQ(named(d, "snet-aks").stringValue("addressPrefix"), "10.1.0.0/22");
    EXPECT_EQ(parentName(d, named(d, "snet-jump")), "vnet-hub");
    // Two peering resources (one per direction) are one peering.
    int peerings = 0;
    for (const auto& l : d.links())
        peerings += l.kind == LinkKind::Peering;
    EXPECT_EQ(peerings, 1);
    EXPECT_TRUE(hasLink(d, LinkKind::Peering, hub.id, spoke.id));
    const Element& c = named(d, "aks-pay");
    EXPECT_TRUE(c.boolValue("apiServerAccessProfile.disableRunCommand")); // AKS-114
    EXPECT_FALSE(c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"));
    const Element* zone = d.element(c.stringValue("apiServerAccessProfile.privateDNSZone"));
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(zone->kind, ElementKind::AzurePrivateDnsZone);
    EXPECT_TRUE(hasLink(d, LinkKind::DnsZoneLink, zone->id, hub.id));
    EXPECT_TRUE(hasLink(d, LinkKind::DnsZoneLink, zone->id, spoke.id));
    EXPECT_EQ(ofKind(d, ElementKind::AzurePrivateDnsZone).size(), 1u);
    // The separate node pool resource joins its cluster.
    const Element& apps = named(d, "apps");
    EXPECT_EQ(apps.stringValue("cluster"), c.id);
    EXPECT_EQ(apps.stringValue("mode"), "User");
    EXPECT_EQ(parentName(d, apps), "snet-apps");
    EXPECT_TRUE(notesSay(r, "AKS-114"));
}

TEST(ImportTest, TerraformEksInModulesWithItsVpc)
{
    Importer::Result r = import({"terraform-eks.json"});
    ASSERT_TRUE(r.ok());
    const Design& d = *r.design;
    const Element& vpc = named(d, "vpc-platform");
    EXPECT_EQ(vpc.listValue("cidrBlocks"), StringList{"10.20.0.0/16"});
    EXPECT_EQ(vpc.stringValue("region"), "us-east-2");
    const Element& a = named(d, "private-a");
    EXPECT_EQ(a.stringValue("cidrBlock"), "10.20.1.0/24");
    EXPECT_EQ(a.stringValue("availabilityZone"), "us-east-2a");
    const Element& c = named(d, "platform");
    EXPECT_EQ(c.parent, vpc.id);
    EXPECT_EQ(c.listValue("resourcesVpcConfig.subnetIds"),
              (StringList{a.id, named(d, "private-b").id}));
    EXPECT_TRUE(c.listValue("resourcesVpcConfig.publicAccessCidrs").empty());
    EXPECT_TRUE(notesSay(r, "EKS-044"));
    EXPECT_EQ(c.stringValue("accessConfig.authenticationMode"), "API");
}

TEST(ImportTest, TerraformRoleAssignmentsAndAccessEntries)
{
    Importer::Result r = import({"terraform-grants.json"});
    ASSERT_TRUE(r.ok());
    const Design& d = *r.design;
    // At the cluster's scope and above it (its resource group); a built-in role by name or by
    // id, a custom role by the actions of its definition in the same output. Another resource
    // group's assignment does not reach the cluster; a role defined elsewhere is left out.
    EXPECT_EQ(named(d, "aks-pay").listValue("roleAssignments"),
              (StringList{"11111111-1111-1111-1111-111111111111 Azure Kubernetes Service Cluster "
                          "Admin Role",
                          "11111111-1111-1111-1111-111111111111 Reader",
                          "22222222-2222-2222-2222-222222222222 "
                          "Microsoft.ContainerService/managedClusters/read "
                          "Microsoft.ContainerService/managedClusters/runcommand/action "
                          "Microsoft.ContainerService/managedClusters/commandResults/read"}));
    EXPECT_TRUE(
        notesSay(r, "azurerm_role_assignment.elsewhere (role Platform Operator) is left out"));
    EXPECT_TRUE(notesSay(r, "by object id"));
    // Access entries with their policies and groups; a hostile group is left out.
    EXPECT_EQ(named(d, "platform").listValue("accessEntries"),
              (StringList{"arn:aws:iam::111122223333:role/ops AmazonEKSClusterAdminPolicy",
                          "arn:aws:iam::111122223333:role/teams/dev developers"}));
    EXPECT_TRUE(notesSay(r, "aws_eks_access_entry.hostile is left out"));
}

TEST(ImportTest, TerraformPlanUsesPlannedValuesAndSkipsDataSources)
{
    Importer::Result r = import({"terraform-plan.json"});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.clusters, 1);
    const Element& c = named(*r.design, "greenfield");
    EXPECT_FALSE(c.boolValue("resourcesVpcConfig.endpointPublicAccess"));
    EXPECT_EQ(parentName(*r.design, c), "vpc of greenfield");
    EXPECT_TRUE(notesSay(r, "names no VPC"));
}

TEST(ImportTest, SeveralInputsGoIntoOneDesign)
{
    Importer::Result r = import({"aks-private-system.json", "eks-public-default.json",
                                 "terraform-eks.json", "terraform-aks-v4.json"});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.clusters, 4);
    const Design& d = *r.design;
    // Same names from different inputs get distinct ids.
    EXPECT_EQ(ofKind(d, ElementKind::AksNodePool).size(), 4u);
    test::expectReadableLayout(d);
    EXPECT_NE(d.title().find("aks-pay"), std::string::npos);
    EXPECT_NE(d.notes().find("eks-public-default.json"), std::string::npos);
}

TEST(ImportTest, TheSameClusterTwiceIsImportedOnce)
{
    Importer::Result r = import({"eks-public-default.json", "eks-public-default.json"});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.clusters, 1);
    EXPECT_TRUE(notesSay(r, "more than once"));
}

TEST(ImportTest, ForcedSourceMustMatch)
{
    EXPECT_TRUE(import({"aks-public.json"}, Importer::Source::Aks).ok());
    Importer::Result wrong = import({"aks-public.json"}, Importer::Source::Eks);
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.errors.front().text().find("looks like `az aks show` output, not `aws eks "
                                               "describe-cluster`"),
              std::string::npos)
        << wrong.errors.front().text();
    EXPECT_FALSE(import({"terraform-eks.json"}, Importer::Source::Aks).ok());
    // A bare describe-cluster object (--query cluster) is read with or without --from.
    Importer::Input bare{"bare.json", R"({"name": "x", "resourcesVpcConfig": {"vpcId": "vpc-1"}})"};
    EXPECT_TRUE(Importer::run({bare}).ok());
    EXPECT_TRUE(Importer::run({bare}, Importer::Source::Eks).ok());
    EXPECT_EQ(Importer::sourceFromName("terraform"), Importer::Source::Terraform);
    EXPECT_EQ(Importer::sourceFromName("gcp"), std::nullopt);
}

struct BadImport
{
    const char* file;
    const char* message;
    const char* location;
};

class BadImportTest : public testing::TestWithParam<BadImport>
{};

TEST_P(BadImportTest, RefusedWithWhereAndWhat)
{
    const BadImport& c = GetParam();
    Importer::Result r = import({std::string("bad/") + c.file});
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.design.has_value());
    ASSERT_FALSE(r.errors.empty());
    EXPECT_NE(r.errors.front().text().find(c.message), std::string::npos)
        << r.errors.front().text();
    EXPECT_NE(r.errors.front().text().find(c.location), std::string::npos)
        << r.errors.front().text();
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadImportTest,
    testing::Values(
        BadImport{"syntax-error.json", "not valid JSON", "syntax-error.json:5:3"},
        BadImport{"kubeconfig.yaml", "looks like YAML", "kubeconfig.yaml"},
        BadImport{"terraform-no-clusters.json", "holds aws_s3_bucket, aws_iam_role",
                  "terraform-no-clusters.json: at /"},
        BadImport{"terraform-empty-state.json", "an empty state?", "terraform-empty-state.json"},
        BadImport{"wrong-type.json", "should be true or false, found a string",
                  "at /apiServerAccessProfile/enablePrivateCluster"},
        BadImport{"bad-cidr.json", "'banana' is not an address block",
                  "at /cluster/resourcesVpcConfig/publicAccessCidrs/1"},
        BadImport{"empty.json", "the file is empty", "empty.json"},
        BadImport{"unknown.json", "not the JSON of az aks show", "unknown.json"},
        BadImport{"no-name.json", "the cluster has no \"name\"", "no-name.json"},
        BadImport{"eks-no-vpc-config.json", "no \"resourcesVpcConfig\"", "at /cluster"},
        BadImport{"design.json", "already a Kubegate design", "design.json"},
        BadImport{"missing.json", "no such file", "missing.json"},
        BadImport{"hostile-location.json",
                  "\"location\": 'eastus;touch x' is not an Azure location",
                  "hostile-location.json: at /location"},
        BadImport{"hostile-region.json", "\"arn\": 'us-east-1$(id)' is not an AWS Region code",
                  "hostile-region.json: at /cluster/arn"},
        BadImport{"hostile-zone-name.json", "contains a control character (U+000A)",
                  "/values/name"}),
    [](const testing::TestParamInfo<BadImport>& param) {
        std::string name = param.param.file;
        for (auto& ch : name) {
            if (!std::isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        }
        return name;
    });

TEST(ImportTest, OneBadInputImportsNothing)
{
    Importer::Result r = import({"aks-public.json", "bad/wrong-type.json"});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errors.size(), 1u);
}

TEST(ImportTest, HostileNamesBecomeSafeIdsAndPlainText)
{
    Importer::Input in{"hostile.json", R"({
      "name": "<script>alert(1)</script>\u0007\"]]><x",
      "type": "Microsoft.ContainerService/ManagedClusters",
      "location": "eastus",
      "agentPoolProfiles": [{"name": "p\u0000ool", "mode": "System",
        "vnetSubnetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/../../x"}]
    })"};
    Importer::Result r = Importer::run({in});
    ASSERT_TRUE(r.ok()) << r.errors.front().text();
    for (const auto& e : r.design->elements()) {
        EXPECT_TRUE(isValidId(e.id)) << e.id;
        EXPECT_EQ(e.name.find('\a'), std::string::npos);
        EXPECT_EQ(e.name.find('\0'), std::string::npos);
    }
    EXPECT_EQ(named(*r.design, "<script>alert(1)</script> \"]]><x").kind, ElementKind::AksCluster);
}

TEST(ImportTest, AzureResourceIds)
{
    auto id = AzureResourceId::parse("/subscriptions/s/resourceGroups/rg/providers/"
                                     "Microsoft.Network/virtualNetworks/vnet-a/subnets/snet-b");
    ASSERT_TRUE(id);
    EXPECT_TRUE(id->isSubnet());
    EXPECT_EQ(id->name(), "snet-b");
    EXPECT_EQ(id->parentName(), "vnet-a");
    EXPECT_EQ(id->resourceGroup(), "rg");
    EXPECT_EQ(id->parentId(),
              "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/"
              "vnet-a");
    EXPECT_FALSE(AzureResourceId::parse("subnet-0123"));
    EXPECT_FALSE(AzureResourceId::parse("/subscriptions/s/resourceGroups/rg"));
    EXPECT_EQ(AzureResourceId::key("/Subscriptions/S/"), "/subscriptions/s");
}

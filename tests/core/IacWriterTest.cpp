#include "iac/IacWriter.h"

#include "io/DesignJson.h"

#include <gtest/gtest.h>

using namespace kg;

namespace {
Design load(const char* name)
{
    LoadResult r =
        DesignJson::loadFile(std::string(KUBEGATE_SOURCE_DIR) + "/resources/templates/" + name);
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::move(*r.design) : Design{};
}

// Braces and brackets balance outside string literals and comments (a first check that HCL
// and Bicep parse).
bool balanced(const std::string& s)
{
    int braces = 0;
    int brackets = 0;
    bool quoted = false;
    bool comment = false;
    char quote = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (comment) {
            comment = c != '\n';
            continue;
        }
        if (!quoted && (c == '#' || (c == '/' && i + 1 < s.size() && s[i + 1] == '/'))) {
            comment = true;
            continue;
        }
        if (quoted) {
            quoted = c != quote;
            continue;
        }
        if (c == '"' || c == '\'') {
            quoted = true;
            quote = c;
        }
        braces += c == '{' ? 1 : c == '}' ? -1 : 0;
        brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        if (braces < 0 || brackets < 0)
            return false;
    }
    return braces == 0 && brackets == 0 && !quoted;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// An HCL attribute, whatever the alignment padding before its "=".
bool hclHas(const std::string& text, const std::string& key, const std::string& value)
{
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + 1)) {
        std::size_t eq = text.find_first_not_of(' ', at + key.size());
        if (eq != std::string::npos && text.compare(eq, 2, "= ") == 0 &&
            text.compare(eq + 2, value.size(), value) == 0)
            return true;
    }
    return false;
}
} // namespace

TEST(IacWriterTest, FormatsFromPathAndName)
{
    EXPECT_EQ(IacWriter::formatForPath("x.tf"), IacWriter::Format::Terraform);
    EXPECT_EQ(IacWriter::formatForPath("x.bicep"), IacWriter::Format::Bicep);
    EXPECT_EQ(IacWriter::formatForPath("x.yml"), IacWriter::Format::Eksctl);
    EXPECT_EQ(IacWriter::formatForPath("x.sh"), IacWriter::Format::AzureCli);
    EXPECT_FALSE(IacWriter::formatForPath("x.svg"));
    EXPECT_EQ(IacWriter::formatForName("terraform"), IacWriter::Format::Terraform);
    EXPECT_FALSE(IacWriter::formatForName("pulumi"));
}

TEST(IacWriterTest, AksPrivateOwnZone)
{
    const Design d = load("aks-private-own-zone.kubegate");
    const std::string tf = IacWriter::write(d, IacWriter::Format::Terraform);
    EXPECT_TRUE(balanced(tf)) << tf;
    EXPECT_TRUE(has(tf, "resource \"azurerm_kubernetes_cluster\" \"aks_pay\""));
    EXPECT_TRUE(hclHas(tf, "private_cluster_enabled", "true"));
    EXPECT_TRUE(hclHas(tf, "private_dns_zone_id", "azurerm_private_dns_zone.zone_own.id")) << tf;
    EXPECT_TRUE(hclHas(tf, "private_cluster_public_fqdn_enabled", "false"));
    EXPECT_TRUE(hclHas(tf, "run_command_enabled", "true"));
    const std::string bicep = IacWriter::write(d, IacWriter::Format::Bicep);
    EXPECT_TRUE(balanced(bicep)) << bicep;
    EXPECT_TRUE(has(bicep, "enablePrivateCluster: true"));
    EXPECT_TRUE(has(bicep, "enablePrivateClusterPublicFQDN: false"));
    EXPECT_TRUE(has(bicep, "privateDNSZone: resourceId('Microsoft.Network/privateDnsZones', "
                           "'privatelink.eastus.azmk8s.io')"))
        << bicep;
    const std::string sh = IacWriter::write(d, IacWriter::Format::AzureCli);
    EXPECT_TRUE(has(sh, "--enable-private-cluster --private-dns-zone "
                        "\"$network\"'/privateDnsZones/privatelink.eastus.azmk8s.io'"))
        << sh;
    // An own zone needs a user-assigned identity.
    EXPECT_TRUE(has(sh, "--assign-identity \"$IDENTITY_ID\""));
    EXPECT_TRUE(has(sh, "--disable-public-fqdn"));
    EXPECT_TRUE(IacWriter::write(d, IacWriter::Format::Eksctl).empty()); // no EKS cluster
}

TEST(IacWriterTest, AksAuthorizedRangesAndVnetIntegration)
{
    const Design ranges = load("aks-authorized-ranges.kubegate");
    const std::string tf = IacWriter::write(ranges, IacWriter::Format::Terraform);
    EXPECT_TRUE(has(tf, "authorized_ip_ranges = [\"198.51.100.0/24\"]")) << tf;
    EXPECT_TRUE(has(IacWriter::write(ranges, IacWriter::Format::AzureCli),
                    "--api-server-authorized-ip-ranges '198.51.100.0/24'"));
    const Design vnet = load("aks-vnet-integration-private.kubegate");
    const std::string bicep = IacWriter::write(vnet, IacWriter::Format::Bicep);
    EXPECT_TRUE(has(bicep, "enableVnetIntegration: true")) << bicep;
    EXPECT_TRUE(has(bicep, "subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', "
                           "'vnet-app', 'snet-apiserver')"));
    // The first API version whose apiServerAccessProfile has enableVnetIntegration and subnetId.
    EXPECT_TRUE(has(bicep, "'Microsoft.ContainerService/managedClusters@2025-03-01'"));
    // The Azure CLI refuses --apiserver-subnet-id without --vnet-subnet-id on create.
    const std::string sh = IacWriter::write(vnet, IacWriter::Format::AzureCli);
    EXPECT_TRUE(
        has(sh, "--vnet-subnet-id \"$network\"'/virtualNetworks/vnet-app/subnets/snet-aks'"))
        << sh;
    EXPECT_TRUE(has(sh, "--enable-apiserver-vnet-integration --apiserver-subnet-id "
                        "\"$network\"'/virtualNetworks/vnet-app/subnets/snet-apiserver'"));
    // On update, a VNet-integrated cluster switches its private mode in place.
    EXPECT_TRUE(has(sh, "\n        --enable-private-cluster \\\n"));
    // Terraform: the azurerm 4.x attribute name (AKS-113).
    const std::string vnetTf = IacWriter::write(vnet, IacWriter::Format::Terraform);
    EXPECT_TRUE(hclHas(vnetTf, "virtual_network_integration_enabled", "true")) << vnetTf;
    EXPECT_FALSE(has(vnetTf, " vnet_integration_enabled"));
}

TEST(IacWriterTest, EksEndpointsAndCidrs)
{
    const Design d = load("eks-public-private.kubegate");
    const std::string yaml = IacWriter::write(d, IacWriter::Format::Eksctl);
    EXPECT_TRUE(has(yaml, "kind: ClusterConfig"));
    EXPECT_TRUE(has(yaml, "    publicAccess: true\n    privateAccess: true"));
    EXPECT_TRUE(has(yaml, "publicAccessCIDRs:\n    - \"203.0.113.0/24\""));
    const std::string tf = IacWriter::write(d, IacWriter::Format::Terraform);
    EXPECT_TRUE(balanced(tf)) << tf;
    EXPECT_TRUE(has(tf, "public_access_cidrs     = [\"203.0.113.0/24\"]"));
    EXPECT_TRUE(
        has(tf, "subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id]"));
    EXPECT_TRUE(has(IacWriter::write(d, IacWriter::Format::AzureCli),
                    "--resources-vpc-config 'endpointPublicAccess=true,endpointPrivateAccess=true,"
                    "publicAccessCidrs=203.0.113.0/24'"));
    EXPECT_TRUE(IacWriter::write(d, IacWriter::Format::Bicep).empty());
}

TEST(IacWriterTest, PrivateClusterUpdatesOnlyWhatChangesInPlace)
{
    // Without VNet integration, az aks update cannot make a cluster private or public, and it
    // refuses authorized ranges on a private cluster.
    const std::string sh =
        IacWriter::write(load("aks-private-own-zone.kubegate"), IacWriter::Format::AzureCli);
    const std::string update = sh.substr(sh.rfind("az aks update"));
    EXPECT_FALSE(has(update, "--enable-private-cluster")) << sh;
    EXPECT_FALSE(has(update, "--api-server-authorized-ip-ranges")) << sh;
    EXPECT_TRUE(has(update, "--disable-public-fqdn"));
    EXPECT_TRUE(has(sh, "(AKS-021)"));
}

TEST(IacWriterTest, TerraformPinsTheProviders)
{
    const std::string tf =
        IacWriter::write(load("aks-beside-eks.kubegate"), IacWriter::Format::Terraform);
    EXPECT_TRUE(has(tf, "source  = \"hashicorp/azurerm\"\n      version = \"~> 4.46\""));
    EXPECT_TRUE(has(tf, "source  = \"hashicorp/aws\"\n      version = \"~> 6.0\""));
    const std::string aksOnly =
        IacWriter::write(load("aks-public.kubegate"), IacWriter::Format::Terraform);
    EXPECT_FALSE(has(aksOnly, "hashicorp/aws"));
}

TEST(IacWriterTest, IdentifiersStayUnique)
{
    // Ids that differ only in '-' and '.' would name one Terraform resource twice.
    Design d = load("aks-public.kubegate");
    Element copy = *d.element("aks-web");
    copy.id = "aks.web";
    d.insertElement(copy);
    const std::string tf = IacWriter::write(d, IacWriter::Format::Terraform);
    EXPECT_TRUE(has(tf, "\"azurerm_kubernetes_cluster\" \"aks_web\" {")) << tf;
    EXPECT_TRUE(has(tf, "\"azurerm_kubernetes_cluster\" \"aks_web_2\" {")) << tf;
}

TEST(IacWriterTest, NamesOnlyInOneLineComments)
{
    Design d = load("aks-public.kubegate");
    Element e = *d.element("aks-web");
    e.name = "evil\n}\nresource \"x\" \"y\" {";
    d.replaceElement(e);
    for (auto f :
         {IacWriter::Format::Terraform, IacWriter::Format::Bicep, IacWriter::Format::AzureCli}) {
        const std::string text = IacWriter::write(d, f);
        EXPECT_TRUE(f == IacWriter::Format::AzureCli || balanced(text)) << text;
        EXPECT_FALSE(has(text, "\n}\nresource \"x\"")) << text;
    }
}

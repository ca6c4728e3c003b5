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
    EXPECT_TRUE(has(tf, "privateDnsZones/privatelink.eastus.azmk8s.io\""));
    EXPECT_TRUE(hclHas(tf, "private_cluster_public_fqdn_enabled", "false"));
    EXPECT_TRUE(hclHas(tf, "run_command_enabled", "true"));
    const std::string bicep = IacWriter::write(d, IacWriter::Format::Bicep);
    EXPECT_TRUE(balanced(bicep)) << bicep;
    EXPECT_TRUE(has(bicep, "enablePrivateCluster: true"));
    EXPECT_TRUE(has(bicep, "enablePrivateClusterPublicFQDN: false"));
    const std::string sh = IacWriter::write(d, IacWriter::Format::AzureCli);
    EXPECT_TRUE(has(sh, "--enable-private-cluster --private-dns-zone"));
    EXPECT_TRUE(has(sh, "--disable-public-fqdn"));
    EXPECT_TRUE(IacWriter::write(d, IacWriter::Format::Eksctl).empty()); // no EKS cluster
}

TEST(IacWriterTest, AksAuthorizedRangesAndVnetIntegration)
{
    const Design ranges = load("aks-authorized-ranges.kubegate");
    const std::string tf = IacWriter::write(ranges, IacWriter::Format::Terraform);
    EXPECT_TRUE(has(tf, "authorized_ip_ranges = [\"198.51.100.0/24\"]")) << tf;
    EXPECT_TRUE(has(IacWriter::write(ranges, IacWriter::Format::AzureCli),
                    "--api-server-authorized-ip-ranges 198.51.100.0/24"));
    const Design vnet = load("aks-vnet-integration-private.kubegate");
    const std::string bicep = IacWriter::write(vnet, IacWriter::Format::Bicep);
    EXPECT_TRUE(has(bicep, "enableVnetIntegration: true")) << bicep;
    EXPECT_TRUE(has(bicep, "subnets/snet-apiserver'"));
    EXPECT_TRUE(has(IacWriter::write(vnet, IacWriter::Format::AzureCli),
                    "--enable-apiserver-vnet-integration"));
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
                    "--resources-vpc-config \"endpointPublicAccess=true,endpointPrivateAccess=true,"
                    "publicAccessCidrs=203.0.113.0/24\""));
    EXPECT_TRUE(IacWriter::write(d, IacWriter::Format::Bicep).empty());
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

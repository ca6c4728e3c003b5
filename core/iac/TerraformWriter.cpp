// Terraform: the access settings of azurerm_kubernetes_cluster (azurerm 4.x argument names)
// and of aws_eks_cluster's vpc_config, with a required_providers block pinning the provider
// major versions whose names are used. Subnets and zones are referenced as the Terraform
// resources a team declares for them (azurerm_subnet.<id>, aws_subnet.<id>,
// azurerm_private_dns_zone.<id>), named after the design's element ids.

#include "iac/IacFormats.h"
#include "iac/IacQuoting.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace kg::iac {

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// Consecutive attributes with their "=" aligned, as `terraform fmt` writes them.
void attributes(std::string& out, const std::string& indent, const Attributes& list)
{
    std::size_t width = 0;
    for (const auto& a : list)
        width = std::max(width, a.first.size());
    for (const auto& [key, value] : list)
        out += indent + key + std::string(width - key.size(), ' ') + " = " + value + "\n";
}

std::string boolean(bool value)
{
    return value ? "true" : "false";
}

std::string stringList(const StringList& values)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + hclString(values[i]);
    return out + "]";
}

std::string reference(const std::string& type, const std::string& id)
{
    return type + "." + Identifiers::of(id) + ".id";
}

void aks(const Design& d, const Element& c, Identifiers& names, std::string& out)
{
    const bool priv = c.boolValue(kPrivate);
    const AksPlace place = aksPlace(d, c);
    out += "# " + commentText(c.label()) + ": access settings of the cluster resource\n";
    out += "resource \"azurerm_kubernetes_cluster\" " + hclString(names.unique(c.id)) + " {\n";
    Attributes top{
        {"name", hclString(c.id)},
        {"location", hclString(regionOf(c))},
        {"private_cluster_enabled", boolean(priv)},
    };
    if (priv) {
        const std::string& zone = c.stringValue(kZone);
        top.emplace_back("private_dns_zone_id",
                         place.zoneId.empty()
                             ? hclString(zone)
                             : reference("azurerm_private_dns_zone", place.zoneId));
        top.emplace_back("private_cluster_public_fqdn_enabled", boolean(c.boolValue(kFqdn)));
    }
    top.emplace_back("run_command_enabled", boolean(!c.boolValue(kNoRun)));
    out += "  # private_cluster_enabled and private_dns_zone_id replace the cluster when they "
           "change (AKS-111, AKS-112)\n";
    attributes(out, "  ", top);
    if (!c.listValue(kRanges).empty() || c.boolValue(kVnet)) {
        out += "\n  api_server_access_profile {\n";
        Attributes profile;
        if (!c.listValue(kRanges).empty())
            profile.emplace_back("authorized_ip_ranges", stringList(c.listValue(kRanges)));
        if (c.boolValue(kVnet)) {
            // The azurerm 4.x name; 3.x called it vnet_integration_enabled (AKS-113).
            profile.emplace_back("virtual_network_integration_enabled", "true");
            if (!place.apiSubnet.empty())
                profile.emplace_back("subnet_id", reference("azurerm_subnet", place.apiSubnet));
        }
        attributes(out, "    ", profile);
        out += "  }\n";
    }
    if (!place.nodeSubnet.empty()) {
        out += "\n  default_node_pool {\n";
        attributes(out, "    ",
                   {{"name", hclString("system")},
                    {"vnet_subnet_id", reference("azurerm_subnet", place.nodeSubnet)}});
        out += "    # ... vm_size, node_count\n  }\n";
    }
    out += "  # ... the rest of the cluster: resource_group_name, dns_prefix, identity\n}\n\n";
}

void eks(const Element& c, Identifiers& names, std::string& out)
{
    out += "# " + commentText(c.label()) + ": access settings of the cluster resource\n";
    out += "resource \"aws_eks_cluster\" " + hclString(names.unique(c.id)) + " {\n";
    out += "  name = " + hclString(c.id) + "\n\n  vpc_config {\n";
    Attributes vpc{
        {"endpoint_public_access", boolean(c.boolValue(kPublic))},
        {"endpoint_private_access", boolean(c.boolValue(kPrivateEks))},
    };
    if (!c.listValue(kCidrs).empty())
        vpc.emplace_back("public_access_cidrs", stringList(c.listValue(kCidrs)));
    std::string subnets = "[";
    const StringList& ids = c.listValue(kSubnets);
    for (std::size_t i = 0; i < ids.size(); ++i)
        subnets += (i ? ", " : "") + reference("aws_subnet", ids[i]);
    vpc.emplace_back("subnet_ids", subnets + "]");
    attributes(out, "    ", vpc);
    out += "  }\n  # ... the rest of the cluster: role_arn, version, access_config\n}\n\n";
}

} // namespace

void writeTerraform(const Design& design, std::string& out)
{
    bool anyAks = false;
    bool anyEks = false;
    for (const auto& e : design.elements()) {
        anyAks |= e.kind == ElementKind::AksCluster;
        anyEks |= e.kind == ElementKind::EksCluster;
    }
    if (!anyAks && !anyEks)
        return;
    out += "# API server access settings from Kubegate: add them to your cluster resources.\n";
    out += "terraform {\n  required_providers {\n";
    // azurerm 4.46 added api_server_access_profile's subnet_id and
    // virtual_network_integration_enabled; aws 6.x keeps 5.x's vpc_config names.
    if (anyAks)
        out += "    azurerm = {\n      source  = \"hashicorp/azurerm\"\n"
               "      version = \"~> 4.46\"\n    }\n";
    if (anyEks)
        out += "    aws = {\n      source  = \"hashicorp/aws\"\n"
               "      version = \"~> 6.0\"\n    }\n";
    out += "  }\n}\n\n";
    Identifiers names;
    for (const auto& e : design.elements()) {
        if (e.kind == ElementKind::AksCluster)
            aks(design, e, names, out);
        else if (e.kind == ElementKind::EksCluster)
            eks(e, names, out);
    }
}

} // namespace kg::iac

#include "iac/IacWriter.h"

#include <cctype>
#include <sstream>

namespace kg {

namespace {

constexpr const char* kPrivate = "apiServerAccessProfile.enablePrivateCluster";
constexpr const char* kZone = "apiServerAccessProfile.privateDNSZone";
constexpr const char* kFqdn = "apiServerAccessProfile.enablePrivateClusterPublicFQDN";
constexpr const char* kRanges = "apiServerAccessProfile.authorizedIPRanges";
constexpr const char* kVnet = "apiServerAccessProfile.enableVnetIntegration";
constexpr const char* kSubnet = "apiServerAccessProfile.subnetId";
constexpr const char* kNoRun = "apiServerAccessProfile.disableRunCommand";
constexpr const char* kPublic = "resourcesVpcConfig.endpointPublicAccess";
constexpr const char* kPrivateEks = "resourcesVpcConfig.endpointPrivateAccess";
constexpr const char* kCidrs = "resourcesVpcConfig.publicAccessCidrs";
constexpr const char* kSubnets = "resourcesVpcConfig.subnetIds";

// A comment line: what a person typed, without line breaks that would end the comment.
std::string commentText(const std::string& s)
{
    std::string out;
    for (char c : s)
        out += (c == '\n' || c == '\r') ? ' ' : c;
    return out;
}

// Identifiers for Terraform and Bicep: letters, digits and underscores, not starting with a digit.
std::string identifier(const std::string& id)
{
    std::string out;
    for (char c : id)
        out += (std::isalnum(static_cast<unsigned char>(c)) != 0) ? c : '_';
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front())) != 0)
        out.insert(out.begin(), 'c');
    return out;
}

std::string join(const StringList& list, const std::string& quote, const std::string& sep)
{
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? sep : "") + quote + list[i] + quote;
    return out;
}

// privateDNSZone as the tools spell it: system, none, or a zone's resource id (the design holds
// the zone element's id; the resource id is the team's, so a placeholder names it).
std::string zoneValue(const Design& d, const Element& c, bool lower)
{
    const std::string& zone = c.stringValue(kZone);
    if (zone == "System")
        return lower ? "system" : "System";
    if (zone == "None")
        return lower ? "none" : "None";
    const Element* z = d.element(zone);
    return "/subscriptions/<subscription>/resourceGroups/<group>/providers/"
           "Microsoft.Network/privateDnsZones/" +
           (z ? z->stringValue("zoneName") : zone);
}

std::string subnetValue(const std::string& id)
{
    return "/subscriptions/<subscription>/resourceGroups/<group>/providers/"
           "Microsoft.Network/virtualNetworks/<vnet>/subnets/" +
           id;
}

std::string region(const Element& c)
{
    return c.kind == ElementKind::EksCluster ? c.stringValue("region") : c.stringValue("location");
}

void azureCli(const Design& d, const Element& c, std::ostringstream& out)
{
    out << "# " << commentText(c.label()) << " (AKS)\n";
    out << "az aks create --resource-group \"$RESOURCE_GROUP\" --name " << c.id << " --location "
        << region(c);
    const bool priv = c.boolValue(kPrivate);
    if (priv) {
        out << " \\\n  --enable-private-cluster --private-dns-zone \"" << zoneValue(d, c, true)
            << "\"";
        if (!c.boolValue(kFqdn))
            out << " \\\n  --disable-public-fqdn";
    }
    if (c.boolValue(kVnet))
        out << " \\\n  --enable-apiserver-vnet-integration --apiserver-subnet-id \""
            << subnetValue(c.stringValue(kSubnet)) << "\"";
    if (!c.listValue(kRanges).empty())
        out << " \\\n  --api-server-authorized-ip-ranges " << join(c.listValue(kRanges), "", ",");
    if (c.boolValue(kNoRun))
        out << " \\\n  --disable-run-command";
    out << "\n\n# The same on an existing cluster (private cluster and VNet integration are set at "
           "creation):\naz aks update --resource-group \"$RESOURCE_GROUP\" --name "
        << c.id << " \\\n  --api-server-authorized-ip-ranges \""
        << join(c.listValue(kRanges), "", ",") << "\"";
    if (priv)
        out << " \\\n  " << (c.boolValue(kFqdn) ? "--enable-public-fqdn" : "--disable-public-fqdn");
    out << " \\\n  " << (c.boolValue(kNoRun) ? "--disable-run-command" : "--enable-run-command")
        << "\n\n";
}

void awsCli(const Element& c, std::ostringstream& out)
{
    out << "# " << commentText(c.label()) << " (EKS)\n";
    out << "aws eks update-cluster-config --name " << c.id << " --region " << region(c)
        << " \\\n  --resources-vpc-config \"endpointPublicAccess="
        << (c.boolValue(kPublic) ? "true" : "false")
        << ",endpointPrivateAccess=" << (c.boolValue(kPrivateEks) ? "true" : "false");
    // One shell word: the AWS CLI's shorthand reads the values after publicAccessCidrs= as its
    // list, up to the next key.
    if (c.boolValue(kPublic) && !c.listValue(kCidrs).empty())
        out << ",publicAccessCidrs=" << join(c.listValue(kCidrs), "", ",");
    out << "\"\n\n";
}

void bicep(const Design& d, const Element& c, std::ostringstream& out)
{
    out << "// " << commentText(c.label()) << "\n";
    out << "resource " << identifier(c.id)
        << " 'Microsoft.ContainerService/managedClusters@2024-02-01' = {\n"
        << "  name: '" << c.id << "'\n  location: '" << region(c) << "'\n  properties: {\n"
        << "    apiServerAccessProfile: {\n";
    const bool priv = c.boolValue(kPrivate);
    out << "      enablePrivateCluster: " << (priv ? "true" : "false") << "\n";
    if (priv) {
        out << "      privateDNSZone: '" << zoneValue(d, c, true) << "'\n";
        out << "      enablePrivateClusterPublicFQDN: " << (c.boolValue(kFqdn) ? "true" : "false")
            << "\n";
    }
    if (c.boolValue(kVnet))
        out << "      enableVnetIntegration: true\n      subnetId: '"
            << subnetValue(c.stringValue(kSubnet)) << "'\n";
    if (!c.listValue(kRanges).empty()) {
        out << "      authorizedIPRanges: [\n";
        for (const auto& r : c.listValue(kRanges))
            out << "        '" << r << "'\n";
        out << "      ]\n";
    }
    out << "      disableRunCommand: " << (c.boolValue(kNoRun) ? "true" : "false") << "\n";
    out << "    }\n  }\n}\n\n";
}

// Consecutive attributes with their "=" aligned, as `terraform fmt` writes them.
void hclAttributes(std::ostringstream& out, const std::string& indent,
                   const std::vector<std::pair<std::string, std::string>>& attributes)
{
    std::size_t width = 0;
    for (const auto& a : attributes)
        width = std::max(width, a.first.size());
    for (const auto& [key, value] : attributes)
        out << indent << key << std::string(width - key.size(), ' ') << " = " << value << "\n";
}

std::string hclBool(bool value)
{
    return value ? "true" : "false";
}

void terraformAks(const Design& d, const Element& c, std::ostringstream& out)
{
    const bool priv = c.boolValue(kPrivate);
    out << "# " << commentText(c.label()) << ": access settings of the cluster resource\n";
    out << "resource \"azurerm_kubernetes_cluster\" \"" << identifier(c.id) << "\" {\n";
    std::vector<std::pair<std::string, std::string>> top{
        {"name", "\"" + c.id + "\""},
        {"location", "\"" + region(c) + "\""},
        {"private_cluster_enabled", hclBool(priv)},
    };
    if (priv) {
        top.emplace_back("private_dns_zone_id", "\"" + zoneValue(d, c, false) + "\"");
        top.emplace_back("private_cluster_public_fqdn_enabled", hclBool(c.boolValue(kFqdn)));
    }
    top.emplace_back("run_command_enabled", hclBool(!c.boolValue(kNoRun)));
    hclAttributes(out, "  ", top);
    if (!c.listValue(kRanges).empty() || c.boolValue(kVnet)) {
        out << "\n  api_server_access_profile {\n";
        std::vector<std::pair<std::string, std::string>> profile;
        if (!c.listValue(kRanges).empty())
            profile.emplace_back("authorized_ip_ranges",
                                 "[" + join(c.listValue(kRanges), "\"", ", ") + "]");
        if (c.boolValue(kVnet)) {
            // The azurerm 4.x name; 3.x called it vnet_integration_enabled (AKS-113).
            profile.emplace_back("virtual_network_integration_enabled", "true");
            profile.emplace_back("subnet_id", "\"" + subnetValue(c.stringValue(kSubnet)) + "\"");
        }
        hclAttributes(out, "    ", profile);
        out << "  }\n";
    }
    out << "  # ... the rest of the cluster: resource group, node pools, identity\n}\n\n";
}

void terraformEks(const Element& c, std::ostringstream& out)
{
    out << "# " << commentText(c.label()) << ": access settings of the cluster resource\n";
    out << "resource \"aws_eks_cluster\" \"" << identifier(c.id) << "\" {\n";
    out << "  name = \"" << c.id << "\"\n\n  vpc_config {\n";
    std::vector<std::pair<std::string, std::string>> vpc{
        {"endpoint_public_access", hclBool(c.boolValue(kPublic))},
        {"endpoint_private_access", hclBool(c.boolValue(kPrivateEks))},
    };
    if (!c.listValue(kCidrs).empty())
        vpc.emplace_back("public_access_cidrs", "[" + join(c.listValue(kCidrs), "\"", ", ") + "]");
    StringList subnets;
    for (const auto& s : c.listValue(kSubnets))
        subnets.push_back("aws_subnet." + identifier(s) + ".id");
    vpc.emplace_back("subnet_ids", "[" + join(subnets, "", ", ") + "]");
    hclAttributes(out, "    ", vpc);
    out << "  }\n  # ... the rest of the cluster: role_arn, version, access_config\n}\n\n";
}

void eksctl(const Element& c, std::ostringstream& out)
{
    out << "# " << commentText(c.label()) << "\n";
    out << "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: " << c.id
        << "\n  region: " << region(c) << "\nvpc:\n  clusterEndpoints:\n    publicAccess: "
        << (c.boolValue(kPublic) ? "true" : "false")
        << "\n    privateAccess: " << (c.boolValue(kPrivateEks) ? "true" : "false") << "\n";
    if (!c.listValue(kCidrs).empty()) {
        out << "  publicAccessCIDRs:\n";
        for (const auto& r : c.listValue(kCidrs))
            out << "    - \"" << r << "\"\n";
    }
}

} // namespace

std::optional<IacWriter::Format> IacWriter::formatForPath(std::string_view path)
{
    auto ends = [&](std::string_view ext) {
        return path.size() > ext.size() && path.substr(path.size() - ext.size()) == ext;
    };
    if (ends(".sh"))
        return Format::AzureCli;
    if (ends(".bicep"))
        return Format::Bicep;
    if (ends(".tf"))
        return Format::Terraform;
    if (ends(".yaml") || ends(".yml"))
        return Format::Eksctl;
    return std::nullopt;
}

std::optional<IacWriter::Format> IacWriter::formatForName(std::string_view name)
{
    if (name == "azcli" || name == "awscli" || name == "cli")
        return Format::AzureCli;
    if (name == "bicep")
        return Format::Bicep;
    if (name == "terraform")
        return Format::Terraform;
    if (name == "eksctl")
        return Format::Eksctl;
    return std::nullopt;
}

std::string IacWriter::write(const Design& design, Format format)
{
    std::ostringstream out;
    bool any = false;
    bool firstYaml = true;
    if (format == Format::AzureCli)
        out << "#!/bin/sh\n# API server access settings from Kubegate. Set RESOURCE_GROUP first.\n"
               "set -e\n\n";
    for (const auto& e : design.elements()) {
        const bool aks = e.kind == ElementKind::AksCluster;
        const bool eks = e.kind == ElementKind::EksCluster;
        if (!aks && !eks)
            continue;
        switch (format) {
        case Format::AzureCli:
            aks ? azureCli(design, e, out) : awsCli(e, out);
            any = true;
            break;
        case Format::Bicep:
            if (aks) {
                bicep(design, e, out);
                any = true;
            }
            break;
        case Format::Terraform:
            aks ? terraformAks(design, e, out) : terraformEks(e, out);
            any = true;
            break;
        case Format::Eksctl:
            if (eks) {
                if (!firstYaml)
                    out << "---\n";
                firstYaml = false;
                eksctl(e, out);
                any = true;
            }
            break;
        }
    }
    return any ? out.str() : std::string();
}

} // namespace kg

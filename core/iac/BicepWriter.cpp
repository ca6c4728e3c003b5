// Bicep: each AKS cluster's apiServerAccessProfile, on an API version of
// Microsoft.ContainerService/managedClusters whose schema has every property written
// (enableVnetIntegration and subnetId among them). Subnets and zones are named with
// resourceId() in the deployment's resource group.

#include "iac/IacFormats.h"
#include "iac/IacQuoting.h"

#include <array>

namespace kg::iac {

namespace {

// Bicep's keywords cannot name a resource.
std::string symbolicName(Identifiers& names, const std::string& id)
{
    static constexpr std::array<std::string_view, 19> kKeywords{
        "targetScope", "resource", "module",   "param",     "var",   "output", "type",
        "func",        "import",   "metadata", "existing",  "if",    "for",    "in",
        "true",        "false",    "null",     "extension", "assert"};
    std::string name = Identifiers::of(id);
    for (std::string_view k : kKeywords)
        if (name == k)
            return names.unique(name + "_cluster");
    return names.unique(id);
}

std::string subnetRef(const std::string& vnet, const std::string& subnet)
{
    return "resourceId('Microsoft.Network/virtualNetworks/subnets', " + bicepString(vnet) + ", " +
           bicepString(subnet) + ")";
}

void cluster(const Design& d, const Element& c, Identifiers& names, std::string& out)
{
    const bool priv = c.boolValue(kPrivate);
    const AksPlace place = aksPlace(d, c);
    out += "// " + commentText(c.label()) + "\n";
    out += "resource " + symbolicName(names, c.id) + " '" + std::string(kBicepApiType) + "' = {\n";
    out += "  name: " + bicepString(c.id) + "\n";
    out += "  location: " + bicepString(regionOf(c)) + "\n";
    out += "  properties: {\n    apiServerAccessProfile: {\n";
    out += "      enablePrivateCluster: " + std::string(priv ? "true" : "false") + "\n";
    if (priv) {
        std::string zone;
        if (!place.zoneId.empty())
            zone = "resourceId('Microsoft.Network/privateDnsZones', " +
                   bicepString(place.zoneName.empty() ? place.zoneId : place.zoneName) + ")";
        else
            zone = c.stringValue(kZone) == "None" ? "'none'" : "'system'";
        out += "      privateDNSZone: " + zone + "\n";
        out += "      enablePrivateClusterPublicFQDN: " +
               std::string(c.boolValue(kFqdn) ? "true" : "false") + "\n";
    }
    if (c.boolValue(kVnet)) {
        out += "      enableVnetIntegration: true\n";
        if (!place.apiSubnet.empty())
            out += "      subnetId: " + subnetRef(place.apiVnet, place.apiSubnet) + "\n";
    }
    if (!c.listValue(kRanges).empty()) {
        out += "      authorizedIPRanges: [\n";
        for (const auto& r : c.listValue(kRanges))
            out += "        " + bicepString(r) + "\n";
        out += "      ]\n";
    }
    out += "      disableRunCommand: " + std::string(c.boolValue(kNoRun) ? "true" : "false") + "\n";
    out += "    }\n";
    if (!place.nodeSubnet.empty()) {
        out +=
            "    agentPoolProfiles: [\n      {\n        name: 'system'\n        mode: 'System'\n";
        out += "        vnetSubnetID: " + subnetRef(place.nodeVnet, place.nodeSubnet) + "\n";
        out += "        // ... count, vmSize\n      }\n    ]\n";
    }
    out += "    // ... the rest of the cluster: dnsPrefix, identity\n  }\n}\n\n";
}

} // namespace

void writeBicep(const Design& design, std::string& out)
{
    Identifiers names;
    for (const auto& e : design.elements())
        if (e.kind == ElementKind::AksCluster)
            cluster(design, e, names, out);
}

} // namespace kg::iac

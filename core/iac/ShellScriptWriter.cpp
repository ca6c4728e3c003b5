// The shell script: Azure CLI commands for AKS clusters and AWS CLI commands for EKS clusters.
// Run as `sh access.sh create` (az aks create: a new cluster with these settings) or
// `sh access.sh update` (az aks update: the settings an existing cluster can take in place).
// Every value of the design is one single-quoted shell word; only the variables the person
// sets (SUBSCRIPTION_ID, RESOURCE_GROUP, IDENTITY_ID, SP_CLIENT_ID, SP_CLIENT_SECRET) are
// expanded, inside double quotes.
// docs/IAC.md lists the flags, the CLI versions they were checked against and the conditions
// az aks update puts on each.

#include "iac/IacFormats.h"
#include "iac/IacQuoting.h"

namespace kg::iac {

namespace {

constexpr const char* kBreak = " \\\n        ";

std::string joined(const StringList& list)
{
    std::string out;
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? "," : "") + list[i];
    return out;
}

// A resource id under the deployment's Microsoft.Network provider: the fixed part from the
// variables, the design's names as one quoted word.
std::string networkId(const std::string& rest)
{
    return "\"$network\"" + shellWord("/" + rest);
}

std::string subnetId(const std::string& vnet, const std::string& subnet)
{
    return networkId("virtualNetworks/" + vnet + "/subnets/" + subnet);
}

std::string zoneFlag(const Element& c, const AksPlace& place)
{
    if (!place.zoneId.empty())
        return networkId("privateDnsZones/" +
                         (place.zoneName.empty() ? place.zoneId : place.zoneName));
    return shellWord(c.stringValue(kZone) == "None" ? "none" : "system");
}

bool usesServicePrincipal(const Element& c)
{
    return c.stringValue("identityType") == "ServicePrincipal";
}

bool ownZone(const Element& c)
{
    const std::string& zone = c.stringValue(kZone);
    return c.boolValue(kPrivate) && zone != "System" && zone != "None";
}

bool needsIdentity(const Element& c)
{
    return !usesServicePrincipal(c) &&
           (c.stringValue("identityType") == "UserAssigned" || ownZone(c));
}

void aksCreate(const Element& c, const AksPlace& place, std::string& out)
{
    const bool priv = c.boolValue(kPrivate);
    const bool vnet = c.boolValue(kVnet);
    out += "    az aks create --resource-group \"$RESOURCE_GROUP\" --name " + shellWord(c.id) +
           " --location " + shellWord(regionOf(c));
    // A cluster in a subnet of the design brings its own VNet; the CLI refuses
    // --apiserver-subnet-id without --vnet-subnet-id on create.
    if (!place.nodeSubnet.empty())
        out +=
            kBreak + std::string("--vnet-subnet-id ") + subnetId(place.nodeVnet, place.nodeSubnet);
    if (priv) {
        out += kBreak + std::string("--enable-private-cluster --private-dns-zone ") +
               zoneFlag(c, place);
        if (!c.boolValue(kFqdn))
            out += kBreak + std::string("--disable-public-fqdn");
    }
    // The cluster identity: a service principal, or a user-assigned identity (which a private
    // DNS zone of one's own needs, with rights on it: AKS-024).
    if (usesServicePrincipal(c))
        out += kBreak + std::string("--service-principal \"$SP_CLIENT_ID\" --client-secret "
                                    "\"$SP_CLIENT_SECRET\"");
    else if (needsIdentity(c))
        out += kBreak + std::string("--assign-identity \"$IDENTITY_ID\"");
    if (vnet) {
        out += kBreak + std::string("--enable-apiserver-vnet-integration");
        if (!place.apiSubnet.empty() && !place.nodeSubnet.empty())
            out += " --apiserver-subnet-id " + subnetId(place.apiVnet, place.apiSubnet);
    }
    // The CLI refuses authorized ranges on a private cluster: they apply to a public endpoint.
    if (!c.listValue(kRanges).empty() && !priv)
        out += kBreak + std::string("--api-server-authorized-ip-ranges ") +
               shellWord(joined(c.listValue(kRanges)));
    if (c.boolValue(kNoRun))
        out += kBreak + std::string("--disable-run-command");
    out += "\n";
}

void aksUpdate(const Element& c, const AksPlace& place, std::string& out)
{
    const bool priv = c.boolValue(kPrivate);
    const bool vnet = c.boolValue(kVnet);
    out += "    az aks update --resource-group \"$RESOURCE_GROUP\" --name " + shellWord(c.id);
    if (vnet) {
        // Converting is one way; the private mode of a VNet-integrated cluster switches in
        // place, that of any other cluster does not (AKS-021, AKS-090).
        out += kBreak + std::string("--enable-apiserver-vnet-integration");
        if (!place.apiSubnet.empty())
            out += " --apiserver-subnet-id " + subnetId(place.apiVnet, place.apiSubnet);
        out +=
            kBreak + std::string(priv ? "--enable-private-cluster" : "--disable-private-cluster");
    }
    // Public FQDN on a private cluster (not for privateDNSZone None, which always has one).
    if (priv && (c.boolValue(kFqdn) || c.stringValue(kZone) != "None"))
        out += kBreak +
               std::string(c.boolValue(kFqdn) ? "--enable-public-fqdn" : "--disable-public-fqdn");
    // Authorized ranges apply to a public endpoint; on a private cluster the CLI takes none.
    if (!priv)
        out += kBreak + std::string("--api-server-authorized-ip-ranges ") +
               shellWord(joined(c.listValue(kRanges)));
    out += kBreak +
           std::string(c.boolValue(kNoRun) ? "--disable-run-command" : "--enable-run-command");
    out += "\n";
}

void aks(const Design& d, const Element& c, std::string& out)
{
    const AksPlace place = aksPlace(d, c);
    out += "# " + commentText(c.label()) + " (AKS)\n";
    out += "if [ \"$mode\" = create ]; then\n";
    aksCreate(c, place, out);
    out += "else\n";
    if (c.boolValue(kVnet))
        out +=
            "    # The first conversion to VNet integration is one way, gives the API server a new "
            "address\n    # and reimages the nodes; restart the cluster after it (az aks stop, "
            "az aks start).\n";
    else if (c.boolValue(kPrivate))
        out +=
            "    # Without VNet integration a private cluster cannot become public, nor a public "
            "one private,\n    # in place: that takes a new cluster (AKS-021).\n";
    if (c.boolValue(kPrivate) && c.stringValue(kZone) == "None")
        out += "    # privateDNSZone changes in place only from System or an own zone to None "
               "(--private-dns-zone none, AKS-028).\n";
    aksUpdate(c, place, out);
    out += "fi\n\n";
}

void eks(const Element& c, std::string& out)
{
    out += "# " + commentText(c.label()) +
           " (EKS): endpoint access changes in place, "
           "asynchronously; one update at a time per cluster\n";
    // The shorthand reads the values after publicAccessCidrs= as its list, up to the next
    // key, so the whole configuration is one shell word.
    std::string config =
        "endpointPublicAccess=" + std::string(c.boolValue(kPublic) ? "true" : "false") +
        ",endpointPrivateAccess=" + std::string(c.boolValue(kPrivateEks) ? "true" : "false");
    if (c.boolValue(kPublic) && !c.listValue(kCidrs).empty())
        config += ",publicAccessCidrs=" + joined(c.listValue(kCidrs));
    out += "aws eks update-cluster-config --name " + shellWord(c.id) + " --region " +
           shellWord(regionOf(c)) + " \\\n    --resources-vpc-config " + shellWord(config) + "\n\n";
}

} // namespace

void writeShell(const Design& design, std::string& out)
{
    bool anyAks = false;
    bool anyEks = false;
    bool identity = false;
    bool servicePrincipal = false;
    for (const auto& e : design.elements()) {
        anyAks |= e.kind == ElementKind::AksCluster;
        anyEks |= e.kind == ElementKind::EksCluster;
        if (e.kind == ElementKind::AksCluster) {
            identity |= needsIdentity(e);
            servicePrincipal |= usesServicePrincipal(e);
        }
    }
    if (!anyAks && !anyEks)
        return;
    out += "#!/bin/sh\n# API server access settings from Kubegate.\n";
    if (anyAks) {
        out += "# Usage: sh this-script [create|update]\n"
               "#   create: az aks create makes each AKS cluster with these settings\n"
               "#   update: az aks update sets what an existing AKS cluster can change in place\n";
        out += "# Set SUBSCRIPTION_ID and RESOURCE_GROUP (the clusters' and networks' group)";
        if (identity)
            out += ",\n# IDENTITY_ID (a user-assigned identity, allowed on a private DNS zone of "
                   "one's own)";
        if (servicePrincipal)
            out += ",\n# SP_CLIENT_ID and SP_CLIENT_SECRET (the clusters' service principal)";
        out += " first.\n";
    }
    if (anyEks)
        out += "# EKS clusters are updated in place with aws eks update-cluster-config.\n";
    out += "set -eu\n";
    if (anyAks) {
        out += "mode=${1:-create}\n"
               "case $mode in\ncreate | update) ;;\n"
               "*)\n    echo \"usage: $0 [create|update]\" >&2\n    exit 2\n    ;;\nesac\n"
               ": \"${SUBSCRIPTION_ID:?set SUBSCRIPTION_ID to the subscription of the "
               "clusters}\"\n"
               ": \"${RESOURCE_GROUP:?set RESOURCE_GROUP to the resource group of the "
               "clusters}\"\n";
        if (identity || servicePrincipal) {
            out += "if [ \"$mode\" = create ]; then\n";
            if (identity)
                out += "    : \"${IDENTITY_ID:?set IDENTITY_ID to the resource id of a "
                       "user-assigned identity}\"\n";
            if (servicePrincipal)
                out += "    : \"${SP_CLIENT_ID:?set SP_CLIENT_ID to the application id of the "
                       "service principal}\"\n"
                       "    : \"${SP_CLIENT_SECRET:?set SP_CLIENT_SECRET to its secret}\"\n";
            out += "fi\n";
        }
        out += "network=\"/subscriptions/$SUBSCRIPTION_ID/resourceGroups/$RESOURCE_GROUP/"
               "providers/Microsoft.Network\"\n";
    }
    out += "\n";
    for (const auto& e : design.elements()) {
        if (e.kind == ElementKind::AksCluster)
            aks(design, e, out);
        else if (e.kind == ElementKind::EksCluster)
            eks(e, out);
    }
}

} // namespace kg::iac

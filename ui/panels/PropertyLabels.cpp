#include "panels/PropertyLabels.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>
#include <string_view>

namespace kg::ui {

namespace {

struct LabelRow
{
    const char* key;
    const char* text;
};

// A data table: every property key of the kind registry, in words. PropertyLabelsTest fails
// when the registry has a key this table lacks.
const LabelRow kLabels[] = {
    {"accessConfig.authenticationMode", QT_TRANSLATE_NOOP("PropertyLabels", "Authentication mode")},
    {"accessEntries", QT_TRANSLATE_NOOP("PropertyLabels", "Access entries")},
    {"address", QT_TRANSLATE_NOOP("PropertyLabels", "Address")},
    {"addressPrefix", QT_TRANSLATE_NOOP("PropertyLabels", "Address prefix")},
    {"addressSpace", QT_TRANSLATE_NOOP("PropertyLabels", "Address space")},
    {"addresses", QT_TRANSLATE_NOOP("PropertyLabels", "Addresses")},
    {"allow443From", QT_TRANSLATE_NOOP("PropertyLabels", "HTTPS (443) allowed from")},
    {"allowGatewayTransit", QT_TRANSLATE_NOOP("PropertyLabels", "Allow gateway transit")},
    {"apiServerAccessProfile.authorizedIPRanges",
     QT_TRANSLATE_NOOP("PropertyLabels", "Authorized IP ranges")},
    {"apiServerAccessProfile.disableRunCommand",
     QT_TRANSLATE_NOOP("PropertyLabels", "Command invoke turned off")},
    {"apiServerAccessProfile.enablePrivateCluster",
     QT_TRANSLATE_NOOP("PropertyLabels", "Private cluster")},
    {"apiServerAccessProfile.enablePrivateClusterPublicFQDN",
     QT_TRANSLATE_NOOP("PropertyLabels", "Public FQDN of the private cluster")},
    {"apiServerAccessProfile.enableVnetIntegration",
     QT_TRANSLATE_NOOP("PropertyLabels", "API Server VNet integration")},
    {"apiServerAccessProfile.privateDNSZone",
     QT_TRANSLATE_NOOP("PropertyLabels", "Private DNS zone")},
    {"apiServerAccessProfile.subnetId", QT_TRANSLATE_NOOP("PropertyLabels", "API server subnet")},
    {"associatedRouteTable", QT_TRANSLATE_NOOP("PropertyLabels", "Associated route table")},
    {"availabilityZone", QT_TRANSLATE_NOOP("PropertyLabels", "Availability Zone")},
    {"awsAuth", QT_TRANSLATE_NOOP("PropertyLabels", "aws-auth ConfigMap")},
    {"cidrBlock", QT_TRANSLATE_NOOP("PropertyLabels", "CIDR block")},
    {"cidrBlocks", QT_TRANSLATE_NOOP("PropertyLabels", "CIDR blocks")},
    {"cluster", QT_TRANSLATE_NOOP("PropertyLabels", "Cluster")},
    {"defaultRoute", QT_TRANSLATE_NOOP("PropertyLabels", "Default route")},
    {"delegation", QT_TRANSLATE_NOOP("PropertyLabels", "Delegation")},
    {"denyVnetInbound", QT_TRANSLATE_NOOP("PropertyLabels", "Deny inbound from the VNet")},
    {"dhcpDomainNameServers", QT_TRANSLATE_NOOP("PropertyLabels", "DHCP DNS servers")},
    {"dnsPrefix", QT_TRANSLATE_NOOP("PropertyLabels", "DNS prefix")},
    {"dnsServers", QT_TRANSLATE_NOOP("PropertyLabels", "DNS servers")},
    {"egress", QT_TRANSLATE_NOOP("PropertyLabels", "Internet egress")},
    {"egressIPs", QT_TRANSLATE_NOOP("PropertyLabels", "Egress IP addresses")},
    {"enableDnsHostnames", QT_TRANSLATE_NOOP("PropertyLabels", "DNS host names")},
    {"enableDnsSupport", QT_TRANSLATE_NOOP("PropertyLabels", "DNS resolution")},
    {"enableNodePublicIP", QT_TRANSLATE_NOOP("PropertyLabels", "Node public IP")},
    {"groupId", QT_TRANSLATE_NOOP("PropertyLabels", "Sub-resource")},
    {"identityType", QT_TRANSLATE_NOOP("PropertyLabels", "Identity")},
    {"inboundAddress", QT_TRANSLATE_NOOP("PropertyLabels", "Inbound address")},
    {"ingress443", QT_TRANSLATE_NOOP("PropertyLabels", "HTTPS (443) allowed from")},
    {"kubernetesNetworkConfig.ipFamily", QT_TRANSLATE_NOOP("PropertyLabels", "IP family")},
    {"kubernetesNetworkConfig.serviceIpv4Cidr",
     QT_TRANSLATE_NOOP("PropertyLabels", "Service IPv4 CIDR")},
    {"loadBalancerSku", QT_TRANSLATE_NOOP("PropertyLabels", "Load balancer SKU")},
    {"location", QT_TRANSLATE_NOOP("PropertyLabels", "Location")},
    {"managedBy", QT_TRANSLATE_NOOP("PropertyLabels", "Managed by")},
    {"mapPublicIpOnLaunch", QT_TRANSLATE_NOOP("PropertyLabels", "Public IPv4 on launch")},
    {"mode", QT_TRANSLATE_NOOP("PropertyLabels", "Mode")},
    {"nativeClientSupport", QT_TRANSLATE_NOOP("PropertyLabels", "Native client support")},
    {"networkSecurityGroup", QT_TRANSLATE_NOOP("PropertyLabels", "Network security group")},
    {"nodePublicIPPrefixID", QT_TRANSLATE_NOOP("PropertyLabels", "Node public IP prefix")},
    {"outboundIPs", QT_TRANSLATE_NOOP("PropertyLabels", "Outbound IP addresses")},
    {"outboundType", QT_TRANSLATE_NOOP("PropertyLabels", "Outbound type")},
    {"principal", QT_TRANSLATE_NOOP("PropertyLabels", "Principal")},
    {"privateIPAddress", QT_TRANSLATE_NOOP("PropertyLabels", "Private IP address")},
    {"privateIp", QT_TRANSLATE_NOOP("PropertyLabels", "Private IP address")},
    {"propagatesTo", QT_TRANSLATE_NOOP("PropertyLabels", "Propagates to")},
    {"publicIPs", QT_TRANSLATE_NOOP("PropertyLabels", "Public IP addresses")},
    {"publicIp", QT_TRANSLATE_NOOP("PropertyLabels", "Public IP address")},
    {"publicNetworkAccess", QT_TRANSLATE_NOOP("PropertyLabels", "Public network access")},
    {"rbacPrincipals", QT_TRANSLATE_NOOP("PropertyLabels", "Kubernetes RBAC principals")},
    {"records", QT_TRANSLATE_NOOP("PropertyLabels", "Records")},
    {"region", QT_TRANSLATE_NOOP("PropertyLabels", "Region")},
    {"resourcesVpcConfig.clusterSecurityGroupId",
     QT_TRANSLATE_NOOP("PropertyLabels", "Cluster security group")},
    {"resourcesVpcConfig.endpointPrivateAccess",
     QT_TRANSLATE_NOOP("PropertyLabels", "Private endpoint access")},
    {"resourcesVpcConfig.endpointPublicAccess",
     QT_TRANSLATE_NOOP("PropertyLabels", "Public endpoint access")},
    {"resourcesVpcConfig.publicAccessCidrs",
     QT_TRANSLATE_NOOP("PropertyLabels", "Public access CIDRs")},
    {"resourcesVpcConfig.securityGroupIds",
     QT_TRANSLATE_NOOP("PropertyLabels", "Additional security groups")},
    {"resourcesVpcConfig.subnetIds", QT_TRANSLATE_NOOP("PropertyLabels", "Subnets")},
    {"roleAssignments", QT_TRANSLATE_NOOP("PropertyLabels", "Azure role assignments")},
    {"routesTo", QT_TRANSLATE_NOOP("PropertyLabels", "Routes to")},
    {"securityGroups", QT_TRANSLATE_NOOP("PropertyLabels", "Security groups")},
    {"sku", QT_TRANSLATE_NOOP("PropertyLabels", "SKU")},
    {"state", QT_TRANSLATE_NOOP("PropertyLabels", "State")},
    {"staticRoutes", QT_TRANSLATE_NOOP("PropertyLabels", "Static routes")},
    {"target", QT_TRANSLATE_NOOP("PropertyLabels", "Target")},
    {"upstream", QT_TRANSLATE_NOOP("PropertyLabels", "Upstream DNS")},
    {"useRemoteGateways", QT_TRANSLATE_NOOP("PropertyLabels", "Use remote gateways")},
    {"zoneName", QT_TRANSLATE_NOOP("PropertyLabels", "Zone name")},
    {"zones", QT_TRANSLATE_NOOP("PropertyLabels", "Forwarded zones")},
};

struct ValueRow
{
    const char* key;
    const char* value;
    const char* text;
};

// Every enum value of the kind registry, in words (the test holds the table to the registry).
const ValueRow kValues[] = {
    {"accessConfig.authenticationMode", "API",
     QT_TRANSLATE_NOOP("PropertyLabels", "EKS API (access entries)")},
    {"accessConfig.authenticationMode", "API_AND_CONFIG_MAP",
     QT_TRANSLATE_NOOP("PropertyLabels", "EKS API and aws-auth ConfigMap")},
    {"accessConfig.authenticationMode", "CONFIG_MAP",
     QT_TRANSLATE_NOOP("PropertyLabels", "aws-auth ConfigMap only")},
    {"apiServerAccessProfile.privateDNSZone", "None",
     QT_TRANSLATE_NOOP("PropertyLabels", "None (your own DNS resolves the name)")},
    {"apiServerAccessProfile.privateDNSZone", "System",
     QT_TRANSLATE_NOOP("PropertyLabels", "System (AKS creates the zone)")},
    {"delegation", "", QT_TRANSLATE_NOOP("PropertyLabels", "Not delegated")},
    {"delegation", "Microsoft.ContainerService/managedClusters",
     QT_TRANSLATE_NOOP("PropertyLabels", "AKS API server")},
    {"groupId", "management", QT_TRANSLATE_NOOP("PropertyLabels", "Kubernetes API server")},
    {"groupId", "registry", QT_TRANSLATE_NOOP("PropertyLabels", "Container registry")},
    {"identityType", "ServicePrincipal", QT_TRANSLATE_NOOP("PropertyLabels", "Service principal")},
    {"identityType", "SystemAssigned",
     QT_TRANSLATE_NOOP("PropertyLabels", "System-assigned managed identity")},
    {"identityType", "UserAssigned",
     QT_TRANSLATE_NOOP("PropertyLabels", "User-assigned managed identity")},
    {"kubernetesNetworkConfig.ipFamily", "ipv4", QT_TRANSLATE_NOOP("PropertyLabels", "IPv4")},
    {"kubernetesNetworkConfig.ipFamily", "ipv6", QT_TRANSLATE_NOOP("PropertyLabels", "IPv6")},
    {"loadBalancerSku", "basic", QT_TRANSLATE_NOOP("PropertyLabels", "Basic")},
    {"loadBalancerSku", "standard", QT_TRANSLATE_NOOP("PropertyLabels", "Standard")},
    {"mode", "System", QT_TRANSLATE_NOOP("PropertyLabels", "System (runs system pods)")},
    {"mode", "User", QT_TRANSLATE_NOOP("PropertyLabels", "User (application pods)")},
    {"outboundType", "loadBalancer", QT_TRANSLATE_NOOP("PropertyLabels", "Load balancer")},
    {"outboundType", "managedNATGateway",
     QT_TRANSLATE_NOOP("PropertyLabels", "Managed NAT gateway")},
    {"outboundType", "userAssignedNATGateway",
     QT_TRANSLATE_NOOP("PropertyLabels", "User-assigned NAT gateway")},
    {"outboundType", "userDefinedRouting",
     QT_TRANSLATE_NOOP("PropertyLabels", "User-defined routing")},
    {"sku", "Basic", QT_TRANSLATE_NOOP("PropertyLabels", "Basic")},
    {"sku", "Premium", QT_TRANSLATE_NOOP("PropertyLabels", "Premium")},
    {"sku", "Standard", QT_TRANSLATE_NOOP("PropertyLabels", "Standard")},
    {"state", "active", QT_TRANSLATE_NOOP("PropertyLabels", "Active")},
    {"state", "down", QT_TRANSLATE_NOOP("PropertyLabels", "Down")},
    {"state", "pending", QT_TRANSLATE_NOOP("PropertyLabels", "Pending")},
    {"state", "up", QT_TRANSLATE_NOOP("PropertyLabels", "Up")},
    {"upstream", "cloudDns", QT_TRANSLATE_NOOP("PropertyLabels", "The cloud's DNS")},
    {"upstream", "publicDns", QT_TRANSLATE_NOOP("PropertyLabels", "Public DNS")},
};

const LabelRow* findLabel(std::string_view key)
{
    auto it = std::find_if(std::begin(kLabels), std::end(kLabels),
                           [key](const LabelRow& r) { return key == r.key; });
    return it == std::end(kLabels) ? nullptr : it;
}

const ValueRow* findValue(std::string_view key, std::string_view value)
{
    auto it = std::find_if(std::begin(kValues), std::end(kValues),
                           [&](const ValueRow& r) { return key == r.key && value == r.value; });
    return it == std::end(kValues) ? nullptr : it;
}

} // namespace

QString PropertyLabels::label(const std::string& key)
{
    if (const LabelRow* row = findLabel(key))
        return QCoreApplication::translate("PropertyLabels", row->text);
    const auto dot = key.rfind('.');
    return QString::fromStdString(dot == std::string::npos ? key : key.substr(dot + 1));
}

QString PropertyLabels::value(const std::string& key, const std::string& value)
{
    if (const ValueRow* row = findValue(key, value))
        return QCoreApplication::translate("PropertyLabels", row->text);
    if (value.empty())
        return QCoreApplication::translate("PropertyLabels", "(none)");
    return QString::fromStdString(value);
}

QStringList PropertyLabels::values()
{
    QStringList out;
    for (const ValueRow& row : kValues)
        out << QCoreApplication::translate("PropertyLabels", row.text);
    return out;
}

bool PropertyLabels::hasLabel(const std::string& key)
{
    return findLabel(key) != nullptr;
}

bool PropertyLabels::hasValue(const std::string& key, const std::string& value)
{
    return findValue(key, value) != nullptr;
}

} // namespace kg::ui

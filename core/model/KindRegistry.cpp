#include "model/KindRegistry.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace kg {

namespace {

using K = ElementKind;
using T = PropertyType;

PropertySpec boolProp(std::string key, bool def, std::string description)
{
    return {std::move(key), T::Bool, def, {}, {}, std::move(description)};
}

PropertySpec formProp(std::string key, TextForm form, std::string def, std::string description)
{
    PropertySpec spec{std::move(key), T::String, std::move(def), {}, {}, std::move(description)};
    spec.form = form;
    return spec;
}

PropertySpec formList(std::string key, TextForm form, std::string description)
{
    PropertySpec spec{std::move(key), T::TextList, StringList{}, {}, {}, std::move(description)};
    spec.form = form;
    return spec;
}

PropertySpec enumProp(std::string key, std::vector<std::string> choices, std::string description)
{
    std::string def = choices.front();
    return {std::move(key),     T::Enum, std::move(def),
            std::move(choices), {},      std::move(description)};
}

PropertySpec typed(std::string key, PropertyType type, std::string description)
{
    PropertyValue def = std::string{};
    if (type == T::CidrList || type == T::IpList || type == T::TextList || type == T::RefList ||
        type == T::SourceList)
        def = StringList{};
    return {std::move(key), type, std::move(def), {}, {}, std::move(description)};
}

PropertySpec refProp(std::string key, PropertyType type, std::vector<ElementKind> kinds,
                     std::string description)
{
    PropertySpec spec = typed(std::move(key), type, std::move(description));
    spec.refKinds = std::move(kinds);
    return spec;
}

// Properties every client carries: where its requests appear to come from on the internet,
// and which principal it authenticates as.
std::vector<PropertySpec> clientProps(std::vector<PropertySpec> extra = {})
{
    std::vector<PropertySpec> props{
        typed("egressIPs", T::IpList,
              "Public addresses the client's traffic leaves from (its own, a NAT's or a proxy's)"),
        formProp("principal", TextForm::Principal, "",
                 "Identity used against the API server (IAM ARN, Entra user)"),
    };
    props.insert(props.end(), extra.begin(), extra.end());
    return props;
}

const std::vector<ElementKind> kAnySubnet{K::AzureSubnet, K::AwsSubnet};

std::vector<KindInfo> buildKinds()
{
    std::vector<KindInfo> k;
    const std::vector<ElementKind> clientSubnets{K::AzureSubnet, K::AwsSubnet, K::OnPremNetwork};

    // Networks
    k.push_back(
        {K::AzureVnet,
         "azure.vnet",
         "Azure virtual network",
         KindCategory::Networks,
         Cloud::Azure,
         true,
         {},
         true,
         false,
         {typed("addressSpace", T::CidrList, "Address prefixes of the virtual network"),
          typed("dnsServers", T::IpList, "Custom DNS servers; empty uses Azure-provided DNS"),
          formProp("location", TextForm::AzureLocation, "eastus", "Azure region")}});
    k.push_back(
        {K::AzureSubnet,
         "azure.subnet",
         "Azure subnet",
         KindCategory::Networks,
         Cloud::Azure,
         false,
         {K::AzureVnet},
         true,
         false,
         {typed("addressPrefix", T::Cidr, "Address prefix of the subnet"),
          enumProp("delegation", {"", "Microsoft.ContainerService/managedClusters"},
                   "Service the subnet is delegated to"),
          refProp("networkSecurityGroup", T::Ref, {K::AzureNsg}, "NSG on the subnet"),
          refProp("egress", T::Ref, {K::AzureNatGateway, K::AzureFirewall},
                  "NAT gateway or firewall (route table) the subnet's internet traffic uses")}});
    k.push_back({K::AwsVpc,
                 "aws.vpc",
                 "AWS VPC",
                 KindCategory::Networks,
                 Cloud::Aws,
                 true,
                 {},
                 true,
                 false,
                 {typed("cidrBlocks", T::CidrList, "IPv4/IPv6 CIDR blocks of the VPC"),
                  boolProp("enableDnsSupport", true, "Amazon-provided DNS resolution"),
                  boolProp("enableDnsHostnames", true, "DNS host names for instances"),
                  {"dhcpDomainNameServers",
                   T::TextList,
                   StringList{"AmazonProvidedDNS"},
                   {},
                   {},
                   "DHCP options domain-name-servers"},
                  formProp("region", TextForm::AwsRegion, "us-east-1", "AWS Region")}});
    k.push_back({K::AwsSubnet,
                 "aws.subnet",
                 "AWS subnet",
                 KindCategory::Networks,
                 Cloud::Aws,
                 false,
                 {K::AwsVpc},
                 true,
                 false,
                 {typed("cidrBlock", T::Cidr, "CIDR block of the subnet"),
                  formProp("availabilityZone", TextForm::AwsZone, "", "Availability Zone"),
                  refProp("defaultRoute", T::Ref,
                          {K::AwsInternetGateway, K::AwsNatGateway, K::AwsTransitGateway},
                          "Target of 0.0.0.0/0 in the subnet's route table: an internet gateway "
                          "makes the subnet public"),
                  boolProp("mapPublicIpOnLaunch", false, "Instances get a public IPv4 address"),
                  refProp("routesTo", T::RefList,
                          {K::AwsTransitGateway, K::AwsVirtualPrivateGateway, K::AwsVpc},
                          "Gateways, and peered VPCs, the route table sends remote prefixes to")}});
    k.push_back({K::OnPremNetwork,
                 "onprem.network",
                 "On-premises network",
                 KindCategory::Networks,
                 Cloud::Neutral,
                 true,
                 {},
                 true,
                 false,
                 {typed("addressSpace", T::CidrList, "Address space of the on-premises network"),
                  typed("egressIPs", T::IpList, "Corporate internet egress addresses")}});

    // Clusters
    k.push_back(
        {K::AksCluster,
         "aks.cluster",
         "AKS cluster",
         KindCategory::Clusters,
         Cloud::Azure,
         false,
         {K::AzureSubnet},
         false,
         false,
         {formProp("location", TextForm::AzureLocation, "eastus", "Azure region"),
          formProp("dnsPrefix", TextForm::DnsLabel, "", "DNS prefix of the API server FQDN"),
          enumProp("loadBalancerSku", {"standard", "basic"},
                   "SKU of the cluster's load balancer (networkProfile)"),
          enumProp(
              "outboundType",
              {"loadBalancer", "userDefinedRouting", "managedNATGateway", "userAssignedNATGateway"},
              "How the nodes reach the internet (networkProfile)"),
          enumProp("identityType", {"SystemAssigned", "UserAssigned", "ServicePrincipal"},
                   "Cluster identity"),
          typed("apiServerAccessProfile.authorizedIPRanges", T::CidrList,
                "Public addresses allowed to reach the public API endpoint"),
          boolProp("apiServerAccessProfile.disableRunCommand", false,
                   "Turn off az aks command invoke / Run command"),
          boolProp("apiServerAccessProfile.enablePrivateCluster", false,
                   "API server behind a private endpoint"),
          boolProp("apiServerAccessProfile.enablePrivateClusterPublicFQDN", true,
                   "Public DNS name that resolves to the private address"),
          boolProp("apiServerAccessProfile.enableVnetIntegration", false,
                   "Project the API server into a delegated subnet"),
          {"apiServerAccessProfile.privateDNSZone",
           T::ZoneChoice,
           std::string("System"),
           {"System", "None"},
           {K::AzurePrivateDnsZone},
           "System, None, or the private DNS zone the cluster uses"},
          refProp("apiServerAccessProfile.subnetId", T::Ref, {K::AzureSubnet},
                  "Delegated API server subnet (VNet integration)"),
          typed("outboundIPs", T::IpList,
                "Load balancer outbound addresses (allowed automatically by authorized ranges)"),
          formList("roleAssignments", TextForm::RoleAssignment,
                   "Azure role assignments on the cluster: a principal, then a built-in role or "
                   "the actions of a custom role"),
          formList("rbacPrincipals", TextForm::Principal,
                   "Principals bound to a Kubernetes role (role bindings in the cluster)")}});
    k.push_back({K::AksNodePool,
                 "aks.nodepool",
                 "AKS node pool",
                 KindCategory::Clusters,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 true,
                 {refProp("cluster", T::Ref, {K::AksCluster}, "Cluster the pool belongs to"),
                  enumProp("mode", {"System", "User"}, "Node pool mode"),
                  boolProp("enableNodePublicIP", false, "Each node gets a public address"),
                  formProp("nodePublicIPPrefixID", TextForm::AzureResourceId, "",
                           "Public IP prefix for node addresses")}});
    k.push_back(
        {K::EksCluster,
         "eks.cluster",
         "EKS cluster",
         KindCategory::Clusters,
         Cloud::Aws,
         false,
         {K::AwsVpc},
         false,
         false,
         {formProp("region", TextForm::AwsRegion, "us-east-1", "AWS Region"),
          boolProp("resourcesVpcConfig.endpointPublicAccess", true, "Public API endpoint"),
          boolProp("resourcesVpcConfig.endpointPrivateAccess", false,
                   "Private endpoint through EKS-managed ENIs"),
          typed("resourcesVpcConfig.publicAccessCidrs", T::CidrList,
                "Addresses allowed on the public endpoint; empty means 0.0.0.0/0"),
          refProp("resourcesVpcConfig.securityGroupIds", T::RefList, {K::AwsSecurityGroup},
                  "Additional security groups on the EKS-managed ENIs"),
          refProp("resourcesVpcConfig.clusterSecurityGroupId", T::Ref, {K::AwsSecurityGroup},
                  "Cluster security group created by EKS"),
          refProp("resourcesVpcConfig.subnetIds", T::RefList, {K::AwsSubnet},
                  "Subnets that hold the EKS-managed ENIs"),
          enumProp("accessConfig.authenticationMode", {"API_AND_CONFIG_MAP", "API", "CONFIG_MAP"},
                   "Authentication mode"),
          formList("accessEntries", TextForm::EksAccessEntry,
                   "Access entries: an IAM principal, then its access policies and Kubernetes "
                   "groups"),
          formList("awsAuth", TextForm::AwsAuthEntry,
                   "aws-auth ConfigMap entries: an IAM role or user, then its Kubernetes groups"),
          enumProp("kubernetesNetworkConfig.ipFamily", {"ipv4", "ipv6"}, "IP family"),
          typed("kubernetesNetworkConfig.serviceIpv4Cidr", T::Cidr, "Service CIDR")}});
    k.push_back(
        {K::EksNodeGroup,
         "eks.nodegroup",
         "EKS node group",
         KindCategory::Clusters,
         Cloud::Aws,
         false,
         {K::AwsSubnet},
         false,
         true,
         {refProp("cluster", T::Ref, {K::EksCluster}, "Cluster the nodes join"),
          refProp("securityGroups", T::RefList, {K::AwsSecurityGroup}, "Node security groups"),
          typed("publicIPs", T::IpList, "Public addresses of nodes in a public subnet"),
          formProp("principal", TextForm::Principal, "", "Node IAM role")}});

    // DNS
    k.push_back(
        {K::AzurePrivateDnsZone,
         "azure.privateDnsZone",
         "Azure private DNS zone",
         KindCategory::Dns,
         Cloud::Azure,
         true,
         {},
         false,
         false,
         {formProp("zoneName", TextForm::DnsName, "privatelink.eastus.azmk8s.io", "Zone name"),
          refProp("managedBy", T::Ref, {K::AksCluster},
                  "Cluster whose System zone this is (created by AKS)"),
          formList("records", TextForm::DnsRecord, "A records as name=address")}});
    k.push_back(
        {K::AwsPrivateHostedZone,
         "aws.privateHostedZone",
         "Route 53 private hosted zone",
         KindCategory::Dns,
         Cloud::Aws,
         true,
         {},
         false,
         false,
         {formProp("zoneName", TextForm::DnsName, "", "Zone name"),
          refProp("managedBy", T::Ref, {K::EksCluster}, "EKS cluster that manages the zone")}});
    k.push_back({K::DnsForwarder,
                 "dns.forwarder",
                 "DNS forwarder",
                 KindCategory::Dns,
                 Cloud::Neutral,
                 false,
                 {K::AzureSubnet, K::AwsSubnet, K::OnPremNetwork},
                 false,
                 false,
                 {typed("address", T::Ip, "Address the forwarder listens on"),
                  enumProp("upstream", {"cloudDns", "publicDns"},
                           "Where names no DNS forwarding link covers go")}});
    k.push_back({K::AzureDnsPrivateResolver,
                 "azure.dnsPrivateResolver",
                 "Azure DNS Private Resolver",
                 KindCategory::Dns,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 false,
                 {typed("inboundAddress", T::Ip, "Inbound endpoint address")}});
    k.push_back({K::AwsResolverInboundEndpoint,
                 "aws.resolverInboundEndpoint",
                 "Route 53 Resolver inbound endpoint",
                 KindCategory::Dns,
                 Cloud::Aws,
                 false,
                 {K::AwsSubnet},
                 false,
                 false,
                 {typed("addresses", T::IpList, "Inbound endpoint addresses")}});

    // Access
    k.push_back({K::AzurePrivateEndpoint,
                 "azure.privateEndpoint",
                 "Private endpoint",
                 KindCategory::Access,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 false,
                 {refProp("target", T::Ref,
                          {K::AksCluster, K::AzureContainerRegistry, K::AzurePrivateLinkService},
                          "Resource the endpoint connects to"),
                  typed("privateIPAddress", T::Ip, "Address of the endpoint in its subnet"),
                  enumProp("groupId", {"management", "registry"}, "Private link sub-resource")}});
    k.push_back({K::AzurePrivateLinkService,
                 "azure.privateLinkService",
                 "Private Link service",
                 KindCategory::Access,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 false,
                 {refProp("target", T::Ref, {K::AksCluster},
                          "Cluster whose kube-apiserver load balancer it fronts")}});
    k.push_back({K::AzureBastion,
                 "azure.bastion",
                 "Azure Bastion",
                 KindCategory::Access,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 true,
                 clientProps({enumProp("sku", {"Standard", "Basic", "Premium"}, "Bastion SKU"),
                              boolProp("nativeClientSupport", true, "Native client tunnelling")})});
    k.push_back({K::Ec2Bastion,
                 "aws.ec2Bastion",
                 "EC2 bastion host",
                 KindCategory::Access,
                 Cloud::Aws,
                 false,
                 {K::AwsSubnet},
                 false,
                 true,
                 clientProps({refProp("securityGroups", T::RefList, {K::AwsSecurityGroup},
                                      "Security groups of the instance"),
                              typed("privateIp", T::Ip, "Private address")})});
    k.push_back({K::JumpboxVm, "vm.jumpbox", "Jumpbox VM", KindCategory::Access, Cloud::Neutral,
                 false, kAnySubnet, false, true,
                 clientProps({refProp("securityGroups", T::RefList, {K::AwsSecurityGroup},
                                      "Security groups (AWS)"),
                              typed("privateIp", T::Ip, "Private address")})});
    k.push_back({K::Cloud9Ide,
                 "aws.cloud9",
                 "Cloud9 IDE",
                 KindCategory::Access,
                 Cloud::Aws,
                 false,
                 {K::AwsSubnet},
                 false,
                 true,
                 clientProps({refProp("securityGroups", T::RefList, {K::AwsSecurityGroup},
                                      "Security groups of the environment")})});
    k.push_back({K::CloudShell,
                 "azure.cloudShell",
                 "Azure Cloud Shell",
                 KindCategory::Access,
                 Cloud::Azure,
                 true,
                 {K::AzureSubnet},
                 false,
                 true,
                 clientProps()});

    // Connectivity
    k.push_back({K::AwsInternetGateway,
                 "aws.internetGateway",
                 "Internet gateway",
                 KindCategory::Connectivity,
                 Cloud::Aws,
                 false,
                 {K::AwsVpc},
                 false,
                 false,
                 {}});
    k.push_back({K::AwsNatGateway,
                 "aws.natGateway",
                 "NAT gateway (AWS)",
                 KindCategory::Connectivity,
                 Cloud::Aws,
                 false,
                 {K::AwsSubnet},
                 false,
                 false,
                 {typed("publicIp", T::Ip, "Elastic IP of the NAT gateway")}});
    k.push_back({K::AzureNatGateway,
                 "azure.natGateway",
                 "NAT gateway (Azure)",
                 KindCategory::Connectivity,
                 Cloud::Azure,
                 false,
                 {K::AzureVnet},
                 false,
                 false,
                 {typed("publicIPs", T::IpList, "Public addresses of the NAT gateway")}});
    k.push_back({K::AzureFirewall,
                 "azure.firewall",
                 "Azure Firewall",
                 KindCategory::Connectivity,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 false,
                 {typed("publicIPs", T::IpList, "Public addresses traffic leaves from"),
                  typed("privateIPAddress", T::Ip, "Private address routes point to")}});
    k.push_back({K::AzureVpnGateway,
                 "azure.vpnGateway",
                 "VPN gateway (Azure)",
                 KindCategory::Connectivity,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 false,
                 {typed("publicIp", T::Ip, "Public address of the gateway")}});
    k.push_back({K::AzureExpressRouteGateway,
                 "azure.expressRouteGateway",
                 "ExpressRoute gateway",
                 KindCategory::Connectivity,
                 Cloud::Azure,
                 false,
                 {K::AzureSubnet},
                 false,
                 false,
                 {}});
    k.push_back({K::AwsVirtualPrivateGateway,
                 "aws.virtualPrivateGateway",
                 "Virtual private gateway",
                 KindCategory::Connectivity,
                 Cloud::Aws,
                 false,
                 {K::AwsVpc},
                 false,
                 false,
                 {}});
    k.push_back({K::AwsTransitGateway,
                 "aws.transitGateway",
                 "Transit gateway",
                 KindCategory::Connectivity,
                 Cloud::Aws,
                 true,
                 {},
                 false,
                 false,
                 {formProp("region", TextForm::AwsRegion, "us-east-1", "AWS Region"),
                  formList("staticRoutes", TextForm::TgwRoute,
                           "Static routes: <route table> <cidr> <attachment id or blackhole>")}});

    // Clients
    k.push_back({K::Laptop,
                 "client.laptop",
                 "Developer laptop",
                 KindCategory::Clients,
                 Cloud::Neutral,
                 true,
                 {K::OnPremNetwork},
                 false,
                 true,
                 clientProps()});
    k.push_back({K::GitHubHostedRunner,
                 "ci.githubHosted",
                 "GitHub-hosted runner",
                 KindCategory::Clients,
                 Cloud::Neutral,
                 true,
                 {},
                 false,
                 true,
                 clientProps()});
    k.push_back({K::GitHubSelfHostedRunner, "ci.githubSelfHosted", "GitHub self-hosted runner",
                 KindCategory::Clients, Cloud::Neutral, true, clientSubnets, false, true,
                 clientProps()});
    k.push_back({K::AdoHostedAgent,
                 "ci.adoHosted",
                 "Azure DevOps Microsoft-hosted agent",
                 KindCategory::Clients,
                 Cloud::Azure,
                 true,
                 {},
                 false,
                 true,
                 clientProps()});
    k.push_back({K::AdoSelfHostedAgent, "ci.adoSelfHosted", "Azure DevOps self-hosted agent",
                 KindCategory::Clients, Cloud::Neutral, true, clientSubnets, false, true,
                 clientProps()});

    // Services
    k.push_back(
        {K::AzureContainerRegistry,
         "registry.acr",
         "Azure Container Registry",
         KindCategory::Services,
         Cloud::Azure,
         true,
         {},
         false,
         false,
         {boolProp("publicNetworkAccess", true, "Registry reachable on its public endpoint")}});
    k.push_back({K::AwsContainerRegistry,
                 "registry.ecr",
                 "Amazon ECR",
                 KindCategory::Services,
                 Cloud::Aws,
                 true,
                 {},
                 false,
                 false,
                 {}});
    k.push_back({K::AwsSecurityGroup,
                 "aws.securityGroup",
                 "Security group",
                 KindCategory::Services,
                 Cloud::Aws,
                 false,
                 {K::AwsVpc},
                 false,
                 false,
                 {refProp("ingress443", T::SourceList, {K::AwsSecurityGroup},
                          "Sources allowed inbound on TCP 443: CIDRs or security groups")}});
    k.push_back({K::AzureNsg,
                 "azure.nsg",
                 "Network security group",
                 KindCategory::Services,
                 Cloud::Azure,
                 false,
                 {K::AzureVnet},
                 false,
                 false,
                 {typed("allow443From", T::CidrList,
                        "Sources allowed inbound on TCP 443 (empty keeps the default VNet rule)"),
                  boolProp("denyVnetInbound", false,
                           "A deny rule overrides the default AllowVnetInBound rule")}});
    return k;
}

std::vector<LinkKindInfo> buildLinkKinds()
{
    const std::vector<ElementKind> networks{K::AzureVnet, K::AwsVpc};
    return {
        {LinkKind::Peering,
         "peering",
         "Peering",
         networks,
         networks,
         false,
         {boolProp("allowGatewayTransit", false, "Peer may use this network's gateway"),
          boolProp("useRemoteGateways", false, "Use the peer's VPN/ExpressRoute gateway"),
          enumProp("state", {"active", "pending"}, "Peering state")}},
        {LinkKind::Vpn,
         "vpn",
         "Site-to-site VPN",
         {K::OnPremNetwork},
         {K::AzureVpnGateway, K::AwsVirtualPrivateGateway, K::AwsTransitGateway},
         true,
         {enumProp("state", {"up", "down"}, "Tunnel state")}},
        {LinkKind::ExpressRoute,
         "expressRoute",
         "ExpressRoute",
         {K::OnPremNetwork},
         {K::AzureExpressRouteGateway},
         true,
         {enumProp("state", {"up", "down"}, "Circuit state")}},
        {LinkKind::DirectConnect,
         "directConnect",
         "Direct Connect",
         {K::OnPremNetwork},
         {K::AwsVirtualPrivateGateway, K::AwsTransitGateway},
         true,
         {enumProp("state", {"up", "down"}, "Virtual interface state")}},
        {LinkKind::TgwAttachment,
         "tgwAttachment",
         "Transit gateway attachment",
         {K::AwsVpc},
         {K::AwsTransitGateway},
         true,
         {formProp("associatedRouteTable", TextForm::RouteTable, "default",
                   "Transit gateway route table the attachment is associated with (empty: none)"),
          [] {
              PropertySpec spec = formList("propagatesTo", TextForm::RouteTable,
                                           "Route tables the VPC's CIDRs propagate to");
              spec.defaultValue = StringList{"default"};
              return spec;
          }()}},
        {LinkKind::DnsZoneLink,
         "dnsZoneLink",
         "DNS zone link",
         {K::AzurePrivateDnsZone, K::AwsPrivateHostedZone},
         networks,
         true,
         {}},
        {LinkKind::DnsForwarding,
         "dnsForwarding",
         "DNS forwarding",
         {K::DnsForwarder, K::OnPremNetwork},
         {K::AzureDnsPrivateResolver, K::AwsResolverInboundEndpoint, K::DnsForwarder},
         true,
         {formList("zones", TextForm::DnsName, "Zones forwarded")}},
        {LinkKind::RegistryAccess,
         "registryAccess",
         "Pulls images from",
         {K::AksCluster, K::EksCluster},
         {K::AzureContainerRegistry, K::AwsContainerRegistry},
         true,
         {}},
    };
}

const std::vector<KindInfo>& kinds()
{
    static const std::vector<KindInfo> table = buildKinds();
    return table;
}

const std::vector<LinkKindInfo>& linkKindTable()
{
    static const std::vector<LinkKindInfo> table = buildLinkKinds();
    return table;
}

} // namespace

const KindInfo& KindRegistry::info(ElementKind kind)
{
    // By the kind's value: the analysis and the rules ask for every element.
    static const std::vector<const KindInfo*> byKind = [] {
        std::vector<const KindInfo*> out;
        for (const KindInfo& i : kinds()) {
            const auto at = static_cast<std::size_t>(i.kind);
            if (out.size() <= at)
                out.resize(at + 1, nullptr);
            out[at] = &i;
        }
        return out;
    }();
    const auto at = static_cast<std::size_t>(kind);
    if (at >= byKind.size() || !byKind[at])
        throw std::logic_error("element kind missing from KindRegistry");
    return *byKind[at];
}

const LinkKindInfo& KindRegistry::info(LinkKind kind)
{
    const auto& table = linkKindTable();
    auto it = std::find_if(table.begin(), table.end(),
                           [kind](const LinkKindInfo& i) { return i.kind == kind; });
    if (it == table.end())
        throw std::logic_error("link kind missing from KindRegistry");
    return *it;
}

std::span<const KindInfo> KindRegistry::elementKinds()
{
    return kinds();
}

std::span<const LinkKindInfo> KindRegistry::linkKinds()
{
    return linkKindTable();
}

std::optional<ElementKind> KindRegistry::elementKindFromKey(std::string_view key)
{
    for (const auto& i : kinds()) {
        if (i.key == key)
            return i.kind;
    }
    return std::nullopt;
}

std::optional<LinkKind> KindRegistry::linkKindFromKey(std::string_view key)
{
    for (const auto& i : linkKindTable()) {
        if (i.key == key)
            return i.kind;
    }
    return std::nullopt;
}

namespace {
const PropertySpec* findSpec(const std::vector<PropertySpec>& specs, std::string_view key)
{
    for (const auto& s : specs) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}
} // namespace

const PropertySpec* KindRegistry::property(ElementKind kind, std::string_view key)
{
    // Every default the analysis reads goes through here (tens of thousands of times in a full
    // analysis at 10,000 elements). A kind has a few dozen properties at most: a scan of their
    // keys' lengths, comparing characters only where the length matches, costs a fraction of
    // hashing the key.
    struct Key
    {
        std::size_t size;
        const PropertySpec* spec;
    };
    static const std::vector<std::vector<Key>> byKind = [] {
        std::vector<std::vector<Key>> keys;
        for (const auto& i : kinds()) {
            auto at = static_cast<std::size_t>(i.kind);
            if (keys.size() <= at)
                keys.resize(at + 1);
            for (const auto& spec : i.properties)
                keys[at].push_back({spec.key.size(), &spec});
        }
        return keys;
    }();
    auto at = static_cast<std::size_t>(kind);
    if (at >= byKind.size())
        return nullptr;
    for (const Key& k : byKind[at])
        if (k.size == key.size() && k.spec->key == key)
            return k.spec;
    return nullptr;
}

const PropertySpec* KindRegistry::property(LinkKind kind, std::string_view key)
{
    return findSpec(info(kind).properties, key);
}

bool KindRegistry::canNest(ElementKind child, std::optional<ElementKind> parent)
{
    const KindInfo& i = info(child);
    if (!parent)
        return i.topLevel;
    return std::find(i.allowedParents.begin(), i.allowedParents.end(), *parent) !=
           i.allowedParents.end();
}

std::string_view KindRegistry::categoryName(KindCategory category)
{
    switch (category) {
    case KindCategory::Networks:
        return "Networks";
    case KindCategory::Clusters:
        return "Clusters";
    case KindCategory::Access:
        return "Access";
    case KindCategory::Connectivity:
        return "Connectivity";
    case KindCategory::Dns:
        return "DNS";
    case KindCategory::Clients:
        return "Clients";
    case KindCategory::Services:
        return "Services";
    }
    return "Services";
}

std::string_view toString(PropertyType type)
{
    switch (type) {
    case PropertyType::Bool:
        return "boolean";
    case PropertyType::Int:
        return "integer";
    case PropertyType::String:
        return "string";
    case PropertyType::Enum:
        return "one of a fixed set of strings";
    case PropertyType::Cidr:
        return "address block (CIDR)";
    case PropertyType::CidrList:
        return "list of address blocks (CIDR)";
    case PropertyType::Ip:
        return "IP address";
    case PropertyType::IpList:
        return "list of IP addresses";
    case PropertyType::TextList:
        return "list of strings";
    case PropertyType::Ref:
        return "element id";
    case PropertyType::RefList:
        return "list of element ids";
    case PropertyType::ZoneChoice:
        return "\"System\", \"None\" or a private DNS zone id";
    case PropertyType::SourceList:
        return "list of CIDRs or element ids";
    }
    return "string";
}

} // namespace kg

#pragma once

namespace kg {

// Every kind of element a design can hold. The string spelling used in files, the category, the
// allowed parents and the typed properties of each kind live in KindRegistry.
enum class ElementKind {
    // Networks
    AzureVnet,
    AzureSubnet,
    AwsVpc,
    AwsSubnet,
    OnPremNetwork,
    // Clusters
    AksCluster,
    AksNodePool,
    EksCluster,
    EksNodeGroup,
    // DNS
    AzurePrivateDnsZone,
    AwsPrivateHostedZone,
    DnsForwarder,
    AzureDnsPrivateResolver,
    AwsResolverInboundEndpoint,
    // Access
    AzurePrivateEndpoint,
    AzurePrivateLinkService,
    AzureBastion,
    Ec2Bastion,
    JumpboxVm,
    Cloud9Ide,
    CloudShell,
    // Connectivity
    AwsInternetGateway,
    AwsNatGateway,
    AzureNatGateway,
    AzureFirewall,
    AzureVpnGateway,
    AzureExpressRouteGateway,
    AwsVirtualPrivateGateway,
    AwsTransitGateway,
    // Clients
    Laptop,
    GitHubHostedRunner,
    GitHubSelfHostedRunner,
    AdoHostedAgent,
    AdoSelfHostedAgent,
    // Services
    AzureContainerRegistry,
    AwsContainerRegistry,
    AwsSecurityGroup,
    AzureNsg,
};

enum class KindCategory { Networks, Clusters, Access, Connectivity, Dns, Clients, Services };

enum class Cloud { Azure, Aws, Neutral };

} // namespace kg

#include "EstateGenerator.h"

#include <string>

namespace kg::bench {

namespace {

class Builder
{
public:
    explicit Builder(Design& d) : m_d(d) {}

    const std::string& add(std::string id, ElementKind kind, const std::string& parent,
                           PropertyMap props = {})
    {
        Element e;
        e.id = std::move(id);
        e.name = e.id;
        e.kind = kind;
        e.parent = parent;
        e.geometry = {double(m_d.elements().size() % 100) * 30,
                      double(m_d.elements().size() / 100) * 30, 120, 60};
        e.properties = std::move(props);
        m_d.insertElement(std::move(e));
        return m_d.elements().back().id;
    }
    void link(std::string id, LinkKind kind, std::string from, std::string to,
              PropertyMap props = {})
    {
        m_d.insertLink({std::move(id), kind, std::move(from), std::move(to), std::move(props)});
    }

private:
    Design& m_d;
};

std::string octets(std::size_t n)
{
    return std::to_string(n / 250 + 10) + "." + std::to_string(n % 250);
}

} // namespace

Design generateEstate(std::size_t target)
{
    Design d;
    Builder b(d);
    // Hub and on-premises: about 30 elements.
    b.add("vnet-hub", ElementKind::AzureVnet, {}, {{"addressSpace", StringList{"10.0.0.0/16"}}});
    b.add("snet-gw", ElementKind::AzureSubnet, "vnet-hub",
          {{"addressPrefix", std::string("10.0.255.0/27")}});
    b.add("vpngw", ElementKind::AzureVpnGateway, "snet-gw");
    b.add("snet-bastion", ElementKind::AzureSubnet, "vnet-hub",
          {{"addressPrefix", std::string("10.0.2.0/26")}});
    b.add("bastion", ElementKind::AzureBastion, "snet-bastion",
          {{"egressIPs", StringList{"192.0.2.10"}}});
    b.add("snet-dns", ElementKind::AzureSubnet, "vnet-hub",
          {{"addressPrefix", std::string("10.0.3.0/28")}});
    b.add("resolver", ElementKind::AzureDnsPrivateResolver, "snet-dns",
          {{"inboundAddress", std::string("10.0.3.4")}});
    b.add("snet-ops", ElementKind::AzureSubnet, "vnet-hub",
          {{"addressPrefix", std::string("10.0.1.0/24")}});
    b.add("onprem", ElementKind::OnPremNetwork, {},
          {{"addressSpace", StringList{"192.168.0.0/16"}},
           {"egressIPs", StringList{"198.51.100.25"}}});
    b.add("dns-hq", ElementKind::DnsForwarder, "onprem",
          {{"address", std::string("192.168.1.10")}});
    b.link("vpn", LinkKind::Vpn, "onprem", "vpngw");
    b.link("fwd", LinkKind::DnsForwarding, "dns-hq", "resolver",
           {{"zones", StringList{"privatelink.eastus.azmk8s.io"}}});
    b.add("tgw", ElementKind::AwsTransitGateway, {});
    b.add("acr", ElementKind::AzureContainerRegistry, {});

    // Clients outside the spokes: about 1 per 100 elements, at least 8.
    const std::size_t clients = std::max<std::size_t>(8, target / 100);
    for (std::size_t i = 0; i < clients; ++i) {
        std::string n = std::to_string(i);
        switch (i % 4) {
        case 0:
            b.add("jump-" + n, ElementKind::JumpboxVm, "snet-ops",
                  {{"principal", std::string("ops@contoso.example")}});
            break;
        case 1:
            b.add("agent-" + n, ElementKind::AdoSelfHostedAgent, "snet-ops");
            break;
        case 2:
            b.add("laptop-" + n, ElementKind::Laptop, "onprem",
                  {{"principal", std::string("dev@contoso.example")}});
            break;
        default:
            b.add("home-" + n, ElementKind::Laptop, {},
                  {{"egressIPs", StringList{"203.0.113." + std::to_string(i % 250)}}});
            break;
        }
    }

    // Spokes: about 25 elements each, alternating Azure and AWS.
    for (std::size_t s = 0; d.elements().size() + 25 <= target || s < 2; ++s) {
        const std::string n = std::to_string(s);
        const std::string net = octets(s + 1); // e.g. "10.17"
        if (s % 2 == 0) {
            const std::string vnet = b.add("vnet-" + n, ElementKind::AzureVnet, {},
                                           {{"addressSpace", StringList{net + ".0.0/16"}}});
            b.link("peer-" + n, LinkKind::Peering, "vnet-hub", vnet,
                   {{"allowGatewayTransit", true}, {"useRemoteGateways", true}});
            const std::string nodes = b.add("snet-nodes-" + n, ElementKind::AzureSubnet, vnet,
                                            {{"addressPrefix", net + ".0.0/22"}});
            for (int k = 0; k < 4; ++k) {
                const std::string nsg =
                    b.add("nsg-" + n + "-" + std::to_string(k), ElementKind::AzureNsg, vnet);
                const std::string snet =
                    b.add("snet-" + n + "-" + std::to_string(k), ElementKind::AzureSubnet, vnet,
                          {{"addressPrefix", net + "." + std::to_string(8 + k) + ".0/24"},
                           {"networkSecurityGroup", nsg}});
                for (const char* pe : {"pe-", "pe2-"})
                    b.add(pe + n + "-" + std::to_string(k), ElementKind::AzurePrivateEndpoint, snet,
                          {{"groupId", std::string("registry")}, {"target", std::string("acr")}});
            }
            const bool priv = s % 4 == 0;
            const std::string zone =
                b.add("zone-" + n, ElementKind::AzurePrivateDnsZone, {},
                      {{"zoneName", std::string("privatelink.eastus.azmk8s.io")}});
            PropertyMap props{
                {"apiServerAccessProfile.enablePrivateCluster", priv},
                {"apiServerAccessProfile.privateDNSZone", priv ? zone : std::string("System")},
                {"identityType", std::string("UserAssigned")}};
            if (!priv)
                props["apiServerAccessProfile.authorizedIPRanges"] =
                    StringList{"203.0.113.0/25", "198.51.100.0/24"};
            const std::string aks = b.add("aks-" + n, ElementKind::AksCluster, nodes, props);
            b.add("pool-" + n + "-a", ElementKind::AksNodePool, nodes, {{"cluster", aks}});
            b.add("pool-" + n + "-b", ElementKind::AksNodePool, nodes,
                  {{"cluster", aks}, {"mode", std::string("User")}});
            b.link("zl-hub-" + n, LinkKind::DnsZoneLink, zone, "vnet-hub");
            b.link("zl-spoke-" + n, LinkKind::DnsZoneLink, zone, vnet);
        } else {
            const std::string vpc = b.add("vpc-" + n, ElementKind::AwsVpc, {},
                                          {{"cidrBlocks", StringList{net + ".0.0/16"}}});
            b.link("att-" + n, LinkKind::TgwAttachment, vpc, "tgw");
            const std::string igw = b.add("igw-" + n, ElementKind::AwsInternetGateway, vpc);
            const std::string pub = b.add("public-" + n, ElementKind::AwsSubnet, vpc,
                                          {{"cidrBlock", net + ".0.0/24"},
                                           {"defaultRoute", igw},
                                           {"availabilityZone", std::string("us-east-1a")}});
            const std::string nat = b.add("nat-" + n, ElementKind::AwsNatGateway, pub,
                                          {{"publicIp", std::string("198.51.100.40")}});
            StringList subnets;
            for (int k = 0; k < 6; ++k) {
                subnets.push_back(
                    b.add("private-" + n + "-" + std::to_string(k), ElementKind::AwsSubnet, vpc,
                          {{"cidrBlock", net + "." + std::to_string(10 + k) + ".0/24"},
                           {"defaultRoute", nat},
                           {"availabilityZone", std::string(k % 2 ? "us-east-1b" : "us-east-1a")},
                           {"routesTo", StringList{"tgw"}}}));
            }
            const std::string sg = "sg-" + n;
            const std::string eks = "eks-" + n;
            b.add(sg, ElementKind::AwsSecurityGroup, vpc,
                  {{"ingress443", StringList{sg, "10.0.0.0/16"}}});
            for (int k = 0; k < 6; ++k)
                b.add("sg-app-" + n + "-" + std::to_string(k), ElementKind::AwsSecurityGroup, vpc);
            b.add(eks, ElementKind::EksCluster, vpc,
                  {{"resourcesVpcConfig.endpointPublicAccess", s % 4 == 1},
                   {"resourcesVpcConfig.endpointPrivateAccess", true},
                   {"resourcesVpcConfig.publicAccessCidrs", StringList{"203.0.113.0/24"}},
                   {"resourcesVpcConfig.subnetIds", StringList{subnets[0], subnets[1]}},
                   {"resourcesVpcConfig.clusterSecurityGroupId", sg}});
            b.add("ng-" + n, ElementKind::EksNodeGroup, subnets[0], {{"cluster", eks}});
            b.add("ng2-" + n, ElementKind::EksNodeGroup, subnets[1], {{"cluster", eks}});
        }
    }
    return d;
}

} // namespace kg::bench

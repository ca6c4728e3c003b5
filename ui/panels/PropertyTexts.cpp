#include "panels/PropertyTexts.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace kg::ui {

namespace {
// Every property description of the kind registry, for lupdate. PropertyTextsTest fails when
// the registry has a description this list lacks (add the new text here and translate it).
const char* const kTexts[] = {
    QT_TRANSLATE_NOOP("PropertyTexts", "A deny rule overrides the default AllowVnetInBound rule"),
    QT_TRANSLATE_NOOP("PropertyTexts", "A records as name=address"),
    QT_TRANSLATE_NOOP("PropertyTexts", "API server behind a private endpoint"),
    QT_TRANSLATE_NOOP("PropertyTexts", "AWS Region"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Additional security groups on the EKS-managed ENIs"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Address of the endpoint in its subnet"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Address prefix of the subnet"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Address prefixes of the virtual network"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Address space of the on-premises network"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Address the forwarder listens on"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Addresses allowed on the public endpoint; empty means 0.0.0.0/0"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Amazon-provided DNS resolution"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Authentication mode"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Availability Zone"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Azure region"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Bastion SKU"),
    QT_TRANSLATE_NOOP("PropertyTexts", "CIDR block of the subnet"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Circuit state"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Cluster identity"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Cluster security group created by EKS"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Cluster the nodes join"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Cluster the pool belongs to"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Cluster whose System zone this is (created by AKS)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Cluster whose kube-apiserver load balancer it fronts"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Corporate internet egress addresses"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Custom DNS servers; empty uses Azure-provided DNS"),
    QT_TRANSLATE_NOOP("PropertyTexts", "DHCP options domain-name-servers"),
    QT_TRANSLATE_NOOP("PropertyTexts", "DNS host names for instances"),
    QT_TRANSLATE_NOOP("PropertyTexts", "DNS prefix of the API server FQDN"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Delegated API server subnet (VNet integration)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "EKS cluster that manages the zone"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Each node gets a public address"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Elastic IP of the NAT gateway"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Gateways, and peered VPCs, the route table sends remote prefixes to"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Access entries: an IAM principal, then its access "
                                       "policies and Kubernetes groups"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Azure role assignments on the cluster: a principal, then "
                                       "a built-in role or the actions of a custom role"),
    QT_TRANSLATE_NOOP("PropertyTexts", "aws-auth ConfigMap entries: an IAM role or user, then its "
                                       "Kubernetes groups"),
    QT_TRANSLATE_NOOP("PropertyTexts", "IP family"),
    QT_TRANSLATE_NOOP("PropertyTexts", "IPv4/IPv6 CIDR blocks of the VPC"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Identity used against the API server (IAM ARN, Entra user)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Inbound endpoint address"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Inbound endpoint addresses"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Instances get a public IPv4 address"),
    QT_TRANSLATE_NOOP(
        "PropertyTexts",
        "Load balancer outbound addresses (allowed automatically by authorized ranges)"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "NAT gateway or firewall (route table) the subnet's internet traffic uses"),
    QT_TRANSLATE_NOOP("PropertyTexts", "NSG on the subnet"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Native client tunnelling"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Node IAM role"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Node pool mode"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Node security groups"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Peer may use this network's gateway"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Peering state"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Principals bound to a Kubernetes role (role bindings in the cluster)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Private address"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Private address routes point to"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Private endpoint through EKS-managed ENIs"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Private link sub-resource"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Project the API server into a delegated subnet"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public API endpoint"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public DNS name that resolves to the private address"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public IP prefix for node addresses"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public address of the gateway"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public addresses allowed to reach the public API endpoint"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public addresses of nodes in a public subnet"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public addresses of the NAT gateway"),
    QT_TRANSLATE_NOOP(
        "PropertyTexts",
        "Public addresses the client's traffic leaves from (its own, a NAT's or a proxy's)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Public addresses traffic leaves from"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Registry reachable on its public endpoint"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Resource the endpoint connects to"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Security groups (AWS)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Security groups of the environment"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Security groups of the instance"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Service CIDR"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Service the subnet is delegated to"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Sources allowed inbound on TCP 443 (empty keeps the default VNet rule)"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Sources allowed inbound on TCP 443: CIDRs or security groups"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Subnets that hold the EKS-managed ENIs"),
    QT_TRANSLATE_NOOP("PropertyTexts", "System, None, or the private DNS zone the cluster uses"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Target of 0.0.0.0/0 in the subnet's route table: an "
                                       "internet gateway makes the subnet public"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Tunnel state"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Turn off az aks command invoke / Run command"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Where names no DNS forwarding link covers go"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Use the peer's VPN/ExpressRoute gateway"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Virtual interface state"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Zone name"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Zones forwarded"),
    QT_TRANSLATE_NOOP(
        "PropertyTexts",
        "Transit gateway route table the attachment is associated with (empty: none)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "Route tables the VPC's CIDRs propagate to"),
    QT_TRANSLATE_NOOP("PropertyTexts",
                      "Static routes: <route table> <cidr> <attachment id or blackhole>"),
    QT_TRANSLATE_NOOP("PropertyTexts", "SKU of the cluster's load balancer (networkProfile)"),
    QT_TRANSLATE_NOOP("PropertyTexts", "How the nodes reach the internet (networkProfile)"),
};
} // namespace

QString PropertyTexts::description(const PropertySpec& spec)
{
    return QCoreApplication::translate("PropertyTexts", spec.description.c_str());
}

bool PropertyTexts::listed(const std::string& description)
{
    return std::any_of(std::begin(kTexts), std::end(kTexts),
                       [&](const char* t) { return description == t; });
}

} // namespace kg::ui

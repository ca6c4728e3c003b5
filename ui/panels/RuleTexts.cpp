#include "panels/RuleTexts.h"

#include "validate/RuleRegistry.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace kg::ui {

namespace {
// Every rule summary of the registry, for lupdate. RuleTextsTest fails when the registry has a
// summary this list lacks (add the new text here and translate it).
const char* const kTexts[] = {
    QT_TRANSLATE_NOOP("RuleTexts", "0.0.0.0/32: only the cluster's load balancer"),
    QT_TRANSLATE_NOOP("RuleTexts", "API server subnet hosts other resources"),
    QT_TRANSLATE_NOOP("RuleTexts", "API server subnet in another VNet"),
    QT_TRANSLATE_NOOP("RuleTexts", "API server subnet not delegated"),
    QT_TRANSLATE_NOOP("RuleTexts", "API server subnet too small"),
    QT_TRANSLATE_NOOP("RuleTexts", "Authorized IP ranges on a private cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "Authorized range is not a public address"),
    QT_TRANSLATE_NOOP("RuleTexts", "Authorized range with host bits set"),
    QT_TRANSLATE_NOOP("RuleTexts", "Authorized ranges on a VNet-integrated public cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "Authorized ranges with a Basic load balancer"),
    QT_TRANSLATE_NOOP("RuleTexts", "Azure Bastion SKU or settings cannot tunnel to the API server"),
    QT_TRANSLATE_NOOP("RuleTexts", "Azure Bastion's public address is not in authorizedIPRanges"),
    QT_TRANSLATE_NOOP("RuleTexts", "Azure DevOps agent addresses are not in authorizedIPRanges"),
    QT_TRANSLATE_NOOP("RuleTexts", "Azure Resource Manager is not reachable"),
    QT_TRANSLATE_NOOP("RuleTexts", "Both endpoints disabled"),
    QT_TRANSLATE_NOOP("RuleTexts", "CIDRs while public access is off"),
    QT_TRANSLATE_NOOP("RuleTexts", "Client principal without a Kubernetes role"),
    QT_TRANSLATE_NOOP("RuleTexts", "Cloud9 IDE in the cluster VPC"),
    QT_TRANSLATE_NOOP("RuleTexts", "Cluster subnets: zones and free addresses"),
    QT_TRANSLATE_NOOP("RuleTexts", "Command invoke disabled"),
    QT_TRANSLATE_NOOP("RuleTexts", "Conditional forwarder for a subdomain of the cluster zone"),
    QT_TRANSLATE_NOOP("RuleTexts", "Custom private DNS zone with a system-assigned identity"),
    QT_TRANSLATE_NOOP("RuleTexts", "DHCP options without AmazonProvidedDNS"),
    QT_TRANSLATE_NOOP("RuleTexts", "Default cluster security group"),
    QT_TRANSLATE_NOOP("RuleTexts", "Default public CIDR 0.0.0.0/0"),
    QT_TRANSLATE_NOOP("RuleTexts", "Duplicate links"),
    QT_TRANSLATE_NOOP("RuleTexts", "EKS cluster subnet in another VPC"),
    QT_TRANSLATE_NOOP("RuleTexts", "EKS cluster without subnets"),
    QT_TRANSLATE_NOOP("RuleTexts", "IPv6 CIDR on an IPv4 cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "IPv6 authorized IP range"),
    QT_TRANSLATE_NOOP("RuleTexts", "IPv6 dual-stack endpoint naming"),
    QT_TRANSLATE_NOOP("RuleTexts", "Internet client without egress addresses"),
    QT_TRANSLATE_NOOP("RuleTexts", "Invalid name for a custom private DNS zone"),
    QT_TRANSLATE_NOOP("RuleTexts", "Microsoft-hosted CI agents cannot reach a private cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "More than 200 authorized IP ranges"),
    QT_TRANSLATE_NOOP("RuleTexts", "More than 4 control-plane security groups"),
    QT_TRANSLATE_NOOP("RuleTexts", "More than 40 public access CIDRs"),
    QT_TRANSLATE_NOOP("RuleTexts", "NAT gateway without internet route"),
    QT_TRANSLATE_NOOP("RuleTexts", "Network without an address space"),
    QT_TRANSLATE_NOOP("RuleTexts", "No public FQDN on a private cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "Node egress address outside authorized ranges"),
    QT_TRANSLATE_NOOP("RuleTexts", "Node pool without a cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "Node public IPs without a prefix under authorized ranges"),
    QT_TRANSLATE_NOOP("RuleTexts", "Peered networks have overlapping address spaces"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private DNS zone link limits"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private Link service limits"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private VNet-integrated cluster: outside access"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private address outside its subnet"),
    QT_TRANSLATE_NOOP("RuleTexts",
                      "Private cluster pulls from a registry it cannot reach privately"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private cluster with a Basic load balancer"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private endpoint lives in the first node pool's subnet"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private endpoint or link service without a target"),
    QT_TRANSLATE_NOOP("RuleTexts", "Private-only cluster without internet egress"),
    QT_TRANSLATE_NOOP("RuleTexts", "Public API server open to every address"),
    QT_TRANSLATE_NOOP("RuleTexts", "Public endpoint open to the world"),
    QT_TRANSLATE_NOOP("RuleTexts", "Public endpoint restricted by CIDRs"),
    QT_TRANSLATE_NOOP("RuleTexts", "Reserved range in publicAccessCidrs"),
    QT_TRANSLATE_NOOP("RuleTexts", "Restricted CIDRs with ephemeral node IPs"),
    QT_TRANSLATE_NOOP("RuleTexts", "Security group reference across VPCs"),
    QT_TRANSLATE_NOOP("RuleTexts", "Security groups do not govern the public endpoint"),
    QT_TRANSLATE_NOOP("RuleTexts", "Subnet prefix outside its network's address space"),
    QT_TRANSLATE_NOOP("RuleTexts", "Subnet routes to a gateway in another VPC"),
    QT_TRANSLATE_NOOP("RuleTexts", "Subnet without an address prefix"),
    QT_TRANSLATE_NOOP("RuleTexts", "Subnets of one network overlap"),
    QT_TRANSLATE_NOOP("RuleTexts", "Too many client and cluster pairs to analyse"),
    QT_TRANSLATE_NOOP("RuleTexts", "Two elements with one name in one place"),
    QT_TRANSLATE_NOOP("RuleTexts", "User private endpoints break on stop/start"),
    QT_TRANSLATE_NOOP("RuleTexts", "VNet integration not available in the region"),
    QT_TRANSLATE_NOOP("RuleTexts", "VNet integration without an API server subnet"),
    QT_TRANSLATE_NOOP("RuleTexts", "VNet-integrated nodes skip DNS"),
    QT_TRANSLATE_NOOP("RuleTexts", "VPC DNS attributes off"),
    QT_TRANSLATE_NOOP("RuleTexts", "VPC peering is not active"),
    QT_TRANSLATE_NOOP("RuleTexts", "VPC peering is not transitive"),
    QT_TRANSLATE_NOOP("RuleTexts", "VPN or Direct Connect path is down or unrouted"),
    QT_TRANSLATE_NOOP("RuleTexts", "a VM in the cluster VNet"),
    QT_TRANSLATE_NOOP("RuleTexts", "an NSG blocks TCP 443/4443 to the API server subnet"),
    QT_TRANSLATE_NOOP("RuleTexts", "bastion host in the cluster VPC"),
    QT_TRANSLATE_NOOP("RuleTexts", "browser Cloud Shell cannot reach a private cluster"),
    QT_TRANSLATE_NOOP("RuleTexts", "browser Cloud Shell egress is not published"),
    QT_TRANSLATE_NOOP("RuleTexts", "connected networks overlap"),
    QT_TRANSLATE_NOOP("RuleTexts", "custom DNS does not resolve the private zone"),
    QT_TRANSLATE_NOOP("RuleTexts", "edge-to-edge routing through a peering"),
    QT_TRANSLATE_NOOP("RuleTexts",
                      "egress address not in publicAccessCidrs, or no internet egress"),
    QT_TRANSLATE_NOOP("RuleTexts", "egress address outside authorizedIPRanges"),
    QT_TRANSLATE_NOOP("RuleTexts", "in-VPC clients use the private endpoint"),
    QT_TRANSLATE_NOOP("RuleTexts", "no network path into the cluster VPC"),
    QT_TRANSLATE_NOOP("RuleTexts", "no network path to the private endpoint"),
    QT_TRANSLATE_NOOP("RuleTexts",
                      "no private DNS zone for the private endpoint in the client's VNet"),
    QT_TRANSLATE_NOOP("RuleTexts", "no security group allows TCP 443 from the client"),
    QT_TRANSLATE_NOOP("RuleTexts", "node egress address is not in publicAccessCidrs"),
    QT_TRANSLATE_NOOP("RuleTexts", "node reaches the public endpoint from a public subnet"),
    QT_TRANSLATE_NOOP("RuleTexts", "node reaches the public endpoint through a NAT gateway"),
    QT_TRANSLATE_NOOP("RuleTexts", "nodes have no internet egress to the public endpoint"),
    QT_TRANSLATE_NOOP("RuleTexts",
                      "on-premises DNS or routing does not reach the private endpoint"),
    QT_TRANSLATE_NOOP("RuleTexts", "outside the VPC the name resolves to the public endpoint"),
    QT_TRANSLATE_NOOP("RuleTexts", "peered VNets overlap"),
    QT_TRANSLATE_NOOP("RuleTexts", "private-only name resolves publicly to private addresses"),
    QT_TRANSLATE_NOOP("RuleTexts", "privateDNSZone None without a public FQDN"),
    QT_TRANSLATE_NOOP("RuleTexts", "privateDNSZone None: public FQDN only"),
    QT_TRANSLATE_NOOP("RuleTexts", "the IAM principal is not mapped"),
    QT_TRANSLATE_NOOP("RuleTexts", "the caller lacks the run-command permissions"),
    QT_TRANSLATE_NOOP("RuleTexts", "the cluster VNet resolves the private zone"),
    QT_TRANSLATE_NOOP("RuleTexts", "the command pod's token has no Kubernetes role"),
    QT_TRANSLATE_NOOP("RuleTexts", "the networks are not peered directly"),
    QT_TRANSLATE_NOOP("RuleTexts", "the private DNS zone is not linked to the client's VNet"),
    QT_TRANSLATE_NOOP("RuleTexts", "the public FQDN resolves to the private address"),
    QT_TRANSLATE_NOOP("RuleTexts", "transit gateway routes are missing"),
};
} // namespace

QString RuleTexts::summary(const std::string& ruleId)
{
    const Rule* rule = RuleRegistry::find(ruleId);
    return rule ? QCoreApplication::translate("RuleTexts", rule->summary.c_str()) : QString();
}

bool RuleTexts::translated(const std::string& ruleId)
{
    const Rule* rule = RuleRegistry::find(ruleId);
    return rule && summary(ruleId) != QString::fromStdString(rule->summary);
}

bool RuleTexts::listed(const std::string& summary)
{
    return std::any_of(std::begin(kTexts), std::end(kTexts),
                       [&](const char* t) { return summary == t; });
}

} // namespace kg::ui

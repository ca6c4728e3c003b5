// The EKS rule catalog (docs/RULES.md): configuration rules on resourcesVpcConfig
// and the VPC, and path rules whose verdicts the stage code records on path steps.
#include "analysis/Analysis.h"
#include "analysis/Topology.h"
#include "model/Design.h"
#include "model/IpRanges.h"
#include "model/NetworkFacts.h"
#include "rules/RuleHelpers.h"
#include "validate/RuleRegistry.h"

#include <algorithm>
#include <set>

namespace kg {

namespace {

bool pub(const Element& c)
{
    return c.boolValue("resourcesVpcConfig.endpointPublicAccess");
}
bool priv(const Element& c)
{
    return c.boolValue("resourcesVpcConfig.endpointPrivateAccess");
}
const StringList& cidrs(const Element& c)
{
    return c.listValue("resourcesVpcConfig.publicAccessCidrs");
}
// A rule evaluated once per EKS cluster.
Rule clusterRule(std::string id, Severity severity, std::string summary, KindCheck check,
                 bool assumption = false)
{
    return kindRule(ElementKind::EksCluster, std::move(id), severity, std::move(summary),
                    std::move(check), assumption);
}

void bothOff(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (!pub(c) && !priv(c))
        out.push_back(
            makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}}), {{"cluster", c.id}}));
}

void defaultCidr(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (pub(c) && cidrs(c).empty())
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void tooManyCidrs(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (cidrs(c).size() > 40)
        out.push_back(makeFinding(
            r, {c.id},
            says(r, {{"cluster", c.label()}, {"count", std::to_string(cidrs(c).size())}})));
}

void ipv6Cidr(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (c.stringValue("kubernetesNetworkConfig.ipFamily") == "ipv6")
        return;
    for (const auto& text : cidrs(c)) {
        auto cidr = Cidr::parse(text);
        if (cidr && cidr->family() == IpFamily::V6)
            out.push_back(
                makeFinding(r, {c.id}, says(r, {{"range", text}, {"cluster", c.label()}})));
    }
}

void reservedCidr(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    for (const auto& text : cidrs(c)) {
        auto cidr = Cidr::parse(text);
        if (!cidr)
            continue;
        AddressUse use = addressUse(*cidr);
        if (isNonPublic(use))
            out.push_back(makeFinding(
                r, {c.id},
                says(r, {{"range", text}, {"cluster", c.label()}}).with("use", usePhrase(use)),
                {{"range", text}}));
    }
}

bool openToWorld(const Element& c)
{
    const auto& list = cidrs(c);
    return list.empty() || std::find(list.begin(), list.end(), "0.0.0.0/0") != list.end() ||
           std::find(list.begin(), list.end(), "::/0") != list.end();
}

void worldOpen(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (pub(c) && openToWorld(c))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void restricted(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (pub(c) && !openToWorld(c))
        out.push_back(makeFinding(
            r, {c.id},
            says(r, {{"cluster", c.label()}, {"count", std::to_string(cidrs(c).size())}})));
}

void cidrsWhileOff(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (!pub(c) && !cidrs(c).empty())
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void clusterSubnets(const Rule& r, const RuleContext& ctx, const Element& c,
                    std::vector<Finding>& out)
{
    std::set<std::string> zones;
    std::size_t subnets = 0;
    bool zonesKnown = true;
    for (const auto& id : c.listValue("resourcesVpcConfig.subnetIds")) {
        const Element* s = ctx.design.element(id);
        if (!s)
            continue;
        ++subnets;
        if (!s->stringValue("availabilityZone").empty())
            zones.insert(s->stringValue("availabilityZone"));
        else
            zonesKnown = false;
        if (auto prefix = NetworkFacts::subnetPrefix(*s)) {
            unsigned long long free = prefix->size() > 5 ? prefix->size() - 5 : 0; // AWS keeps 5
            if (free < 16) {
                Rule rr = r;
                rr.severity = free < 6 ? Severity::Error : Severity::Warning;
                out.push_back(
                    makeFinding(rr, {c.id, s->id},
                                says(r, {{"subnet", s->label()}, {"free", std::to_string(free)}})));
            }
        }
    }
    // One subnet is one zone; with several, a subnet whose zone is not given (an import from
    // describe-cluster) may be in another one, so only known zones are judged.
    if (subnets > 0 && (subnets < 2 || (zonesKnown && zones.size() < 2)))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}}, ".zones")));
}

void tooManyGroups(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (c.listValue("resourcesVpcConfig.securityGroupIds").size() > 4)
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void vpcDnsAttributes(const Rule& r, const RuleContext& ctx, const Element& c,
                      std::vector<Finding>& out)
{
    const Element* vpc = ctx.design.element(c.parent);
    if (vpc && (!vpc->boolValue("enableDnsSupport") || !vpc->boolValue("enableDnsHostnames")))
        out.push_back(makeFinding(r, {c.id, vpc->id},
                                  says(r, {{"vpc", vpc->label()}, {"cluster", c.label()}})));
}

void dhcpWithoutAmazonDns(const Rule& r, const RuleContext& ctx, const Element& c,
                          std::vector<Finding>& out)
{
    const Element* vpc = ctx.design.element(c.parent);
    if (!vpc || !priv(c))
        return;
    const auto& servers = vpc->listValue("dhcpDomainNameServers");
    if (std::find(servers.begin(), servers.end(), "AmazonProvidedDNS") == servers.end())
        out.push_back(makeFinding(r, {c.id, vpc->id}, says(r, {{"vpc", vpc->label()}})));
}

void ephemeralNodeIps(const Rule& r, const RuleContext& ctx, const Element& c,
                      std::vector<Finding>& out)
{
    if (!pub(c) || priv(c) || openToWorld(c))
        return;
    for (const Element* pool : ctx.topology.poolsOf(c)) {
        const Element& e = *pool;
        const Element* s = ctx.topology.subnetOf(e);
        if (s && s->boolValue("mapPublicIpOnLaunch"))
            out.push_back(makeFinding(r, {c.id, e.id}, says(r, {{"pool", e.label()}})));
    }
}

void fullyPrivate(const Rule& r, const RuleContext& ctx, const Element& c,
                  std::vector<Finding>& out)
{
    if (pub(c) || !priv(c))
        return;
    for (const auto& cl : ctx.topology.clients()) {
        if (cl.nodesOf != &c)
            continue;
        Egress eg = ctx.topology.egress(cl);
        if (!eg.internet)
            out.push_back(makeFinding(r, {c.id, cl.id}, says(r, {{"cluster", c.label()}})));
    }
}

void defaultClusterSg(const Rule& r, const RuleContext&, const Element& c,
                      std::vector<Finding>& out)
{
    if (priv(c) && c.stringValue("resourcesVpcConfig.clusterSecurityGroupId").empty())
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void publicNotBySg(const Rule& r, const RuleContext& ctx, const Element& c,
                   std::vector<Finding>& out)
{
    if (!pub(c) || priv(c))
        return;
    const Element* sg =
        ctx.design.element(c.stringValue("resourcesVpcConfig.clusterSecurityGroupId"));
    if (sg && !sg->listValue("ingress443").empty())
        out.push_back(makeFinding(r, {c.id, sg->id}, says(r, {{"cluster", c.label()}})));
}

void crossVpcSgReference(const Rule& r, const RuleContext& ctx, const Element& c,
                         std::vector<Finding>& out)
{
    std::vector<std::string> groups = c.listValue("resourcesVpcConfig.securityGroupIds");
    groups.push_back(c.stringValue("resourcesVpcConfig.clusterSecurityGroupId"));
    for (const auto& id : groups) {
        const Element* sg = ctx.design.element(id);
        if (!sg)
            continue;
        for (const auto& entry : sg->listValue("ingress443")) {
            const Element* ref = ctx.design.element(entry);
            if (ref && ref->parent != c.parent)
                out.push_back(
                    makeFinding(r, {c.id, sg->id, ref->id},
                                says(r, {{"group", sg->label()}, {"other", ref->label()}})));
        }
    }
}

void ipv6Naming(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (c.stringValue("kubernetesNetworkConfig.ipFamily") == "ipv6")
        out.push_back(makeFinding(
            r, {c.id},
            says(r, {{"cluster", c.label()}, {"domain", "eks-cluster.<region>.api.aws"}})));
}

} // namespace

void addEksRules(std::vector<Rule>& rules)
{
    using S = Severity;
    rules.push_back(clusterRule("EKS-001", S::Error, "Both endpoints disabled", bothOff));
    rules.push_back(clusterRule("EKS-002", S::Info, "Default public CIDR 0.0.0.0/0", defaultCidr));
    rules.push_back(
        clusterRule("EKS-003", S::Error, "More than 40 public access CIDRs", tooManyCidrs));
    rules.push_back(clusterRule("EKS-004", S::Error, "IPv6 CIDR on an IPv4 cluster", ipv6Cidr));
    rules.push_back(clusterRule("EKS-005", S::Error, "Reserved range in publicAccessCidrs",
                                reservedCidr, true));
    rules.push_back(
        clusterRule("EKS-006", S::Warning, "Public endpoint open to the world", worldOpen));
    rules.push_back(
        clusterRule("EKS-007", S::Info, "Public endpoint restricted by CIDRs", restricted));
    rules.push_back(
        clusterRule("EKS-008", S::Info, "CIDRs while public access is off", cidrsWhileOff));
    rules.push_back(clusterRule("EKS-009", S::Error, "Cluster subnets: zones and free addresses",
                                clusterSubnets));
    rules.push_back(clusterRule("EKS-010", S::Error, "More than 4 control-plane security groups",
                                tooManyGroups));
    rules.push_back(clusterRule("EKS-011", S::Error, "VPC DNS attributes off", vpcDnsAttributes));
    rules.push_back(clusterRule("EKS-012", S::Error, "DHCP options without AmazonProvidedDNS",
                                dhcpWithoutAmazonDns, true));
    rules.push_back(
        pathRule("EKS-013", S::Info, "private-only name resolves publicly to private addresses"));
    rules.push_back(pathRule("EKS-014", S::Warning,
                             "outside the VPC the name resolves to the public endpoint", true));
    rules.push_back(
        pathRule("EKS-016", S::Info, "node reaches the public endpoint from a public subnet"));
    rules.push_back(
        pathRule("EKS-017", S::Info, "node reaches the public endpoint through a NAT gateway"));
    rules.push_back(
        pathRule("EKS-018", S::Error, "nodes have no internet egress to the public endpoint"));
    rules.push_back(
        pathRule("EKS-019", S::Error, "node egress address is not in publicAccessCidrs"));
    rules.push_back(clusterRule("EKS-020", S::Warning, "Restricted CIDRs with ephemeral node IPs",
                                ephemeralNodeIps, true));
    rules.push_back(pathRule("EKS-021", S::Info, "in-VPC clients use the private endpoint"));
    rules.push_back(clusterRule("EKS-022", S::Warning,
                                "Private-only cluster without internet egress", fullyPrivate));
    rules.push_back(
        clusterRule("EKS-024", S::Info, "Default cluster security group", defaultClusterSg));
    rules.push_back(
        pathRule("EKS-025", S::Warning, "no security group allows TCP 443 from the client"));
    rules.push_back(clusterRule("EKS-026", S::Info,
                                "Security groups do not govern the public endpoint", publicNotBySg,
                                true));
    rules.push_back(clusterRule("EKS-027", S::Warning, "Security group reference across VPCs",
                                crossVpcSgReference, true));
    rules.push_back(pathRule("EKS-029", S::Info, "no network path into the cluster VPC"));
    rules.push_back(pathRule("EKS-030", S::Info, "bastion host in the cluster VPC"));
    rules.push_back(pathRule("EKS-031", S::Info, "Cloud9 IDE in the cluster VPC"));
    rules.push_back(pathRule("EKS-032", S::Warning, "VPC peering is not active"));
    rules.push_back(pathRule("EKS-033", S::Info, "VPC peering is not transitive"));
    rules.push_back(pathRule("EKS-034", S::Warning, "edge-to-edge routing through a peering"));
    rules.push_back(pathRule("EKS-035", S::Warning, "transit gateway routes are missing", true));
    rules.push_back(
        pathRule("EKS-036", S::Warning, "VPN or Direct Connect path is down or unrouted"));
    rules.push_back(pathRule("EKS-037", S::Error, "connected networks overlap"));
    rules.push_back(pathRule("EKS-038", S::Info,
                             "egress address not in publicAccessCidrs, or no internet egress"));
    rules.push_back(pathRule("EKS-040", S::Warning, "the IAM principal is not mapped"));
    rules.push_back(clusterRule("EKS-046", S::Info, "IPv6 dual-stack endpoint naming", ipv6Naming));
}

} // namespace kg

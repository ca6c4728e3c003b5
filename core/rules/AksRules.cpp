// The AKS rule catalog (docs/RULES.md): configuration rules that inspect one
// cluster's apiServerAccessProfile and its surroundings, and path rules whose verdicts the
// stage code records on path steps. docs/RULES.md lists every catalog id, including the ones
// that do not apply to a design and why.
#include "analysis/Analysis.h"
#include "analysis/Topology.h"
#include "model/Design.h"
#include "model/IpRanges.h"
#include "model/NetworkFacts.h"
#include "rules/RuleHelpers.h"
#include "validate/RuleRegistry.h"

#include <algorithm>

namespace kg {

namespace {

bool isPrivate(const Element& c)
{
    return c.boolValue("apiServerAccessProfile.enablePrivateCluster");
}
bool vnetInt(const Element& c)
{
    return c.boolValue("apiServerAccessProfile.enableVnetIntegration");
}
const StringList& ranges(const Element& c)
{
    return c.listValue("apiServerAccessProfile.authorizedIPRanges");
}
const std::string& dnsMode(const Element& c)
{
    return c.stringValue("apiServerAccessProfile.privateDNSZone");
}

// A rule evaluated once per AKS cluster.
Rule clusterRule(std::string id, Severity severity, std::string summary, KindCheck check,
                 bool assumption = false)
{
    return kindRule(ElementKind::AksCluster, std::move(id), severity, std::move(summary),
                    std::move(check), assumption);
}

void rangesOnPrivate(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (isPrivate(c) && !ranges(c).empty())
        out.push_back(
            makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}}), {{"cluster", c.id}}));
}

void tooManyRanges(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (ranges(c).size() > 200)
        out.push_back(makeFinding(
            r, {c.id},
            says(r, {{"cluster", c.label()}, {"count", std::to_string(ranges(c).size())}}),
            {{"count", std::to_string(ranges(c).size())}}));
}

void eachRange(const Element& c, const std::function<void(const std::string&, const Cidr&)>& f)
{
    for (const auto& text : ranges(c)) {
        if (auto cidr = Cidr::parse(text))
            f(text, *cidr);
    }
}

void ipv6Range(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    eachRange(c, [&](const std::string& text, const Cidr& cidr) {
        if (cidr.family() == IpFamily::V6)
            out.push_back(makeFinding(r, {c.id}, says(r, {{"range", text}, {"cluster", c.label()}}),
                                      {{"range", text}}));
    });
}

void nonPublicRange(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    eachRange(c, [&](const std::string& text, const Cidr& cidr) {
        if (text == "0.0.0.0/32")
            return; // AKS-006
        AddressUse use = addressUse(cidr);
        if (isNonPublic(use))
            out.push_back(makeFinding(
                r, {c.id},
                says(r, {{"range", text}, {"cluster", c.label()}}).with("use", usePhrase(use)),
                {{"range", text}, {"use", std::string(toString(use))}}));
    });
}

void hostBits(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    eachRange(c, [&](const std::string& text, const Cidr& cidr) {
        if (cidr.hostBitsSet())
            out.push_back(makeFinding(
                r, {c.id}, says(r, {{"range", text}, {"suggest", cidr.network().toString()}}),
                {{"range", text}, {"suggest", cidr.network().toString()}}));
    });
}

void loadBalancerOnly(const Rule& r, const RuleContext&, const Element& c,
                      std::vector<Finding>& out)
{
    const auto& list = ranges(c);
    bool special = std::find(list.begin(), list.end(), "0.0.0.0/32") != list.end();
    if (!special)
        return;
    Rule severe = r;
    if (list.size() > 1) {
        severe.severity = Severity::Error;
        out.push_back(makeFinding(severe, {c.id}, says(r, {{"cluster", c.label()}}, ".not-alone")));
        return;
    }
    out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void basicWithRanges(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (!ranges(c).empty() && c.stringValue("loadBalancerSku") == "basic")
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void nodePublicIps(const Rule& r, const RuleContext& ctx, const Element& c,
                   std::vector<Finding>& out)
{
    if (ranges(c).empty())
        return;
    for (const Element* pool : ctx.topology.poolsOf(c)) {
        const Element& e = *pool;
        if (e.boolValue("enableNodePublicIP") && e.stringValue("nodePublicIPPrefixID").empty())
            out.push_back(makeFinding(r, {c.id, e.id}, says(r, {{"pool", e.label()}})));
    }
}

void egressOutsideRanges(const Rule& r, const RuleContext& ctx, const Element& c,
                         std::vector<Finding>& out)
{
    if (ranges(c).empty() || isPrivate(c))
        return;
    if (c.stringValue("outboundType") == "loadBalancer") {
        Rule info = r;
        info.severity = Severity::Info;
        out.push_back(
            makeFinding(info, {c.id}, says(r, {{"cluster", c.label()}}, ".load-balancer")));
        return;
    }
    // Other egress (NAT gateway, firewall): the nodes' path tells whether it is admitted.
    for (const auto& p : ctx.analysis.paths) {
        if (p.reachable || p.rule != "AKS-009" || ctx.analysis.clusters[p.cluster] != c.id)
            continue;
        out.push_back(makeFinding(
            r, {c.id, ctx.analysis.clients[p.client]},
            says(r, {{"cluster", c.label()}, {"outbound", c.stringValue("outboundType")}})));
        return;
    }
}

void openPublic(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (!isPrivate(c) && ranges(c).empty())
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void basicPrivate(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (isPrivate(c) && c.stringValue("loadBalancerSku") == "basic")
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void byoZoneName(const Rule& r, const RuleContext& ctx, const Element& c, std::vector<Finding>& out)
{
    const std::string& mode = dnsMode(c);
    if (!isPrivate(c) || mode == "System" || mode == "None")
        return;
    const Element* zone = ctx.design.element(mode);
    if (!zone)
        return;
    const std::string& zoneName = zone->stringValue("zoneName");
    const std::string region = c.stringValue("location");
    const std::string base = (vnetInt(c) ? "private." : "privatelink.") + region + ".azmk8s.io";
    Sentence problem;
    if (zoneName == base) {
        return;
    } else if (zoneName.size() > base.size() + 1 &&
               zoneName.compare(zoneName.size() - base.size() - 1, std::string::npos, "." + base) ==
                   0) {
        std::string sub = zoneName.substr(0, zoneName.size() - base.size() - 1);
        if (sub.find('.') == std::string::npos && sub.size() <= 32)
            return;
        problem = Sentence(sub.size() > 32 ? "phrase.zone.subzone-too-long"
                                           : "phrase.zone.subzone-labels");
    } else {
        problem = Sentence("phrase.zone.must-be", {{"base", base}});
    }
    out.push_back(makeFinding(
        r, {c.id, zone->id},
        says(r, {{"zone", zoneName}, {"cluster", c.label()}}).with("problem", std::move(problem)),
        {{"zone", zoneName}, {"expected", base}}));
}

void byoZoneIdentity(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    const std::string& mode = dnsMode(c);
    if (isPrivate(c) && mode != "System" && mode != "None" &&
        c.stringValue("identityType") == "SystemAssigned")
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void noneWithoutPublicFqdn(const Rule& r, const RuleContext&, const Element& c,
                           std::vector<Finding>& out)
{
    if (isPrivate(c) && dnsMode(c) == "None" &&
        !c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"))
        out.push_back(
            makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}}), {{"cluster", c.id}}));
}

void firstPoolSubnet(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (isPrivate(c) && !vnetInt(c))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void userEndpointsBreakOnRestart(const Rule& r, const RuleContext& ctx, const Element& c,
                                 std::vector<Finding>& out)
{
    if (!isPrivate(c))
        return;
    for (const Element* pe : ctx.topology.userEndpoints(c))
        out.push_back(makeFinding(r, {c.id, pe->id},
                                  says(r, {{"endpoint", pe->label()}, {"cluster", c.label()}})));
}

void privateLinkLimits(const Rule& r, const RuleContext& ctx, const Element& c,
                       std::vector<Finding>& out)
{
    if (!isPrivate(c) || vnetInt(c))
        return;
    std::size_t count = ctx.topology.userEndpoints(c).size();
    if (count > 1000) {
        Rule severe = r;
        severe.severity = Severity::Error;
        out.push_back(
            makeFinding(severe, {c.id},
                        says(severe, {{"cluster", c.label()}, {"count", std::to_string(count)}})));
    }
}

void registryPrivateLink(const Rule& r, const RuleContext& ctx, const Element& c,
                         std::vector<Finding>& out)
{
    if (!isPrivate(c))
        return;
    const Element* clusterNet = ctx.topology.networkOf(c);
    for (const Link* l : ctx.topology.linksOf(c.id)) {
        if (l->kind != LinkKind::RegistryAccess || l->from != c.id)
            continue;
        const Element* acr = ctx.design.element(l->to);
        if (!acr || acr->kind != ElementKind::AzureContainerRegistry ||
            acr->boolValue("publicNetworkAccess"))
            continue;
        bool reachable = false;
        for (const auto& e : ctx.design.elements()) {
            if (e.kind != ElementKind::AzurePrivateEndpoint || e.stringValue("target") != acr->id)
                continue;
            const Element* peNet = ctx.topology.networkOf(e);
            reachable |= peNet && clusterNet && ctx.topology.reach(clusterNet, peNet).ok;
        }
        if (!reachable)
            out.push_back(makeFinding(
                r, {c.id, acr->id}, says(r, {{"cluster", c.label()}, {"registry", acr->label()}})));
    }
}

void subdomainForwarding(const Rule& r, const RuleContext& ctx, const Element& c,
                         std::vector<Finding>& out)
{
    if (!isPrivate(c))
        return;
    const std::string zone =
        (vnetInt(c) ? "private." : "privatelink.") + c.stringValue("location") + ".azmk8s.io";
    for (const auto& l : ctx.design.links()) {
        if (l.kind != LinkKind::DnsForwarding)
            continue;
        auto it = l.properties.find("zones");
        const auto* zones =
            it == l.properties.end() ? nullptr : std::get_if<StringList>(&it->second);
        if (!zones)
            continue;
        for (const auto& z : *zones) {
            if (z.size() > zone.size() &&
                z.compare(z.size() - zone.size() - 1, std::string::npos, "." + zone) == 0)
                out.push_back(
                    makeFinding(r, {c.id, l.id}, says(r, {{"zone", z}, {"clusterZone", zone}})));
        }
    }
}

void zoneLinkLimit(const Rule& r, const RuleContext& ctx, std::vector<Finding>& out)
{
    std::map<std::string, std::size_t> perZone;
    std::map<std::string, std::size_t> perNetwork;
    for (const auto& l : ctx.design.links()) {
        if (l.kind != LinkKind::DnsZoneLink)
            continue;
        ++perZone[l.from];
        ++perNetwork[l.to];
    }
    for (const auto& [zone, n] : perZone) {
        if (n > 1000)
            out.push_back(makeFinding(
                r, {zone}, says(r, {{"zone", zone}, {"count", std::to_string(n)}}, ".zone")));
    }
    for (const auto& [network, n] : perNetwork) {
        if (n > 1000)
            out.push_back(makeFinding(
                r, {network},
                says(r, {{"network", network}, {"count", std::to_string(n)}}, ".network")));
    }
}

void noneMode(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (isPrivate(c) && dnsMode(c) == "None" &&
        c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void noPublicFqdn(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (isPrivate(c) && dnsMode(c) != "None" &&
        !c.boolValue("apiServerAccessProfile.enablePrivateClusterPublicFQDN"))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void runCommandOff(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (c.boolValue("apiServerAccessProfile.disableRunCommand"))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

const Element* apiSubnet(const RuleContext& ctx, const Element& c)
{
    return ctx.design.element(c.stringValue("apiServerAccessProfile.subnetId"));
}

void vnetIntSubnetMissing(const Rule& r, const RuleContext&, const Element& c,
                          std::vector<Finding>& out)
{
    if (vnetInt(c) && c.stringValue("apiServerAccessProfile.subnetId").empty())
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void vnetIntDelegation(const Rule& r, const RuleContext& ctx, const Element& c,
                       std::vector<Finding>& out)
{
    const Element* s = vnetInt(c) ? apiSubnet(ctx, c) : nullptr;
    if (s && s->stringValue("delegation") != "Microsoft.ContainerService/managedClusters")
        out.push_back(makeFinding(r, {c.id, s->id}, says(r, {{"subnet", s->label()}})));
}

void vnetIntSize(const Rule& r, const RuleContext& ctx, const Element& c, std::vector<Finding>& out)
{
    const Element* s = vnetInt(c) ? apiSubnet(ctx, c) : nullptr;
    auto prefix = s ? NetworkFacts::subnetPrefix(*s) : std::nullopt;
    if (!prefix)
        return;
    if (prefix->prefix() > 28) {
        Rule severe = r;
        severe.severity = Severity::Error;
        out.push_back(makeFinding(
            severe, {c.id, s->id},
            says(severe, {{"subnet", s->label()}, {"prefix", std::to_string(prefix->prefix())}},
                 ".prefix")));
        return;
    }
    std::size_t sharing = 0;
    for (const Element* other : ctx.topology.clusters())
        sharing += other->kind == ElementKind::AksCluster &&
                           other->stringValue("apiServerAccessProfile.subnetId") == s->id
                       ? 1
                       : 0;
    // Azure keeps 5 addresses of every subnet; each cluster needs at least 9.
    unsigned long long usable = prefix->size() > 5 ? prefix->size() - 5 : 0;
    if (usable < 9 * sharing)
        out.push_back(makeFinding(r, {c.id, s->id},
                                  says(r, {{"subnet", s->label()},
                                           {"usable", std::to_string(usable)},
                                           {"count", std::to_string(sharing)}})));
}

void vnetIntExclusive(const Rule& r, const RuleContext& ctx, const Element& c,
                      std::vector<Finding>& out)
{
    const Element* s = vnetInt(c) ? apiSubnet(ctx, c) : nullptr;
    if (!s)
        return;
    for (const Element* child : ctx.design.children(s->id))
        out.push_back(makeFinding(r, {c.id, s->id, child->id},
                                  says(r, {{"subnet", s->label()}, {"element", child->label()}})));
}

void vnetIntSameVnet(const Rule& r, const RuleContext& ctx, const Element& c,
                     std::vector<Finding>& out)
{
    const Element* s = vnetInt(c) ? apiSubnet(ctx, c) : nullptr;
    if (s && ctx.topology.networkOf(*s) != ctx.topology.networkOf(c))
        out.push_back(makeFinding(r, {c.id, s->id},
                                  says(r, {{"subnet", s->label()}, {"cluster", c.label()}})));
}

void vnetIntRegion(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (vnetInt(c) && c.stringValue("location") == "qatarcentral")
        out.push_back(makeFinding(r, {c.id}, says(r, {{"region", c.stringValue("location")}})));
}

void vnetIntDirect(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (vnetInt(c))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void vnetIntPublicRanges(const Rule& r, const RuleContext&, const Element& c,
                         std::vector<Finding>& out)
{
    if (vnetInt(c) && !isPrivate(c) && !ranges(c).empty())
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

void vnetIntPrivate(const Rule& r, const RuleContext&, const Element& c, std::vector<Finding>& out)
{
    if (vnetInt(c) && isPrivate(c))
        out.push_back(makeFinding(r, {c.id}, says(r, {{"cluster", c.label()}})));
}

} // namespace

void addAksRules(std::vector<Rule>& rules)
{
    using S = Severity;
    rules.push_back(clusterRule("AKS-001", S::Error, "Authorized IP ranges on a private cluster",
                                rangesOnPrivate));
    rules.push_back(
        clusterRule("AKS-002", S::Error, "More than 200 authorized IP ranges", tooManyRanges));
    rules.push_back(clusterRule("AKS-003", S::Error, "IPv6 authorized IP range", ipv6Range));
    rules.push_back(clusterRule("AKS-004", S::Error, "Authorized range is not a public address",
                                nonPublicRange));
    rules.push_back(
        clusterRule("AKS-005", S::Error, "Authorized range with host bits set", hostBits));
    rules.push_back(clusterRule("AKS-006", S::Info, "0.0.0.0/32: only the cluster's load balancer",
                                loadBalancerOnly));
    rules.push_back(clusterRule("AKS-007", S::Error, "Authorized ranges with a Basic load balancer",
                                basicWithRanges));
    rules.push_back(clusterRule("AKS-008", S::Error,
                                "Node public IPs without a prefix under authorized ranges",
                                nodePublicIps));
    rules.push_back(clusterRule("AKS-009", S::Warning,
                                "Node egress address outside authorized ranges",
                                egressOutsideRanges));
    rules.push_back(pathRule("AKS-010", S::Info, "egress address outside authorizedIPRanges"));
    rules.push_back(
        pathRule("AKS-011", S::Warning, "browser Cloud Shell egress is not published", true));
    rules.push_back(pathRule("AKS-012", S::Warning,
                             "Azure Bastion's public address is not in authorizedIPRanges"));
    rules.push_back(pathRule("AKS-013", S::Warning,
                             "Azure DevOps agent addresses are not in authorizedIPRanges"));
    rules.push_back(
        clusterRule("AKS-017", S::Warning, "Public API server open to every address", openPublic));
    rules.push_back(clusterRule("AKS-020", S::Error, "Private cluster with a Basic load balancer",
                                basicPrivate));
    rules.push_back(clusterRule("AKS-022", S::Error, "Invalid name for a custom private DNS zone",
                                byoZoneName));
    rules.push_back(clusterRule("AKS-024", S::Error,
                                "Custom private DNS zone with a system-assigned identity",
                                byoZoneIdentity));
    rules.push_back(clusterRule("AKS-027", S::Error, "privateDNSZone None without a public FQDN",
                                noneWithoutPublicFqdn));
    rules.push_back(clusterRule("AKS-031", S::Info,
                                "Private endpoint lives in the first node pool's subnet",
                                firstPoolSubnet));
    rules.push_back(clusterRule("AKS-032", S::Warning, "User private endpoints break on stop/start",
                                userEndpointsBreakOnRestart));
    rules.push_back(
        clusterRule("AKS-034", S::Info, "Private Link service limits", privateLinkLimits));
    rules.push_back(clusterRule("AKS-035", S::Warning,
                                "Private cluster pulls from a registry it cannot reach privately",
                                registryPrivateLink));
    rules.push_back(pathRule("AKS-040", S::Info, "the cluster VNet resolves the private zone"));
    rules.push_back(
        pathRule("AKS-041", S::Warning, "the private DNS zone is not linked to the client's VNet"));
    rules.push_back(pathRule("AKS-042", S::Info, "the networks are not peered directly"));
    rules.push_back(
        pathRule("AKS-043", S::Info, "the public FQDN resolves to the private address"));
    rules.push_back(pathRule("AKS-044", S::Info, "no network path to the private endpoint"));
    rules.push_back(pathRule("AKS-045", S::Warning,
                             "on-premises DNS or routing does not reach the private endpoint"));
    rules.push_back(pathRule("AKS-046", S::Error, "custom DNS does not resolve the private zone"));
    rules.push_back(clusterRule("AKS-047", S::Warning,
                                "Conditional forwarder for a subdomain of the cluster zone",
                                subdomainForwarding));
    rules.push_back(pathRule("AKS-049", S::Warning,
                             "no private DNS zone for the private endpoint in the client's VNet"));
    rules.push_back(pathRule("AKS-050", S::Warning,
                             "Microsoft-hosted CI agents cannot reach a private cluster"));
    rules.push_back(
        pathRule("AKS-051", S::Info, "browser Cloud Shell cannot reach a private cluster"));
    rules.push_back(pathRule("AKS-052", S::Warning,
                             "Azure Bastion SKU or settings cannot tunnel to the API server"));
    rules.push_back(pathRule("AKS-053", S::Info, "a VM in the cluster VNet"));
    rules.push_back(pathRule("AKS-054", S::Error, "peered VNets overlap"));
    {
        Rule limits{
            .id = "AKS-055", .severity = S::Error, .summary = "Private DNS zone link limits"};
        limits.reads = Rule::Reads{.links = {LinkKind::DnsZoneLink}}; // their ends' ids only
        limits.check = [limits](const RuleContext& ctx, std::vector<Finding>& out) {
            zoneLinkLimit(limits, ctx, out);
        };
        rules.push_back(limits);
    }
    rules.push_back(
        clusterRule("AKS-056", S::Info, "privateDNSZone None: public FQDN only", noneMode));
    rules.push_back(
        clusterRule("AKS-057", S::Info, "No public FQDN on a private cluster", noPublicFqdn));
    rules.push_back(clusterRule("AKS-060", S::Info, "Command invoke disabled", runCommandOff));
    rules.push_back(pathRule("AKS-061", S::Info, "the caller lacks the run-command permissions"));
    rules.push_back(pathRule("AKS-062", S::Info, "Azure Resource Manager is not reachable"));
    rules.push_back(
        pathRule("AKS-063", S::Warning, "the command pod's token has no Kubernetes role"));
    rules.push_back(clusterRule("AKS-080", S::Error,
                                "VNet integration without an API server subnet",
                                vnetIntSubnetMissing));
    rules.push_back(
        clusterRule("AKS-081", S::Error, "API server subnet not delegated", vnetIntDelegation));
    rules.push_back(clusterRule("AKS-082", S::Warning, "API server subnet too small", vnetIntSize));
    rules.push_back(clusterRule("AKS-083", S::Error, "API server subnet hosts other resources",
                                vnetIntExclusive));
    rules.push_back(
        clusterRule("AKS-084", S::Error, "API server subnet in another VNet", vnetIntSameVnet));
    rules.push_back(
        pathRule("AKS-086", S::Error, "an NSG blocks TCP 443/4443 to the API server subnet"));
    rules.push_back(clusterRule("AKS-087", S::Error, "VNet integration not available in the region",
                                vnetIntRegion));
    rules.push_back(
        clusterRule("AKS-092", S::Info, "VNet-integrated nodes skip DNS", vnetIntDirect));
    rules.push_back(clusterRule("AKS-093", S::Info,
                                "Authorized ranges on a VNet-integrated public cluster",
                                vnetIntPublicRanges, true));
    rules.push_back(clusterRule("AKS-094", S::Info,
                                "Private VNet-integrated cluster: outside access", vnetIntPrivate));
}

} // namespace kg

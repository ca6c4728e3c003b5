#include "analysis/AdmissionStage.h"

#include "model/KindRegistry.h"

#include <algorithm>

namespace kg {

namespace {

std::vector<Cidr> parseBlocks(const StringList& list)
{
    std::vector<Cidr> out;
    for (const auto& s : list) {
        if (auto c = Cidr::parse(s))
            out.push_back(c->network());
    }
    return out;
}

std::string joined(const StringList& list)
{
    std::string out;
    for (const auto& s : list)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

// Which rule explains an allow-list verdict for this kind of client.
std::string_view aksRangeRule(const StageInput& in)
{
    if (in.isNodes())
        return "AKS-009";
    switch (in.clientElement().kind) {
    case ElementKind::AzureBastion:
        return "AKS-012";
    case ElementKind::AdoHostedAgent:
        return "AKS-013";
    case ElementKind::CloudShell:
        return in.client.subnet ? "AKS-010" : "AKS-011";
    default:
        return "AKS-010";
    }
}

bool publicEndpoint(const StageInput& in, PathRecorder& r)
{
    const Element& c = in.cluster;
    const bool aks = in.aks();
    const char* field = aks ? "authorizedIPRanges" : "publicAccessCidrs";
    const StringList& list = in.facts.allowed;
    auto who = [&] { return clientName(in.client); };
    if (list.empty()) {
        r.pass(Stage::Admission, aks ? "AKS-017" : "EKS-002", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"field", field}};
            s.say("step.allow-list-empty", {{"field", field}});
        });
        return true;
    }
    const Egress& eg = in.egress;
    const std::vector<Cidr>& ranges = in.topology.allowList(c);
    const bool onlyLoadBalancer = aks && list.size() == 1 && list.front() == "0.0.0.0/32";
    if (aks && eg.clusterLoadBalancer) {
        r.pass(Stage::Admission, "AKS-009", [&](PathStep& s) {
            s.elements = {c.id, in.client.id};
            s.say("step.own-load-balancer-allowed");
        });
        return true;
    }
    std::string_view rule = aks ? aksRangeRule(in) : (in.isNodes() ? "EKS-019" : "EKS-038");
    if (onlyLoadBalancer)
        rule = "AKS-006";
    for (const auto& ip : eg.ips) {
        auto hit = std::find_if(ranges.begin(), ranges.end(),
                                [&](const Cidr& range) { return range.contains(ip); });
        if (hit == ranges.end() || onlyLoadBalancer)
            continue;
        std::string_view okRule = aks ? rule : (in.isNodes() ? in.eksNodeRule() : "EKS-038");
        r.pass(Stage::Admission, okRule, [&](PathStep& s) {
            s.elements = {c.id, in.client.id};
            s.params = {{"address", ip.toString()}, {"range", hit->toString()}, {"field", field}};
            s.say("step.address-in-allow-list",
                  {{"address", ip.toString()}, {"range", hit->toString()}, {"field", field}});
        });
        return true;
    }
    // The design does not say where the client's requests come from: the allow-list cannot be
    // checked, so the step holds only on an assumption (the fix says what to record).
    if (eg.ips.empty() && !onlyLoadBalancer && rule != "AKS-011") {
        r.assume(Stage::Admission, rule, [&](PathStep& s) {
            s.elements = {c.id, in.client.id};
            if (!eg.via.empty() && eg.via != in.client.id)
                s.elements.push_back(eg.via);
            s.params = {{"address", "unknown"}, {"field", field}, {"ranges", joined(list)}};
            s.say(Sentence("step.egress-unknown-assumed",
                           {{"field", field}, {"ranges", joined(list)}}, {{"who", who()}}));
        });
        return true;
    }
    auto addressOf = [&] { return eg.ips.empty() ? std::string() : eg.ips.front().toString(); };
    return r.block(
        Stage::Admission, rule,
        [&](PathStep& s) {
            const std::string address = addressOf();
            s.elements = {c.id, in.client.id};
            if (!eg.via.empty() && eg.via != in.client.id)
                s.elements.push_back(eg.via);
            s.params = {{"address", address.empty() ? "unknown" : address},
                        {"field", field},
                        {"ranges", joined(list)}};
            if (onlyLoadBalancer)
                s.say("step.only-load-balancer");
            else if (address.empty())
                s.say(Sentence("step.egress-unknown-blocked",
                               {{"field", field}, {"ranges", joined(list)}}, {{"who", who()}}));
            else if (rule == "AKS-011")
                s.say("step.cloud-shell-egress-unpublished");
            else
                s.say("step.address-not-in-allow-list",
                      {{"address", address}, {"field", field}, {"ranges", joined(list)}});
        },
        [&](Fix& f) {
            const std::string address = addressOf();
            if (address.empty()) {
                f.say(Sentence("fix.record-egress", {{"field", std::string(field)}},
                               {{"who", who()}}));
                f.params = {{"client", in.client.id}, {"field", field}};
            } else {
                f.say("fix.add-to-allow-list", {{"address", address + "/32"},
                                                {"field", std::string(field)},
                                                {"cluster", c.label()}});
                f.params = {{"add", address + "/32"}, {"field", field}, {"cluster", c.id}};
            }
        });
}

bool eksInterfaces(const StageInput& in, PathRecorder& r)
{
    const Topology& t = in.topology;
    const Element& c = in.cluster;
    const std::vector<std::string>& clientSgs = in.client.securityGroups;
    const std::vector<Cidr>& sources = in.client.sources;

    // The cluster security group first, then the additional ones (resolved once per cluster).
    for (const EksGuard& g : in.facts.guards) {
        const Element* sg = g.group;
        for (std::size_t n = 0; n < g.rules.size(); ++n) {
            const std::string& entry = g.rules[n];
            bool sgMatch = std::find(clientSgs.begin(), clientSgs.end(), entry) != clientSgs.end();
            const std::optional<Cidr>& block = g.blocks[n];
            bool cidrMatch = block && !sources.empty() &&
                             std::all_of(sources.begin(), sources.end(), [&](const Cidr& src) {
                                 return block->network().contains(src);
                             });
            if (!sgMatch && !cidrMatch)
                continue;
            r.pass(Stage::Admission, sg ? "EKS-025" : "EKS-024", [&](PathStep& s) {
                s.elements = {sg ? sg->id : c.id, in.client.id};
                s.params = {{"securityGroup", sg ? sg->label() : "default cluster security group"},
                            {"source", entry},
                            {"port", "443"}};
                if (sg)
                    s.say("step.security-group-allows",
                          {{"group", sg->label()}, {"source", entry}});
                else
                    s.say("step.default-security-group-allows", {{"source", entry}});
            });
            return true;
        }
    }
    const std::string& clusterSg = c.stringValue("resourcesVpcConfig.clusterSecurityGroupId");
    // Text for people: built only when the path is being explained.
    auto source = [&] {
        return !clientSgs.empty() && in.client.element->kind != ElementKind::EksNodeGroup
                   ? clientSgs.front()
               : !sources.empty() ? sources.front().toString()
                                  : in.client.id;
    };
    return r.block(
        Stage::Admission, clusterSg.empty() ? "EKS-024" : "EKS-025",
        [&](PathStep& s) {
            const Element* target = t.element(clusterSg);
            s.elements = {target ? target->id : c.id, in.client.id};
            s.params = {{"source", source()}, {"port", "443"}};
            s.say(Sentence("step.no-security-group-allows", {{"source", source()}},
                           {{"who", clientName(in.client)}}));
        },
        [&](Fix& f) {
            const Element* target = t.element(clusterSg);
            const Element* srcSg = t.element(source());
            const std::string from = srcSg ? srcSg->label() : source();
            if (target)
                f.say("fix.allow-443-on-sg", {{"source", from}, {"group", target->label()}});
            else
                f.say("fix.allow-443-on-cluster-sg", {{"source", from}, {"cluster", c.label()}});
            f.params = {{"allow", "443"}, {"from", source()}, {"on", target ? target->id : c.id}};
        });
}

bool vnetIntegration(const StageInput& in, PathRecorder& r)
{
    const Topology& t = in.topology;
    const Element* apiSubnet = in.facts.aksApiSubnet;
    const Element* nsg =
        apiSubnet ? t.element(apiSubnet->stringValue("networkSecurityGroup")) : nullptr;
    if (nsg && nsg->boolValue("denyVnetInbound")) {
        const auto allowed = parseBlocks(nsg->listValue("allow443From"));
        const auto sources = t.sourceBlocks(in.client);
        bool ok =
            !sources.empty() && std::all_of(sources.begin(), sources.end(), [&](const Cidr& src) {
                return std::any_of(allowed.begin(), allowed.end(),
                                   [&](const Cidr& a) { return a.contains(src); });
            });
        if (!ok) {
            std::string source = sources.empty() ? in.client.id : sources.front().toString();
            return r.block(
                Stage::Admission, "AKS-086",
                [&](PathStep& s) {
                    s.elements = {nsg->id, apiSubnet->id, in.client.id};
                    s.params = {{"source", source}, {"ports", "443, 4443"}};
                    s.say("step.nsg-blocks-api-subnet",
                          {{"nsg", nsg->label()}, {"source", source}});
                },
                [&](Fix& f) {
                    f.say("fix.allow-443-4443-on-nsg", {{"source", source}, {"nsg", nsg->label()}});
                    f.params = {{"allow", "443,4443"}, {"from", source}, {"on", nsg->id}};
                });
        }
    }
    r.pass(Stage::Admission, "AKS-086", [&](PathStep& s) {
        s.elements = {in.cluster.id};
        s.say("step.api-subnet-admits");
    });
    return true;
}

} // namespace

bool AdmissionStage::run(const StageInput& in, PathRecorder& r)
{
    switch (in.endpoint) {
    case EndpointKind::RunCommand:
        if (in.facts.aksRunCommandDisabled) {
            return r.block(
                Stage::Admission, "AKS-060",
                [&](PathStep& s) {
                    s.elements = {in.cluster.id};
                    s.say("step.run-command-disabled", {{"cluster", in.cluster.label()}});
                },
                [&](Fix& f) {
                    f.say("fix.enable-run-command");
                    f.params = {{"cluster", in.cluster.id}, {"set", "disableRunCommand=false"}};
                });
        }
        r.pass(Stage::Admission, "AKS-062", [&](PathStep& s) {
            s.elements = {in.cluster.id};
            s.say("step.run-command-through-arm");
        });
        return true;
    case EndpointKind::Public:
        return publicEndpoint(in, r);
    case EndpointKind::EksEni:
        return eksInterfaces(in, r);
    case EndpointKind::VnetIntegration:
        return vnetIntegration(in, r);
    case EndpointKind::Private:
    case EndpointKind::UserEndpoint:
        r.pass(Stage::Admission, "AKS-001", [&](PathStep& s) {
            s.elements = {in.cluster.id};
            s.say("step.allow-list-not-on-private-endpoint");
        });
        return true;
    }
    return true;
}

} // namespace kg

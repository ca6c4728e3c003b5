#include "analysis/NetworkStage.h"

#include "model/KindRegistry.h"

#include <algorithm>

namespace kg {

namespace {

std::string ipText(const std::vector<IpAddress>& ips)
{
    std::string out;
    for (const auto& ip : ips)
        out += (out.empty() ? "" : ", ") + ip.toString();
    return out;
}

// The addresses a client leaves from, or a phrase saying they are unknown.
Sentence ipList(const std::vector<IpAddress>& ips)
{
    return ips.empty() ? Sentence{"phrase.net.unknown-address"} : Sentence::literal(ipText(ips));
}

std::string english(const Sentence& s)
{
    return render(s, Language::English);
}

// `target` is a phrase of the catalogue: the public endpoint, Azure Resource Manager.
bool internet(const StageInput& in, PathRecorder& r, std::string_view okRule,
              std::string_view blockedRule, const char* target)
{
    // Made only for a detailed path: this runs for every pair that meets a public endpoint.
    auto targetPhrase = [target] { return Sentence{target}; };
    auto targetText = [&] { return english(targetPhrase()); };
    const Egress& eg = in.egress;
    auto who = [&] { return clientName(in.client); };
    if (eg.internet && !eg.unknownRoute.empty()) {
        r.assume(Stage::Network, okRule, [&](PathStep& s) {
            s.elements = {in.client.id};
            if (!eg.via.empty())
                s.elements.push_back(eg.via);
            s.params = {
                {"from", english(ipList(eg.ips))}, {"to", targetText()}, {"route", "unknown"}};
            s.say(Sentence{"step.net.assumed-internet", {}, {{"who", who()}}}
                      .with("target", targetPhrase())
                      .with("route", eg.unknownRoute));
        });
        return true;
    }
    if (eg.internet) {
        r.pass(Stage::Network, okRule, [&](PathStep& s) {
            s.elements = {in.client.id};
            if (!eg.via.empty())
                s.elements.push_back(eg.via);
            const Element* via = in.topology.element(eg.via);
            s.params = {{"from", english(ipList(eg.ips))}, {"to", targetText()}};
            const bool through = via && via != in.client.element && !eg.clusterLoadBalancer;
            Sentence said{through                  ? "step.net.internet-through"
                          : eg.clusterLoadBalancer ? "step.net.internet-cluster-lb"
                                                   : "step.net.internet",
                          {},
                          {{"who", who()}}};
            if (through)
                said.args.emplace_back("via", via->label());
            s.say(said.with("target", targetPhrase()).with("from", ipList(eg.ips)));
        });
        return true;
    }
    return r.block(
        Stage::Network, blockedRule,
        [&](PathStep& s) {
            s.elements = {in.client.id};
            if (in.client.subnet)
                s.elements.push_back(in.client.subnet->id);
            s.params = {{"from", in.client.id}, {"to", targetText()}};
            s.say(Sentence{"step.net.no-egress", {}, {{"who", who()}}}.with("why", eg.why));
        },
        [&](Fix& f) {
            const Element* subnet = in.client.subnet;
            const Element* via = in.topology.element(eg.via);
            if (via && via->kind == ElementKind::AwsInternetGateway) {
                if (subnet)
                    f.say(Sentence("fix.public-ip-or-nat", {{"subnet", subnet->label()}},
                                   {{"who", who()}}));
                else
                    f.say(Sentence("fix.public-ip-or-nat-own-subnet", {}, {{"who", who()}}));
            } else if (via && via->kind == ElementKind::AwsNatGateway) {
                f.say("fix.nat-subnet-to-internet-gateway", {{"nat", via->label()}});
            } else if (subnet) {
                f.say("fix.route-to-nat-gateway", {{"subnet", subnet->label()}});
            } else {
                f.say(Sentence("fix.internet-access", {}, {{"who", who()}}));
            }
            if (subnet)
                f.params = {{"subnet", subnet->id}, {"suggest", "nat-gateway"}};
        });
}

// Client kinds that cannot take a private path whatever the network looks like.
bool privateCapable(const StageInput& in, PathRecorder& r)
{
    const Element& e = in.clientElement();
    const std::string who = e.label();
    switch (e.kind) {
    case ElementKind::AdoHostedAgent:
        if (!in.aks())
            return true;
        return r.block(
            Stage::Network, "AKS-050",
            [&](PathStep& s) {
                s.elements = {e.id};
                s.say("step.net.ado-hosted");
            },
            [&](Fix& f) {
                if (in.clusterNetwork)
                    f.say("fix.self-hosted-agent", {{"network", in.clusterNetwork->label()}});
                else
                    f.say("fix.self-hosted-agent-cluster");
                f.params = {{"suggest", "ci.adoSelfHosted"}};
            });
    case ElementKind::GitHubHostedRunner:
        if (!in.aks())
            return true;
        return r.block(
            Stage::Network, "AKS-050",
            [&](PathStep& s) {
                s.elements = {e.id};
                s.say("step.net.github-hosted");
            },
            [&](Fix& f) {
                f.say("fix.self-hosted-runner");
                f.params = {{"suggest", "ci.githubSelfHosted"}};
            });
    case ElementKind::CloudShell:
        if (in.client.subnet)
            return true;
        return r.block(
            Stage::Network, "AKS-051",
            [&](PathStep& s) {
                s.elements = {e.id};
                s.say("step.net.cloud-shell");
            },
            [&](Fix& f) { f.say("fix.cloud-shell-in-vnet"); });
    case ElementKind::AzureBastion: {
        const bool basic = e.stringValue("sku") == "Basic";
        if (!basic && e.boolValue("nativeClientSupport"))
            return true;
        return r.block(
            Stage::Network, "AKS-052",
            [&](PathStep& s) {
                s.elements = {e.id};
                if (basic)
                    s.say("step.net.bastion-basic");
                else
                    s.say("step.net.bastion-native-off", {{"bastion", who}});
            },
            [&](Fix& f) {
                f.say(basic ? "fix.bastion-standard-sku" : "fix.bastion-native-client",
                      {{"bastion", who}});
                f.params = {{"bastion", e.id}};
            });
    }
    default:
        return true;
    }
}

// `target()` names the destination for people (a phrase of the catalogue); it is only called
// when explaining.
template <typename Target>
bool privatePath(const StageInput& in, PathRecorder& r, const Element* targetNetwork,
                 Target&& target)
{
    if (!privateCapable(in, r))
        return false;
    const Element* from = in.client.network;
    auto who = [&] { return clientName(in.client); };
    if (!from) {
        const bool aws = in.cluster.kind == ElementKind::EksCluster;
        return r.block(
            Stage::Network, aws ? "EKS-029" : "AKS-044",
            [&](PathStep& s) {
                s.elements = {in.client.id};
                s.params = {{"from", "internet"}, {"to", english(target())}};
                s.say(Sentence{"step.net.on-internet", {}, {{"who", who()}}}.with("target",
                                                                                  target()));
            },
            [&](Fix& f) {
                f.say(Sentence(
                    aws ? "fix.connect-aws-client" : "fix.connect-azure-client",
                    {{"network", targetNetwork ? targetNetwork->label() : english(target())}},
                    {{"who", who()}}));
                f.params = {{"suggest", aws ? "vpn" : "vpn-gateway"}};
            });
    }
    const Reach& reach = in.topology.reach(from, targetNetwork);
    // Through a transit gateway or a VPC peering, the client's own subnet must send the
    // cluster's prefixes there too (the reach is computed per network; the subnet is the
    // client's). A peering's route names the peer VPC.
    const bool viaTgw = reach.ok && reach.rule == "EKS-035" && reach.via.size() > 1;
    const bool viaPeering = reach.ok && reach.rule == "EKS-032" && from != targetNetwork;
    if ((viaTgw || viaPeering) && in.client.subnet &&
        in.client.subnet->kind == ElementKind::AwsSubnet) {
        const Element& subnet = *in.client.subnet;
        const std::string& next = viaTgw ? reach.via[1] : targetNetwork->id;
        auto through = [&] { // made only for a detailed path
            return viaTgw ? Sentence{"phrase.reach.tgw",
                                     {{"gateway", in.topology.element(next)->label()}}}
                          : Sentence{"phrase.reach.peering", {{"link", reach.via.front()}}};
        };
        const auto& routes = subnet.listValue("routesTo");
        if (subnet.stringValue("defaultRoute") != next &&
            std::find(routes.begin(), routes.end(), next) == routes.end())
            return r.block(
                Stage::Network, viaTgw ? "EKS-035" : "EKS-032",
                [&](PathStep& s) {
                    s.elements = {in.client.id, subnet.id, reach.via.front()};
                    s.params = {{"from", from->id}, {"to", english(target())}};
                    s.say(Sentence{
                        "step.net.subnet-no-route", {{"subnet", subnet.label()}}, {{"who", who()}}}
                              .with("target", target())
                              .with("through", through()));
                },
                [&](Fix& f) {
                    f.say(
                        Sentence{"fix.route-prefixes",
                                 {{"network", targetNetwork->label()}, {"subnet", subnet.label()}}}
                            .with("through", through()));
                    f.params = {{"subnet", subnet.id}, {"route", next}};
                });
    }
    if (reach.ok) {
        std::string_view rule = reach.rule;
        // In the network of a private endpoint of one's own, the endpoint's rule (AKS-049),
        // not the one for VMs in the cluster's network.
        if (rule == "AKS-053" && in.endpoint == EndpointKind::UserEndpoint)
            rule = "AKS-049";
        else if (rule == "EKS-021" && in.clientElement().kind == ElementKind::Ec2Bastion)
            rule = "EKS-030";
        else if (rule == "EKS-021" && in.clientElement().kind == ElementKind::Cloud9Ide)
            rule = "EKS-031";
        auto describe = [&](PathStep& s) {
            s.elements = {in.client.id};
            s.elements.insert(s.elements.end(), reach.via.begin(), reach.via.end());
            s.params = {{"from", from->id}, {"to", english(target())}, {"via", english(reach.how)}};
            const bool inside = from == targetNetwork;
            s.say(Sentence{reach.assumed
                               ? (inside ? "step.net.assumed-reaches-inside"
                                         : "step.net.assumed-reaches-through")
                               : (inside ? "step.net.reaches-inside" : "step.net.reaches-through"),
                           {},
                           {{"who", who()}}}
                      .with("target", target())
                      .with("how", reach.how));
        };
        if (reach.assumed)
            r.assume(Stage::Network, rule, describe);
        else
            r.pass(Stage::Network, rule, describe);
        return true;
    }
    return r.block(
        Stage::Network, reach.rule,
        [&](PathStep& s) {
            s.elements = {in.client.id, from->id};
            s.elements.insert(s.elements.end(), reach.via.begin(), reach.via.end());
            s.params = {{"from", from->id}, {"to", english(target())}};
            s.say(reach.how);
        },
        [&](Fix& f) { f = reach.fix; });
}

} // namespace

bool NetworkStage::run(const StageInput& in, PathRecorder& r)
{
    const bool aks = in.aks();
    switch (in.endpoint) {
    case EndpointKind::RunCommand:
        return internet(in, r, "AKS-062", "AKS-062", "phrase.net.arm");
    case EndpointKind::Public:
        if (aks) // AKS-009 is the nodes' rule only where ranges restrict the endpoint
            return internet(in, r,
                            in.isNodes() && !in.facts.allowed.empty() ? "AKS-009" : "AKS-017",
                            "AKS-017", "phrase.net.public-endpoint");
        if (in.isNodes())
            return internet(in, r, in.eksNodeRule(), "EKS-018", "phrase.net.public-endpoint");
        return internet(in, r, "EKS-038", "EKS-038", "phrase.net.public-endpoint");
    case EndpointKind::UserEndpoint: {
        const Element* peNet = in.topology.networkOf(*in.endpointElement);
        return privatePath(in, r, peNet, [&] {
            return Sentence{"phrase.net.user-endpoint",
                            {{"endpoint", in.endpointElement->label()}}};
        });
    }
    case EndpointKind::Private:
        return privatePath(in, r, in.clusterNetwork, [&] {
            return Sentence{"phrase.net.private-endpoint-of", {{"cluster", in.cluster.label()}}};
        });
    case EndpointKind::VnetIntegration:
        return privatePath(in, r, in.clusterNetwork, [&] {
            return Sentence{"phrase.net.ilb-of", {{"cluster", in.cluster.label()}}};
        });
    case EndpointKind::EksEni:
        return privatePath(in, r, in.clusterNetwork, [&] {
            return Sentence{"phrase.net.eni-of", {{"cluster", in.cluster.label()}}};
        });
    }
    return true;
}

} // namespace kg

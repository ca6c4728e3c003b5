#include "analysis/NetworkStage.h"

#include "model/KindRegistry.h"

#include <algorithm>

namespace kg {

namespace {

std::string ipList(const std::vector<IpAddress>& ips)
{
    std::string out;
    for (const auto& ip : ips)
        out += (out.empty() ? "" : ", ") + ip.toString();
    return out.empty() ? "an unknown address" : out;
}

bool internet(const StageInput& in, PathRecorder& r, std::string_view okRule,
              std::string_view blockedRule, const char* targetText)
{
    const Egress& eg = in.egress;
    auto who = [&] { return clientName(in.client); };
    if (eg.internet && !eg.unknownRoute.empty()) {
        r.assume(Stage::Network, okRule, [&](PathStep& s) {
            s.elements = {in.client.id};
            if (!eg.via.empty())
                s.elements.push_back(eg.via);
            s.params = {{"from", ipList(eg.ips)}, {"to", targetText}, {"route", "unknown"}};
            s.text = "assumed: " + who() + " reaches " + std::string(targetText) +
                     " over the internet, but " + eg.unknownRoute;
        });
        return true;
    }
    if (eg.internet) {
        r.pass(Stage::Network, okRule, [&](PathStep& s) {
            s.elements = {in.client.id};
            if (!eg.via.empty())
                s.elements.push_back(eg.via);
            const Element* via = in.topology.element(eg.via);
            s.params = {{"from", ipList(eg.ips)}, {"to", targetText}};
            s.text = who() + " reaches " + std::string(targetText) + " over the internet from " +
                     ipList(eg.ips) +
                     (via && via != in.client.element && !eg.clusterLoadBalancer
                          ? " (through " + via->label() + ")"
                      : eg.clusterLoadBalancer ? " (the cluster load balancer's outbound address)"
                                               : "");
        });
        return true;
    }
    return r.block(
        Stage::Network, blockedRule,
        [&](PathStep& s) {
            s.elements = {in.client.id};
            if (in.client.subnet)
                s.elements.push_back(in.client.subnet->id);
            s.params = {{"from", in.client.id}, {"to", targetText}};
            s.text = who() + " has no internet egress: " + eg.why;
        },
        [&](Fix& f) {
            const Element* subnet = in.client.subnet;
            const Element* via = in.topology.element(eg.via);
            if (via && via->kind == ElementKind::AwsInternetGateway) {
                if (subnet)
                    f.say("fix.public-ip-or-nat", {{"who", who()}, {"subnet", subnet->label()}});
                else
                    f.say("fix.public-ip-or-nat-own-subnet", {{"who", who()}});
            } else if (via && via->kind == ElementKind::AwsNatGateway) {
                f.say("fix.nat-subnet-to-internet-gateway", {{"nat", via->label()}});
            } else if (subnet) {
                f.say("fix.route-to-nat-gateway", {{"subnet", subnet->label()}});
            } else {
                f.say("fix.internet-access", {{"who", who()}});
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
                s.text = "Azure DevOps Microsoft-hosted agents cannot reach a private cluster";
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
                s.text = "assumption (unconfirmed): GitHub-hosted runners, like Microsoft-hosted "
                         "agents, cannot reach a private cluster";
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
                s.text =
                    "browser Cloud Shell is not in any VNet and cannot reach a private cluster";
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
                s.text = basic ? "Azure Bastion Basic cannot tunnel to the API server"
                               : "native client support is off on " + who;
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

// `target()` names the destination for people; it is only called when explaining.
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
                s.params = {{"from", "internet"}, {"to", target()}};
                s.text = who() +
                         " is on the internet with no VPN, peering or private endpoint to reach " +
                         target();
            },
            [&](Fix& f) {
                f.say(aws ? "fix.connect-aws-client" : "fix.connect-azure-client",
                      {{"who", who()},
                       {"network", targetNetwork ? targetNetwork->label() : target()}});
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
        const std::string through = viaTgw ? "transit gateway " + in.topology.element(next)->label()
                                           : "peering " + reach.via.front();
        const auto& routes = subnet.listValue("routesTo");
        if (subnet.stringValue("defaultRoute") != next &&
            std::find(routes.begin(), routes.end(), next) == routes.end())
            return r.block(
                Stage::Network, viaTgw ? "EKS-035" : "EKS-032",
                [&](PathStep& s) {
                    s.elements = {in.client.id, subnet.id, reach.via.front()};
                    s.params = {{"from", from->id}, {"to", target()}};
                    s.text = "subnet " + subnet.label() + " of " + who() + " has no route to " +
                             target() + " through " + through;
                },
                [&](Fix& f) {
                    f.say("fix.route-prefixes", {{"network", targetNetwork->label()},
                                                 {"through", through},
                                                 {"subnet", subnet.label()}});
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
            s.params = {{"from", from->id}, {"to", target()}, {"via", reach.how}};
            s.text = std::string(reach.assumed ? "assumed: " : "") + who() + " reaches " +
                     target() + " " + (from == targetNetwork ? reach.how : "through " + reach.how);
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
            s.params = {{"from", from->id}, {"to", target()}};
            s.text = reach.how;
        },
        [&](Fix& f) { f = reach.fix; });
}

} // namespace

bool NetworkStage::run(const StageInput& in, PathRecorder& r)
{
    const bool aks = in.aks();
    switch (in.endpoint) {
    case EndpointKind::RunCommand:
        return internet(in, r, "AKS-062", "AKS-062", "Azure Resource Manager");
    case EndpointKind::Public:
        if (aks) // AKS-009 is the nodes' rule only where ranges restrict the endpoint
            return internet(in, r,
                            in.isNodes() && !in.facts.allowed.empty() ? "AKS-009" : "AKS-017",
                            "AKS-017", "the public endpoint");
        if (in.isNodes())
            return internet(in, r, in.eksNodeRule(), "EKS-018", "the public endpoint");
        return internet(in, r, "EKS-038", "EKS-038", "the public endpoint");
    case EndpointKind::UserEndpoint: {
        const Element* peNet = in.topology.networkOf(*in.endpointElement);
        return privatePath(in, r, peNet,
                           [&] { return "private endpoint " + in.endpointElement->label(); });
    }
    case EndpointKind::Private:
        return privatePath(in, r, in.clusterNetwork,
                           [&] { return "the private endpoint of " + in.cluster.label(); });
    case EndpointKind::VnetIntegration:
        return privatePath(in, r, in.clusterNetwork,
                           [&] { return "the internal load balancer of " + in.cluster.label(); });
    case EndpointKind::EksEni:
        return privatePath(in, r, in.clusterNetwork,
                           [&] { return "the EKS-managed interfaces of " + in.cluster.label(); });
    }
    return true;
}

} // namespace kg

#include "analysis/DnsStage.h"

#include "model/NetworkFacts.h"

#include <algorithm>

namespace kg {

namespace {

std::string prefixOf(const Element& cluster)
{
    const std::string& p = cluster.stringValue("dnsPrefix");
    return p.empty() ? cluster.id : p;
}

std::string privateAddressText(const StageInput& in)
{
    const Element* subnet = in.topology.subnetOf(in.cluster);
    if (in.endpoint == EndpointKind::VnetIntegration) {
        if (const Element* api = in.facts.aksApiSubnet)
            subnet = api;
    }
    if (in.endpointElement) {
        const std::string& ip = in.endpointElement->stringValue("privateIPAddress");
        if (!ip.empty())
            return ip;
        subnet = in.topology.subnetOf(*in.endpointElement);
    }
    if (subnet) {
        if (auto prefix = NetworkFacts::subnetPrefix(*subnet))
            return "a private address in " + prefix->network().toString();
    }
    return "a private address";
}

bool aksPublic(const StageInput& in, PathRecorder& r)
{
    r.pass(Stage::Dns, in.facts.aksVnetIntegration ? "AKS-093" : "AKS-017", [&](PathStep& s) {
        s.elements = {in.cluster.id};
        s.params = {{"name", DnsStage::publicName(in.cluster)}, {"address", "public endpoint"}};
        s.text = s.params[0].second + " resolves in public DNS to the public API endpoint";
    });
    return true;
}

// AKS private endpoint or private VNet-integrated cluster: the private zone, or the public FQDN.
bool aksPrivate(const StageInput& in, PathRecorder& r)
{
    const Topology& t = in.topology;
    const Element& c = in.cluster;
    const bool noZone = in.facts.aksNoPrivateZone;
    const bool publicFqdn = in.facts.aksPublicFqdn;
    const std::string& zoneName = t.privateZoneName(c);
    // Text for people: built only when the path is being explained.
    auto privateName = [&] { return prefixOf(c) + "." + zoneName; };
    auto address = [&] { return privateAddressText(in); };
    const Element* zone = in.facts.aksZone;
    const Element* clientNet = in.client.network;

    if (in.endpoint == EndpointKind::VnetIntegration && in.isNodes()) {
        r.pass(Stage::Dns, "AKS-092", [&](PathStep& s) {
            s.elements = {c.id};
            s.text = "nodes talk to the API server's internal load balancer address directly, "
                     "without DNS";
        });
        return true;
    }
    auto viaPublicFqdn = [&](auto&& why) {
        r.pass(Stage::Dns, noZone ? "AKS-056" : "AKS-043", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", DnsStage::publicName(c)}, {"address", address()}};
            s.text = why() + "; the public FQDN " + DnsStage::publicName(c) +
                     " resolves in public DNS to " + address();
        });
        return true;
    };
    if (noZone) {
        if (publicFqdn)
            return viaPublicFqdn(
                [&] { return std::string("privateDNSZone is None, so there is no private zone"); });
        return r.block(
            Stage::Dns, "AKS-027",
            [&](PathStep& s) {
                s.elements = {c.id};
                s.text = "privateDNSZone is None and the public FQDN is disabled: no name resolves "
                         "the API server";
            },
            [&](Fix& f) {
                f.say("fix.enable-private-cluster-public-fqdn", {{"cluster", c.label()}});
                f.params = {{"cluster", c.id}, {"set", "enablePrivateClusterPublicFQDN=true"}};
            });
    }
    // A network resolves the private name when the zone is linked to it; AKS links the zone it
    // uses to the cluster's own VNet.
    auto linked = [&](const Element& network) {
        if (&network == in.clusterNetwork)
            return true;
        return zone && t.zoneLinked(*zone, network);
    };
    auto resolved = [&](std::string_view rule, auto&& how) {
        r.pass(Stage::Dns, rule, [&](PathStep& s) {
            s.elements = {c.id};
            if (zone)
                s.elements.push_back(zone->id);
            s.params = {{"name", privateName()}, {"address", address()}, {"zone", zoneName}};
            s.text = privateName() + " -> " + address() + " " + how();
        });
        return true;
    };
    auto zoneLabel = [&] { return zone ? zone->label() : zoneName; };

    if (clientNet && clientNet->kind == ElementKind::AzureVnet) {
        const bool customDns = !in.client.dnsServers.empty();
        if (customDns) {
            std::string via;
            bool ok = false;
            // The VNet's DNS servers answer the private name when Azure DNS (168.63.129.16)
            // of a VNet linked to the zone (or of the cluster's VNet) does in the end: asked
            // directly, through a DNS Private Resolver inbound endpoint, or through forwarders
            // (AKS-046). A forwarder that sends the name to public resolvers does not.
            auto accept = [&](const Element& answering) {
                const Element* net = t.networkOf(answering);
                return net && linked(*net);
            };
            for (const auto& server : in.client.dnsServers) {
                if (server == "168.63.129.16") {
                    if (linked(*clientNet)) {
                        ok = true;
                        via = "Azure DNS (168.63.129.16)";
                        break;
                    }
                    continue;
                }
                const Element* resolver = t.resolverAt(server);
                std::string answering;
                if (resolver && t.answers(*resolver, zoneName, accept, &answering)) {
                    ok = true;
                    const Element* last = t.element(answering);
                    via = resolver->label();
                    if (last && last != resolver)
                        via += ", forwarding to " + last->label() + ",";
                    break;
                }
            }
            if (ok)
                return resolved(clientNet == in.clusterNetwork ? "AKS-046" : "AKS-042", [&] {
                    return std::string("via custom DNS " + via +
                                       " in a network linked to the zone");
                });
            if (publicFqdn)
                return viaPublicFqdn([&] {
                    return std::string("the custom DNS servers of " + clientNet->label() +
                                       " cannot resolve " + zoneName);
                });
            return r.block(
                Stage::Dns, clientNet == in.clusterNetwork ? "AKS-046" : "AKS-041",
                [&](PathStep& s) {
                    s.elements = {clientNet->id, c.id};
                    s.params = {{"name", privateName()}, {"network", clientNet->id}};
                    s.text = "the custom DNS servers of " + clientNet->label() +
                             " do not forward " + zoneName +
                             " to Azure DNS (168.63.129.16) in a "
                             "VNet linked to the zone";
                },
                [&](Fix& f) {
                    f.say("fix.add-forwarder-to-azure-dns",
                          {{"zone", zoneName}, {"linkedZone", zoneLabel()}});
                    f.params = {{"zone", zoneName}, {"network", clientNet->id}};
                });
        }
        if (clientNet == in.clusterNetwork)
            return resolved("AKS-040", [&] {
                return std::string("via the zone AKS links to " + clientNet->label());
            });
        if (linked(*clientNet))
            return resolved("AKS-042", [&] {
                return std::string("via the zone linked to " + clientNet->label());
            });
        if (publicFqdn)
            return viaPublicFqdn([&] {
                return std::string(zoneLabel() + " is not linked to " + clientNet->label());
            });
        return r.block(
            Stage::Dns, "AKS-041",
            [&](PathStep& s) {
                s.elements = {clientNet->id, c.id};
                if (zone)
                    s.elements.push_back(zone->id);
                s.params = {
                    {"name", privateName()}, {"zone", zoneName}, {"network", clientNet->id}};
                s.text = privateName() + " does not resolve from " + clientNet->label() +
                         ": zone " + zoneLabel() + " is not linked to it";
            },
            [&](Fix& f) {
                f.say("fix.link-zone", {{"zone", zoneName}, {"network", clientNet->label()}});
                f.params = {{"zone", zone ? zone->id : zoneName}, {"network", clientNet->id}};
            });
    }
    if (clientNet && clientNet->kind == ElementKind::OnPremNetwork) {
        // Depends on the on-premises network and the cluster only: computed once per pair.
        const auto& forwarding = t.memo(clientNet, &c, 1, [&] {
            std::string resolverId;
            auto accept = [&](const Element& resolver) {
                const Element* net = t.networkOf(resolver);
                return net && linked(*net);
            };
            bool ok = t.answers(*clientNet, zoneName, accept, &resolverId);
            return std::make_pair(ok, resolverId);
        });
        const std::string& via = forwarding.second;
        if (forwarding.first) {
            const Element* resolver = t.element(via);
            return resolved("AKS-045", [&] {
                return std::string("via on-premises DNS forwarding to " +
                                   (resolver ? resolver->label() : via));
            });
        }
        if (publicFqdn)
            return viaPublicFqdn(
                [&] { return std::string(clientNet->label() + " does not forward " + zoneName); });
        return r.block(
            Stage::Dns, "AKS-045",
            [&](PathStep& s) {
                s.elements = {clientNet->id, c.id};
                s.params = {{"name", privateName()}, {"zone", zoneName}};
                s.text = "on-premises DNS in " + clientNet->label() + " does not forward " +
                         zoneName + " to a resolver in a VNet linked to the zone";
            },
            [&](Fix& f) {
                f.say("fix.forward-to-private-resolver", {{"zone", zoneName},
                                                          {"network", clientNet->label()},
                                                          {"linkedZone", zoneLabel()}});
                f.params = {{"zone", zoneName}, {"network", clientNet->id}};
            });
    }
    if (clientNet) { // an AWS VPC asking an Azure private name
        if (publicFqdn)
            return viaPublicFqdn([&] { return std::string(zoneName + " is private to Azure"); });
        return r.block(
            Stage::Dns, "AKS-057",
            [&](PathStep& s) {
                s.elements = {c.id};
                s.text = privateName() + " only resolves in networks linked to " + zoneLabel();
            },
            [&](Fix& f) {
                f.say("fix.enable-public-fqdn-or-forward",
                      {{"cluster", c.label()}, {"zone", zoneName}});
            });
    }
    if (publicFqdn)
        return viaPublicFqdn(
            [&] { return std::string(in.clientElement().label() + " is on the internet"); });
    return r.block(
        Stage::Dns, "AKS-057",
        [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", privateName()}};
            s.text = "the public FQDN is disabled, and " + privateName() +
                     " only resolves in networks linked to " + zoneLabel();
        },
        [&](Fix& f) {
            f.say("fix.reach-from-linked-vnet",
                  {{"cluster", c.label()}, {"linkedZone", zoneLabel()}});
        });
}

bool userEndpoint(const StageInput& in, PathRecorder& r)
{
    // Without a zone pointing the name at this endpoint, the client's DNS leads elsewhere: the
    // path is shown, blocked at DNS, but it is not the one the client uses.
    const Topology& t = in.topology;
    const Element& pe = *in.endpointElement;
    const std::string& zoneName = t.privateZoneName(in.cluster);
    const Element* own = in.facts.aksZone;
    const Element* clientNet = in.client.network;
    if (clientNet) {
        for (const Element* z : t.zonesNamed(zoneName)) {
            if (z != own && t.zoneLinked(*z, *clientNet)) {
                r.pass(Stage::Dns, "AKS-049", [&](PathStep& s) {
                    s.elements = {z->id, pe.id};
                    s.params = {{"zone", zoneName}, {"address", privateAddressText(in)}};
                    s.text = "zone " + z->label() + " linked to " + clientNet->label() +
                             " maps the API server name to " + privateAddressText(in) +
                             " (private endpoint " + pe.label() + ")";
                });
                return true;
            }
        }
    }
    r.deselect();
    return r.block(
        Stage::Dns, "AKS-049",
        [&](PathStep& s) {
            s.elements = {pe.id};
            s.params = {{"zone", zoneName}};
            s.text = "no zone named " + zoneName + " with a record for private endpoint " +
                     pe.label() + " is linked to the client's network";
        },
        [&](Fix& f) {
            if (clientNet)
                f.say("fix.create-endpoint-zone", {{"zone", zoneName},
                                                   {"endpoint", pe.label()},
                                                   {"network", clientNet->label()}});
            else
                f.say("fix.create-endpoint-zone-client-vnet",
                      {{"zone", zoneName}, {"endpoint", pe.label()}});
            f.params = {{"zone", zoneName}, {"endpoint", pe.id}};
        });
}

bool forwardsToInbound(const StageInput& in)
{
    return in.client.network && in.clusterNetwork &&
           in.topology.forwardsToInbound(*in.client.network, *in.clusterNetwork);
}

bool eks(const StageInput& in, PathRecorder& r)
{
    const Element& c = in.cluster;
    const ClusterFacts& facts = in.facts;
    const bool pub = facts.eksPublic;
    const bool priv = facts.eksPrivate;
    const Element* vpc = in.clusterNetwork;
    const bool inVpc = in.client.network && in.client.network == vpc;
    auto endpointName = [&] {
        return c.id + ".<id>." + c.stringValue("region") + ".eks.amazonaws.com";
    };
    const bool dnsAttributes = vpc && facts.vpcDnsAttributes;
    const bool amazonDns = vpc && facts.vpcAmazonDns;
    // Does this client's resolver hand out the private (ENI) addresses?
    const bool resolvesPrivate = priv && ((inVpc && dnsAttributes && amazonDns) ||
                                          (!inVpc && forwardsToInbound(in)) || !pub);

    if (in.endpoint == EndpointKind::Public) {
        if (resolvesPrivate) {
            r.deselect();
            return r.block(
                Stage::Dns, inVpc ? "EKS-021" : "EKS-014",
                [&](PathStep& s) {
                    s.elements = {c.id};
                    s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
                    s.text = "the name resolves to the EKS-managed interfaces in " + vpc->label() +
                             ", so this client uses the private endpoint";
                },
                [&](Fix& f) { f.say("fix.none-private-endpoint"); });
        }
        // Nodes take their own rule (public subnet or NAT); any other client is EKS-038's.
        r.pass(Stage::Dns, in.isNodes() ? in.eksNodeRule() : "EKS-038", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "public endpoint"}};
            s.text = endpointName() + " resolves in public DNS to the public endpoint";
        });
        return true;
    }
    // The private endpoint (EKS-managed ENIs).
    if (inVpc && !dnsAttributes) {
        return r.block(
            Stage::Dns, "EKS-011",
            [&](PathStep& s) {
                s.elements = {vpc->id};
                s.text = vpc->label() +
                         " has enableDnsSupport or enableDnsHostnames off, so the EKS private "
                         "hosted zone cannot answer";
            },
            [&](Fix& f) {
                f.say("fix.enable-vpc-dns", {{"network", vpc->label()}});
                f.params = {{"network", vpc->id}};
            });
    }
    if (inVpc && !amazonDns) {
        if (pub) {
            r.deselect();
            return r.block(
                Stage::Dns, "EKS-012",
                [&](PathStep& s) {
                    s.elements = {vpc->id};
                    s.text = "the DHCP options of " + vpc->label() +
                             " do not include AmazonProvidedDNS, so the name resolves to the "
                             "public endpoint";
                },
                [&](Fix& f) {
                    f.say("fix.amazon-dns-in-dhcp", {{"network", vpc->label()}});
                    f.params = {{"network", vpc->id}};
                });
        }
        r.assume(Stage::Dns, "EKS-012", [&](PathStep& s) {
            s.elements = {vpc->id, c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.text = "assumption: without AmazonProvidedDNS the public record still returns the "
                     "private addresses (private-only cluster)";
        });
        return true;
    }
    if (inVpc) {
        r.pass(Stage::Dns, "EKS-021", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.text = endpointName() +
                     " resolves through the EKS private hosted zone to the EKS-managed "
                     "interfaces in " +
                     vpc->label();
        });
        return true;
    }
    if (!pub) {
        r.pass(Stage::Dns, "EKS-013", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.text = "public DNS returns the private addresses of the EKS-managed interfaces";
        });
        return true;
    }
    if (resolvesPrivate) {
        r.assume(Stage::Dns, "EKS-014", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.text = "assumption: DNS forwarding to a Route 53 Resolver inbound endpoint in " +
                     vpc->label() + " returns the private addresses";
        });
        return true;
    }
    r.deselect();
    return r.block(
        Stage::Dns, "EKS-014",
        [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}};
            s.text = "outside " + vpc->label() +
                     " the name resolves to the public endpoint, not to the private one";
        },
        [&](Fix& f) {
            f.say("fix.forward-to-route53-resolver", {{"network", vpc->label()}});
            f.params = {{"network", vpc->id}};
        });
}

} // namespace

std::string DnsStage::publicName(const Element& cluster)
{
    return prefixOf(cluster) + ".hcp." + cluster.stringValue("location") + ".azmk8s.io";
}

bool DnsStage::run(const StageInput& in, PathRecorder& r)
{
    switch (in.endpoint) {
    case EndpointKind::RunCommand:
        return true;
    case EndpointKind::Public:
        return in.aks() ? aksPublic(in, r) : eks(in, r);
    case EndpointKind::EksEni:
        return eks(in, r);
    case EndpointKind::UserEndpoint:
        return userEndpoint(in, r);
    case EndpointKind::VnetIntegration:
        if (!in.facts.aksPrivate && !in.isNodes()) {
            r.deselect();
            return r.block(
                Stage::Dns, "AKS-093",
                [&](PathStep& s) {
                    s.elements = {in.cluster.id};
                    s.text = "the cluster is public: clients outside the node pools resolve the "
                             "public endpoint, not the internal load balancer";
                },
                [&](Fix& f) { f.say("fix.none-public-endpoint"); });
        }
        return aksPrivate(in, r);
    case EndpointKind::Private:
        return aksPrivate(in, r);
    }
    return true;
}

} // namespace kg

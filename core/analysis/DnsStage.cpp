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

// Where the private name points: the endpoint's own address when the design gives it, else the
// subnet it is in.
Sentence privateAddress(const StageInput& in)
{
    const Element* subnet = in.topology.subnetOf(in.cluster);
    if (in.endpoint == EndpointKind::VnetIntegration) {
        if (const Element* api = in.facts.aksApiSubnet)
            subnet = api;
    }
    if (in.endpointElement) {
        const std::string& ip = in.endpointElement->stringValue("privateIPAddress");
        if (!ip.empty())
            return Sentence::literal(ip);
        subnet = in.topology.subnetOf(*in.endpointElement);
    }
    if (subnet) {
        if (auto prefix = NetworkFacts::subnetPrefix(*subnet))
            return Sentence{"phrase.dns.private-address-in",
                            {{"prefix", prefix->network().toString()}}};
    }
    return Sentence{"phrase.dns.private-address", {}};
}

std::string english(const Sentence& s)
{
    return render(s, Language::English);
}

bool aksPublic(const StageInput& in, PathRecorder& r)
{
    r.pass(Stage::Dns, in.facts.aksVnetIntegration ? "AKS-093" : "AKS-017", [&](PathStep& s) {
        s.elements = {in.cluster.id};
        s.params = {{"name", DnsStage::publicName(in.cluster)}, {"address", "public endpoint"}};
        s.say("step.dns.aks-public", {{"name", DnsStage::publicName(in.cluster)}});
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
    auto address = [&] { return privateAddress(in); };
    const Element* zone = in.facts.aksZone;
    const Element* clientNet = in.client.network;

    if (in.endpoint == EndpointKind::VnetIntegration && in.isNodes()) {
        r.pass(Stage::Dns, "AKS-092", [&](PathStep& s) {
            s.elements = {c.id};
            s.say("step.dns.nodes-direct-ilb");
        });
        return true;
    }
    auto viaPublicFqdn = [&](auto&& why) {
        r.pass(Stage::Dns, noZone ? "AKS-056" : "AKS-043", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", DnsStage::publicName(c)}, {"address", english(address())}};
            s.say(Sentence{"step.dns.via-public-fqdn", {{"name", DnsStage::publicName(c)}}}
                      .with("why", why())
                      .with("address", address()));
        });
        return true;
    };
    if (noZone) {
        if (publicFqdn)
            return viaPublicFqdn([&] { return Sentence{"phrase.dns.private-zone-none", {}}; });
        return r.block(
            Stage::Dns, "AKS-027",
            [&](PathStep& s) {
                s.elements = {c.id};
                s.say("step.dns.no-name");
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
            s.params = {
                {"name", privateName()}, {"address", english(address())}, {"zone", zoneName}};
            s.say(Sentence{"step.dns.resolved", {{"name", privateName()}}}
                      .with("address", address())
                      .with("how", how()));
        });
        return true;
    };
    auto zoneLabel = [&] { return zone ? zone->label() : zoneName; };

    if (clientNet && clientNet->kind == ElementKind::AzureVnet) {
        const bool customDns = !in.client.dnsServers.empty();
        if (customDns) {
            // Who answered, kept as elements: the phrase is made only for a detailed path.
            const Element* viaResolver = nullptr; // none: Azure DNS itself
            const Element* viaLast = nullptr;     // a forwarder the resolver sent the name to
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
                        break;
                    }
                    continue;
                }
                const Element* resolver = t.resolverAt(server);
                std::string answering;
                if (resolver && t.answers(*resolver, zoneName, accept, &answering)) {
                    ok = true;
                    const Element* last = t.element(answering);
                    viaResolver = resolver;
                    viaLast = last && last != resolver ? last : nullptr;
                    break;
                }
            }
            if (ok)
                return resolved(clientNet == in.clusterNetwork ? "AKS-046" : "AKS-042", [&] {
                    const Sentence via = !viaResolver ? Sentence{"phrase.dns.azure-dns", {}}
                                         : viaLast    ? Sentence{"phrase.dns.resolver-forwarding",
                                                              {{"resolver", viaResolver->label()},
                                                                  {"target", viaLast->label()}}}
                                                      : Sentence::literal(viaResolver->label());
                    return Sentence{"phrase.dns.via-custom-dns", {}}.with("via", via);
                });
            if (publicFqdn)
                return viaPublicFqdn([&] {
                    return Sentence{"phrase.dns.custom-dns-cannot-resolve",
                                    {{"network", clientNet->label()}, {"zone", zoneName}}};
                });
            return r.block(
                Stage::Dns, clientNet == in.clusterNetwork ? "AKS-046" : "AKS-041",
                [&](PathStep& s) {
                    s.elements = {clientNet->id, c.id};
                    s.params = {{"name", privateName()}, {"network", clientNet->id}};
                    s.say("step.dns.custom-dns-no-forward",
                          {{"network", clientNet->label()}, {"zone", zoneName}});
                },
                [&](Fix& f) {
                    f.say("fix.add-forwarder-to-azure-dns",
                          {{"zone", zoneName}, {"linkedZone", zoneLabel()}});
                    f.params = {{"zone", zoneName}, {"network", clientNet->id}};
                });
        }
        if (clientNet == in.clusterNetwork)
            return resolved("AKS-040", [&] {
                return Sentence{"phrase.dns.via-aks-zone", {{"network", clientNet->label()}}};
            });
        if (linked(*clientNet))
            return resolved("AKS-042", [&] {
                return Sentence{"phrase.dns.via-linked-zone", {{"network", clientNet->label()}}};
            });
        if (publicFqdn)
            return viaPublicFqdn([&] {
                return Sentence{"phrase.dns.zone-not-linked",
                                {{"zone", zoneLabel()}, {"network", clientNet->label()}}};
            });
        return r.block(
            Stage::Dns, "AKS-041",
            [&](PathStep& s) {
                s.elements = {clientNet->id, c.id};
                if (zone)
                    s.elements.push_back(zone->id);
                s.params = {
                    {"name", privateName()}, {"zone", zoneName}, {"network", clientNet->id}};
                s.say("step.dns.zone-not-linked", {{"name", privateName()},
                                                   {"network", clientNet->label()},
                                                   {"zone", zoneLabel()}});
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
                return Sentence{"phrase.dns.via-onprem-forwarding",
                                {{"resolver", resolver ? resolver->label() : via}}};
            });
        }
        if (publicFqdn)
            return viaPublicFqdn([&] {
                return Sentence{"phrase.dns.network-does-not-forward",
                                {{"network", clientNet->label()}, {"zone", zoneName}}};
            });
        return r.block(
            Stage::Dns, "AKS-045",
            [&](PathStep& s) {
                s.elements = {clientNet->id, c.id};
                s.params = {{"name", privateName()}, {"zone", zoneName}};
                s.say("step.dns.onprem-no-forward",
                      {{"network", clientNet->label()}, {"zone", zoneName}});
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
            return viaPublicFqdn([&] {
                return Sentence{"phrase.dns.zone-private-to-azure", {{"zone", zoneName}}};
            });
        return r.block(
            Stage::Dns, "AKS-057",
            [&](PathStep& s) {
                s.elements = {c.id};
                s.say("step.dns.only-linked-networks",
                      {{"name", privateName()}, {"zone", zoneLabel()}});
            },
            [&](Fix& f) {
                f.say("fix.enable-public-fqdn-or-forward",
                      {{"cluster", c.label()}, {"zone", zoneName}});
            });
    }
    if (publicFqdn)
        return viaPublicFqdn([&] {
            return Sentence{"phrase.dns.client-on-internet",
                            {{"client", in.clientElement().label()}}};
        });
    return r.block(
        Stage::Dns, "AKS-057",
        [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", privateName()}};
            s.say("step.dns.fqdn-disabled-only-linked",
                  {{"name", privateName()}, {"zone", zoneLabel()}});
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
                    s.params = {{"zone", zoneName}, {"address", english(privateAddress(in))}};
                    s.say(Sentence{"step.dns.endpoint-zone",
                                   {{"zone", z->label()},
                                    {"network", clientNet->label()},
                                    {"endpoint", pe.label()}}}
                              .with("address", privateAddress(in)));
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
            s.say("step.dns.no-endpoint-zone", {{"zone", zoneName}, {"endpoint", pe.label()}});
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
                    s.say("step.dns.eks-resolves-private", {{"network", vpc->label()}});
                },
                [&](Fix& f) { f.say("fix.none-private-endpoint"); });
        }
        // Nodes take their own rule (public subnet or NAT); any other client is EKS-038's.
        r.pass(Stage::Dns, in.isNodes() ? in.eksNodeRule() : "EKS-038", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "public endpoint"}};
            s.say("step.dns.eks-public", {{"name", endpointName()}});
        });
        return true;
    }
    // The private endpoint (EKS-managed ENIs).
    if (inVpc && !dnsAttributes) {
        return r.block(
            Stage::Dns, "EKS-011",
            [&](PathStep& s) {
                s.elements = {vpc->id};
                s.say("step.dns.vpc-dns-off", {{"network", vpc->label()}});
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
                    s.say("step.dns.dhcp-no-amazon-dns", {{"network", vpc->label()}});
                },
                [&](Fix& f) {
                    f.say("fix.amazon-dns-in-dhcp", {{"network", vpc->label()}});
                    f.params = {{"network", vpc->id}};
                });
        }
        r.assume(Stage::Dns, "EKS-012", [&](PathStep& s) {
            s.elements = {vpc->id, c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.say("step.dns.assume-public-record-private");
        });
        return true;
    }
    if (inVpc) {
        r.pass(Stage::Dns, "EKS-021", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.say("step.dns.eks-private-zone",
                  {{"name", endpointName()}, {"network", vpc->label()}});
        });
        return true;
    }
    if (!pub) {
        r.pass(Stage::Dns, "EKS-013", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.say("step.dns.public-returns-private");
        });
        return true;
    }
    if (resolvesPrivate) {
        r.assume(Stage::Dns, "EKS-014", [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}, {"address", "EKS-managed interfaces"}};
            s.say("step.dns.assume-resolver-forwarding", {{"network", vpc->label()}});
        });
        return true;
    }
    r.deselect();
    return r.block(
        Stage::Dns, "EKS-014",
        [&](PathStep& s) {
            s.elements = {c.id};
            s.params = {{"name", endpointName()}};
            s.say("step.dns.outside-vpc-public", {{"network", vpc->label()}});
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
                    s.say("step.dns.public-cluster-no-ilb");
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

// Topology, part two: which network reaches which (peering, transit gateways, VPN, ExpressRoute
// and Direct Connect), the reach cache and the routes it checks.
#include "analysis/Topology.h"
#include "analysis/TransitRoutes.h"
#include "model/KindRegistry.h"
#include "model/NetworkFacts.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace kg {

namespace {

bool isSubnet(ElementKind k)
{
    return k == ElementKind::AzureSubnet || k == ElementKind::AwsSubnet;
}

bool isAws(const Element& network)
{
    return network.kind == ElementKind::AwsVpc;
}

std::string linkString(const Link& l, const char* key)
{
    auto it = l.properties.find(key);
    const auto* s = it == l.properties.end() ? nullptr : std::get_if<std::string>(&it->second);
    return s ? *s : std::string{};
}

bool linkBool(const Link& l, const char* key)
{
    auto it = l.properties.find(key);
    const auto* b = it == l.properties.end() ? nullptr : std::get_if<bool>(&it->second);
    return b && *b;
}

} // namespace

const Link* Topology::peering(const Element& a, const Element& b) const
{
    // The shorter list: a hub has a link per spoke, a spoke one or two.
    const auto& fromA = linksOf(a.id);
    const auto& fromB = linksOf(b.id);
    for (const Link* l : fromA.size() <= fromB.size() ? fromA : fromB) {
        if (l->kind == LinkKind::Peering &&
            ((l->from == a.id && l->to == b.id) || (l->from == b.id && l->to == a.id)))
            return l;
    }
    return nullptr;
}

bool Topology::routesTo(const Element& network, const Element& gateway,
                        std::string* subnetOut) const
{
    // The subnets that hold EKS network interfaces must send the client's prefixes to the gateway.
    std::set<std::string_view> eniSubnets;
    const auto& children = m_design.children(network.id);
    for (const Element* c : children) {
        if (c->kind == ElementKind::EksCluster) {
            for (const auto& s : c->listValue("resourcesVpcConfig.subnetIds"))
                eniSubnets.insert(s);
        }
    }
    for (const Element* s : children) {
        if (!isSubnet(s->kind) || (!eniSubnets.empty() && !eniSubnets.count(s->id)))
            continue;
        const auto& routes = s->listValue("routesTo");
        bool routed = s->stringValue("defaultRoute") == gateway.id ||
                      std::find(routes.begin(), routes.end(), gateway.id) != routes.end();
        if (!routed) {
            if (subnetOut)
                *subnetOut = s->id;
            return false;
        }
    }
    return true;
}

const Reach& Topology::reach(const Element* from, const Element* to) const
{
    static const Reach kNone;
    if (!from || !to)
        return kNone;
    auto key = std::make_pair(from, to);
    auto it = m_reachCache.find(key);
    if (it != m_reachCache.end())
        return it->second;
    return m_reachCache.emplace(key, computeReach(from, to)).first->second;
}

Reach Topology::computeReach(const Element* from, const Element* to) const
{
    Reach r;
    const bool aws = isAws(*to);
    if (from == to) {
        r.ok = true;
        r.rule = aws ? "EKS-021" : "AKS-053";
        r.how = {"phrase.reach.inside", {{"network", to->label()}}};
        return r;
    }
    if (from->kind == ElementKind::OnPremNetwork)
        return reachFromOnPrem(*from, *to);

    if (const Link* p = peering(*from, *to)) {
        r.via = {p->id};
        const auto overlap = NetworkFacts::overlap(NetworkFacts::addressSpace(*from),
                                                   NetworkFacts::addressSpace(*to));
        if (overlap == NetworkFacts::Overlap::Overlapping) {
            r.rule = aws ? "EKS-037" : "AKS-054";
            r.how = {"phrase.reach.peering-overlap", {{"link", p->id}}};
            r.fix = Fix::of(r.rule, "fix.renumber-network",
                            {{"network", from->label()}, {"peer", to->label()}},
                            {{"network", from->id}, {"peer", to->id}});
            return r;
        }
        if (linkString(*p, "state") == "pending") {
            r.rule = aws ? "EKS-032" : "AKS-042";
            r.how = {"phrase.reach.peering-inactive", {{"link", p->id}}};
            r.fix = Fix::of(r.rule, "fix.accept-peering", {{"link", p->id}}, {{"link", p->id}});
            return r;
        }
        // AWS: the cluster's ENI subnets need a route to the client's VPC through the peering
        // (EKS-032; the client's subnet is checked per client, in the network stage).
        std::string missing;
        if (aws && !routesTo(*to, *from, &missing)) {
            r.rule = "EKS-032";
            r.how = {"phrase.reach.peering-no-route",
                     {{"link", p->id}, {"subnet", missing}, {"network", from->label()}}};
            r.fix = Fix::of("EKS-032", "fix.route-cidr-to-peering",
                            {{"network", from->label()}, {"link", p->id}, {"subnet", missing}},
                            {{"subnet", missing}, {"link", p->id}});
            return r;
        }
        r.ok = true;
        r.rule = aws ? "EKS-032" : "AKS-042";
        r.how = {"phrase.reach.peering", {{"link", p->id}}};
        if (overlap == NetworkFacts::Overlap::Unknown) {
            // Peering refuses overlapping spaces; with a space missing that is not checked.
            const Element* blank = NetworkFacts::addressSpace(*from).empty() ? from : to;
            r.assumed = true;
            r.how = {"phrase.reach.peering-unchecked",
                     {{"link", p->id}, {"network", blank->label()}}};
        }
        return r;
    }
    if (aws) {
        for (const Link* a : (linksOf(from->id))) {
            if (a->kind != LinkKind::TgwAttachment || a->from != from->id)
                continue;
            const Element* tgw = m_design.element(a->to);
            for (const Link* b : linksOf(to->id)) {
                if (b->kind != LinkKind::TgwAttachment || b->from != to->id || b->to != a->to)
                    continue;
                r.via = {a->id, tgw->id, b->id};
                // The gateway's route tables, both ways: the table of the client's attachment
                // must send the cluster VPC's CIDRs to its attachment, and back.
                bool unknown = false;
                for (auto [in, out, dest] : {std::tuple{a, b, to}, std::tuple{b, a, from}}) {
                    const TransitRoutes::Verdict v =
                        TransitRoutes::check(*this, *tgw, *in, *out, addressSpace(*dest));
                    unknown |= v.unknown;
                    if (v.why.empty())
                        continue;
                    r.rule = "EKS-035";
                    r.how = Sentence{"phrase.reach.tgw-why", {{"gateway", tgw->label()}}}.with(
                        "why", v.why);
                    r.fix = Fix::of("EKS-035", v.fix.id, v.fix.args,
                                    {{"gateway", tgw->id}, {"link", in->id}});
                    return r;
                }
                std::string missing;
                if (!routesTo(*to, *tgw, &missing)) {
                    r.rule = "EKS-035";
                    r.how = {"phrase.reach.tgw-no-route-back",
                             {{"gateway", tgw->label()}, {"subnet", missing}}};
                    r.fix = Fix::of("EKS-035", "fix.route-prefixes",
                                    {{"network", from->label()},
                                     {"through", tgw->label()},
                                     {"subnet", missing}},
                                    {{"subnet", missing}, {"gateway", tgw->id}});
                    return r;
                }
                r.ok = true;
                r.rule = "EKS-035";
                r.how = {unknown ? "phrase.reach.tgw-unchecked" : "phrase.reach.tgw",
                         {{"gateway", tgw->label()}}};
                r.assumed = unknown;
                return r;
            }
        }
    }
    // Peering is not transitive: a shared peer does not connect two networks. The peers of
    // the end with fewer links are tried (a hub has a link per spoke).
    const bool fromShorter = linksOf(from->id).size() <= linksOf(to->id).size();
    const Element* near = fromShorter ? from : to;
    const Element* far = fromShorter ? to : from;
    for (const Link* l : (linksOf(near->id))) {
        if (l->kind != LinkKind::Peering)
            continue;
        const Element* middle = m_design.element(l->from == near->id ? l->to : l->from);
        if (middle && peering(*middle, *far)) {
            r.rule = aws ? "EKS-033" : "AKS-042";
            r.via = {l->id, middle->id};
            r.how = {
                "phrase.reach.not-transitive",
                {{"network", from->label()}, {"peer", to->label()}, {"middle", middle->label()}}};
            r.fix = Fix::of(r.rule, aws ? "fix.peer-directly-or-transit" : "fix.peer-directly",
                            {{"network", from->label()}, {"peer", to->label()}},
                            {{"network", from->id}, {"peer", to->id}});
            return r;
        }
    }
    r.rule = aws ? "EKS-029" : "AKS-044";
    r.how = {"phrase.reach.none", {{"network", from->label()}, {"peer", to->label()}}};
    r.fix = Fix::of(r.rule, "fix.peer", {{"network", from->label()}, {"peer", to->label()}},
                    {{"network", from->id}, {"peer", to->id}});
    return r;
}

Reach Topology::reachFromOnPrem(const Element& onprem, const Element& to) const
{
    Reach r;
    const bool aws = isAws(to);
    r.rule = aws ? "EKS-029" : "AKS-044";
    bool blockedSet = false;
    auto block = [&](std::string_view rule, Sentence how, Fix fix, std::vector<std::string> via) {
        if (blockedSet)
            return; // keep the first, most specific reason
        blockedSet = true;
        r.rule = rule;
        r.how = std::move(how);
        r.fix = std::move(fix);
        r.via = std::move(via);
    };
    for (const Link* l : (linksOf(onprem.id))) {
        if (l->from != onprem.id ||
            (l->kind != LinkKind::Vpn && l->kind != LinkKind::ExpressRoute &&
             l->kind != LinkKind::DirectConnect))
            continue;
        const Element* gw = m_design.element(l->to);
        if (!gw)
            continue;
        // The link's kind, a phrase of the catalogue ("Site-to-site VPN", "ExpressRoute").
        const Sentence kind{l->kind == LinkKind::Vpn            ? "phrase.link.vpn"
                            : l->kind == LinkKind::ExpressRoute ? "phrase.link.express-route"
                                                                : "phrase.link.direct-connect"};
        auto say = [&](const char* id, Sentence::Args args) {
            return Sentence{id, std::move(args)}.with("kind", kind);
        };
        if (linkString(*l, "state") == "down") {
            block(aws ? "EKS-036" : "AKS-045", say("phrase.reach.link-down", {{"link", l->id}}),
                  Fix::of(aws ? "EKS-036" : "AKS-045", "fix.bring-link-up", {{"link", l->id}},
                          {{"link", l->id}}),
                  {l->id});
            continue;
        }
        if (gw->kind == ElementKind::AwsTransitGateway) {
            const Link* attachment = nullptr;
            for (const Link* b : linksOf(to.id))
                if (b->kind == LinkKind::TgwAttachment && b->to == gw->id && b->from == to.id)
                    attachment = b;
            if (!attachment)
                continue;
            // The gateway's route tables, both ways (the VPN or Direct Connect attachment is in
            // the default table, where it also propagates the on-premises prefixes).
            bool unknown = false;
            bool routed = true;
            for (auto [in, out, dest] :
                 {std::tuple{l, attachment, &to}, std::tuple{attachment, l, &onprem}}) {
                const TransitRoutes::Verdict v =
                    TransitRoutes::check(*this, *gw, *in, *out, addressSpace(*dest));
                unknown |= v.unknown;
                if (v.why.empty())
                    continue;
                block(
                    "EKS-035",
                    say("phrase.reach.link-tgw-why", {{"gateway", gw->label()}}).with("why", v.why),
                    Fix::of("EKS-035", v.fix.id, v.fix.args,
                            {{"gateway", gw->id}, {"link", in->id}}),
                    {l->id, gw->id, attachment->id});
                routed = false;
                break;
            }
            if (!routed)
                continue;
            std::string missing;
            if (!routesTo(to, *gw, &missing)) {
                block("EKS-035",
                      say("phrase.reach.link-tgw-no-route-back",
                          {{"gateway", gw->label()}, {"subnet", missing}}),
                      Fix::of("EKS-035", "fix.route-prefixes",
                              {{"network", onprem.label()},
                               {"through", gw->label()},
                               {"subnet", missing}},
                              {{"subnet", missing}, {"gateway", gw->id}}),
                      {l->id, gw->id});
                continue;
            }
            r = {true,
                 "EKS-036",
                 {l->id, gw->id},
                 say(unknown ? "phrase.reach.link-tgw-unchecked" : "phrase.reach.link-tgw",
                     {{"gateway", gw->label()}}),
                 {}};
            r.assumed = unknown;
            return r;
        }
        const Element* gwNet = networkOf(*gw);
        if (!gwNet)
            continue;
        if (gwNet == &to) {
            std::string missing;
            if (aws && !routesTo(to, *gw, &missing)) {
                block(
                    "EKS-036",
                    say("phrase.reach.link-gateway-no-propagation", {{"gateway", gw->label()},
                                                                     {"subnet", missing},
                                                                     {"network", onprem.label()}}),
                    Fix::of("EKS-036", "fix.enable-route-propagation",
                            {{"gateway", gw->label()}, {"subnet", missing}},
                            {{"subnet", missing}, {"gateway", gw->id}}),
                    {l->id, gw->id});
                continue;
            }
            r = {true,
                 aws ? "EKS-036" : "AKS-045",
                 {l->id, gw->id},
                 say("phrase.reach.link-gateway", {{"gateway", gw->label()}}),
                 {}};
            return r;
        }
        const Link* p = peering(*gwNet, to);
        if (!p)
            continue;
        if (aws) {
            block("EKS-034", say("phrase.reach.link-edge-to-edge", {{"network", gwNet->label()}}),
                  Fix::of("EKS-034", "fix.attach-to-transit-gateway",
                          {{"network", to.label()}, {"link", l->id}}, {{"network", to.id}}),
                  {l->id, gw->id, p->id});
            continue;
        }
        // Both sides must agree: the hub allows gateway transit, the spoke uses remote gateways.
        bool gatewayTransit =
            linkBool(*p, "allowGatewayTransit") && linkBool(*p, "useRemoteGateways");
        if (!gatewayTransit) {
            block("AKS-045",
                  say("phrase.reach.link-no-gateway-transit",
                      {{"network", gwNet->label()}, {"link", p->id}}),
                  Fix::of("AKS-045", "fix.gateway-transit",
                          {{"link", p->id}, {"hub", gwNet->label()}, {"network", to.label()}},
                          {{"link", p->id}}),
                  {l->id, gw->id, p->id});
            continue;
        }
        r = {true,
             "AKS-045",
             {l->id, gw->id, p->id},
             say("phrase.reach.link-then-peering", {{"network", gwNet->label()}, {"link", p->id}}),
             {}};
        return r;
    }
    if (!blockedSet) {
        r.how = {"phrase.reach.onprem-none", {{"network", onprem.label()}, {"target", to.label()}}};
        r.fix = Fix::of(r.rule, aws ? "fix.connect-onprem-aws" : "fix.connect-onprem-azure",
                        {{"network", onprem.label()}, {"target", to.label()}},
                        {{"network", onprem.id}, {"target", to.id}});
    }
    return r;
}

} // namespace kg

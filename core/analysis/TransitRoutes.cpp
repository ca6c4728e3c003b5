#include "analysis/TransitRoutes.h"

#include "analysis/Topology.h"
#include "model/TextForm.h"

namespace kg {

namespace {

struct Route
{
    Cidr prefix;
    std::string target;  // an attachment's link id, or "blackhole"
    std::string network; // the network behind the target attachment (empty for a blackhole)
    // AWS's order among routes of one prefix: static, then propagated from a VPC, a Direct
    // Connect gateway, a VPN; then, for a stable answer, the attachment's id.
    int rank = 0;
};

int rankOf(LinkKind kind)
{
    switch (kind) {
    case LinkKind::TgwAttachment:
        return 1;
    case LinkKind::DirectConnect:
        return 2;
    default:
        return 3;
    }
}

bool better(const Route& a, const Route* b)
{
    if (!b)
        return true;
    if (a.prefix.prefix() != b->prefix.prefix())
        return a.prefix.prefix() > b->prefix.prefix();
    if (a.rank != b->rank)
        return a.rank < b->rank;
    return a.target < b->target;
}

// The network at the far end of an attachment: the VPC of a tgwAttachment, the on-premises
// network of a VPN or Direct Connect link.
const Element* networkOf(const Topology& t, const Link& attachment)
{
    return t.element(attachment.from);
}

std::vector<Route> table(const Topology& t, const Element& tgw, const std::string& name)
{
    std::vector<Route> routes;
    for (const Link* l : t.linksOf(tgw.id)) {
        if (l->to != tgw.id)
            continue;
        if (l->kind != LinkKind::TgwAttachment && l->kind != LinkKind::Vpn &&
            l->kind != LinkKind::DirectConnect)
            continue;
        const auto tables = TransitRoutes::propagatesTo(*l);
        if (std::find(tables.begin(), tables.end(), name) == tables.end())
            continue;
        if (const Element* network = networkOf(t, *l))
            for (const Cidr& block : t.addressSpace(*network))
                routes.push_back({block.network(), l->id, l->from, rankOf(l->kind)});
    }
    for (const auto& entry : tgw.listValue("staticRoutes")) {
        const auto w = spaceSeparated(entry);
        if (w.size() != 3 || w[0] != name)
            continue;
        const Link* target = t.design().link(w[2]);
        if (auto prefix = Cidr::parse(w[1]))
            routes.push_back(
                {prefix->network(), std::string(w[2]), target ? target->from : std::string(), 0});
    }
    return routes;
}

} // namespace

std::string TransitRoutes::associatedTable(const Link& attachment)
{
    if (attachment.kind != LinkKind::TgwAttachment)
        return "default";
    auto it = attachment.properties.find("associatedRouteTable");
    if (it == attachment.properties.end())
        return "default";
    const auto* s = std::get_if<std::string>(&it->second);
    return s ? *s : std::string("default");
}

std::vector<std::string> TransitRoutes::propagatesTo(const Link& attachment)
{
    if (attachment.kind != LinkKind::TgwAttachment)
        return {"default"};
    auto it = attachment.properties.find("propagatesTo");
    if (it == attachment.properties.end())
        return {"default"};
    const auto* list = std::get_if<StringList>(&it->second);
    return list ? *list : std::vector<std::string>{"default"};
}

TransitRoutes::Verdict TransitRoutes::check(const Topology& t, const Element& tgw, const Link& in,
                                            const Link& out, const std::vector<Cidr>& destination)
{
    Verdict v;
    const std::string name = associatedTable(in);
    if (name.empty()) {
        v.why = {"phrase.tgw.no-association", {{"attachment", in.id}, {"gateway", tgw.label()}}};
        v.fix = {"fix.associate-attachment", {{"attachment", in.id}, {"gateway", tgw.label()}}};
        return v;
    }
    if (destination.empty()) {
        v.unknown = true;
        return v;
    }
    const std::vector<Route> routes = table(t, tgw, name);
    for (const Cidr& block : destination) {
        const Route* best = nullptr;
        for (const Route& r : routes) {
            if (r.prefix.family() != block.family() || !r.prefix.contains(block))
                continue;
            if (better(r, best))
                best = &r;
        }
        const std::string dest = block.network().toString();
        // Where a route sends the traffic: an attachment or a blackhole.
        auto target = [](const Route& r) {
            return r.target == "blackhole"
                       ? Sentence{"phrase.tgw.blackhole"}
                       : Sentence{"phrase.tgw.attachment", {{"attachment", r.target}}};
        };
        const Sentence add{"fix.propagate-or-static-route",
                           {{"attachment", out.id},
                            {"table", name},
                            {"route", name + " " + dest + " " + out.id},
                            {"gateway", tgw.label()}}};
        if (!best) {
            v.why = {"phrase.tgw.no-route",
                     {{"table", name}, {"gateway", tgw.label()}, {"destination", dest}}};
            v.fix = add;
            return v;
        }
        // Out through `out`, or through another attachment of the same network (a VPN and a
        // Direct Connect to one office: the way back may take the other).
        if (best->target == out.id || (!best->network.empty() && best->network == out.from)) {
            // A longer route inside the block takes part of it elsewhere.
            for (const Route& r : routes) {
                if (r.prefix.family() != block.family() || r.target == out.id ||
                    (!r.network.empty() && r.network == out.from) ||
                    r.prefix.prefix() <= block.prefix() || !block.contains(r.prefix))
                    continue;
                v.why = Sentence{r.rank == 0 ? "phrase.tgw.part-elsewhere-static"
                                             : "phrase.tgw.part-elsewhere",
                                 {{"table", name},
                                  {"gateway", tgw.label()},
                                  {"prefix", r.prefix.toString()},
                                  {"destination", dest}}}
                            .with("target", target(r));
                v.fix = r.rank == 0 ? Sentence{"fix.remove-or-repoint-static-route",
                                               {{"prefix", r.prefix.toString()},
                                                {"table", name},
                                                {"attachment", out.id}}}
                                    : Sentence{"fix.stop-propagation",
                                               {{"attachment", r.target},
                                                {"prefix", r.prefix.toString()},
                                                {"table", name}}};
                return v;
            }
            continue;
        }
        v.why = Sentence{best->rank == 0 ? "phrase.tgw.sends-elsewhere-static"
                                         : "phrase.tgw.sends-elsewhere",
                         {{"table", name}, {"gateway", tgw.label()}, {"destination", dest}}}
                    .with("target", target(*best));
        v.fix = best->rank == 0 ? Sentence{"fix.repoint-static-route",
                                           {{"prefix", best->prefix.toString()},
                                            {"table", name},
                                            {"attachment", out.id}}}
                                : add;
        return v;
    }
    return v;
}

} // namespace kg

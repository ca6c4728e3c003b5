// The KG-xxx rules: a design's own consistency (address plans, wiring), independent of any
// cloud's API-server rules. Each rule is one function; addStructuralRules lists them.
#include "analysis/Topology.h"
#include "model/Design.h"
#include "model/KindRegistry.h"
#include "model/Limits.h"
#include "model/NetworkFacts.h"
#include "rules/RuleHelpers.h"
#include "validate/RuleRegistry.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace kg {

namespace {

// A finding of structural rule `rule` saying "finding.<rule>" with `args`.
Finding kgFinding(std::string rule, Severity severity, std::vector<std::string> elements,
                  Sentence::Args args, std::map<std::string, std::string> params = {})
{
    Finding f;
    f.text = Sentence("finding." + rule, std::move(args));
    f.rule = std::move(rule);
    f.severity = severity;
    f.elements = std::move(elements);
    f.params = std::move(params);
    return f;
}

std::string joinCidrs(const std::vector<Cidr>& cidrs)
{
    std::string out;
    for (const auto& c : cidrs)
        out += (out.empty() ? "" : ", ") + c.toString();
    return out;
}

void subnetOutsideNetwork(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const auto& prefix = ctx.topology.subnetPrefix(e);
    if (!prefix)
        return;
    const Element* network = ctx.topology.parentOf(e);
    if (!network)
        return;
    const auto& space = ctx.topology.addressSpace(*network);
    if (space.empty())
        return;
    bool inside = std::any_of(space.begin(), space.end(),
                              [&](const Cidr& c) { return c.contains(prefix->network()); });
    if (!inside)
        out.push_back(kgFinding("KG-001", Severity::Error, {e.id, network->id},
                                {{"subnet", e.label()},
                                 {"prefix", prefix->toString()},
                                 {"network", network->label()},
                                 {"space", joinCidrs(space)}},
                                {{"subnet", e.id},
                                 {"prefix", prefix->toString()},
                                 {"network", network->id},
                                 {"space", joinCidrs(space)}}));
}

// Whether a subnet's block overlaps a sibling subnet's (it then takes part in a KG-002 finding).
bool overlapsSibling(const RuleContext& ctx, const Element& e)
{
    const auto& prefix = ctx.topology.subnetPrefix(e);
    if (!prefix)
        return false;
    for (const std::string& id : ctx.design.childIds(e.parent)) {
        const Element* sibling = id == e.id ? nullptr : ctx.design.element(id);
        if (!sibling)
            continue;
        if (const auto& other = ctx.topology.subnetPrefix(*sibling);
            other && other->network().overlaps(prefix->network()))
            return true;
    }
    return false;
}

// Whether an element has a sibling of its name (it then takes part in a KG-011 finding).
bool sharesName(const RuleContext& ctx, const Element& e)
{
    if (e.name.empty())
        return false;
    for (const std::string& id : ctx.design.childIds(e.parent)) {
        if (id == e.id)
            continue;
        if (const Element* sibling = ctx.design.element(id); sibling && sibling->name == e.name)
            return true;
    }
    return false;
}

void overlappingSubnets(const RuleContext& ctx, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    // Subnets grouped by parent and, within a group, by first address: a block overlaps a later
    // one exactly when the later one starts inside it, so each group is one sweep rather than a
    // comparison of every pair (this rule runs after every edit of a subnet).
    struct Entry
    {
        const Element* parent;
        IpAddress first;
        IpAddress last;
        std::uint32_t order; // document order: a pair is reported earlier subnet first
        const Element* subnet;
        Cidr block;
    };
    std::vector<Entry> entries;
    const auto& elements = d.elements();
    for (std::uint32_t i = 0; i < elements.size(); ++i) {
        const Element& e = elements[i];
        if (const auto& prefix = ctx.topology.subnetPrefix(e))
            entries.push_back({ctx.topology.parentOf(e), prefix->first(), prefix->last(), i, &e,
                               prefix->network()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.parent != b.parent)
            return std::less<const Element*>{}(a.parent, b.parent);
        return std::tie(a.first, a.order) < std::tie(b.first, b.order);
    });
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (std::size_t j = i + 1; j < entries.size() && entries[j].parent == entries[i].parent &&
                                    entries[j].first <= entries[i].last;
             ++j) {
            const Entry& x = entries[i].order < entries[j].order ? entries[i] : entries[j];
            const Entry& y = entries[i].order < entries[j].order ? entries[j] : entries[i];
            const Element& a = *x.subnet;
            const Element& b = *y.subnet;
            out.push_back(kgFinding("KG-002", Severity::Error, {a.id, b.id},
                                    {{"a", a.label()},
                                     {"aPrefix", x.block.toString()},
                                     {"b", b.label()},
                                     {"bPrefix", y.block.toString()}},
                                    {{"a", a.id}, {"b", b.id}}));
        }
    }
}

// The first overlapping pair of blocks between two address spaces, if any.
std::optional<std::pair<Cidr, Cidr>> firstOverlap(const std::vector<Cidr>& a,
                                                  const std::vector<Cidr>& b)
{
    for (const auto& ca : a) {
        for (const auto& cb : b) {
            if (ca.overlaps(cb))
                return std::make_pair(ca, cb);
        }
    }
    return std::nullopt;
}

void overlappingPeers(const RuleContext& ctx, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    for (const auto& l : d.links()) {
        if (l.kind != LinkKind::Peering)
            continue;
        const Element* a = d.element(l.from);
        const Element* b = d.element(l.to);
        if (!a || !b)
            continue;
        auto overlap = firstOverlap(ctx.topology.addressSpace(*a), ctx.topology.addressSpace(*b));
        if (!overlap)
            continue;
        out.push_back(kgFinding("KG-003", Severity::Error, {a->id, b->id, l.id},
                                {{"a", a->label()},
                                 {"aPrefix", overlap->first.toString()},
                                 {"b", b->label()},
                                 {"bPrefix", overlap->second.toString()}},
                                {{"a", a->id}, {"b", b->id}, {"link", l.id}}));
    }
}

void networkWithoutSpace(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if (e.kind != ElementKind::AzureVnet && e.kind != ElementKind::AwsVpc)
        return;
    if (ctx.topology.addressSpace(e).empty())
        out.push_back(kgFinding("KG-004", Severity::Warning, {e.id}, {{"network", e.label()}},
                                {{"network", e.id}}));
}

void subnetWithoutPrefix(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if ((e.kind == ElementKind::AzureSubnet || e.kind == ElementKind::AwsSubnet) &&
        !ctx.topology.subnetPrefix(e))
        out.push_back(kgFinding("KG-005", Severity::Warning, {e.id}, {{"subnet", e.label()}},
                                {{"subnet", e.id}}));
}

void eksWithoutSubnets(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if (e.kind == ElementKind::EksCluster && e.listValue("resourcesVpcConfig.subnetIds").empty())
        out.push_back(kgFinding("KG-006", Severity::Warning, {e.id}, {{"cluster", e.label()}},
                                {{"cluster", e.id}}));
}

void eksSubnetInOtherVpc(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if (e.kind != ElementKind::EksCluster)
        return;
    for (const auto& s : e.listValue("resourcesVpcConfig.subnetIds")) {
        const Element* subnet = d.element(s);
        if (subnet && subnet->parent != e.parent)
            out.push_back(kgFinding("KG-007", Severity::Error, {e.id, s},
                                    {{"subnet", subnet->label()}, {"cluster", e.label()}},
                                    {{"cluster", e.id}, {"subnet", s}}));
    }
}

void endpointWithoutTarget(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if ((e.kind == ElementKind::AzurePrivateEndpoint ||
         e.kind == ElementKind::AzurePrivateLinkService) &&
        e.stringValue("target").empty())
        out.push_back(kgFinding("KG-008", Severity::Warning, {e.id}, {{"element", e.label()}},
                                {{"element", e.id}}));
}

void poolWithoutCluster(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if (e.kind != ElementKind::AksNodePool && e.kind != ElementKind::EksNodeGroup)
        return;
    const std::string& cluster = e.stringValue("cluster");
    if (cluster.empty())
        out.push_back(kgFinding("KG-009", Severity::Warning, {e.id}, {{"element", e.label()}},
                                {{"element", e.id}}));
}

void clientWithoutEgress(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    const KindInfo& info = KindRegistry::info(e.kind);
    if (!info.client || !e.parent.empty() || !KindRegistry::property(e.kind, "egressIPs"))
        return;
    if (e.listValue("egressIPs").empty())
        out.push_back(kgFinding("KG-010", Severity::Info, {e.id}, {{"client", e.label()}},
                                {{"client", e.id}}));
}

void duplicateNames(const RuleContext& ctx, std::vector<Finding>& out)
{
    // One pass over an open-addressing table of element indexes keyed by (parent, name), with
    // same-key elements chained: the rule runs after every structural edit, so it must stay
    // linear and allocate nothing per element. Groups are reported in the order their first
    // element appears.
    const auto& elements = ctx.design.elements();
    const auto hashOf = [](const Element& e) {
        const std::size_t a = std::hash<std::string_view>{}(e.parent);
        return a ^ (std::hash<std::string_view>{}(e.name) + 0x9e3779b97f4a7c15ULL + (a << 6) +
                    (a >> 2));
    };
    constexpr std::uint32_t kNone = ~0u;
    std::size_t capacity = 16;
    while (capacity < 2 * elements.size())
        capacity *= 2;
    std::vector<std::uint32_t> slots(capacity, kNone);
    std::vector<std::uint32_t> next(elements.size(), kNone); // the next element of the group
    std::vector<std::uint32_t> last(elements.size(), kNone); // a group's last element (at its head)
    std::vector<std::uint32_t> heads;
    for (std::uint32_t i = 0; i < elements.size(); ++i) {
        const Element& e = elements[i];
        if (e.name.empty())
            continue;
        for (std::size_t s = hashOf(e) & (capacity - 1);; s = (s + 1) & (capacity - 1)) {
            const std::uint32_t head = slots[s];
            if (head == kNone) {
                slots[s] = i;
                last[i] = i;
                heads.push_back(i);
                break;
            }
            if (elements[head].name == e.name && elements[head].parent == e.parent) {
                next[last[head]] = i;
                last[head] = i;
                break;
            }
        }
    }
    for (std::uint32_t head : heads) {
        if (next[head] == kNone)
            continue;
        std::vector<std::string> named;
        for (std::uint32_t i = head; i != kNone; i = next[i])
            named.push_back(elements[i].id);
        std::sort(named.begin(), named.end());
        const std::string& name = elements[head].name;
        const std::size_t count = named.size();
        out.push_back(kgFinding("KG-011", Severity::Warning, std::move(named),
                                {{"count", std::to_string(count)}, {"name", name}},
                                {{"name", name}}));
    }
}

void tooManyPairs(const RuleContext& ctx, std::vector<Finding>& out)
{
    const std::size_t pairs = ctx.topology.analysedPairs();
    if (pairs > limits::kMaxAnalysedPairs)
        out.push_back(kgFinding("KG-017", Severity::Error, {},
                                {{"clients", std::to_string(ctx.topology.clients().size())},
                                 {"clusters", std::to_string(ctx.topology.clusters().size())},
                                 {"pairs", std::to_string(pairs)},
                                 {"limit", std::to_string(limits::kMaxAnalysedPairs)}}));
}

void duplicateLinks(const RuleContext& ctx, std::vector<Finding>& out)
{
    // Links keyed by (kind, ends), an undirected link's ends in order, sorted stably so that each
    // group lists its links in document order. Views, not copies: the rule runs after every
    // structural edit.
    using Key = std::tuple<LinkKind, std::string_view, std::string_view>;
    std::vector<std::pair<Key, const Link*>> keyed;
    keyed.reserve(ctx.design.links().size());
    for (const auto& l : ctx.design.links()) {
        std::string_view a = l.from;
        std::string_view b = l.to;
        if (!KindRegistry::info(l.kind).directed && b < a)
            std::swap(a, b);
        keyed.emplace_back(Key{l.kind, a, b}, &l);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (std::size_t i = 0; i < keyed.size();) {
        std::size_t j = i + 1;
        while (j < keyed.size() && keyed[j].first == keyed[i].first)
            ++j;
        if (j - i > 1) {
            std::vector<std::string> ids;
            for (std::size_t k = i; k < j; ++k)
                ids.push_back(keyed[k].second->id);
            const auto& [kind, a, b] = keyed[i].first;
            out.push_back(kgFinding("KG-012", Severity::Warning, std::move(ids),
                                    {{"kind", KindRegistry::info(kind).key},
                                     {"a", std::string(a)},
                                     {"b", std::string(b)}},
                                    {}));
        }
        i = j;
    }
}

void addressOutsideSubnet(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    // The nearest subnet above the element, when it is the element's own parent (without a
    // lookup by id for each of the design's elements).
    const Element* subnet = ctx.topology.subnetOf(e);
    if (!subnet || subnet->id != e.parent)
        return;
    const auto& prefix = ctx.topology.subnetPrefix(*subnet);
    if (!prefix)
        return;
    for (const auto& [key, address] : NetworkFacts::privateAddresses(e)) {
        if (!prefix->contains(address))
            out.push_back(kgFinding("KG-013", Severity::Error, {e.id, subnet->id},
                                    {{"key", key},
                                     {"address", address.toString()},
                                     {"element", e.label()},
                                     {"subnet", subnet->label()},
                                     {"prefix", prefix->network().toString()}},
                                    {{"element", e.id}, {"address", address.toString()}}));
    }
}

void natInPrivateSubnet(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if (e.kind != ElementKind::AwsNatGateway)
        return;
    const Element* subnet = ctx.topology.parentOf(e);
    const Element* route = subnet ? d.element(subnet->stringValue("defaultRoute")) : nullptr;
    if (!route || route->kind != ElementKind::AwsInternetGateway)
        out.push_back(
            kgFinding("KG-014", Severity::Warning, {e.id}, {{"nat", e.label()}}, {{"nat", e.id}}));
}

void routeToOtherVpc(const RuleContext& ctx, const Element& e, std::vector<Finding>& out)
{
    const Design& d = ctx.design;
    static_cast<void>(d);
    if (e.kind != ElementKind::AwsSubnet)
        return;
    const Element* target = d.element(e.stringValue("defaultRoute"));
    if (!target || target->kind == ElementKind::AwsTransitGateway)
        return;
    // An internet gateway sits in a VPC; a NAT gateway in a subnet of a VPC.
    const Element* targetVpc =
        target->kind == ElementKind::AwsInternetGateway
            ? d.element(target->parent)
            : d.element(d.element(target->parent) ? d.element(target->parent)->parent
                                                  : std::string{});
    if (targetVpc && targetVpc->id != e.parent)
        out.push_back(kgFinding("KG-015", Severity::Error, {e.id, target->id},
                                {{"subnet", e.label()}, {"target", target->label()}},
                                {{"subnet", e.id}, {"target", target->id}}));
}

} // namespace

void addStructuralRules(std::vector<Rule>& rules)
{
    using S = Severity;
    auto global = [&](const char* id, Severity severity, const char* summary, auto check,
                      std::optional<Rule::Reads> reads) {
        rules.push_back(Rule{
            .id = id, .severity = severity, .summary = summary, .check = check, .reads = reads});
    };
    // What each design-wide rule reads (Rule::Reads): the subnets' prefixes and parents; the
    // networks' address spaces and the peerings; every element's name and parent; every link.
    // Each finding of these names the elements and links it rests on: a removal retracts.
    const Rule::Reads subnets{.elements = {ElementKind::AzureSubnet, ElementKind::AwsSubnet},
                              .retracts = true,
                              .joins = overlapsSibling};
    const Rule::Reads peers{
        .elements = {ElementKind::AzureVnet, ElementKind::AwsVpc, ElementKind::OnPremNetwork},
        .links = {LinkKind::Peering},
        .retracts = true};
    rules.push_back(elementRule(
        "KG-001", S::Error, "Subnet prefix outside its network's address space",
        subnetOutsideNetwork, false, {ElementKind::AzureSubnet, ElementKind::AwsSubnet}));
    global("KG-002", S::Error, "Subnets of one network overlap", overlappingSubnets, subnets);
    global("KG-003", S::Error, "Peered networks have overlapping address spaces", overlappingPeers,
           peers);
    rules.push_back(elementRule("KG-004", S::Warning, "Network without an address space",
                                networkWithoutSpace, false,
                                {ElementKind::AzureVnet, ElementKind::AwsVpc}));
    rules.push_back(elementRule("KG-005", S::Warning, "Subnet without an address prefix",
                                subnetWithoutPrefix, false,
                                {ElementKind::AzureSubnet, ElementKind::AwsSubnet}));
    rules.push_back(elementRule("KG-006", S::Warning, "EKS cluster without subnets",
                                eksWithoutSubnets, false, {ElementKind::EksCluster}));
    rules.push_back(elementRule("KG-007", S::Error, "EKS cluster subnet in another VPC",
                                eksSubnetInOtherVpc, false, {ElementKind::EksCluster}));
    rules.push_back(
        elementRule("KG-008", S::Warning, "Private endpoint or link service without a target",
                    endpointWithoutTarget, false,
                    {ElementKind::AzurePrivateEndpoint, ElementKind::AzurePrivateLinkService}));
    rules.push_back(elementRule("KG-009", S::Warning, "Node pool without a cluster",
                                poolWithoutCluster, false,
                                {ElementKind::AksNodePool, ElementKind::EksNodeGroup}));
    rules.push_back(elementRule("KG-010", S::Info, "Internet client without egress addresses",
                                clientWithoutEgress));
    global("KG-011", S::Warning, "Two elements with one name in one place", duplicateNames,
           Rule::Reads{.everyElementsNameAndPlace = true, .retracts = true, .joins = sharesName});
    global("KG-012", S::Warning, "Duplicate links", duplicateLinks,
           Rule::Reads{.everyLink = true, .retracts = true});
    rules.push_back(elementRule("KG-013", S::Error, "Private address outside its subnet",
                                addressOutsideSubnet));
    rules.push_back(elementRule("KG-014", S::Warning, "NAT gateway without internet route",
                                natInPrivateSubnet, false, {ElementKind::AwsNatGateway}));
    rules.push_back(elementRule("KG-015", S::Error, "Subnet routes to a gateway in another VPC",
                                routeToOtherVpc, false, {ElementKind::AwsSubnet}));
    global("KG-017", S::Error, "Too many client and cluster pairs to analyse", tooManyPairs,
           std::nullopt);
    rules.push_back(pathRule("KG-016", S::Warning, "Client principal without a Kubernetes role"));
}

} // namespace kg

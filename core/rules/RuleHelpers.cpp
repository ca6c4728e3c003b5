#include "rules/RuleHelpers.h"

#include "analysis/Analysis.h"
#include "analysis/Topology.h"
#include "model/Design.h"
#include "validate/RuleRegistry.h"

#include <algorithm>
#include <map>

namespace kg {

Finding makeFinding(const Rule& rule, std::vector<std::string> elements, Sentence text,
                    std::map<std::string, std::string> params)
{
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.elements = std::move(elements);
    // Moved, never copied: a ternary of `with()`'s reference and the moved value would copy
    // the whole sentence, and findings are made on every edit.
    if (rule.assumption)
        f.text = Sentence("finding.assumption").with("finding", std::move(text));
    else
        f.text = std::move(text);
    f.params = std::move(params);
    return f;
}

Sentence usePhrase(AddressUse use)
{
    switch (use) {
    case AddressUse::Global:
        return Sentence("phrase.use.global");
    case AddressUse::Private:
        return Sentence("phrase.use.private");
    case AddressUse::SharedCgnat:
        return Sentence("phrase.use.shared");
    case AddressUse::Loopback:
        return Sentence("phrase.use.loopback");
    case AddressUse::LinkLocal:
        return Sentence("phrase.use.link-local");
    case AddressUse::Documentation:
        return Sentence("phrase.use.documentation");
    case AddressUse::Multicast:
        return Sentence("phrase.use.multicast");
    case AddressUse::Unspecified:
        return Sentence("phrase.use.unspecified");
    case AddressUse::Reserved:
        break;
    }
    return Sentence("phrase.use.reserved");
}

Sentence says(const Rule& rule, Sentence::Args args, std::string_view suffix)
{
    std::string id = "finding." + rule.id;
    id += suffix;
    return Sentence(std::move(id), std::move(args));
}

Rule kindRule(ElementKind kind, std::string id, Severity severity, std::string summary,
              KindCheck check, bool assumption)
{
    // A copy of the rule's id and severity without the check functions: capturing the rule
    // itself would make it own itself.
    Rule meta{.id = id,
              .severity = assumption && severity == Severity::Error ? Severity::Warning : severity,
              .summary = summary,
              .assumption = assumption};
    return elementRule(std::move(id), severity, std::move(summary),
                       [meta, check](const RuleContext& ctx, const Element& e,
                                     std::vector<Finding>& out) { check(meta, ctx, e, out); },
                       assumption, {kind});
}

Rule pathRule(std::string id, Severity severity, std::string summary, bool assumption)
{
    Rule rule{.id = id,
              .severity = assumption && severity == Severity::Error ? Severity::Warning : severity,
              .summary = summary,
              .assumption = assumption,
              .summarisesPaths = true};
    rule.check = [rule](const RuleContext& ctx, std::vector<Finding>& out) {
        auto index = ctx.analysis.blockedByRule.find(rule.id);
        if (index == ctx.analysis.blockedByRule.end())
            return;
        // cluster index -> blocked clients, in client order (the paths are stored cluster by
        // cluster, client by client, so both come out sorted)
        std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> blocked;
        for (std::uint32_t i : index->second) {
            const PathOutcome& p = ctx.analysis.paths[i];
            if (ctx.clusters && !(*ctx.clusters)[p.cluster])
                continue; // unchanged: its finding was kept
            // A client that reaches the cluster another way is not reported as cut off.
            if (ctx.analysis.reaches(i))
                continue;
            if (blocked.empty() || blocked.back().first != p.cluster)
                blocked.emplace_back(p.cluster, std::vector<std::uint32_t>{});
            auto& list = blocked.back().second;
            if (list.empty() || list.back() != p.client)
                list.push_back(p.client);
        }
        // The topology lists clients and clusters in the analysis's order: names are read
        // through it instead of looking each id up again.
        const bool sameOrder = ctx.topology.clients().size() == ctx.analysis.clients.size() &&
                               ctx.topology.clusters().size() == ctx.analysis.clusters.size();
        auto clusterLabel = [&](std::uint32_t k) {
            if (sameOrder)
                return ctx.topology.clusters()[k]->label();
            const Element* e = ctx.design.element(ctx.analysis.clusters[k]);
            return e ? e->label() : ctx.analysis.clusters[k];
        };
        auto clientLabel = [&](std::uint32_t i) {
            if (sameOrder) { // implicit nodes are named by their id, as they have no element
                const ClientInfo& c = ctx.topology.clients()[i];
                return c.nodesOf && c.element == c.nodesOf ? c.id : c.element->label();
            }
            const Element* e = ctx.design.element(ctx.analysis.clients[i]);
            return e ? e->label() : ctx.analysis.clients[i];
        };
        // Listed by id: the analysis's client order follows the design's element order, which
        // differs between a design edited in place and the same design saved and opened.
        const bool ranked = ctx.clientRank.size() == ctx.analysis.clients.size();
        for (auto& entry : blocked)
            std::sort(entry.second.begin(), entry.second.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return ranked ? ctx.clientRank[a] < ctx.clientRank[b]
                                        : ctx.analysis.clients[a] < ctx.analysis.clients[b];
                      });
        for (const auto& [clusterIndex, clients] : blocked) {
            const std::string& clusterId = ctx.analysis.clusters[clusterIndex];
            std::vector<std::string> elements;
            elements.reserve(clients.size() + 1);
            elements.push_back(clusterId);
            // "a, b, c" (in Chinese "a、b、c"): the first five names are values of one phrase
            // (a sentence per name, nested, cost a tenth of a client's addition at 10,000
            // elements, where every cluster's finding is made again).
            static constexpr const char* kNamesOf[] = {
                "", "", "phrase.names.2", "phrase.names.3", "phrase.names.4", "phrase.names.5"};
            static constexpr const char* kSlots[] = {"a", "b", "c", "d", "e"};
            const std::size_t shown = std::min<std::size_t>(clients.size(), 5);
            for (std::uint32_t i : clients)
                elements.push_back(ctx.analysis.clients[i]);
            Sentence names;
            if (shown == 1) {
                names = Sentence::literal(clientLabel(clients[0]));
            } else {
                Sentence::Args args;
                args.reserve(shown);
                for (std::size_t i = 0; i < shown; ++i)
                    args.emplace_back(kSlots[i], clientLabel(clients[i]));
                names = Sentence(kNamesOf[shown], std::move(args));
            }
            Sentence listed =
                clients.size() > 5
                    ? std::move(Sentence("phrase.names-and-more",
                                         {{"more", std::to_string(clients.size() - 5)}})
                                    .with("names", std::move(names)))
                    : std::move(names);
            Sentence text(clients.size() == 1 ? "finding.path.one" : "finding.path.many",
                          {{"count", std::to_string(clients.size())},
                           {"cluster", clusterLabel(clusterIndex)}});
            text.with("summary", Sentence("rule." + rule.id)).with("names", std::move(listed));
            out.push_back(
                makeFinding(rule, std::move(elements), std::move(text),
                            {{"cluster", clusterId}, {"clients", std::to_string(clients.size())}}));
        }
    };
    return rule;
}

} // namespace kg

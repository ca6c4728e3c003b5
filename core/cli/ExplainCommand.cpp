#include "cli/ExplainCommand.h"

#include "analysis/Analyzer.h"
#include "cli/CliSupport.h"
#include "model/Design.h"
#include "text/Sentence.h"

#include <algorithm>
#include <optional>
#include <ostream>

namespace kg {

using namespace cli;

namespace {

constexpr EndpointKind kEndpointKinds[] = {EndpointKind::Public,          EndpointKind::Private,
                                           EndpointKind::VnetIntegration, EndpointKind::EksEni,
                                           EndpointKind::UserEndpoint,    EndpointKind::RunCommand};

std::optional<EndpointKind> endpointFromName(const std::string& name)
{
    for (EndpointKind k : kEndpointKinds) {
        if (toString(k) == name)
            return k;
    }
    return std::nullopt;
}

// "public, private, ... or run-command", for a message about an unknown one: the kinds are
// values, the joints phrases (in Chinese "public、private……或 run-command").
Sentence endpointNames()
{
    const std::size_t n = std::size(kEndpointKinds);
    Sentence out = Sentence::literal(std::string(toString(kEndpointKinds[0])));
    for (std::size_t i = 1; i < n; ++i)
        out = std::move(Sentence(i + 1 == n ? "phrase.list.or" : "phrase.list.comma",
                                 {{"item", std::string(toString(kEndpointKinds[i]))}})
                            .with("list", std::move(out)));
    return out;
}

// One path as `explain` prints it, in `language`: the verdict, each step with its stage,
// state and rule, and the fix of a blocked path. The words are the catalogue's (cli.*), so
// the English reads as it always has.
void printPath(const Design& design, const Path& p, Language language, std::ostream& out)
{
    auto say = [language](Sentence s) { return render(s, language); };
    const Element* cluster = design.element(p.cluster);
    Sentence header{p.endpointElement.empty() ? "cli.explain.path" : "cli.explain.path-element",
                    {{"client", clientLabel(design, p.client, language)},
                     {"cluster", cluster ? clientLabel(design, cluster->id, language) : p.cluster},
                     {"element", p.endpointElement}}};
    header.with("endpoint", Sentence{"cli.endpoint." + std::string(toString(p.endpoint))})
        .with("verdict", Sentence{p.reachable ? (p.assumed ? "cli.verdict.reachable-assumed"
                                                           : "cli.verdict.reachable")
                                              : "cli.verdict.unreachable"});
    out << say(header);
    if (!p.selected)
        out << " " << say(Sentence{"cli.explain.not-selected"});
    out << "\n";
    int n = 1;
    for (const auto& s : p.steps) {
        const std::string stage = say(Sentence{"cli.stage." + std::string(toString(s.stage))});
        const std::string state = say(Sentence{!s.ok       ? "cli.step.blocked"
                                               : s.assumed ? "cli.step.assumed"
                                                           : "cli.step.ok"});
        out << "  " << n++ << ". " << pad(stage, 10) << pad(state, 9) << pad(s.rule, 9)
            << (s.sentence.empty() ? s.text : say(s.sentence)) << "\n";
    }
    if (!p.reachable)
        out << "  "
            << say(Sentence{"cli.explain.fix", {{"rule", p.fix.rule}}}.with(
                   "fix", p.fix.sentence.empty() ? Sentence::literal(p.fix.text) : p.fix.sentence))
            << "\n";
}

} // namespace

int ExplainCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::string file, client, cluster, endpointName;
    Language language = localeLanguage();
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size())
                return false;
            target = args[++i];
            return true;
        };
        if (a == "--client") {
            if (!value(client))
                return usageError(err, Sentence("cli.usage.needs-id", {{"option", "--client"}}),
                                  language);
        } else if (a == "--cluster") {
            if (!value(cluster))
                return usageError(err, Sentence("cli.usage.needs-id", {{"option", "--cluster"}}),
                                  language);
        } else if (a == "--endpoint") {
            if (!value(endpointName))
                return usageError(err, Sentence("cli.usage.endpoint-needs"), language);
        } else if (const auto read = readLanguageOption(args, i, language, err)) {
            if (*read != kExitOk)
                return *read;
        } else if (!a.empty() && a[0] == '-') {
            return usageError(
                err, Sentence("cli.usage.unknown-option", {{"command", "explain"}, {"option", a}}),
                language);
        } else if (file.empty()) {
            file = a;
        } else {
            return usageError(err, Sentence("cli.usage.one-file", {{"command", "explain"}}),
                              language);
        }
    }
    if (file.empty() || client.empty() || cluster.empty())
        return usageError(err, Sentence("cli.usage.explain-needs"), language);
    std::optional<EndpointKind> endpoint;
    if (!endpointName.empty() && !(endpoint = endpointFromName(endpointName)))
        return usageError(err,
                          Sentence("cli.usage.endpoint-unknown", {{"kind", endpointName}})
                              .with("kinds", endpointNames()),
                          language);
    std::optional<Design> design = loadForCommand(file, err, language);
    if (!design)
        return kExitInput;
    Analysis analysis = Analyzer::run(*design);
    auto clientIt = std::find(analysis.clients.begin(), analysis.clients.end(), client);
    auto clusterIt = std::find(analysis.clusters.begin(), analysis.clusters.end(), cluster);
    if (clientIt == analysis.clients.end()) {
        err << file << ": "
            << render(Sentence("cli.explain.not-client", {{"id", client}}), language) << "\n";
        return kExitInput;
    }
    if (clusterIt == analysis.clusters.end()) {
        err << file << ": "
            << render(Sentence("cli.explain.not-cluster", {{"id", cluster}}), language) << "\n";
        return kExitInput;
    }
    auto ci = static_cast<std::uint32_t>(clientIt - analysis.clients.begin());
    auto ki = static_cast<std::uint32_t>(clusterIt - analysis.clusters.begin());
    const PathOutcome* best = analysis.best(ci, ki);
    if (!best) {
        const bool otherNodes = client.find("/nodes") != std::string::npos ||
                                (design->element(client) &&
                                 (design->element(client)->kind == ElementKind::AksNodePool ||
                                  design->element(client)->kind == ElementKind::EksNodeGroup));
        if (otherNodes) {
            err << file << ": "
                << render(Sentence("cli.explain.other-nodes",
                                   {{"client", client}, {"cluster", cluster}}),
                          language)
                << "\n";
            return kExitInput;
        }
        out << render(Sentence{"cli.explain.no-endpoint",
                               {{"client", clientLabel(*design, client, language)},
                                {"cluster", clientLabel(*design, cluster, language)}}}
                          .with("verdict", Sentence{"cli.verdict.unreachable"}),
                      language)
            << "\n";
        return kExitFindings;
    }
    // The path the client uses first, then the other endpoints.
    std::vector<const PathOutcome*> order{best};
    for (const auto& p : analysis.paths) {
        if (p.client == ci && p.cluster == ki && &p != best)
            order.push_back(&p);
    }
    bool printed = false;
    for (const PathOutcome* o : order) {
        if (endpoint && o->endpoint != *endpoint)
            continue;
        if (auto path = Analyzer::explain(*design, client, cluster, o->endpoint,
                                          analysis.endpointElement(*o))) {
            out << (printed ? "\n" : "");
            printPath(*design, *path, language, out);
            printed = true;
        }
    }
    if (!printed) {
        err << file << ": "
            << render(
                   Sentence("cli.explain.no-such-endpoint",
                            {{"cluster", cluster}, {"endpoint", endpointName}, {"client", client}}),
                   language)
            << "\n";
        return kExitInput;
    }
    if (endpoint) {
        for (const PathOutcome* o : order) {
            if (o->endpoint == *endpoint)
                return o->reachable ? kExitOk : kExitFindings;
        }
    }
    return best->reachable ? kExitOk : kExitFindings;
}

} // namespace kg

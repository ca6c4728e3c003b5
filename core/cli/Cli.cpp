#include "cli/Cli.h"

#include "analysis/Analyzer.h"
#include "cli/CliSupport.h"
#include "cli/DiffCommand.h"
#include "cli/ExplainCommand.h"
#include "cli/HelpText.h"
#include "cli/JsonStream.h"
#include "import/Importer.h"
#include "io/DesignJson.h"
#include "io/JsonSchema.h"
#include "io/Suggestion.h"
#include "validate/RuleRegistry.h"
#include "validate/Validator.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

#ifndef KUBEGATE_VERSION
#define KUBEGATE_VERSION "0.0.0"
#endif

namespace kg {

using namespace cli;

namespace {

constexpr std::array kCommands{"validate", "explain", "diff",   "format",
                               "import",   "rules",   "schema", "help"};

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

Counts count(const std::vector<Finding>& findings)
{
    Counts c;
    for (const auto& f : findings) {
        if (f.severity == Severity::Error)
            ++c.errors;
        else if (f.severity == Severity::Warning)
            ++c.warnings;
        else
            ++c.infos;
    }
    return c;
}

// "3 errors" in `language`: the catalogue's "cli.count.<what>.one" or ".many".
std::string counted(std::size_t n, const std::string& what, Language language)
{
    return render(
        Sentence("cli.count." + what + (n == 1 ? ".one" : ".many"), {{"n", std::to_string(n)}}),
        language);
}

std::string cell(const PathOutcome* p, Language language)
{
    if (!p)
        return "";
    Sentence endpoint("cli.endpoint." + std::string(toString(p->endpoint)));
    Sentence verdict(!p->reachable ? "cli.matrix.no"
                     : p->assumed  ? "cli.matrix.assumed"
                                   : "cli.matrix.ok",
                     {{"rule", std::string(p->rule)}});
    return render(verdict.with("endpoint", std::move(endpoint)), language);
}

// A table people can read in a terminal: past this many cells (about 60 clusters by 300
// clients) it is a wall of text (the 100,000-element estate's came to 960 MB); JSON lists
// every path instead.
constexpr std::size_t kMaxMatrixCells = 20000;

void printMatrix(const Design& design, const Analysis& a, Language language, std::ostream& out)
{
    if (a.clusters.empty() || a.clients.empty())
        return;
    if (a.clusters.size() * a.clients.size() > kMaxMatrixCells) {
        out << "\n"
            << render(Sentence("cli.matrix.left-out",
                               {{"clients", std::to_string(a.clients.size())},
                                {"clusters", std::to_string(a.clusters.size())},
                                {"limit", std::to_string(kMaxMatrixCells)},
                                {"command", "`kubegate validate --format json`"}}),
                      language)
            << "\n";
        return;
    }
    // best() scans every path: look each pair up once.
    // The same choice as Analysis::best, in one pass: a selected reachable path, else the first
    // selected one, else the first one; command invoke only when nothing else exists.
    auto rank = [](const PathOutcome& p) {
        if (p.endpoint == EndpointKind::RunCommand)
            return 0;
        return p.selected ? (p.reachable ? 3 : 2) : 1;
    };
    std::map<std::pair<std::uint32_t, std::uint32_t>, const PathOutcome*> bestOf;
    for (const auto& p : a.paths) {
        const PathOutcome*& current = bestOf[{p.client, p.cluster}];
        if (!current || rank(p) > rank(*current))
            current = &p;
    }
    auto best = [&](std::uint32_t i, std::uint32_t k) -> const PathOutcome* {
        auto it = bestOf.find({i, k});
        return it == bestOf.end() ? nullptr : it->second;
    };
    auto label = [&](const std::string& id) { return clientLabel(design, id, language); };
    std::size_t nameWidth = 6;
    for (const auto& c : a.clients)
        nameWidth = std::max(nameWidth, std::min<std::size_t>(columns(label(c)), 36));
    std::vector<std::size_t> widths;
    for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
        std::size_t w = columns(label(a.clusters[k]));
        for (std::uint32_t i = 0; i < a.clients.size(); ++i)
            w = std::max(w, columns(cell(best(i, k), language)));
        widths.push_back(std::min<std::size_t>(w, 40));
    }
    out << "\n" << render(Sentence("cli.matrix.title"), language) << "\n  " << pad("", nameWidth);
    for (std::uint32_t k = 0; k < a.clusters.size(); ++k)
        out << "  " << pad(label(a.clusters[k]), widths[k]);
    out << "\n";
    for (std::uint32_t i = 0; i < a.clients.size(); ++i) {
        out << "  " << pad(clip(label(a.clients[i]), 36), nameWidth);
        for (std::uint32_t k = 0; k < a.clusters.size(); ++k) {
            const PathOutcome* p = best(i, k);
            out << "  " << pad(p ? cell(p, language) : "-", widths[k]);
        }
        out << "\n";
    }
}

void printText(const std::string& file, const Design& design, const Analysis& analysis,
               Language language, std::ostream& out)
{
    const auto& findings = analysis.findings;
    Counts c = count(findings);
    std::size_t reachable = 0;
    std::size_t assumed = 0;
    for (const auto& p : analysis.paths) {
        reachable += p.reachable && !p.assumed ? 1 : 0;
        assumed += p.reachable && p.assumed ? 1 : 0;
    }
    const std::size_t paths = analysis.paths.size();
    out << render(Sentence("cli.validate.summary",
                           {{"file", file},
                            {"elements", counted(design.elements().size(), "elements", language)},
                            {"links", counted(design.links().size(), "links", language)},
                            {"paths", counted(paths, "paths", language)},
                            {"reachable", std::to_string(reachable)},
                            {"assumed", std::to_string(assumed)},
                            {"blocked", std::to_string(paths - reachable - assumed)},
                            {"errors", counted(std::size_t(c.errors), "errors", language)},
                            {"warnings", counted(std::size_t(c.warnings), "warnings", language)},
                            {"infos", std::to_string(c.infos)}}),
                  language)
        << "\n";
    for (const auto& f : findings) {
        const std::string severity =
            render(Sentence("cli.severity." + std::string(toString(f.severity))), language);
        out << "  " << pad(severity, 8) << pad(f.rule, 8) << f.message(language);
        if (!f.elements.empty()) {
            out << "  [";
            for (std::size_t i = 0; i < f.elements.size() && i < 8; ++i)
                out << (i ? ", " : "") << f.elements[i];
            out << (f.elements.size() > 8 ? ", ...]" : "]");
        }
        out << "\n";
    }
    if (findings.empty())
        out << "  " << render(Sentence("cli.validate.no-findings"), language) << "\n";
    printMatrix(design, analysis, language, out);
}

// Params as one object: a key given twice keeps its first place and its last value, as the
// JSON object it stands for would.
void writeParams(JsonStream& j, const Params& params)
{
    j.beginObject();
    for (std::size_t i = 0; i < params.size(); ++i) {
        bool seen = false;
        for (std::size_t k = 0; k < i && !seen; ++k)
            seen = params[k].first == params[i].first;
        if (seen)
            continue;
        const std::string* value = &params[i].second;
        for (std::size_t k = i + 1; k < params.size(); ++k)
            if (params[k].first == params[i].first)
                value = &params[k].second;
        j.key(params[i].first);
        j.value(*value);
    }
    j.endObject();
}

void writeStrings(JsonStream& j, const std::vector<std::string>& list)
{
    j.beginArray();
    for (const auto& s : list)
        j.value(s);
    j.endArray();
}

void writePath(JsonStream& j, const Path& p)
{
    j.beginObject();
    j.key("client");
    j.value(p.client);
    j.key("cluster");
    j.value(p.cluster);
    j.key("endpoint");
    j.value(toString(p.endpoint));
    if (!p.endpointElement.empty()) {
        j.key("endpointElement");
        j.value(p.endpointElement);
    }
    j.key("verdict");
    j.value(p.reachable ? "reachable" : "unreachable");
    j.key("assumed");
    j.value(p.assumed);
    j.key("selected");
    j.value(p.selected);
    j.key("steps");
    j.beginArray();
    for (const auto& s : p.steps) {
        j.beginObject();
        j.key("stage");
        j.value(toString(s.stage));
        j.key("ok");
        j.value(s.ok);
        j.key("assumed");
        j.value(s.assumed);
        j.key("rule");
        j.value(s.rule);
        j.key("elements");
        writeStrings(j, s.elements);
        j.key("params");
        writeParams(j, s.params);
        j.key("text");
        j.value(s.text);
        j.endObject();
    }
    j.endArray();
    j.key("fix");
    if (p.reachable) {
        j.null();
    } else {
        j.beginObject();
        j.key("rule");
        j.value(p.fix.rule);
        j.key("params");
        writeParams(j, p.fix.params);
        j.key("text");
        j.value(p.fix.text);
        j.endObject();
    }
    j.endObject();
}

// The findings and every path with its steps, streamed: one path is built, written and dropped
// at a time, in the layout of nlohmann's dump(2), so that the output of a large estate never
// sits in memory as one document.
void printJson(const Design& design, const Analysis& analysis, std::ostream& out)
{
    std::string buffer;
    JsonStream j(buffer);
    j.beginObject();
    j.key("findings");
    j.beginArray();
    for (const auto& f : analysis.findings) {
        j.beginObject();
        j.key("rule");
        j.value(f.rule);
        j.key("severity");
        j.value(toString(f.severity));
        j.key("elements");
        writeStrings(j, f.elements);
        j.key("message");
        j.value(f.message());
        if (!f.params.empty()) {
            j.key("params");
            j.beginObject();
            for (const auto& [k, v] : f.params) {
                j.key(k);
                j.value(v);
            }
            j.endObject();
        }
        j.endObject();
    }
    j.endArray();
    j.key("paths");
    j.beginArray();
    Analyzer::forEachDetailedPath(design, analysis, [&](const Path& p) {
        writePath(j, p);
        if (buffer.size() > 256 * 1024) {
            out << buffer;
            buffer.clear();
        }
    });
    j.endArray();
    j.endObject();
    out << buffer << "\n";
}

int validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::string file;
    std::string format = "text";
    Language language = localeLanguage();
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format" || a == "-f") {
            if (i + 1 >= args.size())
                return usageError(err, Sentence("cli.usage.validate-format-needs"), language);
            format = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (a == "--help" || a == "-h") {
            out << helpText(language);
            return kExitOk;
        } else if (const auto read = readLanguageOption(args, i, language, err)) {
            if (*read != kExitOk)
                return *read;
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            return usageError(
                err, Sentence("cli.usage.unknown-option", {{"command", "validate"}, {"option", a}}),
                language);
        } else if (file.empty()) {
            file = a;
        } else {
            return usageError(
                err, Sentence("cli.usage.validate-one-file", {{"file", file}, {"other", a}}),
                language);
        }
    }
    if (format != "text" && format != "json")
        return usageError(err, Sentence("cli.usage.validate-format-unknown", {{"format", format}}),
                          language);
    if (file.empty())
        return usageError(err, Sentence("cli.usage.needs-file", {{"command", "validate"}}),
                          language);

    std::optional<Design> design = loadForCommand(file, err, language);
    if (!design)
        return kExitInput;
    Analysis analysis = Analyzer::run(*design);
    if (format == "json")
        printJson(*design, analysis, out);
    else
        printText(file, *design, analysis, language, out);
    return count(analysis.findings).errors > 0 ? kExitFindings : kExitOk;
}

int importDesign(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string> inputs;
    std::string output;
    Importer::Source source = Importer::Source::Detect;
    Language language = localeLanguage();
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (const auto read = readLanguageOption(args, i, language, err)) {
            if (*read != kExitOk)
                return *read;
        } else if (args[i] == "-o" || args[i] == "--output") {
            if (++i == args.size())
                return usageError(err, Sentence("cli.usage.o-needs"), language);
            output = args[i];
        } else if (args[i] == "--from") {
            if (++i == args.size())
                return usageError(err, Sentence("cli.usage.from-needs"), language);
            auto s = Importer::sourceFromName(args[i]);
            if (!s)
                return usageError(err, Sentence("cli.usage.from-unknown", {{"source", args[i]}}),
                                  language);
            source = *s;
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usageError(
                err,
                Sentence("cli.usage.unknown-option", {{"command", "import"}, {"option", args[i]}}),
                language);
        } else {
            inputs.push_back(args[i]);
        }
    }
    if (inputs.empty())
        return usageError(err, Sentence("cli.usage.import-needs"), language);
    Importer::Result result = Importer::runFiles(inputs, source, language);
    if (!result.ok()) {
        for (const auto& e : result.errors)
            err << e.text(language) << "\n";
        err << "kubegate: " << render(Sentence("cli.import.nothing"), language) << "\n";
        return kExitInput;
    }
    std::ostream& info = output.empty() || output == "-" ? err : out;
    for (const auto& n : result.notes)
        info << render(Sentence("cli.note", {}, {{"note", n}}), language) << "\n";
    if (output.empty() || output == "-") {
        out << DesignJson::save(*result.design);
    } else {
        Sentence why;
        if (!DesignJson::saveFile(*result.design, output, &why)) {
            err << "kubegate: "
                << render(Sentence("cli.cannot-write", {{"file", output}}, {{"why", why}}),
                          language)
                << "\n";
            return kExitInput;
        }
    }
    const Sentence::Args counts{
        {"clusters", counted(std::size_t(result.clusters), "clusters", language)},
        {"networks", counted(std::size_t(result.networks), "networks", language)}};
    if (output.empty() || output == "-") {
        info << render(Sentence("cli.import.done", counts), language) << "\n";
    } else {
        Sentence done("cli.import.done-into", counts);
        done.args.emplace_back("file", output);
        info << render(done, language) << "\n";
    }
    return kExitOk;
}

} // namespace

std::string Cli::versionString()
{
    return std::string("kubegate ") + KUBEGATE_VERSION;
}

bool Cli::wantsCli(const std::vector<std::string>& args)
{
    if (args.empty())
        return false;
    const std::string& first = args.front();
    if (!first.empty() && first[0] == '-')
        return true;
    return std::find(kCommands.begin(), kCommands.end(), first) != kCommands.end();
}

bool Cli::opensDesigner(const std::vector<std::string>& args)
{
    std::error_code ec;
    return args.empty() || (args.size() == 1 && std::filesystem::is_regular_file(args.front(), ec));
}

int Cli::refuse(const std::vector<std::string>& args, std::ostream& err)
{
    const std::string& first = args.front();
    std::error_code ec;
    const bool exists = std::filesystem::exists(first, ec);
    if (exists && std::filesystem::is_directory(first, ec))
        return usageError(err, Sentence("cli.usage.folder", {{"file", first}}));
    if (exists)
        return usageError(
            err, Sentence("cli.usage.designer-one-file", {{"file", first}, {"other", args[1]}}));
    // A word without a dot or a slash was meant as a command; anything else as a file.
    if (first.find_first_of("./\\") == std::string::npos) {
        std::vector<std::string> commands(kCommands.begin(), kCommands.end());
        commands.push_back("export");
        std::string list;
        for (const auto& c : commands)
            if (c != "help")
                list += (list.empty() ? "" : ", ") + c;
        return usageError(err, Sentence("cli.usage.unknown-command",
                                        {{"command", first}, {"commands", list}},
                                        {{"suggest", suggestion(first, commands)}}));
    }
    return usageError(err, Sentence("cli.usage.no-file", {{"file", first}}));
}

int Cli::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    if (args.empty())
        return usageError(err, Sentence("cli.usage.no-command"));
    const std::string& command = args.front();
    if (command == "--help" || command == "-h" || command == "help") {
        out << helpText(localeLanguage());
        return kExitOk;
    }
    if (command == "--version" || command == "-V") {
        out << versionString() << "\n";
        return kExitOk;
    }
    if (command == "validate")
        return validate(args, out, err);
    if (command == "diff")
        return DiffCommand::run(args, out, err);
    if (command == "explain")
        return ExplainCommand::run(args, out, err);
    if (command == "import")
        return importDesign(args, out, err);
    if (command == "format") {
        std::string file;
        std::string output;
        for (std::size_t i = 1; i < args.size(); ++i) {
            if (args[i] == "-o" || args[i] == "--output") {
                if (++i == args.size())
                    return usageError(err, Sentence("cli.usage.o-needs"));
                output = args[i];
            } else if (!args[i].empty() && args[i][0] == '-') {
                return usageError(err, Sentence("cli.usage.unknown-option",
                                                {{"command", "format"}, {"option", args[i]}}));
            } else if (!file.empty()) {
                return usageError(err, Sentence("cli.usage.one-file", {{"command", "format"}}));
            } else {
                file = args[i];
            }
        }
        if (file.empty())
            return usageError(err, Sentence("cli.usage.needs-file", {{"command", "format"}}));
        LoadResult loaded = DesignJson::loadFile(file);
        if (!loaded.ok()) {
            for (const auto& e : loaded.errors)
                err << e.format(file, cli::localeLanguage()) << "\n";
            return kExitInput;
        }
        if (output.empty()) {
            out << DesignJson::save(*loaded.design);
            return kExitOk;
        }
        Sentence why;
        if (!DesignJson::saveFile(*loaded.design, output, &why)) {
            err << "kubegate: "
                << render(Sentence("cli.cannot-write", {{"file", output}}, {{"why", why}}),
                          localeLanguage())
                << "\n";
            return kExitInput;
        }
        return kExitOk;
    }
    if (command == "rules") {
        Language language = localeLanguage();
        for (std::size_t i = 1; i < args.size(); ++i) {
            const auto read = readLanguageOption(args, i, language, err);
            if (!read)
                return usageError(err, Sentence("cli.usage.rules-arguments"), language);
            if (*read != kExitOk)
                return *read;
        }
        for (const auto& r : RuleRegistry::all()) {
            const std::string severity =
                render(Sentence("cli.severity." + std::string(toString(r.severity))), language);
            out << pad(r.id, 9) << pad(severity, 8)
                << render(Sentence(r.assumption ? "cli.rules.assumption" : "rule." + r.id)
                              .with("summary", Sentence("rule." + r.id)),
                          language)
                << "\n";
        }
        return kExitOk;
    }
    if (command == "schema") {
        if (args.size() > 1)
            return usageError(err, Sentence("cli.usage.no-arguments", {{"command", "schema"}}));
        out << JsonSchema::generate();
        return kExitOk;
    }
    return usageError(err, Sentence("cli.usage.unknown-command-or-option", {{"command", command}}));
}

} // namespace kg

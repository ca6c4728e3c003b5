#include "cli/DiffCommand.h"

#include "cli/CliSupport.h"
#include "compare/DesignDiff.h"
#include "io/DesignJson.h"
#include "io/MarkdownText.h"
#include "io/Suggestion.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace kg {

namespace {

constexpr int kSame = 0;
constexpr int kDiffer = 1;
constexpr int kInput = 2;

int usage(std::ostream& err, const Sentence& message, Language language)
{
    cli::usageError(err, Sentence("cli.usage.diff", {}, {{"message", message}}), language);
    return kInput;
}

// A design file, or FILE#variant: the variant of that name applied to the file's design. A
// file whose own name holds '#' is taken whole when it exists.
std::optional<Design> load(const std::string& arg, std::ostream& err, Language language)
{
    std::string file = arg;
    std::optional<std::string> variant;
    std::error_code ec;
    if (const auto hash = arg.rfind('#');
        hash != std::string::npos && !std::filesystem::exists(arg, ec)) {
        file = arg.substr(0, hash);
        variant = arg.substr(hash + 1);
    }
    LoadResult loaded = DesignJson::loadFile(file);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors)
            err << e.format(file, language) << "\n";
        return std::nullopt;
    }
    if (!variant)
        return std::move(loaded.design);
    std::vector<std::string> names;
    for (const Variant& v : loaded.design->variants()) {
        if (v.name == *variant)
            return v.applyTo(*loaded.design);
        names.push_back(v.name);
    }
    std::string list;
    for (const auto& n : names)
        list += (list.empty() ? "'" : " '") + n + "'";
    err << "kubegate: diff: "
        << render(names.empty()
                      ? Sentence("cli.diff.no-variants", {{"file", file}, {"variant", *variant}})
                      : Sentence("cli.diff.no-such-variant",
                                 {{"file", file}, {"variant", *variant}, {"names", list}},
                                 {{"suggest", suggestion(*variant, names)}}),
                  language)
        << "\n";
    return std::nullopt;
}

std::string label(const Design& d, const std::string& id)
{
    const Element* e = d.element(id);
    return e ? e->label() : id;
}

Sentence verdict(const DesignDiff::Cell& c)
{
    if (!c.present)
        return Sentence("cli.diff.no-path");
    if (c.reachable)
        return Sentence(c.assumed ? "cli.diff.reachable-assumed" : "cli.diff.reachable")
            .with("endpoint", Sentence("cli.endpoint." + c.endpoint));
    if (c.step.empty())
        return Sentence("cli.diff.blocked-bare", {{"rule", c.rule}});
    return Sentence("cli.diff.blocked", {{"rule", c.rule}}).with("step", c.step);
}

std::string names(const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

void printText(const DesignDiff& d, const Design& a, const Design& b, const std::string& fa,
               const std::string& fb, bool markdown, Language language, std::ostream& out)
{
    const std::string h = markdown ? "## " : "";
    const std::string item = markdown ? "- " : "  ";
    // Every value from the designs or the command line is data in Markdown: escaped, never
    // inside a code span it could close. Rule ids have a checked form and may be code.
    auto text = [&](const std::string& s) { return markdown ? MarkdownText::escaped(s) : s; };
    auto code = [&](const std::string& rule) { return markdown ? "`" + rule + "`" : rule; };
    auto say = [&](const Sentence& s) { return render(s, language); };
    auto words = [&](const char* id) { return say(Sentence(id)); };
    auto severity = [&](Severity s) {
        return say(Sentence("cli.severity." + std::string(toString(s))));
    };
    out << (markdown ? "# " : "") << text(say(Sentence("cli.diff.title", {{"a", fa}, {"b", fb}})))
        << "\n\n";
    if (d.same) {
        out << words("cli.diff.same") << "\n";
        return;
    }
    auto pathSection = [&](const char* title, const std::vector<DesignDiff::PathChange>& list) {
        if (list.empty())
            return;
        out << h << words(title) << " (" << list.size() << ")\n" << (markdown ? "\n" : "");
        for (const auto& c : list)
            // The values escaped, not the sentence: its "->" is the sentence's own.
            out << item
                << say(Sentence("cli.diff.change",
                                {{"client", text(label(b.element(c.client) ? b : a, c.client))},
                                 {"cluster", text(label(b.element(c.cluster) ? b : a, c.cluster))},
                                 {"after", text(say(verdict(c.after)))},
                                 {"before", text(say(verdict(c.before)))}}))
                << "\n";
        out << "\n";
    };
    pathSection("cli.diff.gained", d.gained);
    pathSection("cli.diff.lost", d.lost);
    pathSection("cli.diff.changed", d.changed);
    auto findingSection = [&](const char* title, const std::vector<Finding>& list) {
        if (list.empty())
            return;
        out << h << words(title) << " (" << list.size() << ")\n" << (markdown ? "\n" : "");
        for (const auto& f : list)
            out << item << "[" << severity(f.severity) << "] " << code(f.rule) << " "
                << text(f.message(language)) << "\n";
        out << "\n";
    };
    findingSection("cli.diff.findings-added", d.added);
    findingSection("cli.diff.findings-removed", d.removed);
    if (!d.updates.empty()) {
        out << h << words("cli.diff.updates") << " (" << d.updates.size() << ")\n"
            << (markdown ? "\n" : "");
        for (const auto& u : d.updates)
            out << item << "[" << severity(u.severity) << "] " << code(u.rule) << " "
                << text(say(Sentence("cli.diff.update", {{"cluster", label(b, u.cluster)}})
                                .with("change", u.text)))
                << "\n";
        out << "\n";
    }
    out << h << words("cli.diff.items") << "\n" << (markdown ? "\n" : "");
    auto items = [&](const char* what, const std::vector<std::string>& ids) {
        if (!ids.empty())
            out << item << words(what) << " (" << ids.size() << "): " << text(names(ids)) << "\n";
    };
    items("cli.diff.elements-added", d.elementsAdded);
    items("cli.diff.elements-removed", d.elementsRemoved);
    items("cli.diff.elements-changed", d.elementsChanged);
    items("cli.diff.links-added", d.linksAdded);
    items("cli.diff.links-removed", d.linksRemoved);
    items("cli.diff.links-changed", d.linksChanged);
    if (d.gained.empty() && d.lost.empty() && d.changed.empty() && d.added.empty() &&
        d.removed.empty() && d.updates.empty())
        out << item << words("cli.diff.nothing") << "\n";
}

void printJson(const DesignDiff& d, std::ostream& out)
{
    using nlohmann::ordered_json;
    auto cell = [](const DesignDiff::Cell& c) {
        ordered_json j = {{"present", c.present}};
        if (c.present) {
            j["reachable"] = c.reachable;
            j["assumed"] = c.assumed;
            j["endpoint"] = c.endpoint;
            if (!c.reachable) {
                j["rule"] = c.rule;
                j["step"] = render(c.step, Language::English);
            }
        }
        return j;
    };
    auto paths = [&](const std::vector<DesignDiff::PathChange>& list) {
        ordered_json a = ordered_json::array();
        for (const auto& c : list)
            a.push_back({{"client", c.client},
                         {"cluster", c.cluster},
                         {"before", cell(c.before)},
                         {"after", cell(c.after)}});
        return a;
    };
    auto findings = [](const std::vector<Finding>& list) {
        ordered_json a = ordered_json::array();
        for (const auto& f : list)
            a.push_back({{"rule", f.rule},
                         {"severity", std::string(toString(f.severity))},
                         {"elements", f.elements},
                         {"message", f.message()}});
        return a;
    };
    ordered_json updates = ordered_json::array();
    for (const auto& u : d.updates)
        updates.push_back({{"rule", u.rule},
                           {"severity", std::string(toString(u.severity))},
                           {"cluster", u.cluster},
                           {"text", render(u.text, Language::English)}});
    const ordered_json j = {
        {"same", d.same},
        {"pathsGained", paths(d.gained)},
        {"pathsLost", paths(d.lost)},
        {"pathsChanged", paths(d.changed)},
        {"findingsAdded", findings(d.added)},
        {"findingsRemoved", findings(d.removed)},
        {"clusterUpdates", updates},
        {"elements",
         {{"added", d.elementsAdded},
          {"removed", d.elementsRemoved},
          {"changed", d.elementsChanged}}},
        {"links",
         {{"added", d.linksAdded}, {"removed", d.linksRemoved}, {"changed", d.linksChanged}}},
    };
    out << j.dump(2, ' ', false, ordered_json::error_handler_t::replace) << "\n";
}

} // namespace

int DiffCommand::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::vector<std::string> files;
    std::string format = "text";
    Language language = cli::localeLanguage();
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format") {
            if (i + 1 >= args.size())
                return usage(err, Sentence("cli.usage.diff-format-needs"), language);
            format = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (const auto read = cli::readLanguageOption(args, i, language, err)) {
            if (*read != cli::kExitOk)
                return *read;
        } else if (!a.empty() && a[0] == '-') {
            return usage(err, Sentence("cli.usage.diff-unknown-option", {{"option", a}}), language);
        } else {
            files.push_back(a);
        }
    }
    if (format != "text" && format != "json" && format != "md")
        return usage(err, Sentence("cli.usage.diff-format-unknown", {{"format", format}}),
                     language);
    if (files.size() != 2)
        return usage(
            err, Sentence("cli.usage.diff-two-files", {{"count", std::to_string(files.size())}}),
            language);
    std::optional<Design> a = load(files[0], err, language);
    if (!a)
        return kInput;
    std::optional<Design> b = load(files[1], err, language);
    if (!b)
        return kInput;
    const DesignDiff d = DesignDiff::compare(*a, *b);
    if (format == "json")
        printJson(d, out);
    else
        printText(d, *a, *b, files[0], files[1], format == "md", language, out);
    return d.same ? kSame : kDiffer;
}

} // namespace kg

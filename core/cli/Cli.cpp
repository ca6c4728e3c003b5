#include "cli/Cli.h"

#include "io/DesignJson.h"
#include "io/JsonSchema.h"
#include "validate/Validator.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <ostream>

#ifndef KUBEGATE_VERSION
#define KUBEGATE_VERSION "0.0.0"
#endif

namespace kg {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitInput = 2;

constexpr std::array kCommands{"validate", "schema", "help"};

const char* kHelp = R"(Usage:
  kubegate [FILE]                          open the designer (on FILE if given)
  kubegate validate FILE [--format text|json]
                                           check a design and print its findings
  kubegate schema                          print the JSON Schema of the .kubegate format
  kubegate --help                          show this help
  kubegate --version                       show the version

validate exits with 0 when the design has no error findings, 1 when it has,
and 2 when the file cannot be read or is not a valid design (the reason is
printed on standard error).

JSON output of validate:
  {"findings": [{"rule": "KG-001", "severity": "error|warning|info",
                 "elements": ["id", ...], "message": "...", "params": {...}}],
   "paths": [...]}
)";

int usageError(std::ostream& err, const std::string& message)
{
    err << "kubegate: " << message << "\n"
        << "Try 'kubegate --help'.\n";
    return kExitInput;
}

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

std::string plural(int n, const char* word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void printText(const std::string& file, const Design& design, const std::vector<Finding>& findings,
               std::ostream& out)
{
    Counts c = count(findings);
    out << file << ": " << plural(static_cast<int>(design.elements().size()), "element") << ", "
        << plural(static_cast<int>(design.links().size()), "link") << "; "
        << plural(c.errors, "error") << ", " << plural(c.warnings, "warning") << ", " << c.infos
        << " info\n";
    for (const auto& f : findings) {
        std::string severity(toString(f.severity));
        severity.resize(8, ' ');
        std::string rule = f.rule;
        rule.resize(std::max<std::size_t>(rule.size(), 8), ' ');
        out << "  " << severity << rule << f.message;
        if (!f.elements.empty()) {
            out << "  [";
            for (std::size_t i = 0; i < f.elements.size(); ++i)
                out << (i ? ", " : "") << f.elements[i];
            out << "]";
        }
        out << "\n";
    }
    if (findings.empty())
        out << "  no findings\n";
}

void printJson(const std::vector<Finding>& findings, std::ostream& out)
{
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& f : findings) {
        nlohmann::ordered_json j = nlohmann::ordered_json::object();
        j["rule"] = f.rule;
        j["severity"] = std::string(toString(f.severity));
        j["elements"] = f.elements;
        j["message"] = f.message;
        if (!f.params.empty())
            j["params"] = f.params;
        list.push_back(std::move(j));
    }
    root["findings"] = std::move(list);
    root["paths"] = nlohmann::ordered_json::array();
    out << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

int validate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    std::string file;
    std::string format = "text";
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format" || a == "-f") {
            if (i + 1 >= args.size())
                return usageError(err, "--format needs a value: text or json");
            format = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (a == "--help" || a == "-h") {
            out << kHelp;
            return kExitOk;
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            return usageError(err, "validate: unknown option '" + a + "'");
        } else if (file.empty()) {
            file = a;
        } else {
            return usageError(err, "validate takes one file; got '" + file + "' and '" + a + "'");
        }
    }
    if (format != "text" && format != "json")
        return usageError(err, "unknown format '" + format + "'; use text or json");
    if (file.empty())
        return usageError(err, "validate needs a design file");

    LoadResult loaded = DesignJson::loadFile(file);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors)
            err << e.format(file) << "\n";
        return kExitInput;
    }
    if (loaded.migratedFromVersion > 0)
        err << file << ": note: file format version " << loaded.migratedFromVersion
            << " was upgraded in memory; save the design to keep the new format\n";
    const Design& design = *loaded.design;
    std::vector<Finding> findings = Validator::run(design);
    if (format == "json")
        printJson(findings, out);
    else
        printText(file, design, findings, out);
    return count(findings).errors > 0 ? kExitFindings : kExitOk;
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

int Cli::run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    if (args.empty())
        return usageError(err, "no command given");
    const std::string& command = args.front();
    if (command == "--help" || command == "-h" || command == "help") {
        out << kHelp;
        return kExitOk;
    }
    if (command == "--version" || command == "-V") {
        out << versionString() << "\n";
        return kExitOk;
    }
    if (command == "validate")
        return validate(args, out, err);
    if (command == "schema") {
        if (args.size() > 1)
            return usageError(err, "schema takes no arguments");
        out << JsonSchema::generate();
        return kExitOk;
    }
    return usageError(err, "unknown command or option '" + command + "'");
}

} // namespace kg

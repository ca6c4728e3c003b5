#include "cli/HelpText.h"

#include "cli/CliSupport.h"

#include <array>

namespace kg::cli {

namespace {

// One command of the help: its synopsis, the same in every language (the words typed), and
// what it does, a catalogue sentence whose lines are the help's lines.
struct Command
{
    const char* synopsis;
    const char* description;
};

constexpr std::array kCommands{
    Command{"  kubegate [FILE]", "cli.help.open"},
    Command{"  kubegate validate FILE [--format text|json] [--lang en|zh_CN]", "cli.help.validate"},
    Command{"  kubegate explain FILE --client ID --cluster ID [--endpoint KIND] [--lang en|zh_CN]",
            "cli.help.explain"},
    Command{"  kubegate diff A B [--format text|json|md] [--lang en|zh_CN]", "cli.help.diff"},
    Command{"  kubegate export FILE -o OUT.svg|png|pdf|md|html|drawio [--scale N] [--theme "
            "light|dark]\n                  [--overlays none|all|ID] [--no-legend]",
            "cli.help.export-diagram"},
    Command{
        "  kubegate export FILE -o OUT.sh|bicep|tf|yaml [--format azcli|bicep|terraform|eksctl]",
        "cli.help.export-iac"},
    Command{"  kubegate import INPUT... [-o OUT.kubegate] [--from aks|eks|terraform] [--lang "
            "en|zh_CN]",
            "cli.help.import"},
    Command{"  kubegate format FILE [-o OUT]", "cli.help.format"},
    Command{"  kubegate rules [--lang en|zh_CN]", "cli.help.rules"},
    Command{"  kubegate schema", "cli.help.schema"},
    Command{"  kubegate --help", "cli.help.help"},
    Command{"  kubegate --version", "cli.help.version"},
};

// Where the descriptions start: a synopsis that reaches it stands on lines of its own.
constexpr std::size_t kColumn = 43;

constexpr const char* kJsonSample =
    R"(  {"findings": [{"rule": "KG-001", "severity": "error|warning|info",
                 "elements": ["id", ...], "message": "...", "params": {...}}],
   "paths": [...]})";

} // namespace

std::string helpText(Language language)
{
    auto say = [language](const char* id) { return render(Sentence(id), language); };
    std::string out = say("cli.help.usage") + "\n";
    for (const Command& c : kCommands) {
        const std::string synopsis = c.synopsis;
        const std::string description = say(c.description);
        const bool ownLine =
            synopsis.find('\n') != std::string::npos || columns(synopsis) + 2 > kColumn;
        out += ownLine ? synopsis + "\n" + std::string(kColumn, ' ') : pad(synopsis, kColumn);
        for (const char ch : description) {
            out += ch;
            if (ch == '\n')
                out += std::string(kColumn, ' ');
        }
        out += "\n";
    }
    out += "\n" + say("cli.help.exit-codes") + "\n\n" + say("cli.help.language") + "\n\n" +
           render(Sentence("cli.help.endpoints",
                           {{"kinds", "public, private, vnet-integration, eks-eni, "
                                      "private-endpoint,\nrun-command"}}),
                  language) +
           "\n\n" + say("cli.help.json") + "\n" + kJsonSample + "\n";
    return out;
}

} // namespace kg::cli

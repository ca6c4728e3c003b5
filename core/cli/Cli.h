#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kg {

// The headless command line: `kubegate --help | --version | validate FILE [--format text|json]`.
// Lives in the core so that it runs (and is tested) without Qt or a display.
// Exit codes: 0 no error findings, 1 error findings, 2 unreadable or invalid input / usage.
class Cli
{
public:
    // True when `args` (argv without the program name) asks for the command line rather than
    // the GUI: a subcommand or an option. `kubegate` and `kubegate FILE` open the GUI.
    static bool wantsCli(const std::vector<std::string>& args);

    static int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

    // For arguments that are not a command: true when they open the designer (none, or one
    // file that exists). Otherwise `refuse` says why on `err` (an unknown command, with the
    // closest one; a file that does not exist; a folder; more than one file) and returns 2.
    // Neither needs Qt or a display, so a script's typo never waits for a window.
    static bool opensDesigner(const std::vector<std::string>& args);
    static int refuse(const std::vector<std::string>& args, std::ostream& err);

    static std::string versionString();
};

} // namespace kg

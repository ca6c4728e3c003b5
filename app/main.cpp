// kubegate: one binary for a person and a script. A subcommand or an option runs the headless
// command line (no QApplication, so no display is needed); no argument or a file opens the
// designer.
#include "Application.h"
#include "MainWindow.h"
#include "cli/Cli.h"

#include <QApplication>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (kg::Cli::wantsCli(args))
        return kg::Cli::run(args, std::cout, std::cerr);

    QApplication app(argc, argv);
    kg::ui::Application::configure(app);
    kg::ui::MainWindow window;
    if (!args.empty())
        window.openFile(QString::fromLocal8Bit(args.front().c_str()));
    window.show();
    return QApplication::exec();
}

// kubegate: one binary for a person and a script. A subcommand or an option runs the headless
// command line (no QApplication, so no display is needed); no argument or a file opens the
// designer.
#include "Application.h"
#include "MainWindow.h"
#include "cli/Cli.h"
#include "document/FileController.h"
#include "export/ExportCommand.h"

#include <QApplication>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "export") {
        // Drawing needs Qt but no display: the offscreen platform unless one was chosen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        kg::ui::Application::configure(app);
        QStringList list;
        for (const auto& a : args)
            list << QString::fromLocal8Bit(a.c_str());
        return kg::ui::ExportCommand::run(list, std::cout, std::cerr);
    }
    if (kg::Cli::wantsCli(args))
        return kg::Cli::run(args, std::cout, std::cerr);
    // Checked before Qt starts: without a display the platform plugin would abort first.
    if (!kg::Cli::opensDesigner(args))
        return kg::Cli::refuse(args, std::cerr);

    QApplication app(argc, argv);
    kg::ui::Application::configure(app);
    kg::ui::MainWindow window;
    window.restoreSettings();
    window.show();
    // Work lost in a crash comes first; a file named on the command line after that.
    window.files()->start(args.empty() ? QString() : QString::fromLocal8Bit(args.front().c_str()));
    return QApplication::exec();
}

// SPDX-License-Identifier: MIT
// Thin entry point: a command runs headless; anything else opens the window.
#include "cli/cli.h"
#include "ui/application.h"

#include <QApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    std::vector<ae::cli::Command> commands = ae::cli::builtinCommands();
    ae::ui::addGuiCommands(commands); // commands that draw with widgets (charts), still headless

    if (argc > 1 && ae::cli::isCommandLine(QString::fromLocal8Bit(argv[1]), commands)) {
        // No display is needed: draw offscreen unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        ae::ui::setApplicationIdentity();
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        QTextStream out(stdout);
        QTextStream err(stderr);
        ae::cli::Io io{out, err, in};
        const int code = ae::cli::run(app.arguments().mid(1), commands, io);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    ae::ui::setApplicationIdentity();
    return ae::ui::runGui(app);
}

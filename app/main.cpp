// SPDX-License-Identifier: MIT
// Thin entry point: a command runs headless; anything else opens the window.
#include "cli/cli.h"
#include "ui/application.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// Commands run without a session (CI, ssh, cron): give Qt a private runtime dir rather than a warning on
// stderr.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir =
        QDir::tempPath().toLocal8Bit() + "/archexplorer-runtime-" + QByteArray::number(getuid());
    ::mkdir(dir.constData(), 0700);
    struct stat st
    {
    };
    if (::stat(dir.constData(), &st) == 0 && st.st_uid == getuid() && (st.st_mode & 0077) == 0)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<ae::cli::Command> commands = ae::cli::builtinCommands();
    ae::ui::addGuiCommands(commands); // commands of the widget library (compare), still headless

    if (argc > 1 && ae::cli::isCommandLine(QString::fromLocal8Bit(argv[1]), commands)) {
        // No display is needed: draw offscreen unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        // stderr is for the user's diagnostics; progress chatter stays out unless QT_LOGGING_RULES asks for
        // it.
        QLoggingCategory::setFilterRules(
            QStringLiteral("archexplorer.*.info=false\narchexplorer.*.debug=false"));
        QApplication app(argc, argv);
        ae::ui::setApplicationIdentity();
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ae::cli::UsageOrIoError;
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

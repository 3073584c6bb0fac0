// SPDX-License-Identifier: MIT
#include "application.h"

#include "ui/compare/comparecommand.h"
#include "ui/mainwindow.h"
#include "ui/reader/exportcommand.h"

#include "ui/appstyle.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace ae::ui {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("archexplorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Architecture Explorer"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.archexplorer.ArchitectureExplorer"));
    QGuiApplication::setWindowIcon(
        QIcon(QStringLiteral(":/ae/icons/app/io.github.archexplorer.ArchitectureExplorer.svg")));
}

void addGuiCommands(std::vector<cli::Command> &commands)
{
    // The compare command shares the Compare workspace's export code.
    commands.push_back(compare::compareCommand());
    // Export shares the reader's rendering (and the Draw workspace's diagram renderer).
    commands.push_back(exportCommand());
    (void)commands;
}

int runGui(QApplication &app)
{
    QApplication::setStyle(new AppStyle); // Fusion with indicators visible in both themes
    const QStringList files = app.arguments().mid(1);
    MainWindow window(nullptr, files);
    if (qEnvironmentVariableIsSet("AE_BENCH_QUIT_AFTER_SHOW")) {
        // The start-up benchmark (tests/bench/bench_startup.cpp): once the document given on the command line
        // is shown (the first one shown when none is given), paint the window, then end the process at once:
        // what is measured is the time to the first frame, not the time to tear down. AE_BENCH_SETTLE_MS
        // waits that long first (the bench's unmeasured first start, so diagram layouts reach the cache).
        const int settleMs = qEnvironmentVariableIntValue("AE_BENCH_SETTLE_MS");
        const auto paintAndExit = [&window, settleMs] {
            QTimer::singleShot(settleMs, &window, [&window] {
                (void)window.grab();
                std::fflush(nullptr);
                std::_Exit(0);
            });
        };
        const QString wanted = files.isEmpty() ? QString() : QFileInfo(files.first()).fileName();
        if (wanted.isEmpty())
            paintAndExit();
        QObject::connect(&window, &MainWindow::documentOpened, &app,
                         [wanted, paintAndExit](const QString &path) {
                             if (!wanted.isEmpty() && QFileInfo(path).fileName() == wanted)
                                 paintAndExit();
                         });
    }
    window.show();
    return app.exec();
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
#include "application.h"

#include "ui/compare/comparecommand.h"
#include "ui/mainwindow.h"
#include "ui/reader/exportcommand.h"

#include "ui/appstyle.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

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
    MainWindow window;
    window.show();
    const QStringList files = app.arguments().mid(1);
    for (const QString &f : files)
        window.openPath(f);
    if (qEnvironmentVariableIsSet("AE_BENCH_QUIT_AFTER_SHOW")) {
        // The start-up benchmark: paint the first frame (the opened document included), then exit.
        QTimer::singleShot(0, &app, [&] {
            (void)window.grab();
            app.quit();
        });
    }
    return app.exec();
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
#include "application.h"

#include "ui/compare/comparecommand.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>

namespace ae::ui {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("archexplorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Architecture Explorer"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.archexplorer.ArchitectureExplorer"));
}

void addGuiCommands(std::vector<cli::Command> &commands)
{
    // Chart commands are appended here (compare).
    commands.push_back(compare::compareCommand());
    (void)commands;
}

int runGui(QApplication &app)
{
    MainWindow window;
    window.show();
    const QStringList files = app.arguments().mid(1);
    for (const QString &f : files)
        window.openPath(f);
    return app.exec();
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
#include "application.h"

#include "ui/compare/comparecommand.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"
#include "ui/reader/exportcommand.h"

#include "markdown/highlight.h"
#include "ui/appstyle.h"
#include "ui/firstframe.h"
#include "ui/reader/icons.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QThreadPool>
#include <QTimer>

namespace ae::ui {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("archexplorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Architecture Explorer"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.archexplorer.ArchitectureExplorer"));
    // Drawn when a window system first asks for it: Qt's SVG icon plugin would be loaded and the file parsed
    // before the window is built.
    QGuiApplication::setWindowIcon(
        scalableIcon(QStringLiteral(":/ae/icons/app/io.github.archexplorer.ArchitectureExplorer.svg")));
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
    // The system's font list (fontconfig's configuration and caches, read once per process, ~1.5 ms) is read
    // on a worker while the window starts to be built: the first text the window lays out waits for it there
    // instead of reading it itself. QFontDatabase is thread-safe; the fonts themselves load where they are
    // used.
    QThreadPool::globalInstance()->start([] { (void)QFontDatabase::families(); });
    markdown::setHighlightDiskCache(true); // a study read before is highlighted from the cache
    QApplication::setStyle(new AppStyle);  // Fusion with indicators visible in both themes
    const QStringList files = app.arguments().mid(1);
    MainWindow window(nullptr, files);
    if (qEnvironmentVariableIsSet("AE_BENCH_QUIT_AFTER_SHOW")) {
        // The start-up benchmark (tests/bench/bench_startup.cpp): once the document given on the command line
        // is shown (the first one shown when none is given), the process ends as soon as the frame that
        // paints it is done (ui/firstframe.h), as the bare window it is compared with does.
        // AE_BENCH_SETTLE_MS waits that long first (the bench's unmeasured first start, so diagram layouts
        // reach the cache).
        const int settleMs = qEnvironmentVariableIntValue("AE_BENCH_SETTLE_MS");
        const auto paintAndExit = [&window, settleMs] {
            if (settleMs > 0)
                exitAfter(settleMs, &window);
            else
                exitAfterNextFrameOf(window.documentView()->viewport());
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
    window.showWhenFirstPageReady();
    return app.exec();
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// The window behaves like a desktop app: files dropped on it open, Help opens the guides, every shortcut is
// listed, Recent remembers what was opened, and the workspace the user left is the one they come back to.
#include "ui/desktopintegration.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"

#include <QAction>
#include <QFile>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using ae::ui::MainWindow;

class DesktopIntegrationTest : public QObject
{
    Q_OBJECT

    static QString currentTab(MainWindow &w)
    {
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        return tabs && tabs->currentWidget() ? tabs->currentWidget()->objectName() : QString();
    }

    static void dropPath(MainWindow &w, const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at(w.width() / 2, w.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void droppedDiagram_opensInDrawWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.arch"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("service api \"API\"\ndatabase db \"Orders\"\napi -> db\n");
        f.close();
        MainWindow w;
        w.show();
        dropPath(w, path);
        QTRY_COMPARE(currentTab(w), QStringLiteral("diagramWorkspace"));
        QVERIFY(ae::ui::recentPaths().contains(path));
    }

    void unsupportedDrop_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        MainWindow w;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void helpDiagramLanguage_opensTheGuide()
    {
        MainWindow w;
        w.show();
        auto *action = w.findChild<QAction *>(QStringLiteral("actionHelpDiagramLanguage"));
        QVERIFY(action);
        action->trigger();
        QTRY_COMPARE(w.documentView()->currentPath(), QStringLiteral("guide/diagram-language.md"));
        QCOMPARE(currentTab(w), QStringLiteral("readWorkspace"));
    }

    void firstStart_windowFitsTheScreen()
    {
        QSettings().clear(); // no saved geometry: a first start
        MainWindow w;
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(w.width() <= available.width() && w.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(w.width())
                                .arg(w.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void shortcuts_listEveryActionWithAKey()
    {
        MainWindow w;
        const QStringList rows = ae::ui::shortcutRows(&w);
        QVERIFY2(rows.contains(QStringLiteral("Find\t") +
                               QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) +
                               QStringLiteral("\tRead")),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                            [](const QString &r) { return r.startsWith(QLatin1String("Full Screen\t")); }));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                            [](const QString &r) { return r.startsWith(QLatin1String("Back\t")); }));
    }

    void recentPaths_mostRecentFirstWithoutDuplicates()
    {
        QSettings().remove(QStringLiteral("recent/paths"));
        QTemporaryDir dir;
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            const QString p = dir.filePath(QStringLiteral("d%1.arch").arg(i));
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            made << p;
            ae::ui::addRecentPath(p, 3);
        }
        ae::ui::addRecentPath(made[2], 3);
        QCOMPARE(ae::ui::recentPaths(), (QStringList{made[2], made[3], made[1]}));
        QFile::remove(made[3]); // gone from disk: not offered
        QCOMPARE(ae::ui::recentPaths(), (QStringList{made[2], made[1]}));
    }

    void workspaceTab_isRestored()
    {
        {
            MainWindow w;
            auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
            QVERIFY(tabs && tabs->count() >= 3);
            tabs->setCurrentIndex(2);
            QVERIFY(!currentTab(w).isEmpty());
        }
        const QString left = QSettings().value(QStringLiteral("window/workspace")).toString();
        MainWindow again;
        QCOMPARE(currentTab(again), left);
        // Leave the reader current for whoever runs next.
        auto *tabs = again.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        tabs->setCurrentIndex(0);
    }

    void openablePaths()
    {
        QVERIFY(ae::ui::isOpenablePath(QStringLiteral(AE_SOURCE_DIR "/content")));
        QVERIFY(ae::ui::isOpenablePath(QStringLiteral(AE_SOURCE_DIR "/content/overview.md")));
        QVERIFY(!ae::ui::isOpenablePath(QStringLiteral(AE_SOURCE_DIR "/README")));
        QVERIFY(!ae::ui::isOpenablePath(QStringLiteral(AE_SOURCE_DIR "/CMakeLists.txt")));
    }
};

QTEST_MAIN(DesktopIntegrationTest)
#include "desktop_integration_test.moc"

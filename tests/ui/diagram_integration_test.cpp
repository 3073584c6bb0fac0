// SPDX-License-Identifier: MIT
// The Draw workspace inside the main window: a clicked document diagram opens in it, .arch paths open in it.
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagramintegration.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"

#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ae::ui;

class DiagramIntegrationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindow_hasDrawWorkspaceTab();
    void documentDiagramActivated_opensTextInDrawTab();
    void openPath_archFile_opensInDrawTab_otherPathsLeftAlone();
};

void DiagramIntegrationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void DiagramIntegrationTest::mainWindow_hasDrawWorkspaceTab()
{
    MainWindow window;
    auto *ws = qobject_cast<DiagramWorkspace *>(window.workspace(QStringLiteral("diagramWorkspace")));
    QVERIFY(ws);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
    QVERIFY(tabs);
    const int index = tabs->indexOf(ws);
    QVERIFY(index > 0);
    QCOMPARE(tabs->tabText(index).remove(QLatin1Char('&')), QStringLiteral("Draw"));
}

void DiagramIntegrationTest::documentDiagramActivated_opensTextInDrawTab()
{
    MainWindow window;
    window.show();
    auto *ws = qobject_cast<DiagramWorkspace *>(window.workspace(QStringLiteral("diagramWorkspace")));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
    QVERIFY(ws && tabs && window.documentView());
    tabs->setCurrentIndex(0);

    const QString block = QStringLiteral("service shop\ndatabase stock\nshop -> stock\n");
    Q_EMIT window.documentView()->diagramActivated(QStringLiteral("arch"), block);
    QCOMPARE(ws->text(), block);
    QCOMPARE(tabs->currentWidget(), ws);
    QVERIFY(ws->filePath().isEmpty()); // untitled: saving asks where

    // Another notation the workspace cannot edit leaves it alone.
    tabs->setCurrentIndex(0);
    Q_EMIT window.documentView()->diagramActivated(QStringLiteral("python"), QStringLiteral("print(1)\n"));
    QCOMPARE(ws->text(), block);
    QCOMPARE(tabs->currentIndex(), 0);
    ws->editor()->document()->setModified(false);
}

void DiagramIntegrationTest::openPath_archFile_opensInDrawTab_otherPathsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flow.arch"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("queue jobs\nworker crunch\njobs -> crunch\n");
    file.close();

    MainWindow window;
    auto *ws = qobject_cast<DiagramWorkspace *>(window.workspace(QStringLiteral("diagramWorkspace")));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
    QVERIFY(ws && tabs);
    tabs->setCurrentIndex(0);
    window.openPath(path);
    QCOMPARE(ws->filePath(), path);
    QCOMPARE(ws->text(), QStringLiteral("queue jobs\nworker crunch\njobs -> crunch\n"));
    QCOMPARE(tabs->currentWidget(), ws);

    QVERIFY(!openDiagramPath(&window, dir.filePath(QStringLiteral("notes.md"))));
}

QTEST_MAIN(DiagramIntegrationTest)
#include "diagram_integration_test.moc"

// SPDX-License-Identifier: MIT
// The Draw workspace inside the main window: a clicked document diagram opens in it, .arch paths open in it, and a
// document diagram that was never laid out shows a placeholder, then itself, without the reader losing its place.
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagramintegration.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"

#include <QDir>
#include <QFile>
#include <QScrollBar>
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
    void documentDiagram_notLaidOutYet_placeholderThenDrawnInPlace();
};

void DiagramIntegrationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No layout from an earlier run: documentDiagram_notLaidOutYet_* needs the helper to run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layout")).removeRecursively();
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

void DiagramIntegrationTest::documentDiagram_notLaidOutYet_placeholderThenDrawnInPlace()
{
    QTemporaryDir dir;
    QByteArray study = "# A study\n\n";
    for (int i = 0; i < 40; ++i)
        study += "A paragraph about replication lag, so that the page scrolls. " + QByteArray::number(i) + "\n\n";
    // Seven producers into one queue: a graph no other test in this process lays out.
    study += "```arch\nqueue q \"Jobs\"\n";
    for (int i = 0; i < 7; ++i)
        study += "service p" + QByteArray::number(i) + " \"Producer " + QByteArray::number(i) + "\"\np" +
                 QByteArray::number(i) + " -> q\n";
    study += "```\n\nThe end.\n";
    QFile file(dir.filePath(QStringLiteral("study.md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(study);
    file.close();

    MainWindow window;
    window.resize(1100, 700);
    window.show();
    window.openPath(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(window.library()->find(QStringLiteral("study.md")), 10000);
    QVERIFY(window.openDocument(QStringLiteral("study.md")));
    DocumentView *view = window.documentView();
    // The page is there at once; its diagram is being laid out behind a placeholder.
    QVERIFY(view->toPlainText().contains(QLatin1String("The end.")));
    QVERIFY(view->hasPendingDiagrams());
    QVERIFY(!view->diagramViewportRect(0).isEmpty());
    QVERIFY(view->diagramNodeViewportRect(0, QStringLiteral("p3")).isEmpty());
    QVERIFY(view->verticalScrollBar()->maximum() > 60);
    view->verticalScrollBar()->setValue(60);

    QTRY_VERIFY_WITH_TIMEOUT(!view->hasPendingDiagrams() &&
                                 !view->diagramNodeViewportRect(0, QStringLiteral("p3")).isEmpty(),
                             30000);
    QCOMPARE(view->verticalScrollBar()->value(), 60); // drawn where the reader was, not back at the top
}

QTEST_MAIN(DiagramIntegrationTest)
#include "diagram_integration_test.moc"

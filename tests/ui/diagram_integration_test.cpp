// SPDX-License-Identifier: MIT
// The Draw workspace inside the main window: a clicked document diagram opens in it, .arch paths open in it,
// and a document diagram that was never laid out shows a placeholder, then itself, without the reader losing
// its place.
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
#include <QTextBlock>

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
    void documentDiagram_notLaidOutYet_openedAtSectionBelowIt_staysAtTheSection();
};

void DiagramIntegrationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No layout from an earlier run: documentDiagram_notLaidOutYet_* needs the helper to run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layout"))
        .removeRecursively();
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

    QVERIFY(!isDiagramPath(dir.filePath(QStringLiteral("notes.md")))); // Markdown opens in Read
}

namespace {
// A study with 40 paragraphs, a diagram of `producers` producers feeding one queue (so each test has a graph
// no other lays out), a "Closing section" heading and 40 more paragraphs.
QByteArray studyWithDiagram(int producers)
{
    QByteArray study = "# A study\n\n";
    for (int i = 0; i < 40; ++i)
        study +=
            "A paragraph about replication lag, so that the page scrolls. " + QByteArray::number(i) + "\n\n";
    study += "```arch\nqueue q \"Jobs\"\n";
    for (int i = 0; i < producers; ++i)
        study += "service p" + QByteArray::number(i) + " \"Producer " + QByteArray::number(i) + "\"\np" +
                 QByteArray::number(i) + " -> q\n";
    study += "```\n\n## Closing section\n\n";
    for (int i = 0; i < 40; ++i)
        study += "A closing paragraph. " + QByteArray::number(i) + "\n\n";
    return study + "The end.\n";
}

// A window on a library of that one study, opened at `anchor`, its diagram still being laid out.
DocumentView *openStudy(MainWindow &window, const QTemporaryDir &dir, int producers, const QString &anchor)
{
    QFile file(dir.filePath(QStringLiteral("study.md")));
    if (!file.open(QIODevice::WriteOnly) || file.write(studyWithDiagram(producers)) < 0)
        return nullptr;
    file.close();
    window.resize(1100, 700);
    window.show();
    window.openPath(dir.path());
    if (!QTest::qWaitFor([&] { return window.library()->find(QStringLiteral("study.md")) != nullptr; },
                         10000) ||
        !window.openDocument(QStringLiteral("study.md"), anchor))
        return nullptr;
    return window.documentView();
}
} // namespace

void DiagramIntegrationTest::documentDiagram_notLaidOutYet_placeholderThenDrawnInPlace()
{
    QTemporaryDir dir;
    MainWindow window;
    DocumentView *view = openStudy(window, dir, 7, QString());
    QVERIFY(view);
    // The page is there at once; its diagram is being laid out behind a placeholder.
    QVERIFY(view->toPlainText().contains(QLatin1String("The end.")));
    QVERIFY(view->hasPendingDiagrams());
    QVERIFY(!view->diagramViewportRect(0).isEmpty());
    QVERIFY(view->diagramNodeViewportRect(0, QStringLiteral("p3")).isEmpty());
    QVERIFY(view->verticalScrollBar()->maximum() > 60);
    view->verticalScrollBar()->setValue(60); // the reader moves on

    QTRY_VERIFY_WITH_TIMEOUT(!view->hasPendingDiagrams() &&
                                 !view->diagramNodeViewportRect(0, QStringLiteral("p3")).isEmpty(),
                             30000);
    QCOMPARE(view->verticalScrollBar()->value(), 60); // drawn where the reader was, not back at the top
}

void DiagramIntegrationTest::documentDiagram_notLaidOutYet_openedAtSectionBelowIt_staysAtTheSection()
{
    QTemporaryDir dir;
    MainWindow window;
    DocumentView *view = openStudy(window, dir, 9, QStringLiteral("closing-section"));
    QVERIFY(view);
    QVERIFY(view->hasPendingDiagrams());
    QTRY_VERIFY_WITH_TIMEOUT(!view->hasPendingDiagrams() &&
                                 !view->diagramNodeViewportRect(0, QStringLiteral("p3")).isEmpty(),
                             30000);
    // The drawing is taller than its placeholder, and the section below it is still where the page opened.
    const int arrived = view->verticalScrollBar()->value();
    QVERIFY(view->showDocument(QStringLiteral("study.md"), QStringLiteral("closing-section")));
    QCOMPARE(arrived, view->verticalScrollBar()->value());
    bool headingAtTop = false;
    for (int y = 0; y < 60 && !headingAtTop; y += 4)
        headingAtTop = view->cursorForPosition(QPoint(view->viewport()->width() / 2, y)).block().text() ==
                       QLatin1String("Closing section");
    QVERIFY(headingAtTop);
}

QTEST_MAIN(DiagramIntegrationTest)
#include "diagram_integration_test.moc"

// SPDX-License-Identifier: MIT
// Long diagram texts in the Draw workspace: the editor takes them in slices (one undo step, never half a
// character), the workspace parses them on a worker, and nothing the user does in between (save, open
// another, find a node, Cancel) sees half a text. The texts are a three-node diagram padded with comment
// lines, so they are long to fill and parse but quick to lay out.
#include "../common/shownworkspace.h"
#include "diagram/layout.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/problemslist.h"

#include <QDateTime>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ae::ui;

namespace {

// Three nodes, then `commentLines` lines of comment (about 60 characters each), then `tail`.
QString paddedDiagram(int commentLines, const QString &tail = QString())
{
    QString t = QStringLiteral("title \"Long %1\"\n"
                               "service orders \"Orders\" [tech: \"Go 1.22\"]\n"
                               "database pg \"Orders DB\" [tech: \"PostgreSQL 15\"]\n"
                               "queue events \"Order events\"\n")
                    .arg(QDateTime::currentMSecsSinceEpoch()); // a fresh layout each run
    for (int i = 0; i < commentLines; ++i)
        t += QStringLiteral("# %1 padding so the text is long: comment lines are skipped by the parser\n")
                 .arg(i);
    t += QStringLiteral("orders -> pg : writes\norders -> events : publishes\n");
    return t + tail;
}

} // namespace

class DiagramLongTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editor_replaceText_longText_arrivesInSlicesAsOneUndoStep();
    void editor_replaceTextDuringFill_undoesTheUnfinishedFillFirst();
    void editor_oneLineOfEmoji_neverSplitsASurrogatePair();
    void editor_resetUndo_leavesNoUndoHistory();

    void openText_longText_parsedOffTheUiThreadAndDrawn();
    void openText_longTextWithErrorAtTheEnd_problemAtItsLine();
    void cancel_duringFill_problemsShownNoLayoutUntilAnEdit();
    void openFile_longFile_unmodifiedAndNotUndoable();
    void highlightNode_rightAfterOpening_findsTheNodeInTheWholeText();
    void saveFile_duringFill_writesTheWholeTextAndStaysUnmodified();

private:
    std::unique_ptr<ae::testsupport::ShownWorkspace> m_shown;
    DiagramWorkspace *m_ws = nullptr;
    QTemporaryDir *m_dir = nullptr;
    DiagramEditor *m_editor = nullptr;
    DiagramPreview *m_preview = nullptr;
};

void DiagramLongTextTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!ae::diagram::layoutHelperPath().isEmpty(),
             "the layout helper (archexplorer-layout) is not built");
    // The texts below are multi-slice and parsed on the worker.
    QVERIFY(paddedDiagram(1200).size() > 2 * DiagramEditor::kFillSliceChars);
    QVERIFY(paddedDiagram(1200).size() > 64 * 1024);
}

void DiagramLongTextTest::init()
{
    m_shown = std::make_unique<ae::testsupport::ShownWorkspace>();
    QVERIFY(m_shown->dir.isValid());
    m_ws = &m_shown->ws;
    m_dir = &m_shown->dir;
    QVERIFY(QTest::qWaitForWindowExposed(m_ws));
    m_editor = m_ws->editor();
    m_preview = m_ws->preview();
    QTRY_VERIFY_WITH_TIMEOUT(m_preview->hasDiagram() && !m_preview->isBusy(), 15000); // the starter diagram
}

void DiagramLongTextTest::cleanup()
{
    if (m_ws)
        m_ws->editor()->document()->setModified(false); // nothing to autosave on destruction
    m_shown.reset();
    m_ws = nullptr;
    m_dir = nullptr;
}

void DiagramLongTextTest::editor_replaceText_longText_arrivesInSlicesAsOneUndoStep()
{
    DiagramEditor editor;
    editor.setPlainText(QStringLiteral("before"));
    QSignalSpy replaced(&editor, &DiagramEditor::textReplaced);
    const QString text = paddedDiagram(2000);
    editor.replaceText(text);
    // Only the first slice is in; the rest follows on later event-loop turns, and the editor takes no typing
    // meanwhile.
    QVERIFY(editor.isFilling());
    QVERIFY(editor.isReadOnly());
    QVERIFY(editor.toPlainText().size() < text.size());
    QVERIFY(text.startsWith(editor.toPlainText()));
    QCOMPARE(editor.fullText(), text);
    QCOMPARE(replaced.count(), 0);
    QVERIFY(replaced.wait(5000));
    QCOMPARE(replaced.count(), 1);
    QVERIFY(!editor.isFilling());
    QVERIFY(!editor.isReadOnly());
    QCOMPARE(editor.toPlainText(), text);

    editor.undo();
    QCOMPARE(editor.toPlainText(), QStringLiteral("before"));
    editor.redo();
    QCOMPARE(editor.toPlainText(), text);

    // A short text goes in at once.
    editor.replaceText(QStringLiteral("short"));
    QVERIFY(!editor.isFilling());
    QCOMPARE(replaced.count(), 2);
    QCOMPARE(editor.toPlainText(), QStringLiteral("short"));
}

void DiagramLongTextTest::editor_replaceTextDuringFill_undoesTheUnfinishedFillFirst()
{
    DiagramEditor editor;
    editor.setPlainText(QStringLiteral("before"));
    QSignalSpy replaced(&editor, &DiagramEditor::textReplaced);
    const QString first = paddedDiagram(2000);
    const QString second = paddedDiagram(1500, QStringLiteral("# second\n"));
    editor.replaceText(first);
    QVERIFY(editor.isFilling());
    editor.replaceText(second);
    QVERIFY(replaced.wait(5000));
    QTest::qWait(50); // no slice of the first text arrives after the second is in
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(editor.toPlainText(), second);
    editor.undo(); // one step back is the text before both
    QCOMPARE(editor.toPlainText(), QStringLiteral("before"));
}

void DiagramLongTextTest::editor_oneLineOfEmoji_neverSplitsASurrogatePair()
{
    DiagramEditor editor;
    // One line, no line break to cut at, and every character two UTF-16 units: an odd cut would split a pair.
    QString text = QStringLiteral("x"); // shifts the pairs off the even slice boundaries
    for (int i = 0; i < DiagramEditor::kFillSliceChars; ++i)
        text += QString::fromUcs4(U"\U0001F5C4");
    // Between slices the document holds only whole characters (QTextDocument would rejoin a split pair once
    // the next slice came, but meanwhile it would lay out and paint a lone surrogate).
    editor.replaceText(text);
    int slices = 1;
    while (editor.isFilling()) {
        const QString partial = editor.toPlainText();
        QVERIFY(!partial.isEmpty());
        QVERIFY2(!partial.back().isHighSurrogate(),
                 qPrintable(QStringLiteral("slice %1 ends in half a character").arg(slices)));
        QCoreApplication::processEvents();
        ++slices;
    }
    QVERIFY(slices >= 2);
    const QString shown = editor.toPlainText();
    QCOMPARE(shown.size(), text.size());
    QVERIFY(!shown.contains(QChar::ReplacementCharacter));
    QCOMPARE(shown, text);
}

void DiagramLongTextTest::editor_resetUndo_leavesNoUndoHistory()
{
    DiagramEditor editor;
    editor.setPlainText(QStringLiteral("before"));
    editor.replaceText(paddedDiagram(2000), /*resetUndo=*/true);
    editor.completeFill();
    QVERIFY(!editor.document()->isUndoAvailable());
}

void DiagramLongTextTest::openText_longText_parsedOffTheUiThreadAndDrawn()
{
    const QString starter = m_ws->text();
    QSignalSpy diagnostics(m_ws, &DiagramWorkspace::diagnosticsChanged);
    QSignalSpy updated(m_ws, &DiagramWorkspace::previewUpdated);
    const QString text = paddedDiagram(2000);
    m_ws->openText(text);
    // Returned before the text was all in or parsed; the workspace already answers with the whole text.
    QCOMPARE(m_ws->text(), text);
    QVERIFY(m_editor->isFilling());
    QCOMPARE(diagnostics.count(), 0);
    QVERIFY(m_preview->isBusy());
    // All of it in: the parse has gone to a worker, its problems arrive later.
    QSignalSpy replaced(m_editor, &DiagramEditor::textReplaced);
    QVERIFY(replaced.wait(5000));
    QCOMPARE(diagnostics.count(), 0);

    QVERIFY(updated.wait(15000));
    QCOMPARE(diagnostics.count(), 1);
    QCOMPARE(m_editor->toPlainText(), text);
    QCOMPARE(m_preview->diagram().diagram.nodes.size(), 3);
    QCOMPARE(m_preview->diagram().diagram.edges.size(), 2);
    QVERIFY(!m_preview->isBusy());
    QVERIFY(!m_preview->isStale());
    QCOMPARE(m_editor->cursorLine(), 1);
    QVERIFY(m_ws->isModified()); // typed-in text, not from a file or a document

    m_editor->undo(); // one step: the starter comes back, and is drawn again
    QCOMPARE(m_ws->text(), starter);
    QVERIFY(updated.wait(15000));
    QVERIFY(m_preview->diagram().diagram.indexOfNode(QStringLiteral("orders")) >= 0);
    QVERIFY(m_preview->diagram().diagram.indexOfNode(QStringLiteral("events")) < 0);
}

void DiagramLongTextTest::openText_longTextWithErrorAtTheEnd_problemAtItsLine()
{
    const QString text = paddedDiagram(2000, QStringLiteral("databse billing\n"));
    const int errorLine = int(text.count(QLatin1Char('\n')));
    QSignalSpy diagnostics(m_ws, &DiagramWorkspace::diagnosticsChanged);
    m_ws->openText(text);
    QVERIFY(diagnostics.wait(15000));
    QVERIFY(!m_ws->diagnostics().isEmpty());
    const ae::Diagnostic &d = m_ws->diagnostics().first();
    QVERIFY(d.isError());
    QCOMPARE(d.line, errorLine);
    QCOMPARE(d.column, 1);
    QVERIFY(m_ws->problems()->topLevelItemCount() >= 1);
    QTRY_VERIFY(m_preview->isStale()); // the starter's drawing is kept, marked out of date
    QVERIFY2(m_preview->staleMessage().contains(QStringLiteral("%1:1").arg(errorLine)),
             qPrintable(m_preview->staleMessage()));
}

void DiagramLongTextTest::cancel_duringFill_problemsShownNoLayoutUntilAnEdit()
{
    QSignalSpy diagnostics(m_ws, &DiagramWorkspace::diagnosticsChanged);
    QSignalSpy updated(m_ws, &DiagramWorkspace::previewUpdated);
    auto *cancel = m_preview->findChild<QPushButton *>(QStringLiteral("previewCancel"));
    QVERIFY(cancel);
    const QString text = paddedDiagram(2000);
    m_ws->openText(text);
    QVERIFY(m_editor->isFilling());
    Q_EMIT m_preview->cancelRequested(); // what the bar's Cancel sends; the bar shows only after a moment
    QVERIFY(!m_preview->isBusy());

    // The text still goes in whole and is checked, but nothing is laid out.
    QVERIFY(diagnostics.wait(15000));
    QCOMPARE(m_editor->toPlainText(), text);
    QTest::qWait(500);
    QCOMPARE(updated.count(), 0);
    QVERIFY(!m_preview->isBusy());
    QVERIFY(m_preview->isStale());
    QVERIFY2(m_preview->staleMessage().contains(QLatin1String("cancelled")),
             qPrintable(m_preview->staleMessage()));

    // An edit lays it out again.
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, QStringLiteral("# edited"));
    QVERIFY(updated.wait(15000));
    QCOMPARE(m_preview->diagram().diagram.nodes.size(), 3);
    QVERIFY(!m_preview->isStale());
}

void DiagramLongTextTest::openFile_longFile_unmodifiedAndNotUndoable()
{
    const QString path = m_dir->filePath(QStringLiteral("long.arch"));
    const QString text = paddedDiagram(2000);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QSignalSpy updated(m_ws, &DiagramWorkspace::previewUpdated);
    QString error;
    QVERIFY2(m_ws->openFile(path, &error), qPrintable(error));
    QCOMPARE(m_ws->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_ws->text(), text);
    QVERIFY(updated.wait(15000));
    QCOMPARE(m_editor->toPlainText(), text);
    QVERIFY(!m_ws->isModified());
    QVERIFY(!m_editor->document()->isUndoAvailable());
    QCOMPARE(m_preview->diagram().diagram.nodes.size(), 3);
}

void DiagramLongTextTest::highlightNode_rightAfterOpening_findsTheNodeInTheWholeText()
{
    const QString text = paddedDiagram(2000, QStringLiteral("cache late \"Declared last\"\n"));
    const int lateLine = int(text.count(QLatin1Char('\n')));
    m_ws->openText(text);
    QVERIFY(m_editor->isFilling());
    QString label;
    QVERIFY(m_ws->highlightNode(QStringLiteral("late"), &label));
    QCOMPARE(label, QStringLiteral("Declared last"));
    QCOMPARE(m_editor->cursorLine(), lateLine);
    QCOMPARE(m_preview->highlightedNodes(), QSet<QString>{QStringLiteral("late")});
    QVERIFY(!m_ws->highlightNode(QStringLiteral("nosuchnode")));
}

void DiagramLongTextTest::saveFile_duringFill_writesTheWholeTextAndStaysUnmodified()
{
    const QString text = paddedDiagram(2000);
    m_ws->openText(text);
    QVERIFY(m_editor->isFilling());
    const QString path = m_dir->filePath(QStringLiteral("saved.arch"));
    QString error;
    QVERIFY2(m_ws->saveFile(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), text);
    QTest::qWait(200);
    QVERIFY(!m_editor->isFilling());
    QVERIFY(!m_ws->isModified());
    QCOMPARE(m_editor->toPlainText(), text);
}

QTEST_MAIN(DiagramLongTextTest)
#include "diagram_longtext_test.moc"

// SPDX-License-Identifier: MIT
// The Draw workspace as a user drives it: typing redraws the preview, errors land in the problems list and
// mark the drawing stale, a problem jumps to its place, files save and reopen, unsaved text is recovered.
#include "diagram/layout.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/problemslist.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ae::ui;

namespace {
// QTest::keyClicks cannot type a line break: type each line, then Return, as a user would.
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

const QString kGood = QStringLiteral("title \"Shop\"\n"
                                     "service orders \"Orders\" [tech: \"Go 1.22\", note: \"stateless\"]\n"
                                     "database pg \"Orders DB\" [tech: \"PostgreSQL 15\"]\n"
                                     "orders -> pg : writes\n");
} // namespace

class DiagramWorkspaceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typing_newNode_appearsInPreview();
    void typing_error_listedWithLineColumnAndPreviewStale();
    void problem_clickAndEnter_moveEditorCursorThere();
    void openFile_withErrorsAndNoDrawingYet_drawsValidPartMarkedStale();
    void saveFile_thenOpenInNewWorkspace_restoresTextAndDrawing();
    void modifiedIndicator_followsEditsAndUndo();
    void undo_neverCrossesADocumentLoad();
    void autosave_uncleanEnd_offeredAndRecovered();
    void preview_zoomFitAndTooltip_describeNode();
    void preview_largeDiagramThenSmallText_isFittedAgain();
    void preview_afterTheUserZoomed_keepsTheirZoom();
    void export_suggestsTitleInRememberedFolder();

private:
    void waitForDrawingOf(const QString &nodeId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DiagramWorkspace> m_ws;
    DiagramEditor *m_editor = nullptr;
    DiagramPreview *m_preview = nullptr;
    ProblemsList *m_problems = nullptr;
};

void DiagramWorkspaceTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!ae::diagram::layoutHelperPath().isEmpty(),
             "the layout helper (archexplorer-layout) is not built");
}

void DiagramWorkspaceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = std::make_unique<DiagramWorkspace>(nullptr, m_dir->filePath(QStringLiteral("autosave")));
    m_ws->resize(1100, 700);
    m_ws->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
    m_editor = m_ws->findChild<DiagramEditor *>(QStringLiteral("diagramEditor"));
    m_preview = m_ws->findChild<DiagramPreview *>(QStringLiteral("diagramPreview"));
    m_problems = m_ws->findChild<ProblemsList *>(QStringLiteral("problemsList"));
    QVERIFY(m_editor && m_preview && m_problems);
}

void DiagramWorkspaceTest::cleanup()
{
    if (m_ws)
        m_ws->editor()->document()->setModified(false); // nothing to autosave on destruction
    m_ws.reset();
    m_dir.reset();
}

void DiagramWorkspaceTest::waitForDrawingOf(const QString &nodeId)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_preview->hasDiagram() && m_preview->diagram().diagram.indexOfNode(nodeId) >= 0,
                             15000);
}

void DiagramWorkspaceTest::typing_newNode_appearsInPreview()
{
    m_editor->selectAll();
    typeText(m_editor, kGood);
    waitForDrawingOf(QStringLiteral("pg"));
    QVERIFY(m_preview->diagram().diagram.indexOfNode(QStringLiteral("billing")) < 0);

    m_editor->moveCursor(QTextCursor::End);
    typeText(m_editor, QStringLiteral("cache billing \"Billing cache\"\n"));
    waitForDrawingOf(QStringLiteral("billing"));
    const auto &laidOut = m_preview->diagram();
    const int i = laidOut.diagram.indexOfNode(QStringLiteral("billing"));
    QCOMPARE(laidOut.diagram.nodes.at(i).label, QStringLiteral("Billing cache"));
    QVERIFY(!laidOut.nodes.at(i).rect.isEmpty());
    QVERIFY(!m_preview->isStale());
    QCOMPARE(m_problems->topLevelItemCount(), 0);
}

void DiagramWorkspaceTest::typing_error_listedWithLineColumnAndPreviewStale()
{
    m_editor->selectAll();
    typeText(m_editor, kGood);
    waitForDrawingOf(QStringLiteral("pg"));
    auto *banner = m_preview->findChild<QLabel *>(QStringLiteral("previewStaleBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    // Line 5, the misspelt kind starts in column 3.
    m_editor->moveCursor(QTextCursor::End);
    typeText(m_editor, QStringLiteral("  databse billing\n"));
    QTRY_VERIFY(m_problems->topLevelItemCount() > 0);
    const QTreeWidgetItem *item = m_problems->topLevelItem(0);
    QCOMPARE(item->text(ProblemsList::LocationColumn), QStringLiteral("5:3"));
    QVERIFY2(item->text(ProblemsList::MessageColumn).contains(QStringLiteral("databse")),
             qPrintable(item->text(ProblemsList::MessageColumn)));
    QVERIFY(!item->text(ProblemsList::HintColumn).isEmpty()); // "did you mean `database`?"

    QTRY_VERIFY(m_preview->isStale());
    QVERIFY(banner->isVisible());
    // The last good drawing stays.
    QVERIFY(m_preview->diagram().diagram.indexOfNode(QStringLiteral("pg")) >= 0);

    // Fixing it clears the list and the banner.
    m_editor->goTo(5, 8); // "datab|se"
    typeText(m_editor, QStringLiteral("a"));
    waitForDrawingOf(QStringLiteral("billing"));
    QCOMPARE(m_problems->topLevelItemCount(), 0);
    QVERIFY(!m_preview->isStale());
    QVERIFY(!banner->isVisible());
}

void DiagramWorkspaceTest::problem_clickAndEnter_moveEditorCursorThere()
{
    m_editor->setPlainText(QStringLiteral("service a\nservice b\n\n   qeueu c\ndatabase d [tehc: \"x\"]\n"));
    QTRY_VERIFY(m_problems->topLevelItemCount() >= 2);
    m_editor->goTo(1, 1);
    QCOMPARE(m_editor->cursorLine(), 1);

    QTreeWidgetItem *first = m_problems->topLevelItem(0);
    QCOMPARE(first->text(ProblemsList::LocationColumn), QStringLiteral("4:4"));
    const QRect r = m_problems->visualItemRect(first);
    QTest::mouseClick(m_problems->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(m_editor->cursorLine(), 4);
    QCOMPARE(m_editor->cursorColumn(), 4);
    QTRY_VERIFY(m_editor->hasFocus());

    // Keyboard: select the second problem and press Enter.
    QTreeWidgetItem *second = m_problems->topLevelItem(1);
    const QStringList lc = second->text(ProblemsList::LocationColumn).split(QLatin1Char(':'));
    QCOMPARE(lc.value(0), QStringLiteral("5"));
    m_problems->setFocus();
    m_problems->setCurrentItem(second);
    QTest::keyClick(m_problems, Qt::Key_Return);
    QCOMPARE(m_editor->cursorLine(), 5);
    QCOMPARE(m_editor->cursorColumn(), lc.value(1).toInt());
    QVERIFY(m_editor->toPlainText()
                .split(QLatin1Char('\n'))
                .value(4)
                .mid(lc.value(1).toInt() - 1)
                .startsWith(QStringLiteral("tehc")));
}

void DiagramWorkspaceTest::openFile_withErrorsAndNoDrawingYet_drawsValidPartMarkedStale()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.arch"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("service front\ndatabase store\nfront -> store\n  databse audit\n");
    file.close();

    DiagramWorkspace fresh(nullptr, m_dir->filePath(QStringLiteral("autosave3")));
    fresh.editor()->clear(); // no good drawing of the starter text to fall back on
    fresh.preview()->clear();
    fresh.resize(900, 600);
    fresh.show();
    QVERIFY(fresh.openFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(fresh.preview()->hasDiagram() &&
                                 fresh.preview()->diagram().diagram.indexOfNode(QStringLiteral("store")) >= 0,
                             15000);
    QVERIFY(fresh.preview()->isStale());
    QCOMPARE(fresh.problems()->topLevelItem(0)->text(ProblemsList::LocationColumn), QStringLiteral("4:3"));
}

void DiagramWorkspaceTest::saveFile_thenOpenInNewWorkspace_restoresTextAndDrawing()
{
    m_editor->setPlainText(kGood);
    const QString path = m_dir->filePath(QStringLiteral("shop.arch"));
    QString error;
    QVERIFY2(m_ws->saveFile(path, &error), qPrintable(error));
    QVERIFY(!m_ws->isModified());
    QCOMPARE(m_ws->filePath(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), kGood);

    DiagramWorkspace other(nullptr, m_dir->filePath(QStringLiteral("autosave2")));
    other.resize(900, 600);
    other.show();
    QVERIFY2(other.openFile(path, &error), qPrintable(error));
    QCOMPARE(other.text(), kGood);
    QVERIFY(!other.isModified());
    QTRY_VERIFY_WITH_TIMEOUT(other.preview()->hasDiagram() &&
                                 other.preview()->diagram().diagram.indexOfNode(QStringLiteral("pg")) >= 0,
                             15000);
    auto *label = other.findChild<QLabel *>(QStringLiteral("diagramFileLabel"));
    QVERIFY(label && label->text().startsWith(QStringLiteral("shop.arch")));

    QVERIFY(!other.openFile(m_dir->filePath(QStringLiteral("missing.arch")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.arch")));
    QCOMPARE(other.text(), kGood); // a failed open changes nothing
}

void DiagramWorkspaceTest::modifiedIndicator_followsEditsAndUndo()
{
    auto *label = m_ws->findChild<QLabel *>(QStringLiteral("diagramFileLabel"));
    QVERIFY(label);
    QVERIFY(!m_ws->isModified());
    QVERIFY(!label->text().contains(QStringLiteral("●")));
    m_editor->moveCursor(QTextCursor::End);
    typeText(m_editor, QStringLiteral("x"));
    QVERIFY(m_ws->isModified());
    QVERIFY(label->text().contains(QStringLiteral("●")));
    m_editor->undo();
    QVERIFY(!m_ws->isModified());
    QVERIFY(!label->text().contains(QStringLiteral("●")));
}

void DiagramWorkspaceTest::undo_neverCrossesADocumentLoad()
{
    m_editor->moveCursor(QTextCursor::End);
    typeText(m_editor, QStringLiteral("\nservice discarded"));
    QVERIFY(m_editor->document()->isUndoAvailable());
    // The user answered Save or Discard (maybeSave), then a document's diagram came in: a new history.
    m_ws->openText(QStringLiteral("service a\nservice b\na -> b\n"), ae::diagram::DiagramFormat::Arch,
                   QStringLiteral("case-studies/x.md"));
    m_editor->completeFill();
    QVERIFY(!m_editor->document()->isUndoAvailable());
    m_editor->undo();
    QVERIFY(!m_ws->text().contains(QStringLiteral("discarded")));
}

void DiagramWorkspaceTest::autosave_uncleanEnd_offeredAndRecovered()
{
    const QString autosaveDir = m_dir->filePath(QStringLiteral("autosave-recover"));
    const QString unsaved = QStringLiteral("service lost \"Not saved yet\"\n");
    {
        DiagramWorkspace first(nullptr, autosaveDir);
        QVERIFY(!first.isRecoveryOffered());
        first.editor()->selectAll();
        typeText(first.editor(), unsaved);
        first.autosaveNow();
        // The session ends without saving (its lock goes away as in a crash; the text stays on disk).
    }
    DiagramWorkspace second(nullptr, autosaveDir);
    second.show();
    QVERIFY(second.isRecoveryOffered());
    auto *recover = second.findChild<QPushButton *>(QStringLiteral("recoverButton"));
    QVERIFY(recover && recover->isVisible());
    QTest::mouseClick(recover, Qt::LeftButton);
    QCOMPARE(second.text(), unsaved);
    QVERIFY(second.isModified());
    QVERIFY(!second.isRecoveryOffered());
    second.editor()->document()->setModified(false);

    DiagramWorkspace third(nullptr, autosaveDir);
    QVERIFY2(!third.isRecoveryOffered(), "recovered text must not be offered twice");
}

void DiagramWorkspaceTest::preview_zoomFitAndTooltip_describeNode()
{
    m_editor->setPlainText(kGood);
    waitForDrawingOf(QStringLiteral("pg")); // not in the starter text
    QVERIFY(m_preview->isFitting());
    const qreal fitted = m_preview->zoom();
    m_preview->zoomIn();
    QVERIFY(m_preview->zoom() > fitted);
    QVERIFY(!m_preview->isFitting());
    QTest::keyClick(m_editor, Qt::Key_0, Qt::ControlModifier); // Ctrl+0 fits
    QVERIFY(m_preview->isFitting());
    QCOMPARE(m_preview->zoom(), fitted);

    const auto &laidOut = m_preview->diagram();
    const int i = laidOut.diagram.indexOfNode(QStringLiteral("orders"));
    const QPointF centre = m_preview->mapFromDiagram(laidOut.nodes.at(i).rect.center());
    const QString tip = m_preview->toolTipAt(centre);
    QVERIFY2(tip.contains(QStringLiteral("Orders")) && tip.contains(QStringLiteral("Go 1.22")) &&
                 tip.contains(QStringLiteral("stateless")) && tip.contains(QStringLiteral("service")),
             qPrintable(tip));
    QVERIFY(m_preview->toolTipAt(QPointF(1, 1)).isEmpty());

    // Dragging pans: the node moves with the mouse.
    QTest::mousePress(m_preview, Qt::LeftButton, {}, centre.toPoint());
    QTest::mouseMove(m_preview, centre.toPoint() + QPoint(40, 25));
    QTest::mouseRelease(m_preview, Qt::LeftButton, {}, centre.toPoint() + QPoint(40, 25));
    const QPointF moved = m_preview->mapFromDiagram(laidOut.nodes.at(i).rect.center());
    QVERIFY(qAbs(moved.x() - centre.x() - 40) < 1.5 && qAbs(moved.y() - centre.y() - 25) < 1.5);
}

void DiagramWorkspaceTest::preview_largeDiagramThenSmallText_isFittedAgain()
{
    QString big;
    for (int i = 0; i < 60; ++i)
        big += QStringLiteral("service s%1\n").arg(i) +
               (i ? QStringLiteral("s%1 -> s%2\n").arg(i - 1).arg(i) : QString());
    m_editor->setPlainText(big);
    waitForDrawingOf(QStringLiteral("s59"));
    m_ws->highlightNode(QStringLiteral("s59")); // a search hit: centred at 100 %, not a user zoom
    QTRY_VERIFY(!m_preview->isFitting());
    m_editor->setPlainText(QStringLiteral("service tiny\n"));
    waitForDrawingOf(QStringLiteral("tiny"));
    const QRectF node = m_preview->nodeWidgetRect(QStringLiteral("tiny"));
    QVERIFY2(QRectF(m_preview->rect()).contains(node), "the small drawing is out of view (blank preview)");
}

void DiagramWorkspaceTest::preview_afterTheUserZoomed_keepsTheirZoom()
{
    m_editor->setPlainText(kGood);
    waitForDrawingOf(QStringLiteral("pg"));
    m_preview->zoomIn();
    m_preview->zoomIn();
    const qreal chosen = m_preview->zoom();
    m_editor->setPlainText(QStringLiteral("service tiny\n"));
    waitForDrawingOf(QStringLiteral("tiny"));
    QCOMPARE(m_preview->zoom(), chosen);
}

void DiagramWorkspaceTest::export_suggestsTitleInRememberedFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(
        ae::ui::suggestedExportPath(QStringLiteral("Checkout: write path"), {}, {}, QStringLiteral("svg")),
        docs + QStringLiteral("/Checkout- write path.svg"));
    QCOMPARE(ae::ui::suggestedExportPath({}, QStringLiteral("/x/orders.arch"), m_dir->path(),
                                         QStringLiteral("png")),
             m_dir->path() + QStringLiteral("/orders.png"));
    QCOMPARE(ae::ui::suggestedExportPath({}, {}, QStringLiteral("/no/such/folder"), QStringLiteral("pdf")),
             docs + QStringLiteral("/diagram.pdf"));
    QVERIFY(!ae::ui::suggestedExportPath(QStringLiteral("../../etc/passwd"), {}, {}, QStringLiteral("svg"))
                 .contains(QStringLiteral("/../")));
}

QTEST_MAIN(DiagramWorkspaceTest)
#include "diagram_workspace_test.moc"

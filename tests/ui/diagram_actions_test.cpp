// SPDX-License-Identifier: MIT
// The workspace toolbar and view controls: copy image, undo/redo actions, Ctrl+wheel zoom, dark theme.
#include "diagram/layout.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace ae::ui;

class DiagramActionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copyImage_putsDrawingOnClipboard();
    void undoRedoActions_followEditor();
    void ctrlWheel_zoomsAroundPointer_plainWheelPans();
    void setDark_redrawsOnDarkBackground();
    void openFile_dotAndMermaid_drawnAndSavedInTheirNotation();

private:
    QAction *action(const char *name) const { return m_ws->findChild<QAction *>(QLatin1String(name)); }
    void waitForDrawingOf(const QString &id)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ws->preview()->hasDiagram() && m_ws->preview()->diagram().diagram.indexOfNode(id) >= 0, 15000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DiagramWorkspace> m_ws;
};

void DiagramActionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!ae::diagram::layoutHelperPath().isEmpty(),
             "the layout helper (archexplorer-layout) is not built");
}

void DiagramActionsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = std::make_unique<DiagramWorkspace>(nullptr, m_dir->filePath(QStringLiteral("autosave")));
    m_ws->resize(1000, 650);
    m_ws->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
    m_ws->editor()->setPlainText(QStringLiteral("service web\ndatabase rows\nweb -> rows : reads\n"));
    waitForDrawingOf(QStringLiteral("rows"));
}

void DiagramActionsTest::cleanup()
{
    m_ws->editor()->document()->setModified(false);
    m_ws.reset();
    m_dir.reset();
}

void DiagramActionsTest::copyImage_putsDrawingOnClipboard()
{
    QAction *copy = action("diagramCopyImage");
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    copy->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    // Scale 2: twice the diagram's size.
    QVERIFY(qAbs(image.width() - 2 * m_ws->preview()->diagram().bounds.width()) <= 2);
}

void DiagramActionsTest::undoRedoActions_followEditor()
{
    QAction *undo = action("diagramUndo");
    QAction *redo = action("diagramRedo");
    QVERIFY(undo && redo);
    const QString before = m_ws->text();
    m_ws->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_ws->editor(), QStringLiteral("cache hot"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_ws->text(), before);
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(m_ws->text().endsWith(QStringLiteral("cache hot")));
}

void DiagramActionsTest::ctrlWheel_zoomsAroundPointer_plainWheelPans()
{
    DiagramPreview *preview = m_ws->preview();
    const auto &laidOut = preview->diagram();
    const QPointF nodeCentre =
        laidOut.nodes.at(laidOut.diagram.indexOfNode(QStringLiteral("rows"))).rect.center();
    const QPointF pointer = preview->mapFromDiagram(nodeCentre);
    const qreal before = preview->zoom();

    QWheelEvent zoomIn(pointer, preview->mapToGlobal(pointer), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(preview, &zoomIn);
    QVERIFY(preview->zoom() > before);
    // The point under the pointer stays under it.
    const QPointF after = preview->mapFromDiagram(nodeCentre);
    QVERIFY(qAbs(after.x() - pointer.x()) < 1.0 && qAbs(after.y() - pointer.y()) < 1.0);

    const qreal zoom = preview->zoom();
    QWheelEvent scroll(pointer, preview->mapToGlobal(pointer), QPoint(), QPoint(0, -120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(preview, &scroll);
    QCOMPARE(preview->zoom(), zoom);
    QVERIFY(preview->mapFromDiagram(nodeCentre).y() < pointer.y());
}

void DiagramActionsTest::setDark_redrawsOnDarkBackground()
{
    DiagramPreview *preview = m_ws->preview();
    QVERIFY(qGray(preview->grab().toImage().pixel(3, preview->height() - 3)) > 128);
    m_ws->setDark(true);
    QVERIFY(preview->theme().background.lightness() < 128);
    waitForDrawingOf(QStringLiteral("rows"));
    QTRY_VERIFY(qGray(preview->grab().toImage().pixel(3, preview->height() - 3)) < 128);
}

void DiagramActionsTest::openFile_dotAndMermaid_drawnAndSavedInTheirNotation()
{
    const QString dotPath = m_dir->filePath(QStringLiteral("graph.dot"));
    QFile dot(dotPath);
    QVERIFY(dot.open(QIODevice::WriteOnly));
    dot.write("digraph G { frontend -> backend }\n");
    dot.close();
    QString error;
    QVERIFY2(m_ws->openFile(dotPath, &error), qPrintable(error));
    QCOMPARE(m_ws->format(), ae::diagram::DiagramFormat::Dot);
    waitForDrawingOf(QStringLiteral("backend"));
    QVERIFY(m_ws->diagnostics().isEmpty());

    const QString mmdPath = m_dir->filePath(QStringLiteral("flow.mmd"));
    QFile mmd(mmdPath);
    QVERIFY(mmd.open(QIODevice::WriteOnly));
    mmd.write("flowchart LR\n  intake --> review\n");
    mmd.close();
    QVERIFY2(m_ws->openFile(mmdPath, &error), qPrintable(error));
    QCOMPARE(m_ws->format(), ae::diagram::DiagramFormat::Mermaid);
    waitForDrawingOf(QStringLiteral("review"));
    // Saved as written: the notation is not converted.
    QVERIFY(m_ws->saveFile(mmdPath, &error));
    QVERIFY(mmd.open(QIODevice::ReadOnly));
    QCOMPARE(mmd.readAll(), QByteArray("flowchart LR\n  intake --> review\n"));
}

QTEST_MAIN(DiagramActionsTest)
#include "diagram_actions_test.moc"

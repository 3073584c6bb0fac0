// SPDX-License-Identifier: MIT
// Prose, diagrams and numbers connected, driven like a user offscreen: a diagram-node search hit opens the
// diagram in Draw with the node outlined and in view; a metric hit opens Compare on that metric; hovering a
// node in a document's diagram tells what it is; clicking it lists the sections that discuss it and jumps to
// one; the same from the Draw preview; a click on the picture outside any node still opens the diagram in
// Draw.
#include "content/library.h"
#include "metrics/measurechart.h"
#include "ui/compare/comparepage.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/explore/explore.h"
#include "ui/explore/searchcontroller.h"
#include "ui/explore/searchfield.h"
#include "ui/explore/searchresultsview.h"
#include "ui/mainwindow.h"
#include "ui/reader/diagramviewer.h"
#include "ui/reader/documentview.h"

#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

using namespace ae::ui;
using namespace ae::ui::explore;

namespace {

// The visible "discussed in" menu, once it pops up.
QMenu *openMenu()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *menu = qobject_cast<QMenu *>(w);
        if (menu && menu->objectName() == QLatin1String("discussionMenu") && menu->isVisible())
            return menu;
    }
    return nullptr;
}

QList<QAction *> actionsNamed(QMenu *menu, const QString &name)
{
    QList<QAction *> out;
    for (QAction *a : menu->actions())
        if (a->objectName() == name)
            out << a;
    return out;
}

int firstArchBlock(const ae::content::Document &doc)
{
    for (int i = 0; i < doc.md.codeBlocks.size(); ++i)
        if (doc.md.codeBlocks.at(i).info == QLatin1String("arch"))
            return i;
    return -1;
}

} // namespace

namespace {

bool chartsRow(compare::ComparePage *page, const QString &study, const QString &name)
{
    for (const ae::metrics::ChartBar &bar : page->chart().bars) {
        if (bar.metricIndex < 0 || !bar.result)
            continue;
        const ae::metrics::Metric &m = page->libraryMetrics().metrics.at(bar.metricIndex);
        if (m.studyPath == study && m.name == name)
            return true;
    }
    return false;
}

} // namespace

class ExploreLinksTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    Explore *m_explore = nullptr;
    DiagramWorkspace *m_draw = nullptr;

    // Types query and moves down the results until a hit of `kind` is current; Enter opens it.
    ae::search::Entry enterFirstHitOfKind(const QString &query, ae::search::EntryKind kind)
    {
        SearchField *field = m_explore->searchField();
        field->setFocus();
        field->clear();
        field->hidePanel();
        QTest::keyClicks(field, query);
        SearchResultsView *results = field->results();
        if (!QTest::qWaitFor([&] { return results->isVisible() && results->hitCount() > 0; }, 5000))
            return {};
        for (int i = 0; i < results->hitCount() && results->currentHit()->entry.kind != kind; ++i)
            QTest::keyClick(field, Qt::Key_Down);
        if (results->currentHit()->entry.kind != kind)
            return {};
        const ae::search::Entry entry = results->currentHit()->entry;
        QTest::keyClick(field, Qt::Key_Return);
        return entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("explore_links_test"));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        m_explore = m_window->findChild<Explore *>(QStringLiteral("explore"));
        QVERIFY(m_explore);
        m_draw = qobject_cast<DiagramWorkspace *>(m_window->workspace(QStringLiteral("diagramWorkspace")));
        QVERIFY(m_draw);
        QTRY_VERIFY_WITH_TIMEOUT(m_explore->controller()->isReady(), 20000);
    }

    void cleanupTestCase()
    {
        m_draw->discardAutosave();
        m_draw->editor()->document()->setModified(false);
        m_window.reset();
    }

    void diagramNodeHit_opensDrawWithNodeOutlinedInView()
    {
        const ae::search::Entry entry =
            enterFirstHitOfKind(QStringLiteral("audit chainer"), ae::search::EntryKind::DiagramNode);
        QCOMPARE(int(entry.kind), int(ae::search::EntryKind::DiagramNode));
        QTRY_VERIFY(m_draw->isVisible());
        const ae::content::Document *doc = m_window->library()->find(entry.docPath);
        QVERIFY(doc);
        QCOMPARE(m_draw->text(), doc->md.codeBlocks.at(entry.block).text);
        QCOMPARE(m_draw->sourceDocument(), entry.docPath);
        DiagramPreview *preview = m_draw->preview();
        QCOMPARE(preview->highlightedNodes(), QSet<QString>{entry.key});
        // drawn, in view and readable (not a speck in a fitted overview)
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasDiagram() && preview->zoom() >= 0.6 &&
                                     QRectF(preview->rect()).contains(preview->nodeWidgetRect(entry.key)),
                                 20000);
        // the editor's cursor is on the node's declaration
        const QString line = m_draw->editor()->textCursor().block().text();
        QVERIFY2(line.contains(entry.key), qPrintable(line));
        // typing removes the outline: it was for the text as opened
        QTest::keyClick(m_draw->editor(), Qt::Key_End);
        QTest::keyClick(m_draw->editor(), Qt::Key_Space);
        QVERIFY(preview->highlightedNodes().isEmpty());
        QTest::keyClick(m_draw->editor(), Qt::Key_Backspace);
        QCOMPARE(m_draw->text(), doc->md.codeBlocks.at(entry.block).text);
        m_draw->editor()->document()->setModified(false); // so opening another diagram asks nothing
    }

    void previewNodeClick_listsSourceSections_andJumps()
    {
        QVERIFY(m_draw->isVisible());
        DiagramPreview *preview = m_draw->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasDiagram() && !preview->isBusy(), 20000);
        preview->fitToView();
        const QString source = m_draw->sourceDocument();
        QVERIFY(!source.isEmpty());
        // a node with a technology: its sections are found by the technology's names too
        const QString id = QStringLiteral("auditor");
        QVERIFY(!preview->nodeWidgetRect(id).isEmpty());
        QTest::mouseClick(preview, Qt::LeftButton, {}, preview->nodeWidgetRect(id).center().toPoint());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = openMenu()) != nullptr);
        QVERIFY(actionsNamed(menu, QStringLiteral("openInDraw")).isEmpty()); // already in Draw
        const QList<QAction *> found = actionsNamed(menu, QStringLiteral("discussion"));
        QVERIFY(!found.isEmpty());
        const QString target = found.first()->data().toString();
        QVERIFY2(target.startsWith(source + QLatin1Char('#')), qPrintable(target));
        found.first()->trigger();
        menu->close();
        DocumentView *view = m_window->documentView();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->currentPath(), source);
        QCOMPARE(source + QLatin1Char('#') + view->currentAnchor(), target);
        QVERIFY(view->matchCount() > 0); // the mention is highlighted
    }

    void metricHit_opensCompareOnThatMetric()
    {
        const ae::search::Entry entry =
            enterFirstHitOfKind(QStringLiteral("latency"), ae::search::EntryKind::Metric);
        QCOMPARE(int(entry.kind), int(ae::search::EntryKind::Metric));
        auto *compare =
            qobject_cast<compare::ComparePage *>(m_window->workspace(QStringLiteral("comparePage")));
        QVERIFY(compare);
        QTRY_VERIFY(compare->isVisible());
        QCOMPARE(int(compare->view()), int(compare::ComparePage::View::Measure));
        QVERIFY2(chartsRow(compare, entry.docPath, entry.key),
                 qPrintable(entry.docPath + QLatin1Char(' ') + entry.key));
    }

    void metricOfASecondaryPath_isChartedUnderItsOwnMeasure()
    {
        // A study's secondary p99 (stock reads) is its own measure: the chart shows that row, not the main
        // path's.
        auto *compare =
            qobject_cast<compare::ComparePage *>(m_window->workspace(QStringLiteral("comparePage")));
        QVERIFY(compare);
        QVERIFY(m_explore->openMetric(QStringLiteral("case-studies/ecommerce.md"),
                                      QStringLiteral("Stock read p99 latency")));
        QVERIFY(compare->currentMeasure() != QLatin1String("latency-p99"));
        QVERIFY(chartsRow(compare, QStringLiteral("case-studies/ecommerce.md"),
                          QStringLiteral("Stock read p99 latency")));
    }

    void documentDiagram_hoverSaysWhatANodeIs_clickListsDiscussions()
    {
        QVERIFY(m_window->openDocument(QStringLiteral("case-studies/fintech.md")));
        DocumentView *view = m_window->documentView();
        const ae::content::Document *doc =
            m_window->library()->find(QStringLiteral("case-studies/fintech.md"));
        const int block = firstArchBlock(*doc);
        QVERIFY(block >= 0);
        // On a machine that has not laid it out before, the diagram arrives from the helper after the page.
        QTRY_VERIFY_WITH_TIMEOUT(!view->hasPendingDiagrams() &&
                                     !view->diagramNodeViewportRect(block, QStringLiteral("crdb1")).isEmpty(),
                                 30000);
        QRectF image = view->diagramViewportRect(block);
        QVERIFY(!image.isEmpty());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + int(image.top()) - 20);
        image = view->diagramViewportRect(block);
        const QRectF node = view->diagramNodeViewportRect(block, QStringLiteral("crdb1"));
        QVERIFY(!node.isEmpty());
        QVERIFY(image.contains(node));
        QVERIFY(QRectF(view->viewport()->rect()).contains(node.center()));

        // The picture really is where the view says: the screen shows the image's pixels at the mapped spot.
        const QImage shot = view->viewport()->grab().toImage();
        const QImage picture =
            view->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("diagram:%1").arg(block)))
                .value<QImage>();
        QVERIFY(!picture.isNull());
        const qreal dpr = picture.devicePixelRatio();
        int same = 0, probes = 0;
        for (qreal fx : {0.2, 0.4, 0.5, 0.6, 0.8}) {
            for (qreal fy : {0.2, 0.5, 0.8}) {
                const QPointF inImage(image.width() * fx, image.height() * fy);
                if (!QRectF(view->viewport()->rect()).contains(image.topLeft() + inImage))
                    continue; // a picture taller than the view: only what is on screen can agree
                const QColor a = picture.pixelColor((inImage * dpr).toPoint());
                const QColor b =
                    shot.pixelColor(((image.topLeft() + inImage) * shot.devicePixelRatio()).toPoint());
                ++probes;
                same +=
                    qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 40;
            }
        }
        QVERIFY(probes >= 8);
        QVERIFY2(same >= probes - 2,
                 qPrintable(QStringLiteral("%1 of %2 pixels agree").arg(same).arg(probes)));

        // hover: kind, technology, and what a click does
        int at = -1;
        const DiagramHotspot *hot = view->diagramNodeAt(node.center().toPoint(), &at);
        QVERIFY(hot);
        QCOMPARE(at, block);
        QCOMPARE(hot->id, QStringLiteral("crdb1"));
        const QPoint pos = node.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("CockroachDB")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("database")));
        QToolTip::hideText();

        // click: the sections that discuss it, best first; choosing one jumps there with the mention
        // highlighted
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = openMenu()) != nullptr);
        QVERIFY(view->isVisible()); // the click did not also open the Draw workspace
        const QList<QAction *> found = actionsNamed(menu, QStringLiteral("discussion"));
        QVERIFY(found.size() >= 2);
        QCOMPARE(actionsNamed(menu, QStringLiteral("openInDraw")).size(), 1);
        const QString target = found.at(1)->data().toString();
        found.at(1)->trigger();
        menu->close();
        QCOMPARE(QStringLiteral("case-studies/fintech.md#") + view->currentAnchor(), target);
        QVERIFY(view->matchCount() > 0);

        // elsewhere on the picture (its top-left margin, no node there): the diagram opens full size, and its
        // "Edit in Draw" opens it in Draw
        image = view->diagramViewportRect(block);
        if (!QRectF(view->viewport()->rect()).contains(image.topLeft() + QPointF(4, 4))) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + int(image.top()) - 20);
            image = view->diagramViewportRect(block);
        }
        const QPoint margin = (image.topLeft() + QPointF(4, 4)).toPoint();
        QVERIFY(!view->diagramNodeAt(margin));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, margin);
        DiagramViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = m_window->findChild<DiagramViewer *>()) != nullptr && viewer->isVisible());
        auto *edit = viewer->findChild<QToolButton *>(QStringLiteral("viewerEdit"));
        QVERIFY(edit);
        edit->click();
        QTRY_VERIFY(m_draw->isVisible());
        QTRY_VERIFY(m_window->findChild<DiagramViewer *>() == nullptr);
        QCOMPARE(m_draw->text(), doc->md.codeBlocks.at(block).text);
        QCOMPARE(m_draw->sourceDocument(), QStringLiteral("case-studies/fintech.md"));
    }

    void documentNodeMenu_openInDraw_outlinesThatNode()
    {
        QVERIFY(m_window->openDocument(QStringLiteral("case-studies/fintech.md")));
        // Through the API the click uses: the node's menu, then its "Open the Diagram in Draw" entry.
        const ae::content::Document *doc =
            m_window->library()->find(QStringLiteral("case-studies/fintech.md"));
        const int block = firstArchBlock(*doc);
        DiagramHotspot node;
        node.id = QStringLiteral("vault");
        node.label = QStringLiteral("Keys and signing");
        node.kind = QStringLiteral("keyvalue");
        node.technology = QStringLiteral("HashiCorp Vault");
        QMenu *menu =
            m_explore->showDiscussions(node, doc->path, block, m_window->mapToGlobal(QPoint(200, 200)));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        const QList<QAction *> draw = actionsNamed(menu, QStringLiteral("openInDraw"));
        QCOMPARE(draw.size(), 1);
        draw.first()->trigger();
        menu->close();
        QTRY_VERIFY(m_draw->isVisible());
        QCOMPARE(m_draw->preview()->highlightedNodes(), QSet<QString>{QStringLiteral("vault")});
    }
};

QTEST_MAIN(ExploreLinksTest)
#include "explore_links_test.moc"

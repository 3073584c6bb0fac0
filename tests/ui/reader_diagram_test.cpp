// SPDX-License-Identifier: MIT
// Reading a case study in the main window: diagrams drawn at a readable scale (or shrunk with a caption that
// says so), the full-size viewer and Esc back to the same place, Back/Forward and zoom keeping the reading
// position, the outline following the section being read, and prose keeping its measure while a diagram uses
// the page.
#include "content/library.h"
#include "ui/mainwindow.h"
#include "ui/reader/diagramviewer.h"
#include "ui/reader/documentstyle.h"
#include "ui/reader/documentview.h"
#include "ui/reader/librarypanel.h"
#include "ui/reader/printing.h"
#include "ui/reader/readerpage.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>
#include <QTreeView>

#include <memory>

using namespace ae::ui;

namespace {

const QString kStudy = QStringLiteral("case-studies/fintech.md");
const QString kGuide = QStringLiteral("guide/diagram-language.md");

QVector<int> archBlocks(const ae::content::Document &doc)
{
    QVector<int> out;
    for (int i = 0; i < doc.md.codeBlocks.size(); ++i)
        if (doc.md.codeBlocks.at(i).info == QLatin1String("arch"))
            out.append(i);
    return out;
}

// The top of the block holding the heading `anchor`, in document coordinates; -1 when absent.
qreal headingTop(DocumentView *view, const QString &anchor)
{
    QTextDocument *doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return doc->documentLayout()->blockBoundingRect(b).top();
    return -1;
}

// How many colours a picture has (sampled): a blank stand-in has one.
int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}

} // namespace

class ReaderDiagramTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    DocumentView *m_view = nullptr;

    const ae::content::Document *openStudy()
    {
        if (!m_window->openDocument(kStudy))
            return nullptr;
        const ae::content::Document *doc = m_window->library()->find(kStudy);
        if (!QTest::qWaitFor([&] { return !m_view->hasPendingDiagrams(); }, 30000))
            return nullptr;
        QTest::qWait(100); // the page drawn again with its diagrams
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("reader_diagram_test"));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view = m_window->documentView();
        QVERIFY(m_view);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->library()->find(kStudy) != nullptr, 20000);
    }

    // Node labels are 13 px: at 100 % a diagram is drawn at 12/13 or more (9 pt labels) when the page is wide
    // enough; one that is not says it was shrunk, next to "Open full size".
    void diagrams_readableOrSayTheyAreShrunk()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        const QVector<int> blocks = archBlocks(*doc);
        QVERIFY(!blocks.isEmpty());
        const QString page = m_view->toPlainText();
        for (int block : blocks) {
            const qreal scale = m_view->diagramScale(block);
            QVERIFY2(scale > 0, qPrintable(QStringLiteral("block %1 not drawn").arg(block)));
            if (scale < DocumentView::kReadableDiagramScale)
                QVERIFY(page.contains(
                    QStringLiteral("Shrunk to %1 % to fit the page.").arg(qRound(scale * 100))));
        }
        QVERIFY(page.contains(QStringLiteral("Open full size")));
        // The study's one diagram is its whole model (its views show in Draw); a diagram that fits a
        // 1280-pixel window, the guide's first example, is drawn at natural size.
        QVERIFY(m_window->openDocument(kGuide));
        const ae::content::Document *guide = m_window->library()->find(kGuide);
        QVERIFY(guide);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasPendingDiagrams(), 30000);
        QCOMPARE(m_view->diagramScale(archBlocks(*guide).first()), 1.0);
    }

    // A diagram laid out but not yet drawn at the page's width is drawn on a worker: the page opens with a
    // blank picture of the final size, and the drawing takes its place when done, without the page being
    // built or laid out again.
    void diagrams_drawnOnAWorker_takeTheirPlaceInThePage()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        const QVector<int> blocks = archBlocks(*doc);
        QVERIFY(!blocks.isEmpty());
        // Another page, and a window width the study's diagram was not drawn for.
        QVERIFY(m_window->openDocument(kGuide));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasPendingDiagrams(), 30000);
        m_window->resize(1180, 800);
        QTest::qWait(300); // the guide's own diagrams drawn again for the new width
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasPendingDiagrams(), 30000);
        QTest::qWait(100);

        QVERIFY(m_window->openDocument(kStudy));
        const QUrl name(QStringLiteral("diagram:%1").arg(blocks.first()));
        const auto picture = [&] {
            return m_view->document()->resource(QTextDocument::ImageResource, name).value<QImage>();
        };
        const QImage blank = picture();
        QVERIFY(!blank.isNull());
        QVERIFY(m_view->hasPendingDiagrams());
        QCOMPARE(colours(blank), 1);
        (void)m_view->document()->documentLayout()->blockBoundingRect(m_view->document()->lastBlock());
        const QRectF place = m_view->diagramViewportRect(blocks.first());
        QVERIFY(place.width() > 300);
        const int revision = m_view->document()->revision();
        const int blocksBefore = m_view->document()->blockCount();

        QVERIFY(QTest::qWaitFor([&] { return !m_view->hasPendingDiagrams(); }, 30000));
        QTest::qWait(50);
        const QImage drawn = picture();
        QCOMPARE(drawn.size() / drawn.devicePixelRatio(), place.size().toSize());
        QCOMPARE(m_view->diagramViewportRect(blocks.first()), place);
        QVERIFY(colours(drawn) > 20);
        QCOMPARE(m_view->document()->revision(), revision); // the same page, not built again
        QCOMPARE(m_view->document()->blockCount(), blocksBefore);
        m_window->resize(1280, 800);
        QTest::qWait(300);
    }

    // Printing (and PDF export) a page whose diagrams are still being drawn waits for the drawings.
    void print_waitsForTheDrawings()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        const int block = archBlocks(*doc).first();
        QVERIFY(m_window->openDocument(kGuide));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasPendingDiagrams(), 30000);
        m_window->resize(1220, 800); // a width the study's diagram was not drawn for
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasPendingDiagrams(), 30000);
        QTest::qWait(100);
        QVERIFY(m_window->openDocument(kStudy));
        QVERIFY(m_view->hasPendingDiagrams());
        const std::unique_ptr<QTextDocument> paper = printableDocument(m_view);
        const QImage picture =
            paper->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("diagram:%1").arg(block)))
                .value<QImage>();
        QVERIFY(colours(picture) > 20);
        m_window->resize(1280, 800);
        QTest::qWait(300);
    }

    // Prose keeps its measure while the first diagram uses the page's width.
    void prose_keepsMeasure_diagramUsesThePage()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        const qreal measure =
            kReadingMeasureChars * QFontMetricsF(m_view->document()->defaultFont()).averageCharWidth();
        qreal widestProse = 0;
        QTextDocument *text = m_view->document();
        for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 && b.text().size() > 200 && !b.textList() && b.layout() &&
                b.layout()->lineCount() > 0)
                widestProse = qMax(widestProse, b.layout()->lineAt(0).width());
        }
        QVERIFY2(widestProse > measure * 0.8 && widestProse <= measure * 1.02,
                 qPrintable(QStringLiteral("prose %1 px, measure %2 px").arg(widestProse).arg(measure)));
        // Code boxes keep the prose's width too.
        int codeBoxes = 0;
        for (auto it = text->rootFrame()->begin(); !it.atEnd(); ++it) {
            auto *table = qobject_cast<QTextTable *>(it.currentFrame());
            if (!table || table->columns() != 1 || table->rows() != 1)
                continue;
            const QTextBlock head = table->cellAt(0, 0).firstCursorPosition().block();
            if (!head.text().contains(QLatin1String("Copy")))
                continue;
            ++codeBoxes;
            const qreal width = head.layout()->lineAt(0).width();
            QVERIFY2(width > measure * 0.85 && width <= measure * 1.02,
                     qPrintable(QStringLiteral("code box %1 px, measure %2 px").arg(width).arg(measure)));
        }
        QVERIFY(codeBoxes >= 3);
        const QRectF picture = m_view->diagramViewportRect(archBlocks(*doc).first());
        QVERIFY(picture.width() > measure + 50);
        QVERIFY(picture.right() <= m_view->viewport()->width()); // and stays inside the view
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
    }

    // A click on the picture (not on a node) opens it full size over the workspace; Esc comes back to the
    // same place.
    void viewer_opensFullSize_escReturnsToTheSamePlace()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        const int block = archBlocks(*doc).first();
        QRectF image = m_view->diagramViewportRect(block);
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + int(image.top()) - 40);
        const int scroll = m_view->verticalScrollBar()->value();
        image = m_view->diagramViewportRect(block);
        // An empty spot of the picture: near its bottom-left corner, where no node is.
        QPoint spot;
        for (qreal fx : {0.02, 0.98, 0.5}) {
            for (qreal fy : {0.02, 0.98, 0.3}) {
                const QPoint p =
                    (image.topLeft() + QPointF(image.width() * fx, image.height() * fy)).toPoint();
                if (m_view->viewport()->rect().contains(p) && !m_view->diagramNodeAt(p)) {
                    spot = p;
                    break;
                }
            }
            if (!spot.isNull())
                break;
        }
        QVERIFY(!spot.isNull());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, spot);
        DiagramViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = m_window->findChild<DiagramViewer *>()) != nullptr && viewer->isVisible());
        auto *page = m_window->findChild<ReaderPage *>();
        QVERIFY(page);
        QCOMPARE(viewer->geometry(), page->rect()); // covers the workspace
        QWidget *picture = viewer->findChild<QWidget *>(QStringLiteral("diagramViewerPicture"));
        QVERIFY(picture && picture->isVisible());
        QVERIFY(picture->width() > image.width()); // bigger than on the page
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(m_window->findChild<DiagramViewer *>() == nullptr);
        QCOMPARE(m_view->verticalScrollBar()->value(), scroll);
        QCOMPARE(m_view->currentPath(), kStudy);
    }

    // Back returns to where the reader was, not to the top of the section they were in.
    void back_restoresTheReadingPosition()
    {
        QVERIFY(openStudy());
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->maximum() / 2 + 37);
        const int there = bar->value();
        QVERIFY(m_window->openDocument(QStringLiteral("case-studies/ecommerce.md")));
        QTRY_COMPARE(m_view->currentPath(), QStringLiteral("case-studies/ecommerce.md"));
        QVERIFY(m_view->canGoBack());
        m_view->goBack();
        QTRY_COMPARE(m_view->currentPath(), kStudy);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->hasPendingDiagrams(), 30000);
        QTest::qWait(100);
        QVERIFY2(qAbs(bar->value() - there) <= 30,
                 qPrintable(QStringLiteral("back at %1, left at %2").arg(bar->value()).arg(there)));
    }

    // Zooming keeps the heading at the top of the view at the top.
    void zoom_keepsTheLineAtTheTop()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        const QString anchor = doc->md.headings.at(doc->md.headings.size() / 2).anchor;
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(int(headingTop(m_view, anchor)));
        m_view->setZoomPercent(150);
        const qreal top = headingTop(m_view, anchor);
        QVERIFY2(qAbs(bar->value() - top) <= 4,
                 qPrintable(QStringLiteral("heading at %1, view at %2").arg(top).arg(bar->value())));
        m_view->setZoomPercent(100);
        QVERIFY(qAbs(bar->value() - headingTop(m_view, anchor)) <= 4);
    }

    // Scrolling to a section selects it in the outline.
    void outline_followsTheSectionBeingRead()
    {
        const ae::content::Document *doc = openStudy();
        QVERIFY(doc);
        auto *page = m_window->findChild<ReaderPage *>();
        QVERIFY(page);
        LibraryPanel *panel = page->panel();
        for (int i : {doc->md.headings.size() / 3, doc->md.headings.size() - 2}) {
            const QString anchor = doc->md.headings.at(i).anchor;
            m_view->verticalScrollBar()->setValue(int(headingTop(m_view, anchor)) + 2);
            QCOMPARE(m_view->sectionInView(), anchor);
            QTRY_COMPARE(panel->tree()->currentIndex().data(LibraryPanel::AnchorRole).toString(), anchor);
        }
    }
};

QTEST_MAIN(ReaderDiagramTest)
#include "reader_diagram_test.moc"

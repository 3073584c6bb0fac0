// SPDX-License-Identifier: MIT
// Turning pages in the reader lays the new page out once, through the real DocumentView: its measure (prose
// at the reading width, the page's margins) is in place when Qt lays the page out, not applied after it
// (which laid every page out twice), and a view that was hidden while a page came in does not lay it out
// again when it is shown. Counted on the page's pictures: Qt sizes an inline picture each time it lays out
// its line.
#include "../common/testfiles.h"
#include "content/library.h"
#include "ui/reader/documentstyle.h"
#include "ui/reader/documentview.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QtTest>

using namespace ae::ui;

namespace {

using ae::testsupport::png;
using ae::testsupport::writeFile;

QByteArray prose(int paragraphs)
{
    QByteArray out;
    for (int i = 0; i < paragraphs; ++i)
        out += "Replication keeps a copy of every *write* in another region, and `failover` promotes it when "
               "the primary stops answering; the reader decides how stale a read may be. Paragraph " +
               QByteArray::number(i) + ".\n\n";
    return out;
}

// Qt's own picture handler, counting how often each picture is sized: once per layout of its line.
class CountingPictures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit CountingPictures(QTextObjectInterface *qt) : m_qt(qt) {}
    QSizeF intrinsicSize(QTextDocument *doc, int pos, const QTextFormat &format) override
    {
        ++m_sized[format.toImageFormat().name()];
        return m_qt->intrinsicSize(doc, pos, format);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int pos,
                    const QTextFormat &format) override
    {
        m_qt->drawObject(painter, rect, doc, pos, format);
    }
    QHash<QString, int> m_sized;

private:
    QTextObjectInterface *m_qt;
};

// Every picture of the shown page, by resource name.
QStringList pictures(DocumentView &view)
{
    QStringList out;
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                out << it.fragment().charFormat().toImageFormat().name();
    return out;
}

// Where the page's data table ends on the right: its last column's cells, their padding included.
qreal tableRight(DocumentView &view)
{
    QAbstractTextDocumentLayout *layout = view.document()->documentLayout();
    qreal right = 0;
    for (auto it = view.document()->rootFrame()->begin(); !it.atEnd(); ++it) {
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table || table->columns() < 2)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            const QTextTableCell cell = table->cellAt(row, table->columns() - 1);
            right = qMax(right, layout->blockBoundingRect(cell.firstCursorPosition().block()).right() +
                                    cell.format().toTableCellFormat().rightPadding());
        }
    }
    return right;
}

void layOutWhole(DocumentView &view)
{
    (void)view.document()->documentLayout()->blockBoundingRect(view.document()->lastBlock());
}

} // namespace

class ReaderLayoutTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ae::content::Library m_library;

    // How often each picture of the page `view` shows after `step` was sized during it (and the rest of the
    // page's layout after it). Nothing is painted meanwhile unless `step` paints: painting sizes them too.
    template <typename Step> QHash<QString, int> sizedDuring(DocumentView &view, Step step)
    {
        QAbstractTextDocumentLayout *layout = view.document()->documentLayout();
        QTextObjectInterface *qt = layout->handlerForObject(QTextFormat::ImageObject);
        CountingPictures counter(qt);
        layout->registerHandler(QTextFormat::ImageObject, &counter);
        step();
        layOutWhole(view);
        layout->registerHandler(QTextFormat::ImageObject, dynamic_cast<QObject *>(qt)); // Qt's own again
        return counter.m_sized;
    }

    // The same for laying the shown page out once more, whole: what one layout pass costs each picture.
    QHash<QString, int> onePass(DocumentView &view)
    {
        return sizedDuring(view, [&] {
            QTextDocument *doc = view.document();
            doc->markContentsDirty(0, doc->characterCount());
        });
    }

    // Switches `view` (showing a laid-out page) to page.md: every picture of the new page is laid out as
    // often as one layout pass lays it out.
    void verifySwitchLaysOutOnce(DocumentView &view)
    {
        const QHash<QString, int> sized =
            sizedDuring(view, [&] { QVERIFY(view.showDocument(QStringLiteral("page.md"))); });
        const QHash<QString, int> once = onePass(view);
        const QStringList names = pictures(view);
        QCOMPARE(names.size(), 2);
        for (const QString &name : names) {
            QVERIFY(once.value(name) > 0);
            QVERIFY2(sized.value(name) == once.value(name),
                     qPrintable(QStringLiteral("%1: %2 layout passes")
                                    .arg(name)
                                    .arg(qreal(sized.value(name)) / once.value(name))));
        }
    }

    // The page's prose keeps its measure: the widest line of its long paragraphs.
    void verifyMeasure(DocumentView &view)
    {
        const qreal measure =
            kReadingMeasureChars * QFontMetricsF(view.document()->defaultFont()).averageCharWidth();
        qreal widest = 0;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            if (b.text().size() > 150 && b.layout() && b.layout()->lineCount() > 0)
                widest = qMax(widest, b.layout()->lineAt(0).width());
        QVERIFY2(widest > measure * 0.8 && widest <= measure * 1.02,
                 qPrintable(QStringLiteral("prose %1 px, measure %2 px").arg(widest).arg(measure)));
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("images/figure.png")), png(QSize(320, 120)));
        QByteArray other = "# Other page\n\n";
        for (int section = 1; section <= 16; ++section)
            other += "## Section " + QByteArray::number(section) + "\n\n" + prose(6);
        writeFile(m_dir.filePath(QStringLiteral("other.md")), other);
        QByteArray big = "# A big page\n\n";
        for (int section = 1; big.size() < 320 * 1024; ++section)
            big += "## Part " + QByteArray::number(section) + "\n\n" + prose(6);
        writeFile(m_dir.filePath(QStringLiteral("big.md")), big);
        // A picture on the first screen (laid out inside setHtml) and one at the end (laid out after it), and
        // what has a measure of its own: a list, a quote, a code box, a data table.
        writeFile(m_dir.filePath(QStringLiteral("page.md")),
                  "# A page with pictures\n\n![First figure](images/figure.png)\n\n" + prose(3) +
                      "- a list item that is long enough to wrap at the measure of the page, like the prose "
                      "around it does\n- another\n\n> A quote, indented from the prose.\n\n"
                      "```sql\nSELECT id, amount FROM ledger WHERE amount > 100;\n```\n\n"
                      "| Metric | Before | After |\n|---|---:|---:|\n| p99 latency | 180 | 6 |\n\n" +
                      prose(30) + "![Last figure](images/figure.png)\n");
        // A data table of long words: wider than a narrow view (which then scrolls sideways), and at some
        // widths running a few pixels into the page's right margin.
        QByteArray wide = "# A wide table\n\n| Measurement | Instrumented | Normalisation | Denominator | "
                          "Aggregation | Attribution |\n|---|---|---|---|---|---|\n";
        for (int i = 0; i < 4; ++i)
            wide += "| replication-lag | checkpointing | partitioning | reconciliation | "
                    "deduplication | provisioning |\n";
        writeFile(m_dir.filePath(QStringLiteral("wide.md")), wide + "\n" + prose(30));
        QString error;
        QVERIFY2(m_library.load(m_dir.path(), &error), qPrintable(error));
    }

    // A reader turning from one long page to another: the new page is laid out once, and has its measure.
    void pageSwitch_laysThePageOutOnce()
    {
        DocumentView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(&m_library);
        QVERIFY(view.showDocument(QStringLiteral("other.md")));
        layOutWhole(view);
        QVERIFY(view.verticalScrollBar()->isVisible()); // a long page: the switch keeps the bar
        verifySwitchLaysOutOnce(view);
        verifyMeasure(view);
        // Away and back again: the same.
        QVERIFY(view.showDocument(QStringLiteral("other.md")));
        layOutWhole(view);
        verifySwitchLaysOutOnce(view);
        verifyMeasure(view);
    }

    // A view with no scroll bar yet (a new one, or one that showed a short page) opening a long page: the
    // bar is put up before the page comes in, so the page is laid out once, at the width it keeps.
    void freshView_longPage_laysThePageOutOnce()
    {
        DocumentView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(&m_library);
        QVERIFY(!view.verticalScrollBar()->isVisible());
        verifySwitchLaysOutOnce(view);
        QVERIFY(view.verticalScrollBar()->isVisible());
        verifyMeasure(view);
    }

    // At start the window's first frame shows the first screen of a long page, and the rest comes right after
    // that frame: the same page, where the reader is, with its measure.
    void firstScreenFirst_thenTheWholePage()
    {
        DocumentView whole;
        whole.resize(1100, 700);
        whole.setLibrary(&m_library);
        QVERIFY(whole.showDocument(QStringLiteral("other.md")));
        const QString text = whole.toPlainText();

        DocumentView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(&m_library);
        view.showFirstScreenFirst();
        QVERIFY(view.showDocument(QStringLiteral("other.md")));
        QVERIFY(view.restOfPageDue());
        const QString first = view.toPlainText();
        QVERIFY(first.size() > 1000);
        QVERIFY(first.size() < text.size() / 2);
        QVERIFY(text.startsWith(first.trimmed()));
        // It fills the view: the first frame shows no gap where the rest of the page will be.
        QVERIFY2(view.document()->size().height() > view.viewport()->height(),
                 qPrintable(QStringLiteral("%1 px of page in a %2 px view")
                                .arg(view.document()->size().height())
                                .arg(view.viewport()->height())));
        QCOMPARE(view.currentPath(), QStringLiteral("other.md"));
        QTRY_VERIFY(!view.restOfPageDue()); // painted, then the rest
        QCOMPARE(view.toPlainText(), text);
        layOutWhole(view);
        verifyMeasure(view);
        // Only the next page: the one after is shown whole at once.
        QVERIFY(view.showDocument(QStringLiteral("page.md")));
        QVERIFY(!view.restOfPageDue());
        // A page big enough to be built on a worker is, first screen asked or not: its whole HTML is never
        // imported on the UI thread after the first frame.
        view.showFirstScreenFirst();
        QVERIFY(view.showDocument(QStringLiteral("big.md")));
        QVERIFY(!view.restOfPageDue());
    }

    // Every bundled study at start, in views from short to tall: the first screen fills the view (no gap in
    // the first frame), is the top of the whole page, and is much less of it.
    void firstScreen_ofEveryStudy_fillsViewsOfAnyHeight()
    {
        ae::content::Library bundled;
        QString error;
        QVERIFY2(bundled.load(ae::content::Library::bundledRoot(), &error), qPrintable(error));
        int shortened = 0;
        for (const ae::content::Document &doc : bundled.documents()) {
            for (const int height : {360, 560, 700, 900, 1200, 1500}) {
                DocumentView view;
                view.resize(1100, height);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                view.setLibrary(&bundled);
                view.showFirstScreenFirst();
                QVERIFY(view.showDocument(doc.path));
                if (!view.restOfPageDue())
                    continue; // shown whole
                ++shortened;
                const QString where = QStringLiteral("%1 at %2 px: %3 px of page in a %4 px view")
                                          .arg(doc.path)
                                          .arg(height)
                                          .arg(view.document()->size().height())
                                          .arg(view.viewport()->height());
                QVERIFY2(view.document()->size().height() > view.viewport()->height(), qPrintable(where));
                const QString first = view.toPlainText().trimmed();
                QTRY_VERIFY(!view.restOfPageDue());
                QVERIFY2(view.toPlainText().startsWith(first), qPrintable(where));
            }
        }
        QVERIFY(shortened >= 20); // most studies at most heights
    }

    // A page replacing one that scrolled sideways: emptying the document hides that scroll bar, which
    // resizes the view while the new page comes in; the new page still gets its measure.
    void pageAfterSidewaysScrolling_keepsItsMeasure()
    {
        DocumentView view;
        view.resize(690, 700); // the table is wider than the view, the prose narrower
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(&m_library);
        QVERIFY(view.showDocument(QStringLiteral("wide.md")));
        layOutWhole(view);
        QCoreApplication::processEvents();
        QVERIFY(view.horizontalScrollBar()->isVisible());
        QVERIFY(view.showDocument(QStringLiteral("other.md")));
        layOutWhole(view);
        QCoreApplication::processEvents();
        verifyMeasure(view);
    }

    // The view scrolls sideways only when something is cut: a table that runs into the page's right margin
    // but ends inside the view gets no scroll bar (it covered the last line of the view for a pixel or two).
    void sidewaysScrollBar_onlyWhenSomethingIsCut()
    {
        DocumentView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(&m_library);
        int inMargin = 0, cutAt = 0;
        for (int width = 640; width <= 1040; width += 8) {
            view.resize(width, 600);
            QVERIFY(view.showDocument(QStringLiteral("wide.md")));
            layOutWhole(view);
            QCoreApplication::processEvents();
            const qreal right = tableRight(view);
            const int viewWidth = view.viewport()->width();
            const bool cut = right > viewWidth;
            if (!cut && right > viewWidth - DocumentView::kMinPageMargin)
                ++inMargin;
            cutAt += cut ? 1 : 0;
            QVERIFY2(
                view.horizontalScrollBar()->isVisible() == cut,
                qPrintable(QStringLiteral("view %1 px, table to %2 px, scroll bar %3")
                               .arg(viewWidth)
                               .arg(right)
                               .arg(view.horizontalScrollBar()->isVisible() ? QStringLiteral("shown")
                                                                            : QStringLiteral("hidden"))));
            QVERIFY(view.showDocument(QStringLiteral("other.md")));
        }
        QVERIFY(inMargin > 0); // some width put the table in the margin
        QVERIFY(cutAt > 0);    // and some cut it
    }

    // The same in a view that is not on screen (another workspace is) while the page changes.
    void hiddenView_pageSwitch_laysThePageOutOnce()
    {
        DocumentView view;
        view.resize(1100, 700);
        view.setLibrary(&m_library);
        (void)view.grab(); // its size settled, as once shown
        QVERIFY(view.showDocument(QStringLiteral("other.md")));
        layOutWhole(view);
        (void)view.grab();
        verifySwitchLaysOutOnce(view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        verifyMeasure(view);
    }

    // A window made shorter while the reader is not on screen: back on screen, its page is not laid out again
    // (Qt tells a widget resized while hidden with no old size, and QTextEdit took that for a new width).
    // Counted on the picture at the end of the page, which is not painted.
    void hiddenView_madeShorter_notLaidOutAgain()
    {
        DocumentView view;
        view.resize(1100, 700);
        view.setLibrary(&m_library);
        (void)view.grab();
        QVERIFY(view.showDocument(QStringLiteral("page.md")));
        layOutWhole(view);
        (void)view.grab();
        const QStringList names = pictures(view);
        QCOMPARE(names.size(), 2);
        const QHash<QString, int> sized = sizedDuring(view, [&] {
            view.resize(1100, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCoreApplication::processEvents();
        });
        QCOMPARE(view.verticalScrollBar()->value(), 0); // the last picture is far below the view
        QVERIFY2(sized.value(names.last()) == 0,
                 qPrintable(QStringLiteral("laid out again %1 times").arg(sized.value(names.last()))));
        verifyMeasure(view);
    }

    // The measure still follows the view: wider, the prose stays at the measure (centred), the pictures are
    // laid out again once.
    void resize_movesTheMeasure()
    {
        DocumentView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLibrary(&m_library);
        QVERIFY(view.showDocument(QStringLiteral("page.md")));
        layOutWhole(view);
        verifyMeasure(view);
        const qreal before = view.document()->begin().blockFormat().leftMargin();
        view.resize(1500, 700);
        QCoreApplication::processEvents();
        layOutWhole(view);
        verifyMeasure(view);
        QVERIFY(view.document()->begin().blockFormat().leftMargin() > before + 250);
    }
};

QTEST_MAIN(ReaderLayoutTest)
#include "reader_layout_test.moc"

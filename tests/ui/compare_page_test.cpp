// SPDX-License-Identifier: MIT
// The Compare workspace offscreen, through its real widgets: it opens on the matrix of measures x studies; a
// click on a row charts that measure, a click on a study head shows its before and after, a click on a bar
// asks for the source; a latency row of each study's own main request is neither ranked nor shaded and names
// each request, in the table, its chart and the exports, while like rows stay ranked; every label of every
// chart is drawn whole at any width; study colours are the same in both themes; the exported SVG is valid
// SVG 1.1 and renders in rsvg-convert.
#include "content/library.h"
#include "draw/chartstyle.h"
#include "metrics/request.h"
#include "ui/compare/comparecommand.h"
#include "ui/compare/compareexport.h"
#include "ui/compare/comparepage.h"
#include "ui/compare/drawingview.h"

#include <QBuffer>
#include <QComboBox>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace ae;
using namespace ae::ui::compare;

namespace {

const QString kDtd = QStringLiteral("/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd");

QVector<content::Document> sampleDocuments()
{
    QVector<content::Document> docs;
    for (const char *name : {"good.md", "other.md", "third.md", "no-table.md"})
        docs.append(content::loadDocument(QStringLiteral(AE_TEST_DATA "/metrics/") + QLatin1String(name),
                                          QLatin1String(name)));
    return docs;
}

metrics::LibraryMetrics bundledMetrics()
{
    const content::LoadResult loaded = content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
    return metrics::collectMetrics(loaded.documents, metrics::MeasureCatalog::forLibrary({}));
}

// Every text op lies inside the drawing, and the lines drawn for each category label, joined, give the label
// back: nothing cut, nothing elided.
void verifyNothingCut(const draw::DrawList &d, const metrics::MeasureChartData &chart)
{
    QVERIFY(!d.ops.isEmpty());
    QMap<int, QStringList> labelLines;
    for (const draw::Op &op : d.ops) {
        if (op.kind != draw::Op::Kind::Text)
            continue;
        QVERIFY2(!op.text.contains(QChar(0x2026)), qPrintable(op.text)); // no ellipsis
        const qreal w = QFontMetricsF(draw::font(op.pixelSize, op.bold)).horizontalAdvance(op.text);
        const QPointF origin = draw::textOrigin(op);
        QVERIFY2(origin.x() >= -0.5 && origin.x() + w <= d.size.width() + 0.5,
                 qPrintable(QStringLiteral("%1 at %2..%3 of %4")
                                .arg(op.text)
                                .arg(origin.x())
                                .arg(origin.x() + w)
                                .arg(d.size.width())));
        QVERIFY2(op.rect.bottom() <= d.size.height() + 0.5, qPrintable(op.text));
        if (op.role == QLatin1String("axis-label"))
            labelLines[op.target] << op.text;
    }
    for (int i = 0; i < chart.bars.size(); ++i)
        QCOMPARE(labelLines.value(i).join(u' '), chart.bars.at(i).label.simplified());
}

} // namespace

class ComparePageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOnMatrix_rowClickChartsThatMeasure_headClickShowsBeforeAfter()
    {
        content::Library library;
        ComparePage page(&library, nullptr);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        library.setDocuments(QStringLiteral(AE_TEST_DATA "/metrics"), sampleDocuments());
        auto *studies = page.findChild<QListWidget *>(QStringLiteral("studyList"));
        QTRY_COMPARE(studies->count(), 3);
        QCOMPARE(int(page.view()), int(ComparePage::View::Matrix));
        auto *matrix = page.findChild<QTableView *>(QStringLiteral("matrixView"));
        QVERIFY(matrix);
        QTRY_VERIFY(matrix->model()->rowCount() > 0);
        QCOMPARE(matrix->model()->columnCount(), 4);          // measure + 3 studies
        QVERIFY(!matrix->horizontalScrollBar()->isVisible()); // fits at 1280 px

        // The p99 row: every study's checkout p99 in one row, in readable units.
        int p99 = -1;
        for (int r = 0; r < page.matrix().rows.size(); ++r)
            if (page.matrix().rows.at(r).key == QLatin1String("latency-p99"))
                p99 = r;
        QVERIFY(p99 >= 0);
        const QModelIndex cell = matrix->model()->index(p99, 1);
        QVERIFY(cell.data().toString().startsWith(QLatin1String("120 ms")));
        // Every study's p99 is of the same request (checkout): like with like, so ranked and shaded.
        QVERIFY(!page.matrix().rows.at(p99).ownRequests);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("the best of the row")));
        QVERIFY(cell.data(Qt::BackgroundRole).value<QBrush>().color() !=
                draw::ChartPalette::forTheme(false).background);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
        QCOMPARE(int(page.view()), int(ComparePage::View::Measure));
        QCOMPARE(page.currentMeasure(), QStringLiteral("latency-p99"));
        auto *chart = page.findChild<DrawingView *>(QStringLiteral("measureChart"));
        QTRY_VERIFY(!chart->drawing().ops.isEmpty());
        verifyNothingCut(chart->drawing(), page.chart());

        // A bar click asks for the source row's section.
        QSignalSpy open(&page, &ComparePage::openRequested);
        QPointF barCentre;
        for (const draw::Op &op : chart->drawing().ops)
            if (op.role == QLatin1String("bar") && op.target == 0)
                barCentre = op.rect.center();
        QVERIFY(!barCentre.isNull());
        QTest::mouseClick(chart, Qt::LeftButton, {}, barCentre.toPoint());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("good.md"));
        QCOMPARE(open.first().at(1).toString(), QStringLiteral("performance-metrics"));

        // A study head: its before and after.
        auto *header = matrix->horizontalHeader();
        page.findChild<QTabWidget *>()->setCurrentIndex(0);
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(2) + header->sectionSize(2) / 2, header->height() / 2));
        QCOMPARE(int(page.view()), int(ComparePage::View::BeforeAfter));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("beforeAfterStudyCombo"));
        QCOMPARE(combo->currentData().toString(), page.matrix().studies.at(1));

        // Unticking a study removes its column.
        studies->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(matrix->model()->columnCount(), 3);
    }

    // The bundled library's unqualified latency rows hold each study's own main request (an online feature
    // lookup beside a checkout that waits on a card authorisation): on the page they are not ranked, not
    // shaded, and each cell names its request; availability and RPO are still ranked.
    void ownMainRequestRows_areNotRanked_onThePage_likeRowsAre()
    {
        content::Library library;
        ComparePage page(&library, nullptr);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString root = QStringLiteral(AE_SOURCE_DIR "/content");
        library.setDocuments(root, content::scanLibrary(root).documents);
        auto *matrix = page.findChild<QTableView *>(QStringLiteral("matrixView"));
        QTRY_VERIFY(matrix->model()->rowCount() > 0);
        const QColor plain = draw::ChartPalette::forTheme(false).background;
        auto rowOf = [&](const QString &key) {
            for (int r = 0; r < page.matrix().rows.size(); ++r)
                if (page.matrix().rows.at(r).key == key)
                    return r;
            return -1;
        };
        auto columnOf = [&](const QString &shortName) {
            return int(page.matrix().shortNames.indexOf(shortName)) + 1;
        };
        const int shop = columnOf(QStringLiteral("E-commerce")),
                  ml = columnOf(QStringLiteral("AI/ML platform"));
        QVERIFY(shop > 0 && ml > 0);
        for (const QString &key :
             {QStringLiteral("latency-p50"), QStringLiteral("latency-p99"), QStringLiteral("latency-mean")}) {
            const int r = rowOf(key);
            QVERIFY2(r >= 0, qPrintable(key));
            const QAbstractItemModel *model = matrix->model();
            QVERIFY(model->index(r, 0).data().toString().contains(QLatin1String("not ranked")));
            QVERIFY(
                model->index(r, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("not ranked")));
            for (int c = 1; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                QVERIFY2(!page.matrix().rows.at(r).cells.at(c - 1).ratio, qPrintable(key));
                if (page.matrix().rows.at(r).cells.at(c - 1).metricIndex < 0)
                    continue;
                QCOMPARE(i.data(Qt::BackgroundRole).value<QBrush>().color(), plain);
                QVERIFY2(!i.data(Qt::ToolTipRole).toString().contains(QLatin1String("best of the row")),
                         qPrintable(i.data(Qt::ToolTipRole).toString()));
            }
            QVERIFY2(model->index(r, shop).data().toString().contains(QLatin1String(": checkout")),
                     qPrintable(model->index(r, shop).data().toString()));
        }
        QVERIFY(matrix->model()
                    ->index(rowOf(QStringLiteral("latency-p99")), ml)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("6 ms: online feature lookup")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("matrixHint"))
                    ->text()
                    .contains(QLatin1String("not ranked")));
        // Like with like is still ranked and shaded: availability, RPO.
        for (const QString &key : {QStringLiteral("availability"), QStringLiteral("rpo")}) {
            const int r = rowOf(key);
            QVERIFY2(r >= 0, qPrintable(key));
            int shaded = 0;
            for (int c = 1; c < matrix->model()->columnCount(); ++c) {
                QVERIFY2(page.matrix().rows.at(r).cells.at(c - 1).ratio, qPrintable(key));
                shaded +=
                    matrix->model()->index(r, c).data(Qt::BackgroundRole).value<QBrush>().color() != plain;
            }
            QCOMPARE(shaded, matrix->model()->columnCount() - 1);
        }

        // The measure picker says which measures hold each study's own request, and only those.
        auto *measures = page.findChild<QComboBox *>(QStringLiteral("measureCombo"));
        QVERIFY(measures);
        const auto pickerText = [&](const QString &key) {
            return measures->itemText(measures->findData(key));
        };
        QVERIFY2(pickerText(QStringLiteral("latency-p99")).contains(QLatin1String("each its own request")),
                 qPrintable(pickerText(QStringLiteral("latency-p99"))));
        QVERIFY2(!pickerText(QStringLiteral("availability")).contains(QLatin1String("own request")),
                 qPrintable(pickerText(QStringLiteral("availability"))));

        // A click on the p99 row: bars labelled with their requests, a subtitle saying they are no ranking.
        const QModelIndex p99 = matrix->model()->index(rowOf(QStringLiteral("latency-p99")), 0);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(p99).center());
        QCOMPARE(page.currentMeasure(), QStringLiteral("latency-p99"));
        auto *chart = page.findChild<DrawingView *>(QStringLiteral("measureChart"));
        QTRY_VERIFY(!chart->drawing().ops.isEmpty());
        verifyNothingCut(chart->drawing(), page.chart());
        QStringList drawn;
        for (const draw::Op &op : chart->drawing().ops)
            if (op.kind == draw::Op::Kind::Text)
                drawn << op.text;
        const QString all = drawn.join(u' ');
        QVERIFY2(all.contains(QLatin1String("E-commerce: checkout")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("AI/ML platform: online feature lookup")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("not a ranking")), qPrintable(all));

        // The matrix exported from the page: the row head says it, no ratio in its CSV row.
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("m.csv")),
                      svg = dir.filePath(QStringLiteral("m.svg"));
        QVERIFY2(page.exportMatrix(csv, 1, &error), qPrintable(error));
        QVERIFY2(page.exportMatrix(svg, 1, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svgText = f.readAll();
        QVERIFY(svgText.contains("6 ms: online feature lookup"));
        QVERIFY(
            svgText.contains("different requests are not ranked")); // the legend says why some rows are plain
        QStringList heads; // the row heads as drawn, wrapped lines joined
        for (const draw::Op &op : matrixDrawing(page.matrix(), false).ops)
            if (op.role == QLatin1String("measure"))
                heads << op.text;
        QVERIFY2(
            heads.join(u' ').contains(QStringLiteral("p99 latency (") + metrics::ownRequestsNote() + u')'),
            qPrintable(heads.join(u'|')));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QVERIFY(
            table.readAll().contains("latency-p99,p99 latency,lower,\"no: each study's own main request"));
    }

    void everyChartOfTheLibrary_drawsEveryLabelWhole_atAnyWidth_data()
    {
        QTest::addColumn<qreal>("width");
        QTest::newRow("narrow 380") << qreal(380);
        QTest::newRow("1280x800 pane 900") << qreal(900);
        QTest::newRow("export 2400") << qreal(2400);
    }
    void everyChartOfTheLibrary_drawsEveryLabelWhole_atAnyWidth()
    {
        QFETCH(qreal, width);
        const metrics::LibraryMetrics data = bundledMetrics();
        QVERIFY(data.studies.size() >= 5);
        const QVector<metrics::MeasureUse> measures = metrics::measuresReported(data);
        QVERIFY(measures.size() >= 20);
        for (const metrics::MeasureUse &m : measures) {
            const metrics::MeasureChartData chart = metrics::buildMeasureChart(data, m.key);
            verifyNothingCut(chartDrawing(chart, data, false, width), chart);
        }
        for (const QString &study : data.studies) {
            const metrics::MeasureChartData chart = metrics::buildBeforeAfterChart(data, study);
            verifyNothingCut(chartDrawing(chart, data, true, width), chart);
        }
    }

    void studyColours_areTheSameInBothThemes()
    {
        const metrics::LibraryMetrics data = bundledMetrics();
        const metrics::MeasureChartData chart =
            metrics::buildMeasureChart(data, QStringLiteral("latency-p99"));
        QVERIFY(chart.bars.size() >= 3);
        auto fills = [&](bool dark) {
            QStringList out;
            for (const draw::Op &op : chartDrawing(chart, data, dark).ops)
                if (op.role == QLatin1String("bar"))
                    out << op.fill.name();
            return out;
        };
        QCOMPARE(fills(true), fills(false));
        const QStringList light = fills(false);
        QCOMPARE(QSet<QString>(light.begin(), light.end()).size(), light.size()); // one colour per study
        // Each study colour keeps 3:1 against both chart backgrounds (WCAG 1.4.11 for graphics).
        for (int i = 0; i < 8; ++i)
            for (bool dark : {false, true})
                QVERIFY2(draw::contrastRatio(draw::studyColor(i),
                                             draw::ChartPalette::forTheme(dark).background) >= 3.0,
                         qPrintable(draw::studyColor(i).name()));
    }

    void matrixText_meetsAaContrastOnEveryShade()
    {
        for (bool dark : {false, true}) {
            const draw::ChartPalette p = draw::ChartPalette::forTheme(dark);
            for (double ratio : {1.0, 1.5, 3.0, 10.0, 30.0, 100.0, 1000.0}) {
                const QColor bg = draw::shade(ratio, p);
                QVERIFY2(draw::contrastRatio(p.text, bg) >= 4.5, qPrintable(bg.name()));
                QVERIFY2(draw::contrastRatio(p.mutedText, bg) >= 4.5, qPrintable(bg.name()));
            }
            QVERIFY(draw::contrastRatio(p.missingText, p.missingFill) >= 4.5);
            QVERIFY(draw::contrastRatio(p.mutedText, p.background) >= 4.5);
            QVERIFY(draw::contrastRatio(p.axis, p.background) >= 3.0);
        }
    }

    void commandLine_measureMatrixAndErrors()
    {
        auto run = [](const QStringList &args, QByteArray *errText = nullptr) {
            QByteArray out, err, none;
            QBuffer in(&none);
            in.open(QIODevice::ReadOnly);
            QTextStream o(&out), e(&err);
            cli::Io io{o, e, in};
            const int code = cli::run(QStringList{QStringLiteral("compare")} + args, {compareCommand()}, io);
            e.flush();
            if (errText)
                *errText = err;
            return code;
        };
        const QString library = QStringLiteral(AE_SOURCE_DIR "/content");
        QTemporaryDir dir;
        QByteArray err;
        // An unknown measure: usage error listing the known ones.
        QCOMPARE(run({library, QStringLiteral("--measure"), QStringLiteral("latency-p90"),
                      QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg"))},
                     &err),
                 2);
        QVERIFY2(err.contains("unknown measure 'latency-p90'; known: ") && err.contains("latency-p99"),
                 err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.svg"))));
        // The old grouping by dimension is refused with what to use instead.
        QCOMPARE(run({library, QStringLiteral("--dimension"), QStringLiteral("time"), QStringLiteral("-o"),
                      dir.filePath(QStringLiteral("y.svg"))},
                     &err),
                 2);
        QVERIFY(err.contains("--measure"));
        // The matrix as CSV: a row per measure reported by two or more studies, a value column per study.
        const QString csv = dir.filePath(QStringLiteral("matrix.csv"));
        QCOMPARE(run({library, QStringLiteral("--matrix"), QStringLiteral("-o"), csv}, &err), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("measure,name,better,ranked,case-studies/"));
        QVERIFY(lines.size() >= 12);
        // The p99 row of each study's own main request: no ratio, each request named; availability ranked.
        const metrics::CsvRows table = metrics::readCsv(QString::fromUtf8(lines.join('\n')));
        const QStringList head = table.first();
        const int shopRatio = head.indexOf(QStringLiteral("case-studies/ecommerce.md ratio"));
        const int shopRequest = head.indexOf(QStringLiteral("case-studies/ecommerce.md request"));
        QVERIFY(shopRatio > 0 && shopRequest > 0);
        int checked = 0;
        for (const QStringList &row : table) {
            if (row.first() == QLatin1String("latency-p99")) {
                QVERIFY(row.at(shopRatio).isEmpty());
                QCOMPARE(row.at(shopRequest), QStringLiteral("checkout"));
                QVERIFY(row.at(3).startsWith(QLatin1String("no: ")));
                ++checked;
            } else if (row.first() == QLatin1String("availability")) {
                QVERIFY(!row.at(shopRatio).isEmpty());
                QCOMPARE(row.at(3), QStringLiteral("yes"));
                ++checked;
            }
        }
        QCOMPARE(checked, 2);
        // One measure's CSV names each bar's request.
        const QString p99csv = dir.filePath(QStringLiteral("p99.csv"));
        QCOMPARE(run({library, QStringLiteral("--measure"), QStringLiteral("latency-p99"),
                      QStringLiteral("-o"), p99csv}),
                 0);
        QFile bars(p99csv);
        QVERIFY(bars.open(QIODevice::ReadOnly));
        const QByteArray barText = bars.readAll();
        QVERIFY2(barText.contains("E-commerce: checkout,case-studies/ecommerce.md,") &&
                     barText.contains(",checkout\r\n"),
                 barText.constData());
        // One measure as PNG at 1x, by its key.
        const QString png = dir.filePath(QStringLiteral("p99.png"));
        QCOMPARE(run({library, QStringLiteral("--measure"), QStringLiteral("latency-p99"),
                      QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("-o"), png}),
                 0);
        QCOMPARE(QImage(png).width(), int(defaultExportWidth));
    }

    void exportedSvgs_areValidSvg11_andRender()
    {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (xmllint.isEmpty() || rsvg.isEmpty() || !QFile::exists(kDtd))
            QSKIP("xmllint, rsvg-convert or the SVG 1.1 DTD is not installed");
        const metrics::LibraryMetrics data = bundledMetrics();
        QTemporaryDir dir;
        const QVector<QPair<QString, draw::DrawList>> drawings = {
            {QStringLiteral("p99.svg"),
             chartDrawing(metrics::buildMeasureChart(data, QStringLiteral("latency-p99")), data, false)},
            {QStringLiteral("availability.svg"),
             chartDrawing(metrics::buildMeasureChart(data, QStringLiteral("availability")), data, true)},
            {QStringLiteral("matrix.svg"), matrixDrawing(metrics::buildMatrix(data), false)}};
        for (const auto &[name, drawing] : drawings) {
            const QString path = dir.filePath(name);
            QString error;
            QVERIFY2(exportTo(drawing, {}, path, 1, &error), qPrintable(error));
            QProcess lint;
            lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                 QStringLiteral("--dtdvalid"), kDtd, path});
            QVERIFY(lint.waitForFinished(30000));
            QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
            QProcess render;
            render.start(rsvg, {path, QStringLiteral("-o"), path + QStringLiteral(".png")});
            QVERIFY(render.waitForFinished(30000));
            QVERIFY2(render.exitCode() == 0, render.readAllStandardError().constData());
            QImage png(path + QStringLiteral(".png"));
            QCOMPARE(png.size(), drawing.size.toSize());
        }
    }
};

QTEST_MAIN(ComparePageTest)
#include "compare_page_test.moc"

// SPDX-License-Identifier: MIT
// The compare chart drawn off-screen: one bar per (study, metric) with the right height, missing bars at zero
// height with a "missing" label, bounds labelled, log axis floor, and the SVG/PNG/CSV exports.
#include "content/library.h"
#include "metrics/collect.h"
#include "metrics/csv.h"
#include "ui/compare/chartexport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLogValueAxis>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace ae;
using namespace ae::ui::compare;

namespace {

metrics::LibraryMetrics sampleMetrics()
{
    QVector<content::Document> docs;
    for (const char *name : {"good.md", "other.md", "third.md"})
        docs.append(content::loadDocument(QStringLiteral(AE_TEST_DATA "/metrics/") + QLatin1String(name),
                                          QLatin1String(name)));
    return metrics::collectMetrics(docs);
}

metrics::ComparisonSet timeSet()
{
    metrics::ComparisonOptions o;
    o.dimension = metrics::Dimension::Time;
    return metrics::buildComparison(sampleMetrics().metrics, o);
}

} // namespace

class CompareChartTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chart_hasOneBarPerSeriesAndCategory_withNormalisedHeights()
    {
        const metrics::ComparisonSet set = timeSet();
        QCOMPARE(set.series.size(), 3);
        QVERIFY(set.categories.size() >= 4);
        std::unique_ptr<QChart> chart(layOutChart(set, ChartOptions{}, QSize(900, 600)));
        QBarSeries *series = barSeries(chart.get());
        QVERIFY(series);
        QCOMPARE(series->count(), int(set.series.size()));
        for (int s = 0; s < set.series.size(); ++s) {
            QBarSet *bars = series->barSets().at(s);
            QCOMPARE(bars->label(), set.series.at(s).studyTitle);
            QCOMPARE(bars->count(), int(set.categories.size()));
            for (int k = 0; k < set.categories.size(); ++k) {
                const metrics::ComparisonCell &c = set.series.at(s).cells.at(k);
                QCOMPARE(bars->at(k), c.isPresent() ? c.value : 0.0);
            }
        }
        // 0.4 s in "Sample bank" is drawn as 400 ms, and twice as tall as 200 ms would be.
        const int bank = int(std::find_if(set.series.cbegin(), set.series.cend(),
                                          [](const auto &s) { return s.studyTitle == QLatin1String("Sample bank"); }) -
                             set.series.cbegin());
        QCOMPARE(series->barSets().at(bank)->at(0), 400.0);
        const QPointF base = chart->mapToPosition(QPointF(0, 0), series);
        const QPointF top = chart->mapToPosition(QPointF(0, 400), series);
        const QPointF half = chart->mapToPosition(QPointF(0, 200), series);
        QVERIFY(qAbs((base.y() - top.y()) - 2 * (base.y() - half.y())) < 0.5);
        QVERIFY(qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)));
        QCOMPARE(chart->axes(Qt::Vertical).value(0)->titleText(), QStringLiteral("Time (ms)"));
    }
    void chart_missingAndBounds_areLabelledNotDrawn()
    {
        const metrics::ComparisonSet set = timeSet();
        std::unique_ptr<QChart> chart(layOutChart(set, ChartOptions{}, QSize(900, 600)));
        QStringList labels;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                labels << text->text();
        QCOMPARE(labels.size(), set.barCount());
        QVERIFY(labels.contains(QStringLiteral("<50")));
        QVERIFY(labels.contains(QStringLiteral("<10")));
        QVERIFY(labels.contains(QStringLiteral("missing")));
    }
    void chart_logScale_usesLogAxisAndFloorsMissingBars()
    {
        const metrics::ComparisonSet set = timeSet();
        ChartOptions options;
        options.logScale = true;
        std::unique_ptr<QChart> chart(layOutChart(set, options, QSize(900, 600)));
        auto *axis = qobject_cast<QLogValueAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QVERIFY(axis->min() > 0);
        QBarSeries *series = barSeries(chart.get());
        for (int s = 0; s < set.series.size(); ++s)
            for (int k = 0; k < set.categories.size(); ++k)
                if (!set.series.at(s).cells.at(k).isPresent())
                    QCOMPARE(series->barSets().at(s)->at(k), axis->min()); // zero height, not a value
    }
    void chart_relative_drawsRatiosToBest()
    {
        const metrics::ComparisonSet set = timeSet();
        ChartOptions options;
        options.relative = true;
        std::unique_ptr<QChart> chart(layOutChart(set, options, QSize(900, 600)));
        QBarSeries *series = barSeries(chart.get());
        double smallest = 1e9;
        for (QBarSet *bars : series->barSets())
            for (int k = 0; k < bars->count(); ++k)
                if (bars->at(k) > 0)
                    smallest = std::min(smallest, bars->at(k));
        QCOMPARE(smallest, 1.0);
        QVERIFY(chart->axes(Qt::Vertical).value(0)->titleText().contains(QLatin1String("best")));
    }
    void export_svgPngCsv_writeCompleteFiles()
    {
        const metrics::ComparisonSet set = timeSet();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY2(exportByExtension(set, ChartOptions{}, svg, QSize(800, 500), &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("viewBox=\"0 0 800 500\""));
        QVERIFY(bytes.contains("width=\"211.667mm\"")); // 800 px at 96 dpi
        QVERIFY(bytes.contains("missing"));
        QVERIFY(bytes.contains("&lt;50"));
        QVERIFY(bytes.contains("Sample bank"));

        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY2(exportByExtension(set, ChartOptions{}, png, QSize(800, 500), &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));

        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY2(exportByExtension(set, ChartOptions{}, csv, QSize(800, 500), &error), qPrintable(error));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const metrics::CsvRows rows = metrics::readCsv(QString::fromUtf8(c.readAll()));
        QCOMPARE(rows.size(), set.barCount() + 1);

        QVERIFY(!exportByExtension(set, ChartOptions{}, dir.filePath(QStringLiteral("c.gif")), QSize(8, 5),
                                   &error));
        QVERIFY(!exportByExtension(set, ChartOptions{}, QStringLiteral("/nonexistent/dir/c.svg"), QSize(80, 50),
                                   &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/dir/c.svg")));
    }
};

QTEST_MAIN(CompareChartTest)
#include "compare_chart_test.moc"

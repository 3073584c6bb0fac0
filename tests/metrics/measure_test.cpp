// SPDX-License-Identifier: MIT
// Measures: the bundled vocabulary, the Measure column, matching by name, qualifiers, rows that map to
// nothing, the matrix's shading order, rows of each study's own main request left unranked, derived-number
// checks, and (golden) the measure of every bundled metrics row and what each row of the bundled matrix
// ranks.
#include "content/library.h"
#include "metrics/collect.h"
#include "metrics/derived.h"
#include "metrics/matrix.h"
#include "metrics/measurechart.h"
#include "metrics/report.h"
#include "metrics/request.h"

#include "../diagram/goldenfile.h"

#include <QTest>

#include <cmath>

using namespace ae::metrics;
using ae::Diagnostic;
using ae::Diagnostics;

namespace {

ae::content::Document study(const QString &path, const QString &rows,
                            const QString &header = QStringLiteral(
                                "| Metric | Measure | Baseline | Result | Unit | Better | Source |\n"
                                "|---|---|---|---|---|---|---|\n"))
{
    ae::content::Document d;
    d.path = path;
    d.source = QStringLiteral("# %1\n\n## Performance Metrics\n\n").arg(path) + header + rows;
    ae::content::analyse(d);
    return d;
}

MeasureCatalog bundled()
{
    QString error;
    const MeasureCatalog c = MeasureCatalog::forLibrary({}, &error);
    if (!error.isEmpty())
        qWarning() << error;
    return c;
}

const Metric *row(const LibraryMetrics &data, const QString &study, const QString &name)
{
    for (const Metric &m : data.metrics)
        if (m.studyPath == study && m.name == name)
            return &m;
    return nullptr;
}

bool mentions(const LibraryMetrics &data, const QString &words)
{
    for (const FileDiagnostic &d : data.diagnostics)
        if (d.diagnostic.message.contains(words))
            return true;
    return false;
}

} // namespace

class MeasureTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledCatalogLoads()
    {
        const MeasureCatalog c = bundled();
        QVERIFY(c.measures().size() >= 20);
        QVERIFY(c.find(QStringLiteral("latency-p99")));
        QCOMPARE(c.find(QStringLiteral("availability"))->better, Better::Higher);
        QCOMPARE(c.find(QStringLiteral("stored-volume"))->better, Better::Unspecified);
    }

    void malformedCatalogIsAnError()
    {
        QString error;
        QVERIFY(MeasureCatalog::fromJson("{\"measures\":[{\"id\":\"x\"}]}", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(MeasureCatalog::fromJson("{\"measures\":[{\"id\":\"x\",\"name\":\"X\",\"dimension\":\"time\","
                                         "\"patterns\":[\"(\"]}]}",
                                         &error)
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("pattern")), qPrintable(error));
    }

    void measureColumnNamesTheMeasure()
    {
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("a.md"),
                   QStringLiteral("| Checkout p99 | latency-p99 | 900 | 240 | ms | | x |\n"
                                  "| Stock read p99 | latency-p99 (stock read) | 38 | 1.8 | ms | | x |\n"))},
            bundled());
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Checkout p99"))->measure,
                 QStringLiteral("latency-p99"));
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Stock read p99"))->measure,
                 QStringLiteral("latency-p99 (stock read)"));
        QVERIFY(data.diagnostics.isEmpty());
    }

    void unknownMeasureIsLocatedWithAHint()
    {
        const LibraryMetrics data =
            collectMetrics({study(QStringLiteral("a.md"),
                                  QStringLiteral("| Checkout p99 | latency-p90 | 900 | 240 | ms | | x |\n"))},
                           bundled());
        QCOMPARE(data.diagnostics.size(), 1);
        const Diagnostic &d = data.diagnostics.first().diagnostic;
        QVERIFY2(d.message.contains(QLatin1String("unknown measure `latency-p90`")), qPrintable(d.message));
        QVERIFY2(d.hint.contains(QLatin1String("latency-p")), qPrintable(d.hint));
        QCOMPARE(d.line, 7);
        QCOMPARE(d.column, 17); // the cell, as every metrics warning points at its cell
        QVERIFY(row(data, QStringLiteral("a.md"), QStringLiteral("Checkout p99"))->measure.isEmpty());
    }

    void measureOfAnotherDimensionIsRefused()
    {
        const LibraryMetrics data =
            collectMetrics({study(QStringLiteral("a.md"),
                                  QStringLiteral("| Uptime | latency-p99 | 99.9 | 99.99 | % | | x |\n"))},
                           bundled());
        QVERIFY(mentions(data, QStringLiteral("is a time but the unit `%` is a percentage")));
        QVERIFY(row(data, QStringLiteral("a.md"), QStringLiteral("Uptime"))->measure.isEmpty());
    }

    void duplicateMeasureInOneStudyIsReported()
    {
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("a.md"), QStringLiteral("| A | latency-p99 | 1 | 2 | ms | | x |\n"
                                                          "| B | latency-p99 | 1 | 2 | ms | | x |\n"))},
            bundled());
        QVERIFY(mentions(data, QStringLiteral("already reported on line 7")));
        QVERIFY(row(data, QStringLiteral("a.md"), QStringLiteral("B"))->measure.isEmpty());
    }

    void namesMatchWithoutAMeasureColumn()
    {
        const QString header = QStringLiteral(
            "| Metric | Baseline | Result | Unit | Better | Source |\n|---|---|---|---|---|---|\n");
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("a.md"),
                   QStringLiteral("| Checkout p99 latency | 900 | 240 | ms | lower | x |\n"
                                  "| Authorisation p99 latency | 400 | 180 | ms | lower | x |\n"
                                  "| Peak ledger postings | 5,600 | 14,000 | writes/s | higher | x |\n"
                                  "| Peak payment rate | 1,400 | 3,500 | payments/s | higher | x |\n"
                                  "| Storefront availability | 99.9 | 99.99 | % | | x |\n"
                                  "| Ledger size | 9 | 22 | TB | | x |\n"),
                   header)},
            bundled());
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Checkout p99 latency"))->measure,
                 QStringLiteral("latency-p99"));
        // A second p99 of the study is another path: qualified, never compared with other studies' main path.
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Authorisation p99 latency"))->measure,
                 QStringLiteral("latency-p99 (authorisation p99 latency)"));
        // Rates are per noun: writes/s is not payments/s.
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Peak ledger postings"))->measure,
                 QStringLiteral("peak-throughput (writes)"));
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Peak payment rate"))->measure,
                 QStringLiteral("peak-throughput (payments)"));
        QCOMPARE(row(data, QStringLiteral("a.md"), QStringLiteral("Storefront availability"))->measure,
                 QStringLiteral("availability"));
        // Sizes have no better direction unless the table says so: growth is not an improvement.
        const Metric *size = row(data, QStringLiteral("a.md"), QStringLiteral("Ledger size"));
        QCOMPARE(size->measure, QStringLiteral("stored-volume"));
        QCOMPARE(size->better, Better::Unspecified);
    }

    void unmappedRowIsListedAndNeverCharted()
    {
        // A throughput-looking percentage with no pattern: maps to nothing.
        const QString header = QStringLiteral(
            "| Metric | Baseline | Result | Unit | Better | Source |\n|---|---|---|---|---|---|\n");
        const LibraryMetrics data =
            collectMetrics({study(QStringLiteral("a.md"),
                                  QStringLiteral("| Checkout p99 | 900 | 240 | ms | lower | x |\n| Team "
                                                 "happiness | 60 | 80 | % | higher | survey |\n"),
                                  header),
                            study(QStringLiteral("b.md"),
                                  QStringLiteral("| Feed p99 | 900 | 160 | ms | lower | x |\n"), header)},
                           bundled());
        const Metric *happy = row(data, QStringLiteral("a.md"), QStringLiteral("Team happiness"));
        QVERIFY(happy->measure.isEmpty());
        QVERIFY(mentions(data, QStringLiteral("`Team happiness` maps to no measure")));
        const MeasureMatrix matrix = buildMatrix(data, {}, 1);
        for (const MatrixRow &r : matrix.rows)
            for (const MatrixCell &c : r.cells)
                QVERIFY(c.metricIndex < 0 ||
                        data.metrics.at(c.metricIndex).name != QLatin1String("Team happiness"));
        for (const MeasureUse &m : measuresReported(data)) {
            const MeasureChartData chart = buildMeasureChart(data, m.key);
            for (const ChartBar &b : chart.bars)
                QVERIFY(b.metricIndex < 0 ||
                        data.metrics.at(b.metricIndex).name != QLatin1String("Team happiness"));
        }
    }

    void matrixShadingFollowsBetter()
    {
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("a.md"), QStringLiteral("| L | latency-p99 | | 100 | ms | | x |\n"
                                                          "| T | peak-throughput | | 1,000 | req/s | | x |\n"
                                                          "| A | availability | | 99.95 | % | | x |\n")),
             study(QStringLiteral("b.md"), QStringLiteral("| L | latency-p99 | | 25 | ms | | x |\n"
                                                          "| T | peak-throughput | | 4,000 | req/s | | x |\n"
                                                          "| A | availability | | 99.999 | % | | x |\n"))},
            bundled());
        const MeasureMatrix m = buildMatrix(data);
        QCOMPARE(m.rows.size(), 3);
        for (const MatrixRow &r : m.rows) {
            // b is better on all three: its ratio is 1, a's is larger.
            QCOMPARE(*r.cells.at(1).ratio, 1.0);
            QVERIFY2(*r.cells.at(0).ratio > 1.0, qPrintable(r.key));
        }
        auto ratioOf = [&](const QString &key) {
            for (const MatrixRow &r : m.rows)
                if (r.key == key)
                    return *r.cells.at(0).ratio;
            return 0.0;
        };
        QCOMPARE(ratioOf(QStringLiteral("latency-p99")), 4.0);
        QCOMPARE(ratioOf(QStringLiteral("peak-throughput (requests)")), 4.0);
        // Availability compares downtime: 0.05 % left vs 0.001 % left is 50x.
        QVERIFY(qAbs(ratioOf(QStringLiteral("availability")) - 50.0) < 1e-6);
    }

    void zeroBest_makesEveryLossWorse()
    {
        const LibraryMetrics data =
            collectMetrics({study(QStringLiteral("a.md"), QStringLiteral("| R | rpo | | 0 | s | | x |\n")),
                            study(QStringLiteral("b.md"), QStringLiteral("| R | rpo | | 4 | s | | x |\n"))},
                           bundled());
        const MeasureMatrix m = buildMatrix(data);
        QCOMPARE(*m.rows.at(0).cells.at(0).ratio, 1.0);
        QVERIFY(std::isinf(*m.rows.at(0).cells.at(1).ratio));
    }

    void availabilityIsNeverAPercentAxis()
    {
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("a.md"), QStringLiteral("| A | availability | 99.9 | 99.95 | % | | x |\n")),
             study(QStringLiteral("b.md"),
                   QStringLiteral("| A | availability | 99.95 | 99.999 | % | | x |\n"))},
            bundled());
        const MeasureChartData downtime = buildMeasureChart(data, QStringLiteral("availability"));
        QCOMPARE(downtime.unit.dimension, Dimension::Time);
        QCOMPARE(downtime.better, Better::Lower);
        QVERIFY(downtime.bars.at(0).resultText.startsWith(QLatin1String("4.38 h/yr")));
        const MeasureChartData nines =
            buildMeasureChart(data, QStringLiteral("availability"), {}, AvailabilityScale::Nines);
        QVERIFY(qAbs(*nines.bars.at(1).result - 5.0) < 1e-9);
        QCOMPARE(nines.better, Better::Higher);
    }

    void logScaleOnlyWhenAMeasureSpans100x()
    {
        const LibraryMetrics near = collectMetrics(
            {study(QStringLiteral("a.md"), QStringLiteral("| L | latency-p99 | | 100 | ms | | x |\n")),
             study(QStringLiteral("b.md"), QStringLiteral("| L | latency-p99 | | 2,000 | ms | | x |\n"))},
            bundled());
        QVERIFY(!buildMeasureChart(near, QStringLiteral("latency-p99")).logScale);
        const LibraryMetrics far = collectMetrics(
            {study(QStringLiteral("a.md"), QStringLiteral("| L | latency-p99 | | 1 | ms | | x |\n")),
             study(QStringLiteral("b.md"), QStringLiteral("| L | latency-p99 | | 2,000 | ms | | x |\n"))},
            bundled());
        QVERIFY(buildMeasureChart(far, QStringLiteral("latency-p99")).logScale);
    }

    void derivedNumbersAreRecomputed()
    {
        ae::content::Document d =
            study(QStringLiteral("a.md"),
                  QStringLiteral("| Availability | availability | 99.9 | 99.99 | % | higher | x |\n"
                                 "| Downtime | downtime | 520 | 50 | min | lower | x |\n"));
        d.source +=
            QStringLiteral("\n### How the numbers fit together\n\nAt 99.99 % a year allows 52.6 minutes.\n\n"
                           "| Derived | Formula | Value | Unit |\n|---|---|---|---|\n"
                           "| Allowed downtime | (100 - {Availability}) / 100 * 525960 | 52.6 | min |\n"
                           "| Old allowance | (100 - {Availability:baseline}) / 100 * 525960 | 526 | min |\n"
                           "| Broken | {Nope} * 2 | 1 | x |\n");
        ae::content::analyse(d);
        QCOMPARE(d.metrics.derived.size(), 3);
        const Diagnostics found = checkDerived(d.metrics, d.source);
        QStringList messages;
        for (const Diagnostic &x : found)
            messages << x.message;
        // The first is right and stated; the second is right but not stated in the prose; the third names no
        // row.
        QCOMPARE(found.size(), 2);
        QVERIFY2(messages.join(u'\n').contains(QLatin1String("derived `Old allowance` (526) is not stated")),
                 qPrintable(messages.join(u'\n')));
        QVERIFY(messages.join(u'\n').contains(QLatin1String("no metrics row named `Nope`")));
        // A table value changed without its prose: the check fails.
        d.source.replace(QStringLiteral("| 99.9 | 99.99 | %"), QStringLiteral("| 99.9 | 99.95 | %"));
        ae::content::analyse(d);
        bool disagrees = false;
        for (const Diagnostic &x : checkDerived(d.metrics, d.source))
            disagrees |=
                x.message.contains(QLatin1String("derived `Allowed downtime` is 52.6 but its formula gives"));
        QVERIFY(disagrees);
    }

    void derivedTolerance_followsTheStatedDigits()
    {
        // 3 % of 99.99 is 3 points: a tolerance by percentage alone would accept any downtime. Five units of
        // the last stated digit catch 50 -> 60 minutes.
        ae::content::Document d = study(
            QStringLiteral("a.md"), QStringLiteral("| Downtime | downtime | 520 | 50 | min | lower | x |\n"));
        d.source += QStringLiteral("\nThe measured 50 minutes is 99.9905 % availability.\n\n"
                                   "| Derived | Formula | Value | Unit |\n|---|---|---|---|\n"
                                   "| Availability | 100 - {Downtime} / 525960 * 100 | 99.9905 | % |\n"
                                   "| Rate | {Downtime} * 24 | 1.2k | x |\n");
        ae::content::analyse(d);
        QVERIFY(checkDerived(d.metrics, d.source).isEmpty() == false); // 1.2k is not stated in the prose
        d.source.replace(QStringLiteral("The measured"), QStringLiteral("1.2k, and the measured"));
        ae::content::analyse(d);
        QCOMPARE(checkDerived(d.metrics, d.source).size(), 0);
        d.source.replace(QStringLiteral("| 520 | 50 | min"), QStringLiteral("| 520 | 60 | min"));
        ae::content::analyse(d);
        QCOMPARE(checkDerived(d.metrics, d.source).size(), 2); // 99.9886 is not 99.9905; 1,440 is not 1.2k
    }

    void formulaErrorsAreLocated()
    {
        QString error;
        int offset = -1;
        QVERIFY(!evaluateFormula(QStringLiteral("(1 + 2"), {}, &error, &offset));
        QCOMPARE(error, QStringLiteral("missing `)`"));
        QVERIFY(!evaluateFormula(QStringLiteral("4 / (2 - 2)"), {}, &error, &offset));
        QCOMPARE(error, QStringLiteral("division by zero"));
        QCOMPARE(*evaluateFormula(QStringLiteral("1,000 * (3 - 1) / 4"), {}), 500.0);
    }

    // Golden: the measure of every metrics row of the bundled library (AE_UPDATE_GOLDEN=1 rewrites it).
    void bundledRowsMapToMeasures()
    {
        const ae::content::LoadResult loaded =
            ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        const LibraryMetrics data = collectMetrics(loaded.documents, bundled());
        QStringList lines;
        for (const Metric &m : data.metrics) {
            QVERIFY2(!m.measure.isEmpty(),
                     qPrintable(m.location() + QStringLiteral(" maps to no measure: ") + m.name));
            lines << m.studyPath + QStringLiteral(" | ") + m.name + QStringLiteral(" | ") + m.measure;
        }
        const QString text = lines.join(u'\n') + u'\n';
        const QString golden = QStringLiteral(AE_TEST_DATA "/metrics/bundled-measures.txt");
        if (ae::test::updateGoldens())
            QVERIFY(ae::test::writeUtf8(golden, text));
        bool ok = false;
        QCOMPARE(text, ae::test::readUtf8(golden, &ok));
        QVERIFY(ok);
    }

    void bundledLibraryComparesLikeWithLike()
    {
        const ae::content::LoadResult loaded =
            ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        const LibraryMetrics data = collectMetrics(loaded.documents, bundled());
        const MeasureMatrix m = buildMatrix(data, {}, 3);
        QStringList keys;
        for (const MatrixRow &r : m.rows)
            keys << r.key;
        QVERIFY2(m.rows.size() >= 8, qPrintable(keys.join(QStringLiteral(", "))));
    }
    // The unqualified latency rows hold each study's own main request: the ML platform's feature lookup
    // beside the shop's checkout is no ranking. No ratio, each cell names its request; like rows stay ranked.
    void ownMainRequests_areNotRanked_likeRowsAre()
    {
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("shop.md"),
                   QStringLiteral("| Checkout p99 latency | latency-p99 | 2,900 | 330 | ms | lower | x |\n"
                                  "| Ledger commit p99 | latency-p99 (ledger commit) | | 28 | ms | | x |\n"
                                  "| Availability | availability | | 99.95 | % | | x |\n"
                                  "| Recovery point | rpo | | 4 | s | | x |\n")),
             study(QStringLiteral("ml.md"),
                   QStringLiteral(
                       "| Online feature lookup p99 | latency-p99 | 180 | 1.2 | ms | lower | x |\n"
                       "| Ledger commit p99 latency | latency-p99 (ledger commit) | | 9 | ms | | x |\n"
                       "| Availability | availability | | 99.999 | % | | x |\n"
                       "| Recovery point | rpo | | 0 | s | | x |\n"))},
            bundled());
        const MeasureMatrix m = buildMatrix(data);
        auto rowOf = [&](const QString &key) -> const MatrixRow * {
            for (const MatrixRow &r : m.rows)
                if (r.key == key)
                    return &r;
            return nullptr;
        };
        const MatrixRow *p99 = rowOf(QStringLiteral("latency-p99"));
        QVERIFY(p99);
        QVERIFY(p99->ownRequests);
        QVERIFY(!p99->isRanked());
        for (const MatrixCell &c : p99->cells)
            QVERIFY2(!c.ratio, qPrintable(c.text));
        QCOMPARE(p99->cells.at(0).text, QStringLiteral("330 ms: checkout"));
        QCOMPARE(p99->cells.at(1).request, QStringLiteral("online feature lookup"));
        QCOMPARE(p99->cells.at(1).text, QStringLiteral("1.2 ms: online feature lookup"));
        QCOMPARE(*p99->cells.at(0).factor, 2900.0 / 330.0); // each study's own before→after stays
        // Like with like keeps its ranking: the same qualified request, availability, RPO.
        for (const QString &key : {QStringLiteral("latency-p99 (ledger commit)"),
                                   QStringLiteral("availability"), QStringLiteral("rpo")}) {
            const MatrixRow *r = rowOf(key);
            QVERIFY2(r && r->isRanked() && !r->ownRequests, qPrintable(key));
            QCOMPARE(*r->cells.at(1).ratio, 1.0);
            QVERIFY2(*r->cells.at(0).ratio > 1.0, qPrintable(key));
            QVERIFY(r->cells.at(0).request.isEmpty());
        }
        QCOMPARE(*rowOf(QStringLiteral("latency-p99 (ledger commit)"))->cells.at(0).ratio, 28.0 / 9.0);

        // The chart: each bar names its request, and the subtitle says the bars are no ranking.
        const MeasureChartData chart = buildMeasureChart(data, QStringLiteral("latency-p99"));
        QVERIFY(chart.ownRequests);
        QCOMPARE(chart.bars.at(0).label,
                 data.shortName(QStringLiteral("shop.md")) + QStringLiteral(": checkout"));
        QCOMPARE(chart.bars.at(1).label,
                 data.shortName(QStringLiteral("ml.md")) + QStringLiteral(": online feature lookup"));
        QVERIFY2(chart.subtitle.contains(QLatin1String("not a ranking")), qPrintable(chart.subtitle));
        const MeasureChartData ledger =
            buildMeasureChart(data, QStringLiteral("latency-p99 (ledger commit)"));
        QVERIFY(!ledger.ownRequests);
        QVERIFY(!ledger.subtitle.contains(QLatin1String("ranking")));
        QCOMPARE(ledger.bars.at(0).label, data.shortName(QStringLiteral("shop.md")));

        // The CSV exports: no ratio on the row, the request named; ratios on the others.
        const CsvRows csv = matrixTable(m, data.metrics);
        const QStringList head = csv.first();
        const int shopRequest = head.indexOf(QStringLiteral("shop.md request"));
        const int shopRatio = head.indexOf(QStringLiteral("shop.md ratio"));
        const int ranked = head.indexOf(QStringLiteral("ranked"));
        QVERIFY(shopRequest > 0 && shopRatio > 0 && ranked > 0);
        for (const QStringList &line : csv.mid(1)) {
            if (line.first() == QLatin1String("latency-p99")) {
                QCOMPARE(line.at(shopRequest), QStringLiteral("checkout"));
                QVERIFY(line.at(shopRatio).isEmpty());
                QVERIFY(line.at(ranked).startsWith(QLatin1String("no: ")));
            } else {
                QVERIFY2(!line.at(shopRatio).isEmpty(), qPrintable(line.first()));
                QCOMPARE(line.at(ranked), QStringLiteral("yes"));
            }
        }
        const CsvRows bars = chartTable(chart, data.metrics);
        QCOMPARE(bars.first().last(), QStringLiteral("request"));
        QCOMPARE(bars.at(2).last(), QStringLiteral("online feature lookup"));
    }

    // Two studies naming the same request are like with like: the unqualified row is ranked.
    void ownMainRequests_sameRequestIsRanked()
    {
        const LibraryMetrics data = collectMetrics(
            {study(QStringLiteral("a.md"),
                   QStringLiteral("| Checkout p99 latency | latency-p99 | | 400 | ms | | x |\n")),
             study(QStringLiteral("b.md"),
                   QStringLiteral("| Checkout p99 | latency-p99 | | 100 | ms | | x |\n"))},
            bundled());
        const MeasureMatrix m = buildMatrix(data);
        QCOMPARE(m.rows.size(), 1);
        QVERIFY(!m.rows.at(0).ownRequests);
        QCOMPARE(*m.rows.at(0).cells.at(0).ratio, 4.0);
        QCOMPARE(m.rows.at(0).cells.at(0).text, QStringLiteral("400 ms"));
        QVERIFY(!buildMeasureChart(data, QStringLiteral("latency-p99")).ownRequests);
    }

    void requestIsTheNameWithoutItsStatistic_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("request");
        QTest::newRow("trailing") << "Checkout p99 latency"
                                  << "checkout";
        QTest::newRow("no latency word") << "Online feature lookup p99"
                                         << "online feature lookup";
        QTest::newRow("mean first") << "Mean prediction latency at peak"
                                    << "prediction at peak";
        QTest::newRow("comma") << "Notification delivery p99, app open"
                               << "notification delivery, app open";
        QTest::newRow("capitals kept") << "PHI read p50"
                                       << "PHI read";
        QTest::newRow("nothing left") << "p99 latency"
                                      << "p99 latency";
        QTest::newRow("throughput") << "Peak feature lookups"
                                    << "feature lookups";
        QTest::newRow("throughput rate") << "Peak API request rate"
                                         << "API request";
        QTest::newRow("throughput, capitals kept") << "Peak PHI reads"
                                                   << "PHI reads";
    }
    void requestIsTheNameWithoutItsStatistic()
    {
        QFETCH(QString, name);
        QFETCH(QString, request);
        Metric m;
        m.name = name;
        m.measureId = name.startsWith(QLatin1String("Peak")) ? QStringLiteral("peak-throughput")
                                                             : QStringLiteral("latency-p99");
        QCOMPARE(requestOf(m), request);
    }

    // Golden: what each row of the bundled matrix ranks, and each cell's text and ratio (AE_UPDATE_GOLDEN=1
    // rewrites it).
    void bundledMatrixRanksOnlyLikeWithLike()
    {
        const ae::content::LoadResult loaded =
            ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        const LibraryMetrics data = collectMetrics(loaded.documents, bundled());
        const MeasureMatrix m = buildMatrix(data);
        QStringList lines;
        for (const MatrixRow &r : m.rows) {
            lines << r.key + QStringLiteral(" | ") +
                         (r.isRanked() ? QStringLiteral("ranked")
                          : r.ownRequests
                              ? QStringLiteral(
                                    "not ranked: each study's own main request, the requests differ")
                              : QStringLiteral("not ranked: no better direction"));
            for (int i = 0; i < r.cells.size(); ++i) {
                const MatrixCell &c = r.cells.at(i);
                if (c.metricIndex < 0)
                    continue;
                lines << QStringLiteral("    ") + m.shortNames.at(i) + QStringLiteral(": ") + c.text +
                             (c.ratio ? QStringLiteral(" | ratio %1").arg(*c.ratio, 0, 'g', 4) : QString());
            }
        }
        const QString text = lines.join(u'\n') + u'\n';
        const QString golden = QStringLiteral(AE_TEST_DATA "/metrics/bundled-matrix.txt");
        if (ae::test::updateGoldens())
            QVERIFY(ae::test::writeUtf8(golden, text));
        bool ok = false;
        QCOMPARE(text, ae::test::readUtf8(golden, &ok));
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(MeasureTest)
#include "measure_test.moc"

// SPDX-License-Identifier: MIT
// Normalisation arithmetic and comparison building: missing values stay missing, bounds stay bounds, units agree.
#include "metrics/comparison.h"

#include <QTest>

using namespace ae::metrics;

namespace {

Metric metric(const QString &study, const QString &name, const QString &baseline, const QString &result,
              const QString &unit, Better better = Better::Unspecified)
{
    Metric m;
    m.studyPath = study + QStringLiteral(".md");
    m.studyTitle = study;
    m.name = name;
    m.baseline = parseValue(baseline);
    m.result = parseValue(result);
    m.unit = parseUnit(unit);
    m.better = better == Better::Unspecified ? defaultBetter(m.unit.dimension, name) : better;
    m.line = 10;
    m.column = 2;
    return m;
}

// Three studies: shop (fast, cheap), bank (slow), media (no latency row, p99 as a bound).
Metrics sample()
{
    return {
        metric(QStringLiteral("shop"), QStringLiteral("p99 latency"), QStringLiteral("1.2"), QStringLiteral("0.12"),
               QStringLiteral("s")),
        metric(QStringLiteral("shop"), QStringLiteral("Peak rate"), QStringLiteral("1,200"),
               QStringLiteral("9.5k"), QStringLiteral("orders/s")),
        metric(QStringLiteral("shop"), QStringLiteral("Cost"), QStringLiteral("410,000"),
               QStringLiteral("265,000"), QStringLiteral("USD/month")),
        metric(QStringLiteral("bank"), QStringLiteral("p99 latency"), QStringLiteral("900"), QStringLiteral("240"),
               QStringLiteral("ms")),
        metric(QStringLiteral("bank"), QStringLiteral("p50 latency"), QStringLiteral("n/a"),
               QStringLiteral("2–6"), QStringLiteral("ms")),
        metric(QStringLiteral("bank"), QStringLiteral("Peak rate"), QStringLiteral("30"), QStringLiteral("120"),
               QStringLiteral("transactions/min")),
        metric(QStringLiteral("bank"), QStringLiteral("Cost"), QStringLiteral("—"), QStringLiteral("3.6M"),
               QStringLiteral("EUR/year")),
        metric(QStringLiteral("media"), QStringLiteral("P99  Latency"), QStringLiteral("50"),
               QStringLiteral("<10"), QStringLiteral("ms")),
        metric(QStringLiteral("media"), QStringLiteral("p50 latency"), QStringLiteral("12"),
               QStringLiteral("fast"), QStringLiteral("ms")),
        metric(QStringLiteral("media"), QStringLiteral("Availability"), QStringLiteral("99.9"),
               QStringLiteral("99.99"), QStringLiteral("%")),
    };
}

const ComparisonCell &cell(const ComparisonSet &set, const QString &study, const QString &key)
{
    static const ComparisonCell none;
    for (const ComparisonSeries &s : set.series)
        if (s.studyTitle == study)
            for (int k = 0; k < set.categories.size(); ++k)
                if (set.categories.at(k).key == key)
                    return s.cells.at(k);
    return none;
}

} // namespace

class ComparisonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalise_convertsToTheCanonicalUnit()
    {
        const Metrics m = sample();
        QCOMPARE(*m.at(0).normalisedResult(), 120.0);       // 0.12 s = 120 ms
        QCOMPARE(*m.at(0).normalisedBaseline(), 1200.0);
        QCOMPARE(*m.at(1).normalisedResult(), 9500.0);      // 9.5k orders/s
        QCOMPARE(*m.at(5).normalisedResult(), 2.0);         // 120 transactions/min = 2 /s
        QCOMPARE(*m.at(4).normalisedResult(), 4.0);         // middle of 2–6 ms
        QCOMPARE(*m.at(6).normalisedResult(), 300000.0);    // 3.6M EUR/year = 300k EUR/month
        QVERIFY(!m.at(4).normalisedBaseline());             // n/a stays missing
        QVERIFY(!m.at(8).normalisedResult());               // "fast" is no number
    }
    void improvementFactor_followsTheBetterDirection()
    {
        const Metrics m = sample();
        QCOMPARE(*m.at(0).improvementFactor(), 10.0); // 1200 ms -> 120 ms, lower is better
        QVERIFY(qFuzzyCompare(*m.at(1).improvementFactor(), 9500.0 / 1200.0));
        QVERIFY(qFuzzyCompare(*m.at(9).improvementFactor(), 10.0)); // 0.1 % -> 0.01 % unavailability
        QVERIFY(!m.at(4).improvementFactor()); // no baseline
        Metric nodes = metric(QStringLiteral("x"), QStringLiteral("Nodes"), QStringLiteral("3"),
                              QStringLiteral("9"), QStringLiteral("nodes"));
        QVERIFY(!nodes.improvementFactor()); // no direction for a plain count
    }
    void build_time_groupsByKeyAndKeepsMissingAndBounds()
    {
        ComparisonOptions o;
        o.dimension = Dimension::Time;
        const ComparisonSet set = buildComparison(sample(), o);
        QCOMPARE(set.unit, QStringLiteral("ms"));
        QCOMPARE(set.series.size(), 3);
        QCOMPARE(set.categories.size(), 2); // "p99 latency" (all three spell it alike) and "p50 latency"
        QCOMPARE(set.barCount(), 6);
        QCOMPARE(cell(set, QStringLiteral("shop"), QStringLiteral("p99 latency")).value, 120.0);
        QCOMPARE(cell(set, QStringLiteral("bank"), QStringLiteral("p99 latency")).value, 240.0);

        const ComparisonCell &bound = cell(set, QStringLiteral("media"), QStringLiteral("p99 latency"));
        QCOMPARE(bound.kind, Value::Kind::LessThan);
        QCOMPARE(bound.value, 10.0);
        QCOMPARE(bound.label, QStringLiteral("<10"));

        const ComparisonCell &missing = cell(set, QStringLiteral("shop"), QStringLiteral("p50 latency"));
        QVERIFY(!missing.isPresent());
        QCOMPARE(missing.metricIndex, -1);
        QCOMPARE(missing.label, QStringLiteral("missing"));

        const ComparisonCell &unreadable = cell(set, QStringLiteral("media"), QStringLiteral("p50 latency"));
        QVERIFY(!unreadable.isPresent());
        QVERIFY(unreadable.metricIndex >= 0); // still points at its source row
        QCOMPARE(unreadable.label, QStringLiteral("unreadable"));
        QCOMPARE(set.excluded.size(), 1);
        QVERIFY2(set.excluded.first().contains(QLatin1String("media.md:10:2")), qPrintable(set.excluded.first()));

        const ComparisonCell &range = cell(set, QStringLiteral("bank"), QStringLiteral("p50 latency"));
        QCOMPARE(range.kind, Value::Kind::Range);
        QCOMPARE(range.low, 2.0);
        QCOMPARE(range.high, 6.0);
        QCOMPARE(range.label, QStringLiteral("2–6"));
    }
    void build_relativeToBest_isOneForTheBestAndRatiosOtherwise()
    {
        ComparisonOptions o;
        o.dimension = Dimension::Time;
        const ComparisonSet set = buildComparison(sample(), o);
        QCOMPARE(*set.categories.first().best, 10.0); // the bound "<10" is the best p99
        QCOMPARE(*cell(set, QStringLiteral("media"), QStringLiteral("p99 latency")).relative, 1.0);
        QCOMPARE(*cell(set, QStringLiteral("shop"), QStringLiteral("p99 latency")).relative, 12.0);
        QCOMPARE(*cell(set, QStringLiteral("bank"), QStringLiteral("p99 latency")).relative, 24.0);
        QVERIFY(!cell(set, QStringLiteral("shop"), QStringLiteral("p50 latency")).relative);

        o.dimension = Dimension::Rate; // higher is better: best / value
        const ComparisonSet rate = buildComparison(sample(), o);
        QCOMPARE(*cell(rate, QStringLiteral("shop"), QStringLiteral("peak rate")).relative, 1.0);
        QCOMPARE(*cell(rate, QStringLiteral("bank"), QStringLiteral("peak rate")).relative, 4750.0);
    }
    void build_bestFirst_ordersSeriesByGeometricMean()
    {
        ComparisonOptions o;
        o.dimension = Dimension::Time;
        o.order = SeriesOrder::BestFirst;
        const ComparisonSet set = buildComparison(sample(), o);
        QStringList order;
        for (const ComparisonSeries &s : set.series)
            order << s.studyTitle;
        QCOMPARE(order, (QStringList{QStringLiteral("media"), QStringLiteral("shop"), QStringLiteral("bank")}));
    }
    void build_chosenStudiesAndMetrics_only()
    {
        ComparisonOptions o;
        o.dimension = Dimension::Time;
        o.studies = {QStringLiteral("bank.md"), QStringLiteral("shop.md")};
        o.metricKeys = {QStringLiteral("p99 latency")};
        const ComparisonSet set = buildComparison(sample(), o);
        QCOMPARE(set.series.size(), 2);
        QCOMPARE(set.series.first().studyTitle, QStringLiteral("bank"));
        QCOMPARE(set.categories.size(), 1);
    }
    void build_money_excludesOtherCurrencies()
    {
        ComparisonOptions o;
        o.dimension = Dimension::MoneyRate;
        Metrics m = sample();
        m.append(metric(QStringLiteral("media"), QStringLiteral("Cost"), QString(), QStringLiteral("$20,000"),
                        QStringLiteral("USD/month")));
        const ComparisonSet set = buildComparison(m, o);
        QCOMPARE(set.unit, QStringLiteral("USD/month"));
        QVERIFY(!cell(set, QStringLiteral("bank"), QStringLiteral("cost")).isPresent());
        QCOMPARE(set.excluded.size(), 1);
        QVERIFY2(set.excluded.first().contains(QLatin1String("EUR/month")), qPrintable(set.excluded.first()));
    }
    void build_byFamily_groupsDifferentlyNamedPercentiles()
    {
        Metrics m = sample();
        m.append(metric(QStringLiteral("shop"), QStringLiteral("Checkout p99 latency"), QString(),
                        QStringLiteral("300"), QStringLiteral("ms")));
        m.append(metric(QStringLiteral("bank"), QStringLiteral("Authorisation P99"), QString(),
                        QStringLiteral("180"), QStringLiteral("ms")));
        ComparisonOptions o;
        o.dimension = Dimension::Time;
        o.grouping = Grouping::ByFamily;
        const ComparisonSet set = buildComparison(m, o);
        QStringList names;
        for (const ComparisonCategory &c : set.categories)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("p99 latency"), QStringLiteral("p50 latency")}));
        // The first p99 row of each study is charted; the later ones are listed as left out, with their rows.
        QCOMPARE(cell(set, QStringLiteral("shop"), QStringLiteral("p99 latency")).value, 120.0);
        QCOMPARE(set.excluded.size(), 3); // two later p99 rows and media's unreadable p50
        o.metricKeys = {QStringLiteral("p99 latency")};
        QCOMPARE(buildComparison(m, o).categories.size(), 1);
    }
    void build_labels_keepTheTextWhenNotConverted()
    {
        Metrics m{metric(QStringLiteral("bank"), QStringLiteral("Availability"), QString(), QStringLiteral("99.999"),
                         QStringLiteral("%")),
                  metric(QStringLiteral("shop"), QStringLiteral("Availability"), QString(), QStringLiteral("~99.9"),
                         QStringLiteral("%")),
                  metric(QStringLiteral("shop"), QStringLiteral("p99"), QString(), QStringLiteral("1.5"),
                         QStringLiteral("s"))};
        ComparisonOptions o;
        o.dimension = Dimension::Percent;
        const ComparisonSet pct = buildComparison(m, o);
        QCOMPARE(cell(pct, QStringLiteral("bank"), QStringLiteral("availability")).label, QStringLiteral("99.999"));
        QCOMPARE(cell(pct, QStringLiteral("shop"), QStringLiteral("availability")).label, QStringLiteral("~99.9"));
        o.dimension = Dimension::Time; // converted: the label is in the chart's unit
        QCOMPARE(cell(buildComparison(m, o), QStringLiteral("shop"), QStringLiteral("p99")).label,
                 QStringLiteral("1500"));
    }
    void beforeAfter_toZero_isLabelledNotDrawn()
    {
        const Metrics m{metric(QStringLiteral("bank"), QStringLiteral("Recovery point"), QStringLiteral("~5"),
                               QStringLiteral("0"), QStringLiteral("s"), Better::Lower)};
        const ComparisonSet set = buildBeforeAfter(m, QStringLiteral("bank.md"));
        QVERIFY(!set.series.first().cells.first().isPresent());
        QCOMPARE(set.series.first().cells.first().label, QStringLiteral("from or to zero"));
    }
    void beforeAfter_isOneFactorPerMetricOfTheStudy()
    {
        const ComparisonSet set = buildBeforeAfter(sample(), QStringLiteral("bank.md"));
        QCOMPARE(set.series.size(), 1);
        QCOMPARE(set.categories.size(), 4);
        const QVector<ComparisonCell> &cells = set.series.first().cells;
        QCOMPARE(cells.at(0).value, 900.0 / 240.0);
        QVERIFY(!cells.at(1).isPresent());
        QCOMPARE(cells.at(1).label, QStringLiteral("no baseline"));
        QCOMPARE(cells.at(2).value, 4.0);
        QVERIFY(!cells.at(3).isPresent());
        QCOMPARE(set.unit, QStringLiteral("x"));
    }
    void dimensionsPresent_listsOnlyChartableOnes()
    {
        const QVector<Dimension> d = dimensionsPresent(sample());
        QCOMPARE(d, (QVector<Dimension>{Dimension::Time, Dimension::Rate, Dimension::Percent,
                                        Dimension::MoneyRate}));
    }
};

QTEST_GUILESS_MAIN(ComparisonTest)
#include "comparison_test.moc"

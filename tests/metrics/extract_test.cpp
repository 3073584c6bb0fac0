// SPDX-License-Identifier: MIT
// Extraction from sample case studies in tests/data/metrics: which rows are read, what they mean, and where
// each unreadable cell is reported.
#include "markdown/markdown.h"
#include "metrics/extract.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ae::metrics;

namespace {

QString readData(const QString &name)
{
    QFile f(QStringLiteral(AE_TEST_DATA "/metrics/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Extraction extractFile(const QString &name)
{
    return extractMetrics(ae::markdown::parse(readData(name)), name, name);
}

const Metric *find(const Extraction &ex, const QString &name)
{
    for (const Metric &m : ex.metrics)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

class ExtractTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extract_goodTable_readsEveryRowOfTheSectionAndSubsections()
    {
        const Extraction ex = extractFile(QStringLiteral("good.md"));
        QVERIFY(ex.hasSection);
        QVERIFY2(ex.diagnostics.isEmpty(),
                 qPrintable(ex.diagnostics.isEmpty() ? QString() : ex.diagnostics.first().message));
        QStringList names;
        for (const Metric &m : ex.metrics)
            names << m.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Checkout p99 latency"), QStringLiteral("Peak order rate"),
                              QStringLiteral("Availability"), QStringLiteral("Infrastructure cost"),
                              QStringLiteral("Search p50 latency"), QStringLiteral("Nightly batch"),
                              QStringLiteral("Hot data")}));
    }
    void extract_goodTable_keepsTextNumbersUnitsAndDirections()
    {
        const Extraction ex = extractFile(QStringLiteral("good.md"));
        const Metric *rate = find(ex, QStringLiteral("Peak order rate"));
        QVERIFY(rate);
        QCOMPARE(rate->result.text, QStringLiteral("~9,500"));
        QCOMPARE(rate->result.kind, Value::Kind::Approximate);
        QCOMPARE(rate->result.number, 9500.0);
        QCOMPARE(rate->baseline.number, 1200.0);
        QCOMPARE(rate->unit.dimension, Dimension::Rate);
        QCOMPARE(rate->better, Better::Higher);
        QVERIFY(rate->betterGiven);
        QCOMPARE(rate->source, QStringLiteral("Black Friday"));
        QCOMPARE(rate->sectionAnchor, QStringLiteral("performance-metrics"));
        QCOMPARE(rate->line, 21);

        const Metric *search = find(ex, QStringLiteral("Search p50 latency"));
        QVERIFY(search);
        QCOMPARE(search->baseline.kind, Value::Kind::Missing);
        QCOMPARE(search->result.kind, Value::Kind::LessThan);
        QVERIFY(!search->improvementFactor());

        const Metric *batch = find(ex, QStringLiteral("Nightly batch"));
        QVERIFY(batch);
        QVERIFY(!batch->betterGiven);
        QCOMPARE(batch->better, Better::Lower); // time: lower by default
        QCOMPARE(batch->baseline.kind, Value::Kind::Range);

        const Metric *hot = find(ex, QStringLiteral("Hot data"));
        QVERIFY(hot);
        QCOMPARE(hot->sectionAnchor, QStringLiteral("storage"));
        QCOMPARE(hot->unit.dimension, Dimension::Size);
        QCOMPARE(hot->source, QStringLiteral("after compaction"));
    }
    void extract_badCells_reportsEachAtItsLineAndColumn()
    {
        const Extraction ex = extractFile(QStringLiteral("bad-cells.md"));
        QStringList got;
        for (const ae::Diagnostic &d : ex.diagnostics)
            got << ae::formatDiagnostic(QStringLiteral("bad-cells.md"), d)
                       .section(QStringLiteral(" (hint:"), 0, 0);
        const QStringList expected =
            readData(QStringLiteral("bad-cells.expected")).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(got, expected);
    }
    void extract_badCells_keepsEveryRowForTheTableView()
    {
        const Extraction ex = extractFile(QStringLiteral("bad-cells.md"));
        QCOMPARE(ex.metrics.size(), 8);
        const Metric *wordy = find(ex, QStringLiteral("Wordy value"));
        QVERIFY(wordy);
        QCOMPARE(wordy->result.kind, Value::Kind::Invalid);
        QCOMPARE(wordy->result.text, QStringLiteral("fast"));
        QVERIFY(!wordy->isChartable());
        const Metric *typo = find(ex, QStringLiteral("Typo unit"));
        QVERIFY(typo);
        QVERIFY(!typo->isChartable());
        QCOMPARE(typo->unit.text, QStringLiteral("mss"));
    }
    void extract_sectionWithoutTable_warnsAndIgnoresOtherSections()
    {
        const Extraction ex = extractFile(QStringLiteral("no-table.md"));
        QVERIFY(ex.hasSection);
        QVERIFY(ex.metrics.isEmpty());
        QCOMPARE(ex.diagnostics.size(), 1);
        QCOMPARE(ex.diagnostics.first().line, 3);
    }
    void extract_tableWithoutRequiredColumns_namesTheMissingOnes()
    {
        const Extraction ex = extractFile(QStringLiteral("wrong-columns.md"));
        QVERIFY(ex.metrics.isEmpty());
        // The component table is not a metrics table and is ignored; the near miss is reported, then the
        // section.
        QCOMPARE(ex.diagnostics.size(), 2);
        QCOMPARE(ex.diagnostics.first().line, 5);
        QCOMPARE(ex.diagnostics.at(1).line, 3);
        QVERIFY2(ex.diagnostics.first().message.contains(QLatin1String("no Result, Unit column")),
                 qPrintable(ex.diagnostics.first().message));
    }
    void extract_documentWithoutSection_isNotACaseStudy()
    {
        const Extraction ex = extractMetrics(ae::markdown::parse(QStringLiteral("# Guide\n\nText.\n")),
                                             QStringLiteral("guide.md"), QStringLiteral("Guide"));
        QVERIFY(!ex.hasSection);
        QVERIFY(ex.diagnostics.isEmpty());
    }
    void extract_bundledCaseStudies_haveNoUnreadableCells()
    {
        // Every case study in content/ must chart cleanly: a warning here is a table a reader sees but the
        // chart cannot show.
        const QString dir = QStringLiteral(AE_SOURCE_DIR "/content/case-studies");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files);
        if (files.isEmpty())
            QSKIP("no case studies in content/case-studies yet");
        for (const QString &f : files) {
            QFile file(dir + u'/' + f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Extraction ex =
                extractMetrics(ae::markdown::parse(QString::fromUtf8(file.readAll())), f, f);
            QVERIFY2(ex.hasSection, qPrintable(f + QStringLiteral(": no Performance Metrics section")));
            QVERIFY2(!ex.metrics.isEmpty(), qPrintable(f + QStringLiteral(": no metrics")));
            QStringList problems;
            for (const ae::Diagnostic &d : ex.diagnostics)
                problems << ae::formatDiagnostic(f, d);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(ExtractTest)
#include "extract_test.moc"

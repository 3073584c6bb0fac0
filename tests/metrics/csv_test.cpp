// SPDX-License-Identifier: MIT
// CSV: RFC 4180 quoting, and a metrics export read back field for field.
#include "metrics/csv.h"
#include "metrics/report.h"

#include <QTest>

using namespace ae::metrics;

class CsvTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void write_quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(writeCsv({{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}}),
                 QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    }
    void roundTrip_awkwardFields_comeBackUnchanged()
    {
        const CsvRows rows = {
            {QStringLiteral("study"), QStringLiteral("metric"), QStringLiteral("text")},
            {QStringLiteral("a.md"), QStringLiteral("Peak, busiest minute"), QStringLiteral("~9,500")},
            {QStringLiteral("b.md"), QStringLiteral("He said \"fast\""), QString()},
            {QStringLiteral("c.md"), QStringLiteral("multi\r\nline"), QStringLiteral("€5 – €6")},
            {QString(), QString(), QString()},
        };
        QString error;
        QCOMPARE(readCsv(writeCsv(rows), &error), rows);
        QVERIFY(error.isEmpty());
    }
    void roundTrip_metricsExport_keepsEveryField()
    {
        Metric m;
        m.studyPath = QStringLiteral("case-studies/shop.md");
        m.studyTitle = QStringLiteral("Shop, \"composite\"");
        m.name = QStringLiteral("Peak order rate");
        m.baseline = parseValue(QStringLiteral("1,200"));
        m.result = parseValue(QStringLiteral("~9,500"));
        m.unit = parseUnit(QStringLiteral("orders/min"));
        m.better = Better::Higher;
        m.source = QStringLiteral("Black Friday,\nbusiest minute");
        const CsvRows table = metricsTable({m});
        QString error;
        const CsvRows back = readCsv(writeCsv(table), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back, table);
        QCOMPARE(back.size(), 2);
        const int valueColumn = int(back.first().indexOf(QStringLiteral("result_value")));
        QVERIFY(valueColumn >= 0);
        QVERIFY(qFuzzyCompare(back.at(1).at(valueColumn).toDouble(), 9500.0 / 60));
    }
    void read_malformed_reportsTheLine()
    {
        QString error;
        readCsv(QStringLiteral("a,b\r\nc,\"d\r\n"), &error);
        QVERIFY2(error.contains(QLatin1String("unterminated")), qPrintable(error));
        error.clear();
        readCsv(QStringLiteral("a,b\nc,d\"e\n"), &error);
        QVERIFY2(error.startsWith(QLatin1String("line 2")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "csv_test.moc"

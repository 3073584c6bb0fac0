// SPDX-License-Identifier: MIT
// Numbers as people read them: a golden table of value -> text for every dimension, and the availability
// helpers.
#include "metrics/format.h"

#include <QTest>

using namespace ae::metrics;

class FormatTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quantity_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("value"); // in the unit as written
        QTest::addColumn<bool>("availability");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *unit, double v, const char *expected, bool availability = false) {
            QTest::addRow("%s %g", unit, v)
                << QString::fromUtf8(unit) << v << availability << QString::fromUtf8(expected);
        };
        row("ms", 28, "28 ms");
        row("ms", 1.2, "1.2 ms");
        row("ms", 0.45, "450 µs");
        row("ms", 1400, "1.4 s");
        row("s", 35, "35 s");
        row("s", 3120, "52 min");
        row("h", 14, "14 h");
        row("days", 3, "3 days");
        row("min", 263, "4.38 h");
        row("payments/s", 3500, "3.5k payments/s");
        row("writes/s", 170000, "170k writes/s");
        row("req/s", 110000, "110k requests/s");
        row("predictions/s", 40000, "40k predictions/s");
        row("TB", 22, "22 TB");
        row("PB", 1.4, "1.4 PB");
        row("GB", 650, "650 GB");
        row("GB/day", 1500, "1.5 TB/day");
        row("%", 99.999, "99.999 % (5.26 min/yr)", true);
        row("%", 99.95, "99.95 % (4.38 h/yr)", true);
        row("%", 0.051, "0.051 %");
        row("%", 98.5, "98.5 %");
        row("USD/month", 690000, "$690k/month");
        row("USD/month", 1120000, "$1.12M/month");
        row("USD/1k payments", 0.44, "$0.44 per 1k payments");
        row("USD/order", 0.0022, "$2.2 per 1k orders");
        row("USD/1M predictions", 6.8, "$6.8 per 1M predictions");
        row("x", 1.53226, "1.5x");
        row("count", 46000000000, "46B");
        row("incidents/year", 1, "1 incident/yr");
        row("incidents/year", 9, "9 incidents/yr");
        row("shards", 16, "16 shards");
    }
    void quantity()
    {
        QFETCH(QString, unit);
        QFETCH(double, value);
        QFETCH(bool, availability);
        QFETCH(QString, expected);
        const Unit u = parseUnit(unit);
        QVERIFY2(u.isValid(), qPrintable(unit));
        QCOMPARE(formatQuantity(value * u.scale, u, availability), expected);
    }

    void factorsHaveTwoSignificantDigits()
    {
        QCOMPARE(formatFactor(0.3333), QStringLiteral("0.33x"));
        QCOMPARE(formatFactor(2.5), QStringLiteral("2.5x"));
        QCOMPARE(formatFactor(12.4), QStringLiteral("12x"));
        QCOMPARE(formatFactor(137), QStringLiteral("140x"));
    }

    void availabilityHelpers()
    {
        QCOMPARE(qRound(downtimeMinutesPerYear(99.95)), 263);
        QVERIFY(qAbs(nines(99.9) - 3.0) < 1e-9);
        QVERIFY(qAbs(nines(99.999) - 5.0) < 1e-9);
    }

    void decoratedValues()
    {
        Metric m;
        m.unit = parseUnit(QStringLiteral("ms"));
        QCOMPARE(formatValue(m, parseValue(QStringLiteral("<10"))), QStringLiteral("<10 ms"));
        QCOMPARE(formatValue(m, parseValue(QStringLiteral("~35"))), QStringLiteral("~35 ms"));
        QCOMPARE(formatValue(m, parseValue(QStringLiteral("n/a"))), QStringLiteral("missing"));
        QCOMPARE(formatValue(m, parseValue(QStringLiteral("2-5"))), QStringLiteral("2–5 ms"));
    }
};

QTEST_GUILESS_MAIN(FormatTest)
#include "format_test.moc"

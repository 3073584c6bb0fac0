// SPDX-License-Identifier: MIT
// Table-driven tests of the unit and value-cell parsers: what every table cell the guide allows turns into.
#include "metrics/unit.h"
#include "metrics/value.h"

#include <QTest>

using namespace ae::metrics;

Q_DECLARE_METATYPE(ae::metrics::Dimension)
Q_DECLARE_METATYPE(ae::metrics::Value::Kind)

class UnitTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unit_table_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Dimension>("dimension");
        QTest::addColumn<double>("scale"); // to the canonical unit
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, const QString &text, Dimension d, double scale,
                      const char *canonical) {
            QTest::newRow(name) << text << d << scale << QString::fromUtf8(canonical);
        };
        // time -> ms
        row("ns", QStringLiteral("ns"), Dimension::Time, 1e-6, "ms");
        row("us", QStringLiteral("us"), Dimension::Time, 1e-3, "ms");
        row("micro sign", QStringLiteral("µs"), Dimension::Time, 1e-3, "ms");
        row("greek mu", QStringLiteral("μs"), Dimension::Time, 1e-3, "ms");
        row("ms", QStringLiteral("ms"), Dimension::Time, 1, "ms");
        row("MS upper", QStringLiteral("MS"), Dimension::Time, 1, "ms");
        row("s", QStringLiteral("s"), Dimension::Time, 1000, "ms");
        row("seconds", QStringLiteral("seconds"), Dimension::Time, 1000, "ms");
        row("min", QStringLiteral("min"), Dimension::Time, 60000, "ms");
        row("h", QStringLiteral("h"), Dimension::Time, 3600000, "ms");
        row("hours", QStringLiteral("hours"), Dimension::Time, 3600000, "ms");
        row("days", QStringLiteral("days"), Dimension::Time, 86400000, "ms");
        // rates -> per second
        row("orders/s", QStringLiteral("orders/s"), Dimension::Rate, 1, "/s");
        row("req/s", QStringLiteral("req/s"), Dimension::Rate, 1, "/s");
        row("requests/min", QStringLiteral("requests/min"), Dimension::Rate, 1.0 / 60, "/s");
        row("queries/h", QStringLiteral("queries/h"), Dimension::Rate, 1.0 / 3600, "/s");
        row("tx/day", QStringLiteral("tx/day"), Dimension::Rate, 1.0 / 86400, "/s");
        row("transactions per second", QStringLiteral("transactions per second"), Dimension::Rate, 1, "/s");
        row("messages / s spaced", QStringLiteral("messages / s"), Dimension::Rate, 1, "/s");
        row("events/sec", QStringLiteral("events/sec"), Dimension::Rate, 1, "/s");
        row("writes/s", QStringLiteral("writes/s"), Dimension::Rate, 1, "/s");
        row("reads/s", QStringLiteral("reads/s"), Dimension::Rate, 1, "/s");
        row("payments/min", QStringLiteral("payments/min"), Dimension::Rate, 1.0 / 60, "/s");
        row("k req/s", QStringLiteral("k req/s"), Dimension::Rate, 1000, "/s");
        row("M events/day", QStringLiteral("M events/day"), Dimension::Rate, 1e6 / 86400, "/s");
        row("QPS", QStringLiteral("QPS"), Dimension::Rate, 1, "/s");
        row("TPS", QStringLiteral("TPS"), Dimension::Rate, 1, "/s");
        row("RPS", QStringLiteral("RPS"), Dimension::Rate, 1, "/s");
        row("ops/s", QStringLiteral("ops/s"), Dimension::Rate, 1, "/s");
        // sizes -> GB
        row("B", QStringLiteral("B"), Dimension::Size, 1e-9, "GB");
        row("KB", QStringLiteral("KB"), Dimension::Size, 1e-6, "GB");
        row("MB", QStringLiteral("MB"), Dimension::Size, 1e-3, "GB");
        row("GB", QStringLiteral("GB"), Dimension::Size, 1, "GB");
        row("TB", QStringLiteral("TB"), Dimension::Size, 1000, "GB");
        row("PB", QStringLiteral("PB"), Dimension::Size, 1e6, "GB");
        row("KiB", QStringLiteral("KiB"), Dimension::Size, 1024e-9, "GB");
        row("GiB", QStringLiteral("GiB"), Dimension::Size, 1073741824e-9, "GB");
        row("TiB", QStringLiteral("TiB"), Dimension::Size, 1099511627776e-9, "GB");
        // size rates -> MB/s
        row("MB/s", QStringLiteral("MB/s"), Dimension::SizeRate, 1, "MB/s");
        row("GB/day", QStringLiteral("GB/day"), Dimension::SizeRate, 1000.0 / 86400, "MB/s");
        row("TB/month", QStringLiteral("TB/month"), Dimension::SizeRate, 1e6 / (30.4375 * 86400), "MB/s");
        // percentages, factors
        row("%", QStringLiteral("%"), Dimension::Percent, 1, "%");
        row("percent", QStringLiteral("percent"), Dimension::Percent, 1, "%");
        row("x", QStringLiteral("x"), Dimension::Factor, 1, "x");
        row("times sign", QStringLiteral("×"), Dimension::Factor, 1, "x");
        // money
        row("USD", QStringLiteral("USD"), Dimension::Money, 1, "USD");
        row("EUR", QStringLiteral("EUR"), Dimension::Money, 1, "EUR");
        row("dollar sign", QStringLiteral("$"), Dimension::Money, 1, "USD");
        row("USD/month", QStringLiteral("USD/month"), Dimension::MoneyRate, 1, "USD/month");
        row("USD/year", QStringLiteral("USD/year"), Dimension::MoneyRate, 1.0 / 12, "USD/month");
        row("EUR/month", QStringLiteral("EUR/month"), Dimension::MoneyRate, 1, "EUR/month");
        row("USD/transaction", QStringLiteral("USD/transaction"), Dimension::MoneyPerUnit, 1e6, "USD per 1M");
        row("USD/1k transactions", QStringLiteral("USD/1k transactions"), Dimension::MoneyPerUnit, 1e3,
            "USD per 1M");
        row("USD/1M requests", QStringLiteral("USD/1M requests"), Dimension::MoneyPerUnit, 1, "USD per 1M");
        row("USD per GB", QStringLiteral("USD per GB"), Dimension::MoneyPerUnit, 1e6, "USD per 1M");
        // counts
        row("count", QStringLiteral("count"), Dimension::Count, 1, "count");
        row("nodes", QStringLiteral("nodes"), Dimension::Count, 1, "count");
        row("shards", QStringLiteral("shards"), Dimension::Count, 1, "count");
        row("servers", QStringLiteral("servers"), Dimension::Count, 1, "count");
        row("users", QStringLiteral("users"), Dimension::Count, 1, "count");
        row("records", QStringLiteral("records"), Dimension::Count, 1, "count");
        row("incidents/year", QStringLiteral("incidents/year"), Dimension::Count, 1, "count");
        row("incidents/month", QStringLiteral("incidents/month"), Dimension::Count, 365.25 / 30.4375,
            "count");
        // not units: reported, never guessed
        row("empty", QString(), Dimension::Unknown, 1, "");
        row("typo mss", QStringLiteral("mss"), Dimension::Unknown, 1, "");
        row("unknown noun rate", QStringLiteral("widgets/s"), Dimension::Unknown, 1, "");
        row("rate of nothing", QStringLiteral("/s"), Dimension::Unknown, 1, "");
        row("double slash", QStringLiteral("req/s/s"), Dimension::Unknown, 1, "");
        row("trailing slash", QStringLiteral("req/"), Dimension::Unknown, 1, "");
        row("money per bogus", QStringLiteral("USD/banana"), Dimension::Unknown, 1, "");
        row("bits are not bytes", QStringLiteral("Mbps"), Dimension::Unknown, 1, "");
        row("words", QStringLiteral("a lot"), Dimension::Unknown, 1, "");
    }
    void unit_table()
    {
        QFETCH(QString, text);
        QFETCH(Dimension, dimension);
        QFETCH(double, scale);
        QFETCH(QString, canonical);
        QString error;
        const Unit u = ae::metrics::parseUnit(text, &error);
        QCOMPARE(u.dimension, dimension);
        if (dimension == Dimension::Unknown) {
            QVERIFY(!u.isValid());
            QVERIFY2(!error.isEmpty(), "an unknown unit must say why");
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(qFuzzyCompare(u.scale, scale), qPrintable(QString::number(u.scale, 'g', 17)));
        QCOMPARE(u.canonical, canonical);
        QCOMPARE(u.text, text.trimmed());
    }

    void value_table_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Value::Kind>("kind");
        QTest::addColumn<double>("number");
        QTest::addColumn<double>("high");
        using K = Value::Kind;
        auto row = [](const char *name, const QString &text, K kind, double n, double h) {
            QTest::newRow(name) << text << kind << n << h;
        };
        row("integer", QStringLiteral("120"), K::Exact, 120, 120);
        row("thousands", QStringLiteral("1,200"), K::Exact, 1200, 1200);
        row("millions", QStringLiteral("12,500,000"), K::Exact, 12.5e6, 12.5e6);
        row("decimal", QStringLiteral("0.25"), K::Exact, 0.25, 0.25);
        row("leading dot", QStringLiteral(".5"), K::Exact, 0.5, 0.5);
        row("thousands and decimals", QStringLiteral("1,234.5"), K::Exact, 1234.5, 1234.5);
        row("narrow no-break space", QStringLiteral("1\u202F200"), K::Exact, 1200, 1200);
        row("spaces around", QStringLiteral("  42  "), K::Exact, 42, 42);
        row("negative", QStringLiteral("-5"), K::Exact, -5, -5);
        row("approx", QStringLiteral("~9,500"), K::Approximate, 9500, 9500);
        row("approx spaced", QStringLiteral("~ 45"), K::Approximate, 45, 45);
        row("almost equal", QStringLiteral("≈3"), K::Approximate, 3, 3);
        row("less than", QStringLiteral("<10"), K::LessThan, 10, 10);
        row("less or equal", QStringLiteral("≤ 5"), K::LessThan, 5, 5);
        row("less or equal ascii", QStringLiteral("<=5"), K::LessThan, 5, 5);
        row("greater than", QStringLiteral(">99.99"), K::GreaterThan, 99.99, 99.99);
        row("greater or equal", QStringLiteral("≥1,000"), K::GreaterThan, 1000, 1000);
        row("range hyphen", QStringLiteral("2-5"), K::Range, 2, 5);
        row("range en dash", QStringLiteral("2–5"), K::Range, 2, 5);
        row("range spaced", QStringLiteral("2 – 5"), K::Range, 2, 5);
        row("range to", QStringLiteral("2 to 5"), K::Range, 2, 5);
        row("range suffixed", QStringLiteral("1.2k-3k"), K::Range, 1200, 3000);
        row("k", QStringLiteral("1.2k"), K::Exact, 1200, 1200);
        row("K", QStringLiteral("45K"), K::Exact, 45000, 45000);
        row("M", QStringLiteral("3M"), K::Exact, 3e6, 3e6);
        row("B", QStringLiteral("2B"), K::Exact, 2e9, 2e9);
        row("bn", QStringLiteral("1.5bn"), K::Exact, 1.5e9, 1.5e9);
        row("million word", QStringLiteral("4 million"), K::Exact, 4e6, 4e6);
        row("percent", QStringLiteral("99.95%"), K::Exact, 99.95, 99.95);
        row("percent range", QStringLiteral("2-5%"), K::Range, 2, 5);
        row("dollars", QStringLiteral("$1.2M"), K::Exact, 1.2e6, 1.2e6);
        row("euros after", QStringLiteral("850 €"), K::Exact, 850, 850);
        row("bound dollars", QStringLiteral("<$0.01"), K::LessThan, 0.01, 0.01);
        row("n/a", QStringLiteral("n/a"), K::Missing, 0, 0);
        row("N/A", QStringLiteral("N/A"), K::Missing, 0, 0);
        row("em dash", QStringLiteral("—"), K::Missing, 0, 0);
        row("hyphen", QStringLiteral("-"), K::Missing, 0, 0);
        row("empty", QString(), K::Missing, 0, 0);
        row("question mark", QStringLiteral("?"), K::Missing, 0, 0);
        row("tbd", QStringLiteral("TBD"), K::Missing, 0, 0);
        // bad cells
        row("word", QStringLiteral("fast"), K::Invalid, 0, 0);
        row("unit in value", QStringLiteral("120 ms"), K::Invalid, 0, 0);
        row("bad grouping", QStringLiteral("1,20"), K::Invalid, 0, 0);
        row("bad grouping long", QStringLiteral("12,3456"), K::Invalid, 0, 0);
        row("dot without digits", QStringLiteral("5."), K::Invalid, 0, 0);
        row("reversed range", QStringLiteral("5-2"), K::Invalid, 0, 0);
        row("approximate range", QStringLiteral("~2-5"), K::Invalid, 0, 0);
        row("bound alone", QStringLiteral("<"), K::Invalid, 0, 0);
        row("two numbers", QStringLiteral("3 4"), K::Invalid, 0, 0);
        row("trailing junk", QStringLiteral("99.9%!"), K::Invalid, 0, 0);
        row("lowercase m is not million", QStringLiteral("3m"), K::Invalid, 0, 0);
    }
    void value_table()
    {
        QFETCH(QString, text);
        QFETCH(Value::Kind, kind);
        QFETCH(double, number);
        QFETCH(double, high);
        QString error;
        const Value v = ae::metrics::parseValue(text, &error);
        QCOMPARE(v.kind, kind);
        QCOMPARE(v.text, text.trimmed());
        if (kind == Value::Kind::Invalid) {
            QVERIFY2(!error.isEmpty(), "an unreadable value must say why");
            QVERIFY(!v.hasNumber());
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v.number, number);
        QCOMPARE(v.high, high);
    }

    void parseValue_currencyAndPercent_areRemembered()
    {
        QCOMPARE(ae::metrics::parseValue(QStringLiteral("$410,000")).currency, QStringLiteral("USD"));
        QCOMPARE(ae::metrics::parseValue(QStringLiteral("€12")).currency, QStringLiteral("EUR"));
        QVERIFY(ae::metrics::parseValue(QStringLiteral("99.9 %")).percent);
        QVERIFY(!parseValue(QStringLiteral("99.9")).percent);
    }
    void parseValue_unitInCell_pointsAtTheUnit()
    {
        QString error;
        const Value v = parseValue(QStringLiteral("120 ms"), &error);
        QCOMPARE(v.errorOffset, 4);
        QVERIFY2(error.contains(QLatin1String("`ms`")), qPrintable(error));
    }
    void representative_isMiddleOfRangeAndTheBoundOtherwise()
    {
        QCOMPARE(ae::metrics::parseValue(QStringLiteral("2–6")).representative(), 4.0);
        QCOMPARE(ae::metrics::parseValue(QStringLiteral("<10")).representative(), 10.0);
    }
    void betterFromText_acceptsWordsAndArrows()
    {
        QCOMPARE(betterFromText(QStringLiteral("Lower")), Better::Lower);
        QCOMPARE(betterFromText(QStringLiteral("higher is better")), Better::Higher);
        QCOMPARE(betterFromText(QStringLiteral("↓")), Better::Lower);
        bool ok = true;
        QCOMPARE(betterFromText(QStringLiteral("sideways"), &ok), Better::Unspecified);
        QVERIFY(!ok);
    }
    void defaultBetter_followsDimensionThenName()
    {
        QCOMPARE(defaultBetter(Dimension::Time, QStringLiteral("p99 latency")), Better::Lower);
        QCOMPARE(defaultBetter(Dimension::Rate, QStringLiteral("Peak orders")), Better::Higher);
        QCOMPARE(defaultBetter(Dimension::Percent, QStringLiteral("Availability")), Better::Higher);
        QCOMPARE(defaultBetter(Dimension::Percent, QStringLiteral("Error rate")), Better::Lower);
        QCOMPARE(defaultBetter(Dimension::Count, QStringLiteral("Incidents")), Better::Lower);
        QCOMPARE(defaultBetter(Dimension::Count, QStringLiteral("Nodes")), Better::Unspecified);
    }
    void dimensionFromId_roundTrips()
    {
        for (Dimension d : allDimensions()) {
            QCOMPARE(dimensionFromId(dimensionId(d)), d);
            QCOMPARE(dimensionFromId(dimensionDisplayName(d)), d);
        }
        QCOMPARE(dimensionFromId(QStringLiteral("latency")), Dimension::Time);
        QCOMPARE(dimensionFromId(QStringLiteral("bogus")), Dimension::Unknown);
    }
};

QTEST_GUILESS_MAIN(UnitTest)
#include "unit_test.moc"

// SPDX-License-Identifier: MIT
// Scenario tests of the shipped scoring rules: a requirement set as a user would answer the Decide forms -> the
// technologies the source document's framework would put first.
#include "testsupport.h"

using namespace ae::advisor;

namespace {

QStringList ids(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
}

} // namespace

class ScenarioTest : public QObject
{
    Q_OBJECT
private:
    Advisor m_advisor = test::shippedAdvisor();

private Q_SLOTS:
    void recommend_scenario_topChoiceIsExpected_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QStringList>("acceptableTop"); // ids; the first-ranked must be one of them
        QTest::addColumn<QString>("mustBeTopTwo");      // an id that must rank first or second ("" = none)

        QTest::newRow("graph traversal -> graph database")
            << QString::fromUtf8("data-shape=graph; queries=traversal")
            << ids("neo4j,tigergraph,amazon-neptune") << QString();
        QTest::newRow("graph, small team on AWS, managed -> Neptune")
            << QString::fromUtf8("data-shape=graph; queries=traversal; expertise=small; hosting=managed; cloud=aws")
            << ids("amazon-neptune") << QString();
        QTest::newRow("ACID money movement -> relational or distributed SQL")
            << QString::fromUtf8("data-shape=tables; queries=sql; transactions=multi-row; consistency=strong")
            << ids("postgresql,mysql,cockroachdb,google-spanner") << QString();
        QTest::newRow("similarity search -> vector database")
            << QString::fromUtf8("data-shape=vectors; queries=similarity; integrations=ml")
            << ids("pinecone,weaviate,qdrant") << QString();
        QTest::newRow("high-write telemetry -> time-series database")
            << QString::fromUtf8("data-shape=time-series; queries=windows; write-rate=high; volume=tb")
            << ids("timescaledb,influxdb") << QString();
        QTest::newRow("sub-ms session cache -> Redis")
            << QString::fromUtf8("data-shape=key-value; queries=key-lookup; role=cache; latency=sub-ms; volume=gb")
            << ids("redis") << QString();
        QTest::newRow("global five nines, strong -> CockroachDB or Spanner")
            << QString::fromUtf8("data-shape=tables; transactions=multi-row; consistency=strong; regions=strong-global")
            << ids("cockroachdb,google-spanner") << QString();
        QTest::newRow("global five nines self-hosted -> CockroachDB")
            << QString::fromUtf8("data-shape=tables; transactions=multi-row; consistency=strong; regions=strong-global; "
               "hosting=self-hosted")
            << ids("cockroachdb") << QString();
        QTest::newRow("flexible-schema documents -> MongoDB or Couchbase")
            << QString::fromUtf8("data-shape=documents; transactions=single-record")
            << ids("mongodb,couchbase") << QString();
        QTest::newRow("massive writes, tunable consistency -> Cassandra")
            << QString::fromUtf8("write-rate=very-high; consistency=tunable; volume=pb; regions=active-active; hosting=self-hosted")
            << ids("apache-cassandra") << QString();
        QTest::newRow("full-text search -> Elasticsearch")
            << QString::fromUtf8("data-shape=text; queries=full-text")
            << ids("elasticsearch") << QString();
        QTest::newRow("durable event log -> Kafka")
            << QString::fromUtf8("data-shape=events; queries=replay; role=backbone; write-rate=high; volume=tb")
            << ids("apache-kafka") << QString();
        QTest::newRow("serverless key-value on AWS -> DynamoDB")
            << QString::fromUtf8("data-shape=key-value; queries=key-lookup; hosting=managed; expertise=small; cloud=aws; "
               "write-rate=very-high; volume=pb")
            << ids("amazon-dynamodb") << QString();
        QTest::newRow("analytics over petabytes -> ClickHouse")
            << QString::fromUtf8("data-shape=analytical; queries=analytics; role=reporting; volume=pb")
            << ids("clickhouse") << QString();
        QTest::newRow("documents plus vectors for RAG -> vector store that holds documents")
            << QString::fromUtf8("data-shape=documents,vectors; queries=similarity")
            << ids("weaviate") << QString();
    }

    void recommend_scenario_topChoiceIsExpected()
    {
        QFETCH(QString, requirements);
        QFETCH(QStringList, acceptableTop);
        QFETCH(QString, mustBeTopTwo);
        const Recommendation rec = m_advisor.recommend(test::parseRequirements(requirements));
        QVERIFY(rec.unknownAnswers.isEmpty());
        QVERIFY(rec.ranked.size() >= 2);
        const RankedTechnology &top = rec.ranked.first();
        QVERIFY2(acceptableTop.contains(top.technology.id),
                 qPrintable(QStringLiteral("top was %1 (%2), then %3 (%4)")
                                .arg(top.technology.id)
                                .arg(top.total)
                                .arg(rec.ranked.at(1).technology.id)
                                .arg(rec.ranked.at(1).total)));
        // A recommendation is only useful when it says why.
        QVERIFY(!top.reasons.isEmpty());
        QVERIFY(top.total > 0);
        if (!mustBeTopTwo.isEmpty())
            QVERIFY(rec.ranked.at(0).technology.id == mustBeTopTwo || rec.ranked.at(1).technology.id == mustBeTopTwo);
    }

    void recommend_moneyMovement_rejectsStoresWithoutTransactions()
    {
        const Recommendation rec = m_advisor.recommend(
            test::parseRequirements(QStringLiteral("transactions=multi-row; consistency=strong")));
        for (const RankedTechnology &r : rec.ranked) {
            if (r.technology.values(QStringLiteral("transactions")).contains(QStringLiteral("acid")))
                continue;
            QVERIFY2(r.total < 0, qPrintable(r.technology.id));
        }
    }

    void recommend_breakdown_sumsToTotalAndNamesFactor()
    {
        const Recommendation rec = m_advisor.recommend(test::parseRequirements(
            QStringLiteral("data-shape=graph; consistency=strong; latency=ms; expertise=small; cloud=aws")));
        const Rules &rules = m_advisor.rules();
        for (const RankedTechnology &r : rec.ranked) {
            QCOMPARE(r.factorPoints.size(), rules.factors.size());
            double sum = 0;
            QVector<double> fromReasons(rules.factors.size(), 0.0);
            for (int f = 0; f < rules.factors.size(); ++f)
                sum += r.factorPoints.at(f) * rules.factors.at(f).weight;
            for (const Reason &reason : r.reasons)
                fromReasons[reason.factor] += reason.points;
            QCOMPARE(r.total, sum);
            QCOMPARE(fromReasons, r.factorPoints);
        }
        const RankedTechnology &top = rec.ranked.first();
        QVERIFY(top.factorPoints.at(0) > 0); // the data model factor counted the graph answer
    }

    void recommend_noAnswers_ranksEveryCandidateAtZeroByName()
    {
        const Recommendation rec = m_advisor.recommend({});
        QVERIFY(!rec.ranked.isEmpty());
        QVERIFY(rec.conflicts.isEmpty());
        for (int i = 0; i < rec.ranked.size(); ++i) {
            QCOMPARE(rec.ranked.at(i).total, 0.0);
            if (i > 0)
                QVERIFY(rec.ranked.at(i - 1).technology.name.compare(rec.ranked.at(i).technology.name,
                                                                       Qt::CaseInsensitive) < 0);
        }
    }

    void recommend_candidatesFilter_leavesOutNonDatabases()
    {
        const Recommendation rec = m_advisor.recommend({});
        for (const RankedTechnology &r : rec.ranked) {
            QVERIFY2(r.technology.category != QLatin1String("other"), qPrintable(r.technology.id));
            QVERIFY2(r.technology.category != QLatin1String("processing"), qPrintable(r.technology.id));
        }
        QVERIFY(m_advisor.catalogue().find(QStringLiteral("envoy"))); // in the catalogue, just not a candidate
    }

    void recommend_unknownAnswer_isReportedAndIgnored()
    {
        const Recommendation rec =
            m_advisor.recommend(test::parseRequirements(QStringLiteral("data-shape=graph,spreadsheets; nope=x")));
        const QStringList expected = ids("data-shape=spreadsheets,nope=x");
        QCOMPARE(rec.unknownAnswers, expected);
        QCOMPARE(rec.ranked.first().technology.category, QStringLiteral("graph"));
    }

    void conflicts_globalStrongWithSubMs_flaggedWithExplanation()
    {
        const Recommendation rec = m_advisor.recommend(
            test::parseRequirements(QStringLiteral("regions=strong-global; latency=sub-ms; consistency=strong")));
        QCOMPARE(rec.conflicts.size(), 1);
        QCOMPARE(rec.conflicts.first().id, QStringLiteral("global-strong-sub-ms"));
        QVERIFY(rec.conflicts.first().explanation.contains(QStringLiteral("round trip")));
    }

    void conflicts_eachRuleNeedsAllConditions()
    {
        // Only one half of each pair: nothing flagged.
        for (const QString &half : {QStringLiteral("regions=strong-global"), QStringLiteral("latency=sub-ms"),
                                    QStringLiteral("transactions=multi-row"), QStringLiteral("volume=pb"),
                                    QStringLiteral("write-rate=very-high; expertise=small")})
            QVERIFY2(m_advisor.recommend(test::parseRequirements(half)).conflicts.isEmpty(), qPrintable(half));
        const Recommendation both = m_advisor.recommend(test::parseRequirements(
            QStringLiteral("transactions=multi-row; consistency=eventual; volume=pb; latency=sub-ms")));
        QStringList found;
        for (const Conflict &c : both.conflicts)
            found << c.id;
        const QStringList expected = ids("acid-eventual,pb-sub-ms");
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(ScenarioTest)
#include "scenario_test.moc"

// SPDX-License-Identifier: MIT
// Scenario tests of the shipped scoring rules: a requirement set as a user would answer the Decide forms ->
// the technologies the source document's framework would put first.
#include "testsupport.h"

using namespace ae::advisor;

namespace {

QStringList ids(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
}

// Requirement sets used by more than one test; the tests name the case study each one follows.
const char kLedger[] =
    "data-shape=tables; queries=sql; transactions=multi-row; consistency=strong; role=system-of-record";
const char kShoppingCart[] =
    "data-shape=key-value; queries=key-lookup; role=cache; latency=ms; transactions=single-record";
const char kLineage[] = "data-shape=documents,graph; volume=gb";
const char kModelTelemetry[] =
    "data-shape=time-series,tables; queries=windows,sql; write-rate=high; volume=tb";
const char kVectorsInVpc[] = "data-shape=vectors; queries=similarity; hosting=self-hosted";
const char kAccounts[] =
    "data-shape=tables; transactions=multi-row; consistency=strong; regions=read-replicas; volume=gb";

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
            << QString::fromUtf8(
                   "data-shape=graph; queries=traversal; expertise=small; hosting=managed; cloud=aws")
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
            << QString::fromUtf8(
                   "data-shape=key-value; queries=key-lookup; role=cache; latency=sub-ms; volume=gb")
            << ids("redis") << QString();
        QTest::newRow("global five nines, strong -> CockroachDB or Spanner")
            << QString::fromUtf8(
                   "data-shape=tables; transactions=multi-row; consistency=strong; regions=strong-global")
            << ids("cockroachdb,google-spanner") << QString();
        QTest::newRow("global five nines self-hosted -> CockroachDB")
            << QString::fromUtf8(
                   "data-shape=tables; transactions=multi-row; consistency=strong; regions=strong-global; "
                   "hosting=self-hosted")
            << ids("cockroachdb") << QString();
        QTest::newRow("flexible-schema documents -> MongoDB or Couchbase")
            << QString::fromUtf8("data-shape=documents; transactions=single-record")
            << ids("mongodb,couchbase") << QString();
        QTest::newRow("massive writes, tunable consistency -> Cassandra")
            << QString::fromUtf8("write-rate=very-high; consistency=tunable; volume=pb; "
                                 "regions=active-active; hosting=self-hosted")
            << ids("apache-cassandra") << QString();
        QTest::newRow("full-text search -> Elasticsearch")
            << QString::fromUtf8("data-shape=text; queries=full-text") << ids("elasticsearch") << QString();
        QTest::newRow("durable event log -> Kafka")
            << QString::fromUtf8(
                   "data-shape=events; queries=replay; role=backbone; write-rate=high; volume=tb")
            << ids("apache-kafka") << QString();
        QTest::newRow("serverless key-value on AWS -> DynamoDB")
            << QString::fromUtf8(
                   "data-shape=key-value; queries=key-lookup; hosting=managed; expertise=small; cloud=aws; "
                   "write-rate=very-high; volume=pb")
            << ids("amazon-dynamodb") << QString();
        QTest::newRow("analytics over petabytes -> ClickHouse")
            << QString::fromUtf8("data-shape=analytical; queries=analytics; role=reporting; volume=pb")
            << ids("clickhouse") << QString();
        QTest::newRow("documents plus vectors for RAG -> vector store that holds documents")
            << QString::fromUtf8("data-shape=documents,vectors; queries=similarity") << ids("weaviate")
            << QString();

        // The choices the bundled case studies made (content/case-studies/*.md), answered as their teams
        // would.

        // ecommerce.md, "Carts: Redis with an outbox, PostgreSQL for recovery and history" and "Inventory
        // cache and flash-sale gate: Redis 7": a cart is a hash read by key in a few ms, rebuildable from
        // PostgreSQL.
        QTest::newRow("study: shopping cart -> Redis")
            << QString::fromUtf8(kShoppingCart) << ids("redis") << QString();
        // ai-ml-platform.md, "Experiment metadata and lineage: MongoDB": documents of very different shapes
        // with lineage edges walked by $graphLookup; PostgreSQL with JSONB "was a close call".
        QTest::newRow("study: ML lineage documents -> document store or PostgreSQL")
            << QString::fromUtf8(kLineage) << ids("mongodb,couchbase,postgresql") << QString();
        // ai-ml-platform.md, "Model telemetry: TimescaleDB": per-minute metrics kept in SQL next to the
        // deployment tables they are joined with.
        QTest::newRow("study: model telemetry joined with tables -> TimescaleDB")
            << QString::fromUtf8(kModelTelemetry) << ids("timescaledb") << QString();
        // ai-ml-platform.md, "Vector search: Qdrant" (Pinecone lost on data residency; Weaviate the close
        // second) and fintech.md, "Trade-offs Made" ("Qdrant in-VPC over a hosted vector service").
        QTest::newRow("study: vector search inside our network -> Qdrant or Weaviate")
            << QString::fromUtf8(kVectorsInVpc) << ids("qdrant,weaviate") << QString();
        // healthcare.md, "Images: Amazon S3": 1.4 PB of DICOM files on AWS.
        QTest::newRow("study: medical images -> Amazon S3")
            << QString::fromUtf8("data-shape=blobs; volume=pb; cloud=aws") << ids("amazon-s3") << QString();
        // healthcare.md, "Notes and imaging metadata: MongoDB 7" (Couchbase: "similar document
        // capabilities").
        QTest::newRow("study: clinical notes and DICOM metadata -> document store")
            << QString::fromUtf8(
                   "data-shape=documents; transactions=single-record; write-rate=medium; volume=tb")
            << ids("mongodb,couchbase") << QString();
        // social-media.md, "Posts and notification inboxes: Apache Cassandra": written once, read by id,
        // listed by author, append-heavy, in three regions with LOCAL_QUORUM.
        QTest::newRow("study: posts and inboxes -> Cassandra")
            << QString::fromUtf8(
                   "data-shape=wide-rows; queries=key-lookup; write-rate=high; regions=active-active; "
                   "consistency=tunable; volume=tb")
            << ids("apache-cassandra") << QString();
        // social-media.md, "Accounts: PostgreSQL": uniqueness and transactions; 410 million 1 kB rows on one
        // primary with replicas in other regions.
        QTest::newRow("study: user accounts -> relational")
            << QString::fromUtf8(kAccounts) << ids("postgresql,mysql,cockroachdb,google-spanner")
            << QString();
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
            QVERIFY(rec.ranked.at(0).technology.id == mustBeTopTwo ||
                    rec.ranked.at(1).technology.id == mustBeTopTwo);
    }

    // A technology (by id) or any technology of a category must stay out of the first `top` places.
    void recommend_scenario_mismatchStaysOutOfTop_data()
    {
        QTest::addColumn<QString>("requirements");
        QTest::addColumn<QStringList>("excluded"); // technology ids or categories
        QTest::addColumn<int>("top");

        // fintech.md, "The ledger: CockroachDB across three regions" and "The double-entry ledger schema":
        // accounts, journal transactions and postings in SQL tables, serialisable transactions across
        // accounts.
        QTest::newRow("study: relational ledger -> no graph database in the top 5")
            << QString::fromUtf8(kLedger) << ids("graph") << 5;
        // ecommerce.md, "Carts: Redis with an outbox, PostgreSQL for recovery and history".
        QTest::newRow("study: shopping cart -> no vector database in the top 3")
            << QString::fromUtf8(kShoppingCart) << ids("vector") << 3;
        // ai-ml-platform.md, "Experiment metadata and lineage: MongoDB": "Neo4j was considered for lineage
        // and judged excessive"; the documents dominate, the lineage edges are walked inside the document
        // store.
        QTest::newRow("study: ML lineage documents -> no graph database in the top 3")
            << QString::fromUtf8(kLineage) << ids("graph") << 3;
        // ai-ml-platform.md, "Model telemetry: TimescaleDB": "InfluxDB would have needed a second system for
        // those joins".
        QTest::newRow("study: model telemetry joined with tables -> InfluxDB not in the top 3")
            << QString::fromUtf8(kModelTelemetry) << ids("influxdb") << 3;
        // fintech.md, "Fraud features: TimescaleDB, Redis via Feast, and Qdrant": "nearly every feature is a
        // window over time, which TimescaleDB computes incrementally in SQL and MongoDB left to application
        // code".
        QTest::newRow("study: windowed fraud features -> no document store in the top 3")
            << QString::fromUtf8("data-shape=time-series; queries=windows") << ids("document") << 3;
        // ecommerce.md, "Orders and inventory: PostgreSQL 15": DynamoDB "could hold the model" but lost
        // because every access path must be designed up front and ad-hoc queries would need an export.
        QTest::newRow("study: order processing -> DynamoDB not in the top 3")
            << QString::fromUtf8(
                   "data-shape=tables; queries=sql; transactions=multi-row; consistency=strong; "
                   "expertise=experienced")
            << ids("amazon-dynamodb") << 3;
        // ai-ml-platform.md, "Vector search: Qdrant": Pinecone, a hosted service outside the VPC, lost on
        // data residency.
        QTest::newRow("study: vector search inside our network -> Pinecone not in the top 2")
            << QString::fromUtf8(kVectorsInVpc) << ids("pinecone") << 2;
        // social-media.md, "Accounts: PostgreSQL": claiming a handle is atomic; Cassandra, used in the same
        // study for posts and inboxes, is not where accounts went.
        QTest::newRow("study: user accounts -> no wide-column store in the top 5")
            << QString::fromUtf8(kAccounts) << ids("wide-column") << 5;
    }

    void recommend_scenario_mismatchStaysOutOfTop()
    {
        QFETCH(QString, requirements);
        QFETCH(QStringList, excluded);
        QFETCH(int, top);
        const Recommendation rec = m_advisor.recommend(test::parseRequirements(requirements));
        QVERIFY(rec.unknownAnswers.isEmpty());
        QVERIFY(rec.ranked.size() > top);
        for (int i = 0; i < top; ++i) {
            const Technology &t = rec.ranked.at(i).technology;
            QVERIFY2(!excluded.contains(t.id) && !excluded.contains(t.category),
                     qPrintable(QStringLiteral("%1 (%2) ranked %3 with %4 points")
                                    .arg(t.id, t.category)
                                    .arg(i + 1)
                                    .arg(rec.ranked.at(i).total)));
        }
    }

    // The complaint that started the data-model rules: graph stores (strongly consistent, ACID) outranked
    // MongoDB and DynamoDB for a relational ledger, because holding the wrong shape of data cost them
    // nothing. fintech.md weighed DynamoDB for its ledger ("Alternatives considered"); no study weighed a
    // graph database for one.
    void recommend_relationalLedger_graphStoresBelowDocumentAndKeyValueStores()
    {
        const Recommendation rec = m_advisor.recommend(test::parseRequirements(QString::fromUtf8(kLedger)));
        const auto rankOf = [&rec](const QString &id) {
            for (int i = 0; i < rec.ranked.size(); ++i) {
                if (rec.ranked.at(i).technology.id == id)
                    return i;
            }
            return -1;
        };
        for (const char *graph : {"neo4j", "tigergraph", "amazon-neptune"}) {
            const int g = rankOf(QString::fromUtf8(graph));
            QVERIFY(g >= 0);
            QVERIFY2(g > rankOf(QStringLiteral("mongodb")), graph);
            QVERIFY2(g > rankOf(QStringLiteral("amazon-dynamodb")), graph);
            // The points against say why, in the data model factor.
            bool said = false;
            for (const Reason &r : rec.ranked.at(g).reasons)
                said =
                    said || (r.factor == 0 && r.points < 0 && r.text.contains(QStringLiteral("not tables")));
            QVERIFY2(said, graph);
        }
        // A store that holds relational tables is never marked down for them.
        for (const RankedTechnology &r : rec.ranked) {
            if (!r.technology.values(QStringLiteral("dataModels")).contains(QStringLiteral("relational")))
                continue;
            for (const Reason &reason : r.reasons)
                QVERIFY2(!(reason.factor == 0 && reason.points < 0), qPrintable(r.technology.id));
        }
    }

    // For every data-shape answer: a store whose data models hold the shape gets no points against from it,
    // and no store gets two points-against from one answer (the rules of one answer must not overlap).
    void rules_dataShapeMismatch_neverHitsAFitAndNeverTwice()
    {
        const Question *shape = m_advisor.rules().question(QStringLiteral("data-shape"));
        QVERIFY(shape);
        int mismatches = 0;
        for (const Answer &answer : shape->answers) {
            for (const Technology &t : m_advisor.catalogue().technologies) {
                if (!m_advisor.rules().isCandidate(t))
                    continue;
                bool fits = false;
                int against = 0;
                for (const ScoringRule &rule : answer.rules) {
                    if (!rule.matches(t))
                        continue;
                    if (rule.points > 0 && rule.test.field == QLatin1String("dataModels"))
                        fits = true;
                    if (rule.points < 0)
                        ++against;
                }
                const QString where = answer.id + QLatin1Char('/') + t.id;
                QVERIFY2(against <= 1, qPrintable(where));
                QVERIFY2(!(fits && against > 0), qPrintable(where));
                mismatches += against;
            }
        }
        QVERIFY(mismatches > 20);
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
        QVERIFY(
            m_advisor.catalogue().find(QStringLiteral("envoy"))); // in the catalogue, just not a candidate
    }

    void recommend_unknownAnswer_isReportedAndIgnored()
    {
        const Recommendation rec = m_advisor.recommend(
            test::parseRequirements(QStringLiteral("data-shape=graph,spreadsheets; nope=x")));
        const QStringList expected = ids("data-shape=spreadsheets,nope=x");
        QCOMPARE(rec.unknownAnswers, expected);
        QCOMPARE(rec.ranked.first().technology.category, QStringLiteral("graph"));
    }

    void conflicts_globalStrongWithSubMs_flaggedWithExplanation()
    {
        const Recommendation rec = m_advisor.recommend(test::parseRequirements(
            QStringLiteral("regions=strong-global; latency=sub-ms; consistency=strong")));
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
            QVERIFY2(m_advisor.recommend(test::parseRequirements(half)).conflicts.isEmpty(),
                     qPrintable(half));
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

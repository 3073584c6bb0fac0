// SPDX-License-Identifier: MIT
// The technology index over the bundled catalogue and case studies: aliases and versions resolve, every
// technology lists the sections, diagram nodes and metrics that involve it.
#include "content/library.h"
#include "search/technologies.h"

#include <QtTest>

using namespace ae::search;

class TechnologiesTest : public QObject
{
    Q_OBJECT
private:
    TechnologyIndex m_index;
    int m_catalogueSize = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QStringLiteral(AE_SOURCE_DIR "/content/technologies.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const QVector<CatalogueTechnology> catalogue = parseCatalogue(f.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(catalogue.size() >= 20);
        m_catalogueSize = int(catalogue.size());
        const ae::content::LoadResult lib =
            ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        QVERIFY(lib.error.isEmpty());
        m_index = TechnologyIndex::build(lib.documents, catalogue);
    }

    void stripVersion_removesTrailingVersions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("major") << QStringLiteral("PostgreSQL 15") << QStringLiteral("PostgreSQL");
        QTest::newRow("dotted") << QStringLiteral("CockroachDB 23.2") << QStringLiteral("CockroachDB");
        QTest::newRow("v") << QStringLiteral("Redis v7.2") << QStringLiteral("Redis");
        QTest::newRow("no version") << QStringLiteral("Amazon S3") << QStringLiteral("Amazon S3");
        QTest::newRow("only a number") << QStringLiteral("2024") << QStringLiteral("2024");
    }
    void stripVersion_removesTrailingVersions()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(stripVersion(input), expected);
    }

    void find_aliasesAndVersions_resolveToCatalogueEntry()
    {
        const int pg = m_index.find(QStringLiteral("PostgreSQL"));
        QVERIFY(pg >= 0);
        QCOMPARE(m_index.technologies().at(pg).id, QStringLiteral("postgresql"));
        QCOMPARE(m_index.find(QStringLiteral("PostgreSQL 15")), pg);
        QCOMPARE(m_index.find(QStringLiteral("postgres")), pg);
        QCOMPARE(m_index.find(QStringLiteral("POSTGRESQL 16.1")), pg);
        QVERIFY(m_index.find(QStringLiteral("Redis 7")) >= 0);
        QCOMPARE(m_index.technologies().at(m_index.find(QStringLiteral("Redis 7"))).id,
                 QStringLiteral("redis"));
        QCOMPARE(m_index.find(QStringLiteral("No Such Engine")), -1);
    }

    void technologies_everyCatalogueEntryListed_withCategory()
    {
        QVERIFY(m_index.technologies().size() >= m_catalogueSize);
        for (int i = 0; i < m_catalogueSize; ++i) {
            QVERIFY(m_index.technologies().at(i).inCatalogue);
            QVERIFY(!m_index.technologies().at(i).category.isEmpty());
        }
    }

    void postgresql_involvesEcommerceAndFintech()
    {
        const Technology &pg = m_index.technologies().at(m_index.find(QStringLiteral("PostgreSQL")));
        const QStringList docs = pg.documents();
        QVERIFY2(docs.contains(QStringLiteral("case-studies/ecommerce.md")), qPrintable(docs.join(u',')));
        QVERIFY2(docs.contains(QStringLiteral("case-studies/fintech.md")), qPrintable(docs.join(u',')));
        bool section = false, node = false;
        for (const TechnologyUse &u : pg.uses) {
            section |= u.kind == TechnologyUse::Kind::Section && !u.anchor.isEmpty();
            node |= u.kind == TechnologyUse::Kind::DiagramNode && u.block >= 0 && !u.key.isEmpty();
        }
        QVERIFY(section);
        QVERIFY(node);
    }

    void cockroachdb_diagramNodes_carryVersionAsWritten()
    {
        const Technology &crdb = m_index.technologies().at(m_index.find(QStringLiteral("CockroachDB")));
        QVERIFY(crdb.writtenAs.contains(QStringLiteral("CockroachDB 23.2")));
        int nodes = 0;
        for (const TechnologyUse &u : crdb.uses) {
            if (u.kind == TechnologyUse::Kind::DiagramNode) {
                ++nodes;
                QCOMPARE(u.docPath, QStringLiteral("case-studies/fintech.md"));
                QVERIFY(u.line > 0);
            }
        }
        QVERIFY(nodes >= 3);
    }

    void redisStreams_isNotAlsoCountedAsRedisAtTheSamePlace()
    {
        TechnologyIndex idx = TechnologyIndex::build(
            {ae::content::loadDocument(QStringLiteral(AE_TEST_DATA "/search/streams.md"),
                                       QStringLiteral("s.md"))},
            {{QStringLiteral("redis"), QStringLiteral("Redis"), {}, QStringLiteral("key-value"), {}},
             {QStringLiteral("redis-streams"),
              QStringLiteral("Redis Streams"),
              {},
              QStringLiteral("stream"),
              {}}});
        const Technology &redis = idx.technologies().at(idx.find(QStringLiteral("Redis")));
        const Technology &streams = idx.technologies().at(idx.find(QStringLiteral("Redis Streams")));
        QCOMPARE(streams.uses.size(), 1);
        QCOMPARE(streams.uses.first().anchor, QStringLiteral("events"));
        QCOMPARE(redis.uses.size(), 1);
        QCOMPARE(redis.uses.first().anchor, QStringLiteral("cache"));
    }

    void diagramOnlyTechnology_isAddedWithoutCategory()
    {
        TechnologyIndex idx = TechnologyIndex::build(
            {ae::content::loadDocument(QStringLiteral(AE_TEST_DATA "/search/streams.md"),
                                       QStringLiteral("s.md"))},
            {});
        const int i = idx.find(QStringLiteral("FoundationDB 7.1"));
        QVERIFY(i >= 0);
        QCOMPARE(idx.technologies().at(i).name, QStringLiteral("FoundationDB"));
        QVERIFY(!idx.technologies().at(i).inCatalogue);
        QVERIFY(idx.technologies().at(i).category.isEmpty());
        // its node and the section naming it
        QCOMPARE(idx.technologies().at(i).uses.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TechnologiesTest)
#include "technologies_test.moc"

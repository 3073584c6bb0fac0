// SPDX-License-Identifier: MIT
// Relevance over the real bundled library (content/): the query a reader would type finds the case study and the
// section that answers it first.
#include "content/library.h"
#include "search/searchindex.h"

#include <QtTest>

using namespace ae::search;

class RelevanceTest : public QObject
{
    Q_OBJECT
private:
    SearchIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        const ae::content::LoadResult lib = ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        QVERIFY2(lib.error.isEmpty(), qPrintable(lib.error));
        QVERIFY(lib.documents.size() >= 5);
        m_index = buildIndex(lib.documents);
    }

    void search_query_topDocumentAndSection_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("anchor"); // expected section of the top hit; empty = any
        QTest::newRow("double-entry ledger") << QStringLiteral("double-entry ledger")
                                             << QStringLiteral("case-studies/fintech.md")
                                             << QStringLiteral("the-double-entry-ledger-schema");
        QTest::newRow("DICOM") << QStringLiteral("DICOM") << QStringLiteral("case-studies/healthcare.md")
                               << QStringLiteral("dicom-metadata-in-mongodb");
        QTest::newRow("fan-out") << QStringLiteral("fan-out") << QStringLiteral("case-studies/social-media.md")
                                 << QStringLiteral("timelines-hybrid-fan-out");
        QTest::newRow("feature store") << QStringLiteral("feature store")
                                       << QStringLiteral("case-studies/ai-ml-platform.md")
                                       << QStringLiteral("feature-store-feast-over-redis-and-iceberg");
        QTest::newRow("cart expiry") << QStringLiteral("cart expiry") << QStringLiteral("case-studies/ecommerce.md")
                                     << QString();
        QTest::newRow("diacritics and case") << QStringLiteral("dïcom metadata") << QStringLiteral("case-studies/healthcare.md")
                                             << QStringLiteral("dicom-metadata-in-mongodb");
        QTest::newRow("typing a prefix") << QStringLiteral("double-entry led")
                                         << QStringLiteral("case-studies/fintech.md")
                                         << QStringLiteral("the-double-entry-ledger-schema");
    }
    void search_query_topDocumentAndSection()
    {
        QFETCH(QString, query);
        QFETCH(QString, document);
        QFETCH(QString, anchor);
        const SearchResults r = m_index.search(query);
        QVERIFY2(!r.isEmpty(), qPrintable(query));
        const SearchHit &top = r.groups.first().hits.first();
        QCOMPARE(r.groups.first().docPath, document);
        if (!anchor.isEmpty())
            QCOMPARE(top.entry.anchor, anchor);
        QVERIFY(!top.findText.isEmpty());
    }

    void search_cartExpiry_findsTheCartSection()
    {
        const SearchResults r = m_index.search(QStringLiteral("cart expiry"));
        QVERIFY(!r.isEmpty());
        const SearchHit &top = r.groups.first().hits.first();
        const QString where = (top.entry.sectionTitle + QLatin1Char(' ') + top.entry.text).toLower();
        QVERIFY2(where.contains(QLatin1String("cart")) && where.contains(QLatin1String("expir")),
                 qPrintable(top.entry.sectionTitle));
    }

    void search_technologyName_findsDiagramNodes()
    {
        const SearchResults r = m_index.search(QStringLiteral("CockroachDB"));
        QVERIFY(!r.isEmpty());
        QCOMPARE(r.groups.first().docPath, QStringLiteral("case-studies/fintech.md"));
        bool node = false;
        for (const SearchHit &h : r.groups.first().hits)
            node |= h.entry.kind == EntryKind::DiagramNode || h.entry.kind == EntryKind::Technology;
        QVERIFY(node);
    }

    void search_snippetHighlights_areMatchedWords()
    {
        const SearchResults r = m_index.search(QStringLiteral("fan-out"));
        QVERIFY(!r.isEmpty());
        const SearchHit &top = r.groups.first().hits.first();
        QVERIFY(!top.snippet.highlights.isEmpty() || !top.headingHighlights.isEmpty());
        for (const TextRange &range : top.snippet.highlights) {
            const QString word = top.snippet.text.mid(range.start, range.length).toLower();
            QVERIFY2(word == QLatin1String("fan") || word == QLatin1String("out"), qPrintable(word));
        }
    }
};

QTEST_GUILESS_MAIN(RelevanceTest)
#include "relevance_test.moc"

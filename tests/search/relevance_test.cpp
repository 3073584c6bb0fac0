// SPDX-License-Identifier: MIT
// Relevance over the real bundled library (content/): the query a reader would type finds the case study and
// the section that answers it first.
#include "content/library.h"
#include "search/searchindex.h"

#include <QtTest>

#include <algorithm>

using namespace ae::search;

namespace {

// Every hit, best first across documents (results are grouped by document).
QVector<SearchHit> ranked(const SearchResults &r)
{
    QVector<SearchHit> out;
    for (const SearchGroup &g : r.groups)
        out += g.hits;
    std::stable_sort(out.begin(), out.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    return out;
}

// 1-based rank of the entry (document and section) among the hits, 0 if absent.
int rankOf(const QVector<SearchHit> &hits, const QString &document, const QString &anchor)
{
    for (int i = 0; i < hits.size(); ++i) {
        if (hits.at(i).entry.docPath == document && hits.at(i).entry.anchor == anchor)
            return i + 1;
    }
    return 0;
}

QString describe(const QVector<SearchHit> &hits, int count)
{
    QStringList lines;
    for (int i = 0; i < std::min(count, int(hits.size())); ++i)
        lines << QStringLiteral("%1. %2#%3 (%4)")
                     .arg(i + 1)
                     .arg(hits.at(i).entry.docPath, hits.at(i).entry.anchor,
                          QString::number(hits.at(i).score));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class RelevanceTest : public QObject
{
    Q_OBJECT
private:
    SearchIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        const ae::content::LoadResult lib =
            ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        QVERIFY2(lib.error.isEmpty(), qPrintable(lib.error));
        QVERIFY(lib.documents.size() >= 5);
        m_index = buildIndex(lib.documents);
    }

    void search_query_topDocumentAndSection_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("anchor"); // expected section of the top hit; empty = any
        QTest::newRow("double-entry ledger")
            << QStringLiteral("double-entry ledger") << QStringLiteral("case-studies/fintech.md")
            << QStringLiteral("the-double-entry-ledger-schema");
        QTest::newRow("DICOM") << QStringLiteral("DICOM") << QStringLiteral("case-studies/healthcare.md")
                               << QStringLiteral("dicom-metadata-in-mongodb");
        QTest::newRow("fan-out") << QStringLiteral("fan-out")
                                 << QStringLiteral("case-studies/social-media.md")
                                 << QStringLiteral("timelines-hybrid-fan-out");
        QTest::newRow("feature store")
            << QStringLiteral("feature store") << QStringLiteral("case-studies/ai-ml-platform.md")
            << QStringLiteral("feature-store-feast-over-redis-and-iceberg");
        QTest::newRow("cart expiry") << QStringLiteral("cart expiry")
                                     << QStringLiteral("case-studies/ecommerce.md") << QString();
        QTest::newRow("diacritics and case")
            << QStringLiteral("dïcom metadata") << QStringLiteral("case-studies/healthcare.md")
            << QStringLiteral("dicom-metadata-in-mongodb");
        QTest::newRow("typing a prefix")
            << QStringLiteral("double-entry led") << QStringLiteral("case-studies/fintech.md")
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

    // Questions as a reader asks them, function words and other word forms included: the section that answers
    // is among the first few hits.
    void search_readerQuestion_answerInTopHits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<int>("within");
        const QString ecommerce = QStringLiteral("case-studies/ecommerce.md");
        const QString fintech = QStringLiteral("case-studies/fintech.md");
        const QString healthcare = QStringLiteral("case-studies/healthcare.md");
        const QString social = QStringLiteral("case-studies/social-media.md");
        const QString aiml = QStringLiteral("case-studies/ai-ml-platform.md");
        // "overselling" / "oversell": the CHECK constraint that makes overselling impossible.
        QTest::newRow("avoid overselling") << QStringLiteral("how do they avoid overselling") << ecommerce
                                           << QStringLiteral("orders-and-inventory-postgresql-15") << 5;
        QTest::newRow("restore from backup") << QStringLiteral("restore from backup time") << social
                                             << QStringLiteral("backups-and-region-recovery") << 3;
        // "resurrection" / "resurrects": Snowball's -ion.
        QTest::newRow("tombstone resurrection") << QStringLiteral("tombstone resurrection") << social
                                                << QStringLiteral("migration-strategy") << 3;
        QTest::newRow("cross-region traffic cost")
            << QStringLiteral("what does cross-region traffic cost") << ecommerce
            << QStringLiteral("how-the-numbers-fit-together") << 3;
        QTest::newRow("gate node fails over") << QStringLiteral("what happens when a gate node fails over")
                                              << ecommerce << QStringLiteral("failure-modes") << 3;
        QTest::newRow("keys rotated") << QStringLiteral("how are encryption keys rotated") << healthcare
                                      << QStringLiteral("procedure-rotating-the-encryption-keys") << 3;
        QTest::newRow("who sees patient records")
            << QStringLiteral("who can see patient records") << healthcare
            << QStringLiteral("access-control-and-row-level-security") << 3;
        QTest::newRow("deleting after retention")
            << QStringLiteral("deleting records after the retention period") << healthcare
            << QStringLiteral("retention-based-deletion") << 3;
        QTest::newRow("rebalancing a hot partition")
            << QStringLiteral("rebalancing a hot follower partition") << social
            << QStringLiteral("procedure-re-bucketing-a-hot-follower-partition") << 3;
        QTest::newRow("why not DynamoDB")
            << QStringLiteral("why not dynamodb for the ledger") << fintech
            << QStringLiteral("the-ledger-cockroachdb-across-three-regions") << 3;
        QTest::newRow("erasure requests")
            << QStringLiteral("erasure requests under GDPR") << aiml
            << QStringLiteral("personal-data-erasure-retention-and-residency") << 3;
    }
    void search_readerQuestion_answerInTopHits()
    {
        QFETCH(QString, query);
        QFETCH(QString, document);
        QFETCH(QString, anchor);
        QFETCH(int, within);
        const QVector<SearchHit> hits = ranked(m_index.search(query));
        const int rank = rankOf(hits, document, anchor);
        QVERIFY2(rank > 0 && rank <= within, qPrintable(describe(hits, within + 2)));
        QVERIFY(!hits.at(rank - 1).findText.isEmpty());
    }

    // Snowball stems "replication" to "replic" and "replicas" to "replica"; the query also looks "replica"
    // up.
    void search_replicationLag_findsReplicaLagPassages()
    {
        const QString ecommerce = QStringLiteral("case-studies/ecommerce.md");
        const QVector<SearchHit> hits = ranked(m_index.search(QStringLiteral("replication lag")));
        // "... units were sold twice when replicas lagged."
        const int before = rankOf(hits, ecommerce, QStringLiteral("what-went-wrong-before"));
        QVERIFY2(before > 0 && before <= 5, qPrintable(describe(hits, 8)));
        // "PostgreSQL replicas (the baseline, whose lag caused the oversell)."
        const int gate =
            rankOf(hits, ecommerce, QStringLiteral("inventory-cache-and-flash-sale-gate-redis-7"));
        QVERIFY2(gate > 0 && gate <= 5, qPrintable(describe(hits, 8)));
        // The highlight is the replica word the passage uses.
        QVERIFY2(hits.at(before - 1).snippet.text.contains(QLatin1String("replicas lagged")) ||
                     hits.at(before - 1).findText.startsWith(QLatin1String("replica"), Qt::CaseInsensitive),
                 qPrintable(hits.at(before - 1).findText));
    }

    // The related term comes after the word asked for: passages saying "replication" lead a search for it.
    void search_relatedTerm_ranksBelowTheWordAsked()
    {
        const QVector<SearchHit> hits = ranked(m_index.search(QStringLiteral("replication ")));
        QVERIFY(hits.size() >= 5);
        const QString replic = stem(QStringLiteral("replication"));
        for (int i = 0; i < 5; ++i) {
            const QStringList words =
                terms(hits.at(i).entry.heading + QLatin1Char(' ') + hits.at(i).entry.text);
            QVERIFY2(words.contains(replic), qPrintable(describe(hits, 5)));
        }
        // And a search for "replica" does not widen to replication at all.
        for (const SearchHit &h : ranked(m_index.search(QStringLiteral("replica ")))) {
            const QStringList words = terms(h.entry.heading + QLatin1Char(' ') + h.entry.text);
            QVERIFY2(words.contains(stem(QStringLiteral("replica"))), qPrintable(h.entry.anchor));
        }
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

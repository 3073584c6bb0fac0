// SPDX-License-Identifier: MIT
// SearchIndex on small hand-made documents: field boosts, prefix matching, grouping, entry kinds, and
// replacing or removing one document without rebuilding the others.
#include "content/library.h"
#include "search/searchindex.h"

#include <QtTest>

#include <optional>

using namespace ae::search;
using ae::content::Document;

namespace {

Document makeDoc(const QString &path, const QString &markdownText)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("doc.md"));
    QFile f(file);
    if (f.open(QIODevice::WriteOnly))
        f.write(markdownText.toUtf8());
    f.close();
    return ae::content::loadDocument(file, path);
}

// A copy: the results are usually a temporary (ASan caught a pointer into one outliving it).
std::optional<SearchHit> topHit(const SearchResults &r)
{
    if (r.groups.isEmpty() || r.groups.first().hits.isEmpty())
        return std::nullopt;
    return r.groups.first().hits.first();
}

const QString kAlpha = QStringLiteral("# Alpha Store\n\nIntro about shops.\n\n## Checkout flow\n\nThe basket "
                                      "is reserved in Zürich before payment.\n\n"
                                      "## Diagram\n\n```arch\ntitle \"Shop\"\ndatabase orders \"Order rows\" "
                                      "[tech: \"PostgreSQL 15\", note: \"primary\"]\n"
                                      "cache carts \"Cart cache\" [tech: \"Redis 7\"]\n```\n\n"
                                      "## Performance Metrics\n\n| Metric | Result | Unit "
                                      "|\n|---|---|---|\n| Checkout p99 latency | 120 | ms |\n");
const QString kBeta = QStringLiteral(
    "# Beta Bank\n\n## Ledger\n\nEvery posting is double-entry. Checkout is mentioned once here.\n\n"
    "## Reports\n\nMonthly reports list every ledger account.\n");

} // namespace

class SearchIndexTest : public QObject
{
    Q_OBJECT
private:
    SearchIndex m_index;

private Q_SLOTS:
    void initTestCase()
    {
        m_index = buildIndex(
            {makeDoc(QStringLiteral("alpha.md"), kAlpha), makeDoc(QStringLiteral("beta.md"), kBeta)});
        QCOMPARE(m_index.documentCount(), 2);
    }

    void search_headingMatch_outranksBodyMatch()
    {
        const SearchResults r = m_index.search(QStringLiteral("checkout "));
        const std::optional<SearchHit> hit = topHit(r);
        QVERIFY(hit);
        QCOMPARE(hit->entry.docPath, QStringLiteral("alpha.md"));
        QCOMPARE(hit->entry.anchor, QStringLiteral("checkout-flow"));
        QCOMPARE(r.groups.size(), 2); // beta mentions it in its body
    }

    void search_groupsHitsByDocument_bestDocumentFirst()
    {
        const SearchResults r = m_index.search(QStringLiteral("ledger"));
        QVERIFY(!r.isEmpty());
        QCOMPARE(r.groups.first().docPath, QStringLiteral("beta.md"));
        QCOMPARE(r.groups.first().hits.first().entry.anchor, QStringLiteral("ledger"));
        QVERIFY(r.groups.first().hits.size() >= 2);
        for (const SearchGroup &g : r.groups) {
            for (const SearchHit &h : g.hits)
                QCOMPARE(h.entry.docPath, g.docPath);
        }
    }

    void search_diacriticsAndPrefix_find()
    {
        const std::optional<SearchHit> hit = topHit(m_index.search(QStringLiteral("zurich")));
        QVERIFY(hit);
        QCOMPARE(hit->entry.anchor, QStringLiteral("checkout-flow"));
        QCOMPARE(hit->findText, QStringLiteral("Zürich"));
        const std::optional<SearchHit> prefix = topHit(m_index.search(QStringLiteral("dou")));
        QVERIFY(prefix);
        QCOMPARE(prefix->entry.docPath, QStringLiteral("beta.md"));
        QVERIFY(m_index.search(QStringLiteral("dou ")).isEmpty()); // a finished word is not a prefix
    }

    void search_diagramNodeAndTechnology_areEntries()
    {
        const std::optional<SearchHit> node = topHit(m_index.search(QStringLiteral("order rows")));
        QVERIFY(node);
        QCOMPARE(node->entry.kind, EntryKind::DiagramNode);
        QCOMPARE(node->entry.key, QStringLiteral("orders"));
        QCOMPARE(node->entry.anchor, QStringLiteral("diagram"));
        QCOMPARE(node->entry.line, 13);
        QVERIFY(node->entry.block >= 0);
        bool tech = false;
        for (const SearchGroup &g : m_index.search(QStringLiteral("postgresql")).groups) {
            for (const SearchHit &h : g.hits)
                tech |=
                    h.entry.kind == EntryKind::Technology && h.entry.key == QLatin1String("PostgreSQL 15");
        }
        QVERIFY(tech);
    }

    void search_metricName_isMetricEntry()
    {
        const std::optional<SearchHit> hit = topHit(m_index.search(QStringLiteral("p99 latency")));
        QVERIFY(hit);
        QCOMPARE(hit->entry.kind, EntryKind::Metric);
        QCOMPARE(hit->entry.key, QStringLiteral("Checkout p99 latency"));
        QCOMPARE(hit->entry.anchor, QStringLiteral("performance-metrics"));
    }

    void search_allWordsMatched_beatsSomeWords()
    {
        const std::optional<SearchHit> hit = topHit(m_index.search(QStringLiteral("monthly ledger account")));
        QVERIFY(hit);
        QCOMPARE(hit->entry.anchor, QStringLiteral("reports"));
    }

    void updateDocument_replacesOnlyThatDocument()
    {
        SearchIndex index = m_index;
        QVERIFY(!index.search(QStringLiteral("ledger ")).isEmpty());
        const int before = index.entryCount();
        index.updateDocument(makeDoc(QStringLiteral("beta.md"),
                                     QStringLiteral("# Beta Bank\n\n## Vault\n\nNow about strongrooms.\n")));
        QCOMPARE(index.documentCount(), 2);
        QVERIFY(index.entryCount() < before);
        QVERIFY(index.search(QStringLiteral("ledger ")).isEmpty());
        const std::optional<SearchHit> hit = topHit(index.search(QStringLiteral("strongrooms")));
        QVERIFY(hit);
        QCOMPARE(hit->entry.anchor, QStringLiteral("vault"));
        // alpha is untouched
        QVERIFY(topHit(index.search(QStringLiteral("zurich"))));
        // the result equals a fresh build of the same documents
        const SearchIndex fresh =
            buildIndex({makeDoc(QStringLiteral("alpha.md"), kAlpha),
                        makeDoc(QStringLiteral("beta.md"),
                                QStringLiteral("# Beta Bank\n\n## Vault\n\nNow about strongrooms.\n"))});
        QCOMPARE(index.entryCount(), fresh.entryCount());
        const SearchResults a = index.search(QStringLiteral("checkout"));
        const SearchResults b = fresh.search(QStringLiteral("checkout"));
        QCOMPARE(a.groups.size(), b.groups.size());
        QCOMPARE(a.groups.first().hits.first().entry.anchor, b.groups.first().hits.first().entry.anchor);
        QCOMPARE(a.groups.first().hits.first().score, b.groups.first().hits.first().score);
    }

    void removeDocument_dropsItsHits()
    {
        SearchIndex index = m_index;
        index.removeDocument(QStringLiteral("alpha.md"));
        QCOMPARE(index.documentCount(), 1);
        QVERIFY(index.search(QStringLiteral("zurich")).isEmpty());
        QVERIFY(!index.search(QStringLiteral("ledger")).isEmpty());
    }

    void buildIndex_cancelled_stopsEarly()
    {
        std::atomic_bool cancel{true};
        const SearchIndex index = buildIndex({makeDoc(QStringLiteral("alpha.md"), kAlpha)}, &cancel);
        QCOMPARE(index.documentCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "searchindex_test.moc"

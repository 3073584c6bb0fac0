// SPDX-License-Identifier: MIT
// Clicking a diagram node lists the sections that discuss it: label phrases and technology names (with their
// aliases) found the way search finds words, ranked, with the diagram's own section told apart.
#include "content/library.h"
#include "markdown/markdown.h"
#include "search/discussions.h"

#include <QtTest>

using namespace ae::search;

namespace {
ae::content::Document makeDocument(const QString &path, const QString &text)
{
    ae::content::Document d;
    d.path = path;
    d.source = text;
    d.md = ae::markdown::parse(text);
    d.title = d.md.title;
    return d;
}
} // namespace

class DiscussionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelPhrase_outranksLooseWords_andTechnologyCounts()
    {
        const auto doc = makeDocument(
            QStringLiteral("shop.md"),
            QStringLiteral(
                "# Shop\n\n"
                "## Orders\n\nThe order service writes to Postgres. The order service retries.\n\n"
                "## Payments\n\nPayments never touch the order tables; a service handles each order.\n\n"
                "## Far apart\n\nThe order arrives. Then many more words come along before any service is "
                "named.\n\n"
                "## Storage\n\nPostgreSQL 15 holds everything.\n\n"
                "## Nothing\n\nCaches and queues.\n"));
        NodeSubject subject{QStringLiteral("Order\nservice"),
                            {QStringLiteral("PostgreSQL 15"), QStringLiteral("Postgres")}};
        const QVector<Discussion> found =
            findDiscussions({&doc}, subject, DiagramPlace{QStringLiteral("shop.md"), 4});
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).anchor, QStringLiteral("orders")); // two phrases (6) + one technology (2)
        QCOMPARE(found.at(0).score, 8);
        QCOMPARE(found.at(0).matched, QStringLiteral("order service"));
        QVERIFY(found.at(0).snippet.text.contains(QStringLiteral("order service")));
        QVERIFY(!found.at(0).snippet.highlights.isEmpty());
        QCOMPARE(found.at(1).anchor, QStringLiteral("storage")); // "PostgreSQL 15" and its stripped name
        QCOMPARE(found.at(1).matched, QStringLiteral("PostgreSQL 15"));
        QVERIFY(found.at(1).holdsDiagram);
        QCOMPARE(found.at(2).anchor, QStringLiteral("payments")); // both words near, not together: weak
        QCOMPARE(found.at(2).score, 1);
        QCOMPARE(found.at(2).matched, QStringLiteral("order tables; a service")); // "Far apart" is not listed
        QVERIFY(!found.at(0).holdsDiagram);
    }

    void headingMention_countsTwice_andPluralsMatch()
    {
        const auto doc = makeDocument(
            QStringLiteral("a.md"),
            QStringLiteral("# A\n\n## Ledger nodes\n\nText.\n\n## Other\n\nOne ledger node went down.\n"));
        const QVector<Discussion> found =
            findDiscussions({&doc}, NodeSubject{QStringLiteral("Ledger nodes"), {}});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).sectionTitle, QStringLiteral("Ledger nodes"));
        QCOMPARE(found.at(0).score, 6);
        QCOMPARE(found.at(0).matched, QStringLiteral("Ledger nodes"));
        QCOMPARE(found.at(1).matched, QStringLiteral("ledger node"));
    }

    void shortNames_areIgnored_limitHolds()
    {
        const auto doc = makeDocument(QStringLiteral("b.md"),
                                      QStringLiteral("# B\n\n## One\n\nES and PG everywhere.\n\n## Two\n\nS3 "
                                                     "buckets.\n\n## Three\n\nS3 again.\n"));
        NodeSubject subject{QStringLiteral("X"),
                            {QStringLiteral("ES"), QStringLiteral("PG"), QStringLiteral("S3")}};
        QVector<Discussion> found = findDiscussions({&doc}, subject);
        QCOMPARE(found.size(), 2); // "S3" has a digit and counts; "ES", "PG" and the label "X" do not
        QCOMPARE(found.at(0).anchor, QStringLiteral("two")); // ties keep document order
        found = findDiscussions({&doc}, subject, {}, 1);
        QCOMPARE(found.size(), 1);
        QVERIFY(findDiscussions({&doc}, NodeSubject{}).isEmpty());
    }

    void bundledFintech_ledgerNodes_leadToTheCockroachSections()
    {
        const ae::content::LoadResult lib =
            ae::content::scanLibrary(QStringLiteral(AE_SOURCE_DIR "/content"));
        const ae::content::Document *fintech = nullptr;
        for (const auto &d : lib.documents)
            if (d.path == QLatin1String("case-studies/fintech.md"))
                fintech = &d;
        QVERIFY(fintech);
        NodeSubject subject{
            QStringLiteral("Ledger nodes\n(leaseholders)"),
            {QStringLiteral("CockroachDB 23.2"), QStringLiteral("CRDB"), QStringLiteral("Cockroach")}};
        const QVector<Discussion> found = findDiscussions({fintech}, subject);
        QVERIFY(found.size() >= 3);
        for (const Discussion &d : found) {
            QCOMPARE(d.docPath, QStringLiteral("case-studies/fintech.md"));
            QVERIFY2(!d.matched.isEmpty() || d.score == 1, qPrintable(d.sectionTitle));
        }
        QVERIFY2(found.first().matched.contains(QStringLiteral("Cockroach"), Qt::CaseInsensitive),
                 qPrintable(found.first().matched));
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).score >= found.at(i).score);
    }
};

QTEST_GUILESS_MAIN(DiscussionsTest)
#include "discussions_test.moc"

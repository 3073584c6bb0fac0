// SPDX-License-Identifier: MIT
// Evidence lookup against the bundled library: where the case studies really use a technology.
#include "testsupport.h"

#include "advisor/choices.h"
#include "content/library.h"

using namespace ae;
using namespace ae::advisor;

class EvidenceTest : public QObject
{
    Q_OBJECT
private:
    content::Library m_library;
    Advisor m_advisor = test::shippedAdvisor();
    EvidenceIndex m_index;

    bool has(const QString &tech, EvidenceItem::Kind kind, const QString &path, const QString &textPart) const
    {
        for (const EvidenceItem &e : m_index.value(tech)) {
            if (e.kind == kind && e.path == path && e.text.contains(textPart, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_library.load(content::Library::bundledRoot(), &error), qPrintable(error));
        m_index = buildEvidence(m_library.documents(), m_advisor.catalogue());
    }

    void evidence_cockroachInFintech_sectionNodeAndMetrics()
    {
        const QString fintech = QStringLiteral("case-studies/fintech.md");
        QVERIFY(has(QStringLiteral("cockroachdb"), EvidenceItem::Kind::Section, fintech,
                    QStringLiteral("The ledger: CockroachDB across three regions")));
        QVERIFY(has(QStringLiteral("cockroachdb"), EvidenceItem::Kind::DiagramNode, fintech,
                    QStringLiteral("CockroachDB")));
        QVERIFY(has(QStringLiteral("cockroachdb"), EvidenceItem::Kind::Metric, fintech, QString()));
        for (const EvidenceItem &e : m_index.value(QStringLiteral("cockroachdb"))) {
            QVERIFY(m_library.find(e.path));
            QVERIFY2(!e.anchor.isEmpty(), qPrintable(e.text));
        }
    }

    void evidence_sectionAnchors_existInTheirDocuments()
    {
        int checked = 0;
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            for (const EvidenceItem &e : it.value()) {
                const content::Document *doc = m_library.find(e.path);
                QVERIFY(doc);
                bool found = e.anchor.isEmpty();
                for (const markdown::Heading &h : doc->md.headings)
                    found = found || h.anchor == e.anchor;
                QVERIFY2(found, qPrintable(e.path + QLatin1Char('#') + e.anchor));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }

    void evidence_onlyStudiesListingTheTechnology()
    {
        // A document counts only when its front matter lists the technology, not when prose merely names it.
        for (const content::Document &doc : m_library.documents()) {
            const QString list = doc.md.frontMatter.value(QStringLiteral("technologies"));
            for (const EvidenceItem &e : m_index.value(QStringLiteral("apache-kafka"))) {
                if (e.path == doc.path)
                    QVERIFY2(list.contains(QStringLiteral("Kafka")), qPrintable(doc.path));
            }
        }
        QVERIFY(!m_index.value(QStringLiteral("apache-kafka")).isEmpty());
    }

    void removeRepeatedEvidence_sameKindDocumentAnchorAndText_keptOnce()
    {
        using K = EvidenceItem::Kind;
        const QString study = QStringLiteral("case-studies/a.md");
        const auto item = [](K kind, const QString &path, const QString &anchor, const QString &text,
                             int line) {
            return EvidenceItem{kind, path, QStringLiteral("A"), anchor, QStringLiteral("S"), text, line};
        };
        QVector<EvidenceItem> items{
            item(K::DiagramNode, study, QStringLiteral("overview"), QStringLiteral("Nodes (X)"), 10),
            item(K::DiagramNode, study, QStringLiteral("overview"), QStringLiteral("Nodes (X)"),
                 12), // repeat
            item(K::DiagramNode, study, QStringLiteral("other"), QStringLiteral("Nodes (X)"),
                 40), // other anchor
            item(K::DiagramNode, QStringLiteral("case-studies/b.md"), QStringLiteral("overview"),
                 QStringLiteral("Nodes (X)"), 10), // other document
            item(K::Section, study, QStringLiteral("overview"), QStringLiteral("Nodes (X)"),
                 10), // other kind
            item(K::DiagramNode, study, QStringLiteral("overview"), QStringLiteral("Nodes (X)"),
                 14), // repeat
        };
        removeRepeatedEvidence(&items);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).line, 10); // the first one is kept, in place
        QCOMPARE(items.at(1).anchor, QStringLiteral("other"));
        QCOMPARE(items.at(2).path, QStringLiteral("case-studies/b.md"));
        QCOMPARE(items.at(3).kind, K::Section);
    }

    void evidence_fintechLedgerNodes_eachLabelListedOnce()
    {
        // fintech.md draws one "Ledger nodes" box per region: us-east-2 and us-west-2 carry the same label.
        int plain = 0;
        int leaseholders = 0;
        for (const EvidenceItem &e : m_index.value(QStringLiteral("cockroachdb"))) {
            plain += e.text == QLatin1String("Ledger nodes (CockroachDB 23.2)");
            leaseholders += e.text == QLatin1String("Ledger nodes (leaseholders) (CockroachDB 23.2)");
        }
        QCOMPARE(plain, 1);
        QCOMPARE(leaseholders, 1);
        // And nowhere in the library is an item listed twice for one technology.
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            QSet<QString> seen;
            for (const EvidenceItem &e : it.value()) {
                const QString key = QString::number(int(e.kind)) + QLatin1Char('|') + e.path +
                                    QLatin1Char('#') + e.anchor + QLatin1Char('|') + e.text;
                QVERIFY2(!seen.contains(key), qPrintable(it.key() + QStringLiteral(": ") + key));
                seen.insert(key);
            }
        }
    }

    void choiceMatrix_sharedTechnologiesFirstWithCatalogueNames()
    {
        const auto studies = caseStudies(m_library.documents());
        QVERIFY(studies.size() >= 5);
        QVector<const content::Document *> two;
        for (const content::Document *d : studies) {
            if (d->path == QLatin1String("case-studies/fintech.md") ||
                d->path == QLatin1String("case-studies/ecommerce.md"))
                two.append(d);
        }
        QCOMPARE(two.size(), 2);
        const ChoiceMatrix m = buildChoiceMatrix(two, m_advisor.catalogue());
        QCOMPARE(m.studies.size(), 2);
        QCOMPARE(m.rows.first().usedBy(), 2); // shared technologies come first
        bool sawPostgres = false;
        for (const ChoiceRow &r : m.rows) {
            QCOMPARE(r.usedAs.size(), 2);
            if (r.technology == QLatin1String("PostgreSQL")) {
                sawPostgres = true;
                QCOMPARE(r.id, QStringLiteral("postgresql"));
                QVERIFY(
                    r.usedAs.contains(QStringLiteral("PostgreSQL 15"))); // the entry as written, version kept
            }
        }
        QVERIFY(sawPostgres);
    }

    void tradeOffTables_fintech_hasDecisionRows()
    {
        const auto tables = tradeOffTables(*m_library.find(QStringLiteral("case-studies/fintech.md")));
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().header.value(0), QStringLiteral("Decision"));
        QCOMPARE(tables.first().anchor, QStringLiteral("trade-offs-made"));
        QVERIFY(tables.first().rows.size() >= 5);
        QCOMPARE(tables.first().rows.first().value(0), QStringLiteral("CockroachDB with region survival"));
        QVERIFY(tradeOffTables(*m_library.find(QStringLiteral("overview.md"))).isEmpty());
    }

    void mentions_wholeWordsAndShortAliasCase()
    {
        const Technology *pg = m_advisor.catalogue().find(QStringLiteral("postgresql"));
        QVERIFY(mentions(*pg, QStringLiteral("moved off Postgres last year")));
        QVERIFY(mentions(*pg, QStringLiteral("postgresql 16")));
        QVERIFY(mentions(*pg, QStringLiteral("the PG primary")));
        QVERIFY(!mentions(*pg, QStringLiteral("a pg of text"))); // short alias must match case
        QVERIFY(!mentions(*pg, QStringLiteral("PostgreSQLish")));
        const Technology *redis = m_advisor.catalogue().find(QStringLiteral("redis"));
        QVERIFY(mentions(*redis, QStringLiteral("Redis 7 (cluster)")));
        QVERIFY(!mentions(*redis, QStringLiteral("Redistribution")));
    }
};

QTEST_GUILESS_MAIN(EvidenceTest)
#include "evidence_test.moc"

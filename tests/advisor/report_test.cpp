// SPDX-License-Identifier: MIT
// The Markdown export: golden output for a fixed recommendation; the file is written whole or not at all.
#include "testsupport.h"

#include "advisor/report.h"

#include <QTemporaryDir>

using namespace ae::advisor;

namespace {

// A small, fixed world so the golden file does not change whenever the shipped catalogue does.
Advisor smallAdvisor()
{
    ae::Diagnostics errors;
    Catalogue catalogue =
        parseCatalogue(test::readSource(QStringLiteral("tests/data/advisor/report/catalogue.json")), &errors);
    Rules rules = parseRules(test::readSource(QStringLiteral("tests/data/advisor/report/rules.json")),
                             &errors, &catalogue);
    if (!errors.isEmpty())
        qFatal("report test data has errors");
    return Advisor(std::move(rules), std::move(catalogue));
}

Recommendation sample(const Advisor &advisor, Requirements *requirements)
{
    *requirements = test::parseRequirements(QStringLiteral("shape=graph; latency=fast; regions=global"));
    Recommendation rec = advisor.recommend(*requirements);
    EvidenceIndex evidence;
    evidence.insert(
        QStringLiteral("graphy"),
        {{EvidenceItem::Kind::Section, QStringLiteral("case-studies/social.md"), QStringLiteral("Social"),
          QStringLiteral("the-graph"), QStringLiteral("The graph"), QStringLiteral("The graph"), 10},
         {EvidenceItem::Kind::DiagramNode, QStringLiteral("case-studies/social.md"), QStringLiteral("Social"),
          QStringLiteral("architecture"), QStringLiteral("Architecture"),
          QStringLiteral("Follow graph (Graphy 5)"), 40},
         {EvidenceItem::Kind::Metric, QStringLiteral("case-studies/social.md"), QStringLiteral("Social"),
          QStringLiteral("performance-metrics"), QString(),
          QStringLiteral("Graphy p99 latency: 12 ms (was 40)"), 90}});
    attachEvidence(&rec, evidence);
    return rec;
}

} // namespace

class ReportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recommendationMarkdown_sample_matchesGolden()
    {
        const Advisor advisor = smallAdvisor();
        Requirements requirements;
        const Recommendation rec = sample(advisor, &requirements);
        QCOMPARE(rec.conflicts.size(), 1);
        const QString actual =
            recommendationMarkdown(advisor.rules(), requirements, rec, ReportOptions{2, 2});
        const QString expected =
            QString::fromUtf8(test::readSource(QStringLiteral("tests/data/advisor/report/expected.md")));
        if (actual != expected && qEnvironmentVariableIsSet("AE_UPDATE_GOLDEN")) {
            QFile out(QStringLiteral(AE_SOURCE_DIR "/tests/data/advisor/report/expected.md"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
        }
        QCOMPARE(actual, expected);
    }

    void recommendationMarkdown_noAnswers_saysSo()
    {
        const Advisor advisor = smallAdvisor();
        const QString md = recommendationMarkdown(advisor.rules(), {}, advisor.recommend({}));
        QVERIFY(md.contains(QStringLiteral("No questions answered.")));
        QVERIFY(!md.contains(QStringLiteral("## Conflicts")));
    }

    void exportMarkdown_writesFileWithReport()
    {
        const Advisor advisor = smallAdvisor();
        Requirements requirements;
        const Recommendation rec = sample(advisor, &requirements);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decision.md"));
        QString error;
        QVERIFY2(exportMarkdown(path, advisor.rules(), requirements, rec, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), recommendationMarkdown(advisor.rules(), requirements, rec));
    }

    void exportMarkdown_missingFolder_failsWithoutWriting()
    {
        const Advisor advisor = smallAdvisor();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/decision.md"));
        QString error;
        QVERIFY(!exportMarkdown(path, advisor.rules(), {}, advisor.recommend({}), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(ReportTest)
#include "report_test.moc"

// SPDX-License-Identifier: MIT
// Loading rules and catalogue files: every mistake an editor of rules.json can make is reported with where it
// is.
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace ae;
using namespace ae::advisor;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(AE_TEST_DATA "/advisor/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QStringList formatted(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << formatDiagnostic(QStringLiteral("rules.json"), d);
    return out;
}

} // namespace

class RulesTest : public QObject
{
    Q_OBJECT
private:
    Catalogue m_catalogue;

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics errors;
        m_catalogue = parseCatalogue(test::readSource(QStringLiteral("content/technologies.json")), &errors);
        QVERIFY(errors.isEmpty());
    }

    // Golden: tests/data/advisor/errors/NAME.json beside NAME.expected (one formatted diagnostic per line).
    void parseRules_badFile_reportsLocatedErrors_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(AE_TEST_DATA "/advisor/errors"));
        const QStringList inputs = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 5);
        for (const QString &input : inputs)
            QTest::newRow(qPrintable(input)) << input.chopped(5);
    }

    void parseRules_badFile_reportsLocatedErrors()
    {
        QFETCH(QString, name);
        Diagnostics diagnostics;
        parseRules(readData(QStringLiteral("errors/") + name + QStringLiteral(".json")), &diagnostics,
                   &m_catalogue);
        const QStringList expected =
            QString::fromUtf8(readData(QStringLiteral("errors/") + name + QStringLiteral(".expected")))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (formatted(diagnostics) != expected && qEnvironmentVariableIsSet("AE_UPDATE_GOLDEN")) {
            QFile out(QStringLiteral(AE_TEST_DATA "/advisor/errors/") + name + QStringLiteral(".expected"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(formatted(diagnostics).join(QLatin1Char('\n')).toUtf8() + '\n');
        }
        QCOMPARE(formatted(diagnostics), expected);
    }

    void parseRules_syntaxError_pointsAtLineAndColumn()
    {
        Diagnostics diagnostics;
        parseRules(readData(QStringLiteral("errors/syntax.json")), &diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().line, 5); // the missing comma is noticed at "questions"
        QVERIFY(diagnostics.first().column > 1);
        QVERIFY(!diagnostics.first().hint.isEmpty());
    }

    void parseRules_shippedFile_hasNoErrorsAndFiveFactors()
    {
        Diagnostics diagnostics;
        const Rules rules = parseRules(test::readSource(QStringLiteral("content/advisor/rules.json")),
                                       &diagnostics, &m_catalogue);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(formatted(diagnostics).join(QLatin1Char('\n'))));
        QStringList ids;
        for (const Factor &f : rules.factors) {
            ids << f.id;
            QVERIFY2(!f.help.isEmpty(), qPrintable(f.id));
            for (const Question &q : f.questions) {
                QVERIFY2(!q.help.isEmpty(), qPrintable(q.id));
                QVERIFY2(q.answers.size() >= 2, qPrintable(q.id));
            }
        }
        QCOMPARE(ids.join(QLatin1Char(',')),
                 QStringLiteral("data-model,consistency,scale,operations,ecosystem"));
        QVERIFY(!rules.conflicts.isEmpty());
    }

    void parseRules_withoutCatalogue_acceptsAnyField()
    {
        Diagnostics diagnostics;
        parseRules(readData(QStringLiteral("errors/unknown-field.json")), &diagnostics, nullptr);
        QVERIFY(diagnostics.isEmpty());
    }

    void parseRules_andTests_allMustHold()
    {
        const QByteArray json = R"({"version": 1, "factors": [{"id": "f", "title": "F", "questions": [
  {"id": "shape", "text": "Shape?", "answers": [{"id": "tables", "label": "Tables", "rules": [
    {"field": "dataModels", "none": ["relational"],
     "and": [{"field": "category", "any": ["graph"]}, {"field": "consistency", "present": true}],
     "points": -12, "reason": "holds nodes and edges, not tables"}
  ]}]}
]}]})";
        Diagnostics diagnostics;
        const Rules rules = parseRules(json, &diagnostics, &m_catalogue);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(formatted(diagnostics).join(QLatin1Char('\n'))));
        const ScoringRule &rule = rules.question(QStringLiteral("shape"))->answers.first().rules.first();
        QCOMPARE(rule.andTests.size(), 2);
        QCOMPARE(rule.andTests.first().field, QStringLiteral("category"));
        QVERIFY(rule.matches(*m_catalogue.find(QStringLiteral("neo4j"))));
        QVERIFY(!rule.matches(*m_catalogue.find(QStringLiteral("postgresql")))); // first test fails
        QVERIFY(!rule.matches(*m_catalogue.find(QStringLiteral("mongodb"))));    // an "and" test fails

        const Advisor advisor(rules, m_catalogue);
        const Recommendation rec = advisor.recommend(test::parseRequirements(QStringLiteral("shape=tables")));
        for (const RankedTechnology &r : rec.ranked)
            QCOMPARE(r.total, r.technology.category == QLatin1String("graph") ? -12.0 : 0.0);
    }

    void parseRules_badAndTests_reportedWithLineAndRuleSkipped()
    {
        const QByteArray json = R"({"version": 1, "factors": [{"id": "f", "title": "F", "questions": [
  {"id": "shape", "text": "Shape?", "answers": [{"id": "tables", "label": "Tables", "rules": [
    {"field": "category", "any": ["graph"], "and": [], "points": -1, "reason": "empty"},
    {"field": "category", "any": ["graph"], "and": [{"field": "dataModel", "any": ["graph"]}],
     "points": -1, "reason": "misspelt"},
    {"field": "category", "any": ["graph"], "and": [{"field": "dataModels"}], "points": -1, "reason": "no op"},
    {"field": "category", "any": ["graph"],
     "and": [{"field": "dataModels", "any": ["graph"], "and": [{"field": "category", "any": ["graph"]}]}],
     "points": -1, "reason": "nested"},
    {"field": "category", "any": ["graph"], "and": [{"field": "dataModels", "any": ["graph"]}],
     "points": -1, "reason": "good"}
  ]}]}
]}]})";
        Diagnostics diagnostics;
        const Rules rules = parseRules(json, &diagnostics, &m_catalogue);
        const QStringList expected{
            QStringLiteral(
                "rules.json:3:45: error: factors[0].questions[0].answers[0].rules[0]: \"and\" must be a "
                "non-empty array of tests"),
            QStringLiteral("rules.json:4:63: error: factors[0].questions[0].answers[0].rules[1].and[0]: no "
                           "technology in the catalogue has the field \"dataModel\" (hint: use a field of "
                           "content/technologies.json, e.g. \"dataModels\" or \"operations.complexity\")"),
            QStringLiteral(
                "rules.json:6:63: error: factors[0].questions[0].answers[0].rules[2].and[0]: a test needs "
                "exactly one of \"any\", \"none\" or \"present\""),
            QStringLiteral(
                "rules.json:8:56: error: factors[0].questions[0].answers[0].rules[3].and[0]: a test inside "
                "\"and\" cannot have an \"and\" of its own (hint: list every test in the rule's one "
                "\"and\" array)"),
        };
        QCOMPARE(formatted(diagnostics), expected);
        const QVector<ScoringRule> &kept = rules.question(QStringLiteral("shape"))->answers.first().rules;
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().reason, QStringLiteral("good"));
    }

    void parseCatalogue_missingIdAndDuplicate_reportedAndSkipped()
    {
        const QByteArray json = R"({"technologies": [
  {"id": "a", "name": "A", "category": "graph"},
  {"name": "Nameless id"},
  {"id": "a", "name": "A again"}
]})";
        Diagnostics diagnostics;
        const Catalogue c = parseCatalogue(json, &diagnostics);
        QCOMPARE(c.technologies.size(), 1);
        QCOMPARE(diagnostics.size(), 2);
        QVERIFY(diagnostics.at(0).message.startsWith(QStringLiteral("technologies[1]: ")));
        QCOMPARE(diagnostics.at(0).line, 3);
        QVERIFY(diagnostics.at(1).message.contains(QStringLiteral("duplicate id \"a\"")));
    }

    void technologyValues_dottedPathsArraysAndBools()
    {
        const Technology *pg = m_catalogue.find(QStringLiteral("postgresql"));
        QVERIFY(pg);
        QCOMPARE(pg->values(QStringLiteral("operations.complexity")), QStringList{QStringLiteral("medium")});
        QCOMPARE(pg->values(QStringLiteral("operations.selfHosted")), QStringList{QStringLiteral("true")});
        QVERIFY(pg->values(QStringLiteral("dataModels")).contains(QStringLiteral("document")));
        QVERIFY(pg->values(QStringLiteral("no.such")).isEmpty());
        const Technology *rocks = m_catalogue.find(QStringLiteral("rocksdb"));
        FieldTest managed{QStringLiteral("operations.managedOffers"), FieldTest::Op::Present, {}};
        QVERIFY(managed.matches(*pg));
        QVERIFY(!managed.matches(*rocks)); // an empty array counts as absent
    }

    void advisorLoad_missingFile_saysWhichAndFails()
    {
        QTemporaryDir dir;
        Advisor advisor;
        Diagnostics rulesErrors;
        Diagnostics catalogueErrors;
        QVERIFY(!advisor.load(dir.filePath(QStringLiteral("rules.json")),
                              QStringLiteral(AE_SOURCE_DIR "/content/technologies.json"), &rulesErrors,
                              &catalogueErrors));
        QCOMPARE(rulesErrors.size(), 1);
        QVERIFY(rulesErrors.first().message.startsWith(QStringLiteral("cannot read")));
        QVERIFY(catalogueErrors.isEmpty());
        QVERIFY(!advisor.catalogue().technologies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RulesTest)
#include "rules_test.moc"

// SPDX-License-Identifier: MIT
// The rules against golden diagrams: every file under tests/data/checks (rules/ and adversarial/) is checked
// and its findings and path figures compared with FILE.expected (AE_UPDATE_GOLDEN=1 rewrites them; review the
// diff). Every rule has a positive diagram that must trigger it and a negative one that must not; the
// catalogue describes exactly the rules the code implements, and its "why" links lead to real sections of the
// library.
#include "../diagram/goldenfile.h"

#include "diagram/checks/check.h"
#include "diagram/parser.h"
#include "markdown/markdown.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kData = QStringLiteral(AE_TEST_DATA "/checks");

checks::CheckReport checkFile(const QString &path, Diagnostics *syntax = nullptr)
{
    const ParseResult parsed = parseArch(test::readUtf8(path));
    if (syntax)
        *syntax = parsed.diagnostics;
    return checks::checkDiagram(parsed.diagram);
}

QString render(const Diagnostics &syntax, const checks::CheckReport &report)
{
    QString out;
    for (const Diagnostic &d : syntax)
        out += QStringLiteral("%1:%2 %3 syntax %4\n")
                   .arg(d.line)
                   .arg(d.column)
                   .arg(severityName(d.severity), d.message);
    for (const checks::Finding &f : report.findings)
        out += QStringLiteral("%1:%2 %3 %4 %5\n")
                   .arg(f.diagnostic.line)
                   .arg(f.diagnostic.column)
                   .arg(severityName(f.diagnostic.severity), f.rule, f.diagnostic.message);
    for (const checks::PathFigures &p : report.paths)
        out += QStringLiteral("path ") + p.summary() + QLatin1Char('\n');
    return out;
}

QStringList rulesOf(const checks::CheckReport &report)
{
    QStringList ids;
    for (const checks::Finding &f : report.findings)
        ids.append(f.rule);
    return ids;
}

} // namespace

class ChecksRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(kData, {QStringLiteral("*.arch")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        QVERIFY(files.size() >= 56);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QDir(kData).relativeFilePath(f))) << f;
    }

    void golden()
    {
        QFETCH(QString, path);
        Diagnostics syntax;
        const checks::CheckReport report = checkFile(path, &syntax);
        const QString actual = render(syntax, report);
        QString expectedPath = path;
        expectedPath.replace(QLatin1String(".arch"), QLatin1String(".expected"));
        if (test::updateGoldens())
            QVERIFY(test::writeUtf8(expectedPath, actual));
        bool ok = false;
        const QString expected = test::readUtf8(expectedPath, &ok);
        QVERIFY2(ok, qPrintable(expectedPath + QStringLiteral(" is missing (AE_UPDATE_GOLDEN=1 writes it)")));
        QCOMPARE(actual, expected);
    }

    void everyRule_positiveTriggers_negativeDoesNot_data()
    {
        QTest::addColumn<QString>("rule");
        for (const QString &rule : checks::implementedRules())
            QTest::newRow(qPrintable(rule)) << rule;
    }

    void everyRule_positiveTriggers_negativeDoesNot()
    {
        QFETCH(QString, rule);
        const QString base = kData + QStringLiteral("/rules/") + rule;
        QVERIFY2(QFile::exists(base + QStringLiteral(".positive.arch")), qPrintable(rule));
        QVERIFY2(QFile::exists(base + QStringLiteral(".negative.arch")), qPrintable(rule));
        Diagnostics syntax;
        QVERIFY(rulesOf(checkFile(base + QStringLiteral(".positive.arch"), &syntax)).contains(rule));
        QVERIFY(!hasErrors(syntax));
        QVERIFY(!rulesOf(checkFile(base + QStringLiteral(".negative.arch"), &syntax)).contains(rule));
        QVERIFY(!hasErrors(syntax));
    }

    void silence_perElementPerGroupPerFile()
    {
        const QString cycle = QStringLiteral("service a\nservice b\na -> b\nb -> a\n");
        QCOMPARE(rulesOf(checks::checkDiagram(parseArch(cycle).diagram)),
                 QStringList{QStringLiteral("sync-cycle")});
        // On an edge of the cycle.
        QVERIFY(rulesOf(checks::checkDiagram(
                            parseArch(QStringLiteral(
                                          "service a\nservice b\na -> b\nb -> a [silence: sync-cycle]\n"))
                                .diagram))
                    .isEmpty());
        // On a node, and on a group holding it (with an unquoted list).
        QVERIFY(rulesOf(checks::checkDiagram(
                            parseArch(QStringLiteral(
                                          "service a [silence: sync-cycle]\nservice b\na -> b\nb -> a\n"))
                                .diagram))
                    .isEmpty());
        const checks::CheckReport grouped = checks::checkDiagram(
            parseArch(
                QStringLiteral("group g [silence: dual-write, sync-cycle] {\n  service a\n}\nservice b\na -> "
                               "b\nb -> a\n"))
                .diagram);
        QVERIFY(rulesOf(grouped).isEmpty());
        QCOMPARE(grouped.silenced, 1);
        // For the file.
        QVERIFY(
            rulesOf(checks::checkDiagram(parseArch(QStringLiteral("silence sync-cycle\n") + cycle).diagram))
                .isEmpty());
        // A silence of another rule leaves it.
        QCOMPARE(
            rulesOf(checks::checkDiagram(parseArch(QStringLiteral("silence dual-write\n") + cycle).diagram)),
            QStringList{QStringLiteral("sync-cycle")});
    }

    // The adversarial set states what each diagram must produce in its own `# expect: RULE LINE` comments,
    // written with the diagram (independent of the generated .expected files).
    void adversarial_findsExactlyWhatEachDiagramStates_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kData + QStringLiteral("/adversarial"));
        const QStringList files = dir.entryList({QStringLiteral("*.arch")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void adversarial_findsExactlyWhatEachDiagramStates()
    {
        QFETCH(QString, path);
        const QString text = test::readUtf8(path);
        QStringList expected;
        bool stated = false;
        for (const QString &line : text.split(u'\n')) {
            if (!line.startsWith(QLatin1String("# expect: ")))
                continue;
            stated = true;
            const QString what = line.mid(10).trimmed();
            if (what != u"none")
                expected.append(what);
        }
        QVERIFY2(stated, "every adversarial diagram states its expectation");
        Diagnostics syntax;
        const checks::CheckReport report = checkFile(path, &syntax);
        QVERIFY(!hasErrors(syntax));
        QStringList actual;
        for (const checks::Finding &f : report.findings)
            actual.append(f.rule + QLatin1Char(' ') + QString::number(f.diagnostic.line));
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
    }

    void catalogue_describesExactlyTheImplementedRules()
    {
        const checks::RuleCatalog &catalog = checks::RuleCatalog::bundled();
        QVERIFY(!catalog.isEmpty());
        QStringList listed;
        for (const checks::Rule &rule : catalog.rules())
            listed.append(rule.id);
        QCOMPARE(listed, checks::implementedRules());
    }

    void catalogue_whyLinksLeadToSections()
    {
        for (const checks::Rule &rule : checks::RuleCatalog::bundled().rules()) {
            const QString file = rule.why.section(u'#', 0, 0);
            const QString anchor = rule.why.section(u'#', 1);
            QFile md(QStringLiteral(":/library/") + file);
            QVERIFY2(md.open(QIODevice::ReadOnly), qPrintable(rule.id + QStringLiteral(": ") + file));
            const markdown::MarkdownDocument doc = markdown::parse(QString::fromUtf8(md.readAll()));
            bool found = false;
            for (const markdown::Heading &h : doc.headings)
                found = found || h.anchor == anchor;
            QVERIFY2(found, qPrintable(rule.id + QStringLiteral(": no heading #") + anchor +
                                       QStringLiteral(" in ") + file));
        }
    }

    void catalogue_malformed_isRefusedWithAReason()
    {
        QString error;
        QVERIFY(checks::RuleCatalog::fromJson("{", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(checks::RuleCatalog::fromJson(
                    R"({"rules":[{"id":"x","severity":"fatal","summary":"s","hint":"h",)"
                    R"("why":"a.md#b"}]})",
                    &error)
                    .isEmpty());
        QVERIFY(error.contains(QLatin1String("severity")));
    }
};

QTEST_GUILESS_MAIN(ChecksRulesTest)
#include "checks_rules_test.moc"

// SPDX-License-Identifier: MIT
// Golden tests for the .arch parser: tests/data/diagram/parser/NAME.arch beside NAME.expected, which holds the
// model dump followed by every diagnostic as `NAME.arch:LINE:COL: severity: message (hint: ...)`.
// AE_UPDATE_GOLDEN=1 rewrites the expected files.
#include "diagram/modeldump.h"
#include "diagram/parser.h"
#include "goldenfile.h"

#include <QDir>
#include <QTest>

using namespace ae::diagram;

namespace {

QString goldenDir()
{
    return QStringLiteral(AE_TEST_DATA "/diagram/parser");
}

QString render(const QString &name, const ParseResult &result)
{
    QString out = dumpDiagram(result.diagram);
    for (const ae::Diagnostic &d : result.diagnostics)
        out += ae::formatDiagnostic(name, d) + u'\n';
    return out;
}

} // namespace

class ParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(goldenDir()).entryList({QStringLiteral("*.arch")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 30, "the golden inputs are missing");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void golden()
    {
        QFETCH(QString, name);
        bool ok = false;
        const QString input = ae::test::readUtf8(goldenDir() + u'/' + name, &ok);
        QVERIFY(ok);
        const QString actual = render(name, parseArch(input));
        const QString expectedPath = goldenDir() + u'/' + QString(name).replace(QStringLiteral(".arch"),
                                                                                  QStringLiteral(".expected"));
        if (ae::test::updateGoldens()) {
            QVERIFY(ae::test::writeUtf8(expectedPath, actual));
            return;
        }
        const QString expected = ae::test::readUtf8(expectedPath, &ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("missing %1 (run with AE_UPDATE_GOLDEN=1)").arg(expectedPath)));
        // Compare line by line so a failure names the first differing line.
        const QStringList a = actual.split(u'\n'), e = expected.split(u'\n');
        for (int i = 0; i < std::min(a.size(), e.size()); ++i)
            QCOMPARE(a[i], e[i]);
        QCOMPARE(a.size(), e.size());
    }

    void parse_chainWithLabel_labelsEveryHop()
    {
        const ParseResult r = parseArch(QStringLiteral("a -> b -> c : \"x\""));
        QCOMPARE(r.diagram.edges.size(), 2);
        QCOMPARE(r.diagram.edges[0].from, QStringLiteral("a"));
        QCOMPARE(r.diagram.edges[0].to, QStringLiteral("b"));
        QCOMPARE(r.diagram.edges[1].from, QStringLiteral("b"));
        QCOMPARE(r.diagram.edges[1].to, QStringLiteral("c"));
        for (const Edge &e : r.diagram.edges)
            QCOMPARE(e.label, QStringLiteral("x"));
    }

    void parse_fanOut_makesOneEdgePerTarget()
    {
        const ParseResult r = parseArch(QStringLiteral("service a\nservice b\nservice c\na ~> b, c\n"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.diagram.edges.size(), 2);
        QCOMPARE(r.diagram.edges[1].from, QStringLiteral("a"));
        QCOMPARE(r.diagram.edges[1].to, QStringLiteral("c"));
        QCOMPARE(r.diagram.edges[1].style, EdgeStyle::Async);
    }

    void parse_undeclaredTarget_isServiceAndWarned()
    {
        const ParseResult r = parseArch(QStringLiteral("database pg\napi -> pg\n"));
        const int api = r.diagram.indexOfNode(QStringLiteral("api"));
        QVERIFY(api >= 0);
        QVERIFY(!r.diagram.nodes[api].declared);
        QCOMPARE(r.diagram.nodes[api].kind, NodeKind::Service);
        QVERIFY(!ae::hasErrors(r.diagnostics));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 2);
        QCOMPARE(r.diagnostics[0].column, 1);
    }

    void parse_groups_parentsBeforeChildrenAndInnermostWins()
    {
        const ParseResult r = parseArch(QStringLiteral(
            "group a {\n group b {\n  group c {\n   db x\n  }\n }\n service y\n}\n"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.diagram.groups.size(), 3);
        for (int i = 0; i < r.diagram.groups.size(); ++i) {
            const QString parent = r.diagram.groups[i].parent;
            QVERIFY(parent.isEmpty() || r.diagram.indexOfGroup(parent) < i);
        }
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("x"))].group, QStringLiteral("c"));
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("y"))].group, QStringLiteral("a"));
    }

    void parse_unclosedGroup_reportsLineAndColumnOfBrace()
    {
        const ParseResult r = parseArch(QStringLiteral("service a\n  group eu \"EU\" {\n    a\n"));
        QVERIFY(ae::hasErrors(r.diagnostics));
        QCOMPARE(r.diagnostics.first().line, 2);
        QCOMPARE(r.diagnostics.first().column, 17);
        QCOMPARE(r.diagram.nodes.first().group, QStringLiteral("eu")); // the valid part is still there
    }

    void parse_errors_allReportedInOnePass()
    {
        const ParseResult r = parseArch(QStringLiteral("databse a\nservice b [tehc: \"x\"]\nb -> \nservice c \"oops\n"));
        int errors = 0;
        for (const ae::Diagnostic &d : r.diagnostics)
            errors += d.isError() ? 1 : 0;
        QCOMPARE(errors, 4);
        QCOMPARE(r.diagnostics[0].hint, QStringLiteral("did you mean `database`?"));
        QCOMPARE(r.diagnostics[3].line, 4);
        QCOMPARE(r.diagnostics[3].column, 11);
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("c")) >= 0);
    }

    void parse_bomAndCrlf_columnsCountCharactersAfterBom()
    {
        const QString text = QChar(0xFEFF) + QStringLiteral("service \u00e9t\u00e9 \"\U0001F600\" [x: y]\r\nservice b\r\n");
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagram.nodes.size(), 2);
        QCOMPARE(r.diagram.nodes[0].id, QStringLiteral("\u00e9t\u00e9"));
        QCOMPARE(r.diagram.nodes[1].location.line, 2);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].column, 18); // the emoji counts as one character
    }
};

QTEST_GUILESS_MAIN(ParserTest)
#include "parser_test.moc"

// SPDX-License-Identifier: MIT
// Golden tests for the .arch parser: tests/data/diagram/parser/NAME.arch beside NAME.expected, which holds
// the model dump followed by every diagnostic as `NAME.arch:LINE:COL: severity: message (hint: ...)`.
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
        const QStringList files =
            QDir(goldenDir()).entryList({QStringLiteral("*.arch")}, QDir::Files, QDir::Name);
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
        const QString expectedPath =
            goldenDir() + u'/' + QString(name).replace(QStringLiteral(".arch"), QStringLiteral(".expected"));
        if (ae::test::updateGoldens()) {
            QVERIFY(ae::test::writeUtf8(expectedPath, actual));
            return;
        }
        const QString expected = ae::test::readUtf8(expectedPath, &ok);
        QVERIFY2(ok,
                 qPrintable(QStringLiteral("missing %1 (run with AE_UPDATE_GOLDEN=1)").arg(expectedPath)));
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
        const ParseResult r = parseArch(
            QStringLiteral("group a {\n group b {\n  group c {\n   db x\n  }\n }\n service y\n}\n"));
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
        const ParseResult r =
            parseArch(QStringLiteral("databse a\nservice b [tehc: \"x\"]\nb -> \nservice c \"oops\n"));
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
        const QString text =
            QChar(0xFEFF) + QStringLiteral("service \u00e9t\u00e9 \"\U0001F600\" [x: y]\r\nservice b\r\n");
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagram.nodes.size(), 2);
        QCOMPARE(r.diagram.nodes[0].id, QStringLiteral("\u00e9t\u00e9"));
        QCOMPARE(r.diagram.nodes[1].location.line, 2);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].column, 18); // the emoji counts as one character
    }

    // Issue 16: an attribute value that starts with a digit (`5G`, `3`, `1.5`) is a bare word, not a broken
    // id.
    void parse_attributeValueStartingWithDigit_isABareWord()
    {
        const ParseResult r =
            parseArch(QStringLiteral("service a [tech: 5G, note: 3]\nservice b [tech: 1.5]\n"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).message));
        QCOMPARE(r.diagram.nodes[0].technology, QStringLiteral("5G"));
        QCOMPARE(r.diagram.nodes[0].note, QStringLiteral("3"));
        QCOMPARE(r.diagram.nodes[1].technology, QStringLiteral("1.5"));
    }

    // Issue 16: an unknown key with a number for its value is an unknown attribute, not a missing value.
    void parse_unknownAttributeWithNumber_reportsTheKey()
    {
        const ParseResult r = parseArch(QStringLiteral("service a [stroke-width: 3]\n"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 1);
        QCOMPARE(r.diagnostics[0].column, 12);
        QCOMPARE(r.diagnostics[0].message, QStringLiteral("unknown attribute `stroke-width` for nodes"));
        QVERIFY2(r.diagnostics[0].hint.contains(QStringLiteral("stroke")), qPrintable(r.diagnostics[0].hint));
        const ParseResult typo = parseArch(QStringLiteral("service a [stroek: 3]\n"));
        QCOMPARE(typo.diagnostics.size(), 1);
        QCOMPARE(typo.diagnostics[0].message, QStringLiteral("unknown attribute `stroek` for nodes"));
        QCOMPARE(typo.diagnostics[0].hint, QStringLiteral("did you mean `stroke`?"));
        // A value that cannot be read is named as such, not as missing.
        const ParseResult bad = parseArch(QStringLiteral("service a [tech: @home]\n"));
        QCOMPARE(bad.diagnostics.size(), 1);
        QCOMPARE(bad.diagnostics[0].column, 18);
        QVERIFY2(!bad.diagnostics[0].message.contains(QStringLiteral("missing")),
                 qPrintable(bad.diagnostics[0].message));
        QVERIFY2(bad.diagnostics[0].hint.contains(QStringLiteral("\"")), qPrintable(bad.diagnostics[0].hint));
    }

    // Issue 16: `#` glued to a word inside a bare label is text (`#42`, `C#`); a `#` standing alone starts a
    // comment. Nothing is dropped silently.
    void parse_bareLabel_keepsHashGluedToAWord()
    {
        const ParseResult r = parseArch(QStringLiteral(
            "a -> b : fixes issue #42\nb -> c : C# client # the comment\nc -> d : #hashtag\nd -> e : x #\n"));
        QVERIFY2(!ae::hasErrors(r.diagnostics), qPrintable(r.diagnostics.value(0).message));
        QCOMPARE(r.diagram.edges.size(), 4);
        QCOMPARE(r.diagram.edges[0].label, QStringLiteral("fixes issue #42"));
        QCOMPARE(r.diagram.edges[1].label, QStringLiteral("C# client"));
        QCOMPARE(r.diagram.edges[2].label, QStringLiteral("#hashtag"));
        QCOMPARE(r.diagram.edges[3].label, QStringLiteral("x"));
    }

    // Issue 16: `service a--b` is an id with an edge operator in it, not two statements on one line.
    void parse_declarationWithEdgeOperator_namesTheOperator()
    {
        const ParseResult glued = parseArch(QStringLiteral("service a--b\n"));
        QCOMPARE(glued.diagnostics.size(), 1);
        const ae::Diagnostic &d = glued.diagnostics[0];
        QCOMPARE(d.line, 1);
        QCOMPARE(d.column, 9);
        QCOMPARE(d.message, QStringLiteral("an id cannot contain `--`"));
        QVERIFY2(!d.hint.contains(QStringLiteral("one statement per line")), qPrintable(d.hint));
        for (const char *op : {"->", "~>", "=>", "--", "<->"})
            QVERIFY2(d.hint.contains(QLatin1String(op)), qPrintable(d.hint));

        const ParseResult spaced = parseArch(QStringLiteral("service a -> b\n"));
        QCOMPARE(spaced.diagnostics.size(), 1);
        QCOMPARE(spaced.diagnostics[0].column, 11);
        QVERIFY2(!spaced.diagnostics[0].hint.contains(QStringLiteral("one statement per line")),
                 qPrintable(spaced.diagnostics[0].hint));
        QVERIFY2(spaced.diagnostics[0].hint.contains(QStringLiteral("a -> b")),
                 qPrintable(spaced.diagnostics[0].hint));
        QCOMPARE(spaced.diagram.nodes.size(), 1); // the node is still declared, so its edges draw
    }

    // Issue 16: a `[` left open at the end of a line continues on the next lines.
    void parse_attributeListOverLines_readsEveryEntry()
    {
        const ParseResult r =
            parseArch(QStringLiteral("service a [\n  tech: \"Go\",\n  note: \"x\"\n]\nservice b\n"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).message));
        QCOMPARE(r.diagram.nodes.size(), 2);
        QCOMPARE(r.diagram.nodes[0].technology, QStringLiteral("Go"));
        QCOMPARE(r.diagram.nodes[0].note, QStringLiteral("x"));
        QCOMPARE(r.diagram.nodes[1].location.line, 5);
    }

    // One error per real mistake in a list over several lines, at the mistake, and nothing after it lost.
    void parse_attributeListOverLines_oneErrorPerMistake_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing comma")
            << QStringLiteral("service a [\n  tech: \"Go\"\n  note: \"x\"\n]\nservice b\n") << 2 << 13
            << QStringLiteral("missing `,` after the value of `tech`");
        QTest::newRow("missing ]") << QStringLiteral(
                                          "service a [\n  tech: \"Go\",\n  note: \"x\"\nservice b\n")
                                   << 1 << 11 << QStringLiteral("unclosed `[`");
        QTest::newRow("missing colon")
            << QStringLiteral("service a [\n  tech \"Go\",\n  note: \"x\"\n]\nservice b\n") << 2 << 8
            << QStringLiteral("expected `:` after `tech`");
        QTest::newRow("unknown key") << QStringLiteral(
                                            "service a [\n  tehc: \"Go\",\n  note: \"x\"\n]\nservice b\n")
                                     << 2 << 3 << QStringLiteral("unknown attribute `tehc` for nodes");
        QTest::newRow("unclosed string")
            << QStringLiteral("service a [\n  tech: \"Go,\n  note: \"x\"\n]\nservice b\n") << 2 << 9
            << QStringLiteral("unclosed string");
    }
    void parse_attributeListOverLines_oneErrorPerMistake()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParseResult r = parseArch(text);
        QString all;
        for (const ae::Diagnostic &d : r.diagnostics)
            all += ae::formatDiagnostic(QStringLiteral("t.arch"), d) + u'\n';
        QVERIFY2(r.diagnostics.size() == 1, qPrintable(all));
        QCOMPARE(r.diagnostics[0].line, line);
        QCOMPARE(r.diagnostics[0].column, column);
        QCOMPARE(r.diagnostics[0].message, message);
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("a")) >= 0);
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("b")) >= 0);
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("b"))].location.line,
                 text.count(u'\n')); // `service b` is the last line and is read as a statement
    }

    // A mistake in the attributes of a chain or a fan-out is one mistake: reported once, not once per edge.
    void parse_edgeAttributeMistake_reportedOncePerStatement()
    {
        const ParseResult r = parseArch(QStringLiteral("service a\nservice b\nservice c\na -> b, c [tehc: "
                                                       "x]\na -> b ~> c [color: \"#12\", style: plain]\n"));
        QString all;
        for (const ae::Diagnostic &d : r.diagnostics)
            all += ae::formatDiagnostic(QStringLiteral("t.arch"), d) + u'\n';
        QVERIFY2(r.diagnostics.size() == 2, qPrintable(all));
        QCOMPARE(r.diagnostics[0].line, 4);
        QCOMPARE(r.diagnostics[1].line, 5);
        QCOMPARE(r.diagram.edges.size(), 4);
        QCOMPARE(r.diagram.edges[2].style, EdgeStyle::Plain); // `style` still applies to every hop
        QCOMPARE(r.diagram.edges[3].style, EdgeStyle::Plain);
        QCOMPARE(r.diagram.edges[0].style, EdgeStyle::Sync);
    }
};

QTEST_GUILESS_MAIN(ParserTest)
#include "parser_test.moc"

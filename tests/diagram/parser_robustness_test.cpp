// SPDX-License-Identifier: MIT
// Hostile and malformed input: the parser must return (no crash, no hang), cap nesting and diagnostics, and
// keep positions inside the input. Nothing here asserts on time: a hang shows up as the CTest timeout.
#include "diagram/parser.h"
#include "diagram/views.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ae::diagram;

namespace {

// Every diagnostic points at a real line of the input (or line 0 for whole-input messages).
bool locationsInside(const QString &text, const ParseResult &r)
{
    // Lines end at LF, CR or CRLF, as in the parser.
    int lines = 1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++lines;
    for (const ae::Diagnostic &d : r.diagnostics)
        if (d.line < 0 || d.line > lines || d.column < 0)
            return false;
    return true;
}

} // namespace

class ParserRobustnessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_deepNesting_capsDepthWithOneError()
    {
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("group g%1 {\n").arg(i);
        text += QStringLiteral("service deep\n");
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("}\n");
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagram.groups.size(), kMaxGroupDepth);
        int errors = 0;
        for (const ae::Diagnostic &d : r.diagnostics)
            errors += d.isError() ? 1 : 0;
        QVERIFY(errors >= 1);
        QCOMPARE(r.diagnostics.first().line, kMaxGroupDepth + 1);
        // The node inside the too-deep part lands in the deepest real group, and no `}` is reported as stray.
        QCOMPARE(r.diagram.nodes.first().group, QStringLiteral("g%1").arg(kMaxGroupDepth - 1));
    }

    void parse_manyErrors_capsDiagnostics()
    {
        QString text;
        for (int i = 0; i < 3 * kMaxDiagnostics; ++i)
            text += QStringLiteral("@\n");
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagnostics.size(), kMaxDiagnostics);
        QVERIFY(r.diagnostics.last().message.contains(QStringLiteral("too many")));
    }

    void parse_unclosedOpeners_reportedAtTheirPlace()
    {
        const ParseResult r = parseArch(QStringLiteral("{{{\"[[["));
        QVERIFY(ae::hasErrors(r.diagnostics));
        for (const ae::Diagnostic &d : r.diagnostics)
            QCOMPARE(d.line, 1);
    }

    void parse_randomInput_returnsWithLocationsInside()
    {
        // Random text drawn from the language's own characters finds recovery paths plain noise would not.
        const QString alphabet = QStringLiteral("ab_-.>~=<{}[],:#\"\\ \t\n\r1é\U0001F600");
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 300; ++round) {
            QString text;
            const int length = int(rng.bounded(400));
            for (int i = 0; i < length; ++i)
                text += alphabet[int(rng.bounded(alphabet.size()))];
            const ParseResult r = parseArch(text);
            QVERIFY2(locationsInside(text, r), qPrintable(text));
        }
    }

    void parse_longLines_complete()
    {
        // One 200,000-character identifier, a long bare label and a long fan-out: linear work, no quadratic
        // path.
        const QString id(200000, u'x');
        QString fan = QStringLiteral("a -> b0");
        for (int i = 1; i < 20000; ++i)
            fan += QStringLiteral(", b%1").arg(i);
        const QString text = QStringLiteral("databse ") + id + QStringLiteral("\na -> b : ") +
                             QString(100000, u'y') + u'\n' + fan + u'\n';
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagram.edges.size(), 20001);
        QCOMPARE(r.diagram.nodes.first().id, id);
    }

    void parse_longAndManyAttributeLists_linear()
    {
        // One list over 100,000 lines, then 20,000 lists never closed, each followed by blank lines: every
        // line is looked at a bounded number of times.
        QString text = QStringLiteral("service a [\n");
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("  note: \"x%1\",\n").arg(i);
        text += QStringLiteral("]\n");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("service b%1 [tech: x,\n\n\n").arg(i);
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagram.nodes.size(), 20001);
        QCOMPARE(r.diagram.nodes.first().note, QStringLiteral("x99999"));
        QCOMPARE(r.diagnostics.size(),
                 kMaxDiagnostics); // 20,000 unclosed lists and a warning per repeated note
    }

    void parse_manyViewsSelectorsAndSteps_linear()
    {
        // 20,000 nodes and edges, a view of 20,000 wildcard selectors that match nothing, and a dynamic view
        // of 20,000 steps: each selector and step is checked in bounded time (no pass over the model per
        // item).
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("service n%1\nn%1 -> n%2\n").arg(i).arg(i + 1);
        text += QStringLiteral("view v {\n");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("  include zz%1*\n").arg(i);
        text += QStringLiteral("}\ndynamic d {\n");
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("  n%1 -> n%2 : s\n").arg(i).arg(i + 1);
        text += QStringLiteral("}\n");
        const ParseResult r = parseArch(text);
        QCOMPARE(r.diagram.views.size(), 2);
        QCOMPARE(r.diagram.views[0].include.size(), 20000);
        QCOMPARE(r.diagram.views[1].steps.size(), 20000);
        const Diagram path = applyView(r.diagram, r.diagram.views[1]);
        QCOMPARE(path.edges.size(), 20000);
        QCOMPARE(path.edges.last().label, QStringLiteral("20000. s"));
    }

    void parse_emptyAndWhitespace_haveNoDiagnostics()
    {
        for (const QString &text : {QString(), QStringLiteral("\n\n"), QStringLiteral(" \t \r\n"),
                                    QString(QChar(0xFEFF)), QStringLiteral("# only a comment")}) {
            const ParseResult r = parseArch(text);
            QVERIFY(r.diagnostics.isEmpty());
            QVERIFY(r.diagram.nodes.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(ParserRobustnessTest)
#include "parser_robustness_test.moc"

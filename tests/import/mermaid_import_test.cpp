// SPDX-License-Identifier: MIT
// Mermaid flowcharts as users write them: one golden file per construct (model dump + located diagnostics),
// and inputs that must never crash or hang (truncations of every golden input, deep nesting, huge fan-outs).
#include "diagram/import/import.h"
#include "diagram/import/mermaidparser.h"
#include "diagram/modeldump.h"

#include "importdump.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kDir = QStringLiteral(AE_TEST_DATA "/import/mermaid/");

using testing::readUtf8;

QString render(const ParseResult &r)
{
    QString out = dumpDiagram(r.diagram) + QStringLiteral("--\n");
    for (const Diagnostic &d : r.diagnostics)
        out += QStringLiteral("%1:%2: %3: %4\n")
                   .arg(d.line)
                   .arg(d.column)
                   .arg(severityName(d.severity), d.message);
    return out;
}

ParseResult parseFile(const QString &name)
{
    return parseAnyDiagram(readUtf8(kDir + name + QStringLiteral(".mmd")), DiagramFormat::Mermaid);
}

} // namespace

class MermaidImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_matchesExpected_data() { QVERIFY(testing::addGoldenRows(kDir, QStringLiteral("mmd")) >= 14); }
    void golden_matchesExpected()
    {
        QFETCH(QString, name);
        const QString actual = render(parseFile(name));
        QCOMPARE(actual, testing::expectedText(kDir + name + QStringLiteral(".expected"), actual));
    }

    // The behaviour the golden files encode, stated directly for the constructs users rely on most.
    void architecture_iconsAreKinds_groupEdgesEndOnGroups()
    {
        const ParseResult r = parseFile(QStringLiteral("architecture_groups_junctions"));
        QVERIFY(!hasErrors(r.diagnostics));
        const Diagram &d = r.diagram;
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("web"))].kind, NodeKind::External);
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("junctionCenter"))].shape, QStringLiteral("point"));
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("private"))].parent, QStringLiteral("cloud"));
        QCOMPARE(d.edges[0].from, QStringLiteral("private"));
        QVERIFY(d.edges[0].fromGroup);
        QCOMPARE(d.edges.last().to, QStringLiteral("private"));
        QVERIFY(d.edges.last().toGroup);
        const ParseResult basic = parseFile(QStringLiteral("architecture_basic"));
        QCOMPARE(basic.diagram.nodes[0].kind, NodeKind::Database);
        QCOMPARE(basic.diagram.edges[4].tail, ArrowEnd::Normal); // `<--`: the head is at the first service
        QCOMPARE(basic.diagram.edges[4].head, ArrowEnd::None);
    }

    void header_withoutDirection_isTopToBottom()
    {
        QCOMPARE(parseFile(QStringLiteral("default_direction")).diagram.direction, Direction::Down);
        const ParseResult click = parseFile(QStringLiteral("click_tooltip"));
        QVERIFY(!hasErrors(click.diagnostics));
        QCOMPARE(click.diagram.nodes.value(0).note, QStringLiteral("The scheduler places pods on nodes"));
    }

    void shapes_cylinderIsDatabase_roundedIsService()
    {
        const ParseResult r = parseFile(QStringLiteral("shapes"));
        QCOMPARE(r.diagram.nodes.size(), 15);
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("db"))].kind, NodeKind::Database);
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("db"))].label,
                 QStringLiteral("Orders DB"));
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("round"))].kind, NodeKind::Service);
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("trap"))].label,
                 QStringLiteral("Trapezoid"));
        QVERIFY(!hasErrors(r.diagnostics));
    }

    void links_everyOperator_styleAndDirection()
    {
        const ParseResult r = parseFile(QStringLiteral("links"));
        QCOMPARE(r.diagram.edges.size(), 12);
        const auto &e = r.diagram.edges;
        QCOMPARE(e[0].style, EdgeStyle::Sync);
        QVERIFY(e[0].directed);
        QVERIFY(!e[1].directed);                                          // ---
        QCOMPARE(e[2].style, EdgeStyle::Async);                           // -.->
        QCOMPARE(e[3].style, EdgeStyle::Replication);                     // ==>
        QVERIFY(e[6].bothWays);                                           // <-->
        QVERIFY(e[10].bothWays && e[10].style == EdgeStyle::Replication); // <==>
        QVERIFY(!hasErrors(r.diagnostics));
    }

    void chains_ampersand_expandToEveryPair()
    {
        const ParseResult r = parseFile(QStringLiteral("chains_ampersand"));
        // a->b->c (2) + d&e->f&g (4) + h->i->j (2) + k->l&m->n (4)
        QCOMPARE(r.diagram.edges.size(), 12);
        QCOMPARE(r.diagram.edges[2].from, QStringLiteral("d"));
        QCOMPARE(r.diagram.edges[5].to, QStringLiteral("g"));
        QCOMPARE(r.diagram.edges[6].label, QStringLiteral("one"));
    }

    void subgraphs_nestAndLinksToThemAreRedirected()
    {
        const ParseResult r = parseFile(QStringLiteral("subgraphs"));
        const int inner = r.diagram.indexOfGroup(QStringLiteral("inner"));
        QVERIFY(inner >= 0);
        QCOMPARE(r.diagram.groups[inner].parent, QStringLiteral("outer"));
        QCOMPARE(r.diagram.groups[inner].label, QStringLiteral("Inner frame"));
        QCOMPARE(r.diagram.indexOfNode(QStringLiteral("outer")), -1);
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("inner1"))].group,
                 QStringLiteral("inner"));
        // Parents come before children in the model.
        QVERIFY(r.diagram.indexOfGroup(QStringLiteral("outer")) < inner);
        bool warnedDirection = false;
        for (const Diagnostic &d : r.diagnostics)
            warnedDirection |= d.line == 4 && d.severity == Diagnostic::Severity::Warning;
        QVERIFY(warnedDirection);
    }

    void errors_areLocatedAndTheRestIsKept()
    {
        const ParseResult r = parseFile(QStringLiteral("errors"));
        QVERIFY(hasErrors(r.diagnostics));
        QSet<int> errorLines;
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY(d.line > 0);
            QVERIFY(d.column > 0);
            if (d.isError())
                errorLines.insert(d.line);
        }
        for (int line : {2, 3, 4, 5, 6, 7})
            QVERIFY2(errorLines.contains(line), qPrintable(QString::number(line)));
    }

    void notAFlowchart_isOneErrorOnLineOne()
    {
        const ParseResult r = parseFile(QStringLiteral("not_flowchart"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 1);
        QVERIFY(r.diagram.nodes.isEmpty());
    }

    void robustness_everyPrefixOfEveryInput_neverCrashes()
    {
        const QStringList files = QDir(kDir).entryList({QStringLiteral("*.mmd")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString text = readUtf8(kDir + f);
            for (qsizetype n = 0; n <= text.size(); ++n) {
                const ParseResult r = parseAnyDiagram(text.left(n), DiagramFormat::Mermaid);
                for (const Diagnostic &d : r.diagnostics)
                    QVERIFY(d.line >= 0);
            }
        }
    }

    void robustness_deepNestingAndHugeFanOut_areCapped()
    {
        QString deep = QStringLiteral("flowchart LR\n");
        for (int i = 0; i < 200; ++i)
            deep += QStringLiteral("subgraph s%1\n").arg(i);
        deep += QStringLiteral("x\n");
        const ParseResult r1 = parseAnyDiagram(deep, DiagramFormat::Mermaid);
        QVERIFY(hasErrors(r1.diagnostics));
        QVERIFY(r1.diagram.groups.size() <= kMaxGroupDepth);

        QString wide = QStringLiteral("flowchart LR\n");
        QStringList ids;
        for (int i = 0; i < 300; ++i)
            ids << QStringLiteral("n%1").arg(i);
        wide += ids.join(QStringLiteral(" & ")) + QStringLiteral(" --> ") + ids.join(QStringLiteral(" & ")) +
                u'\n';
        const ParseResult r2 = parseAnyDiagram(wide, DiagramFormat::Mermaid);
        QVERIFY(hasErrors(r2.diagnostics));
        QVERIFY(r2.diagram.nodes.size() + r2.diagram.edges.size() <= kMaxMermaidElements);
    }

    void formats_fromPathAndInfo()
    {
        QCOMPARE(diagramFormatFromPath(QStringLiteral("a/b.MMD")), DiagramFormat::Mermaid);
        QCOMPARE(diagramFormatFromPath(QStringLiteral("x.gv")), DiagramFormat::Dot);
        QCOMPARE(diagramFormatFromPath(QStringLiteral("x.dot")), DiagramFormat::Dot);
        QCOMPARE(diagramFormatFromPath(QStringLiteral("x.arch")), DiagramFormat::Arch);
        QVERIFY(!diagramFormatFromPath(QStringLiteral("x.txt")));
        QCOMPARE(diagramFormatFromInfo(QStringLiteral("mermaid")), DiagramFormat::Mermaid);
        QCOMPARE(diagramFormatFromInfo(QStringLiteral("dot")), DiagramFormat::Dot);
        QVERIFY(!diagramFormatFromInfo(QStringLiteral("python")));
    }
};

QTEST_GUILESS_MAIN(MermaidImportTest)
#include "mermaid_import_test.moc"

// SPDX-License-Identifier: MIT
// DOT import: node and edge counts equal cgraph's own (agnnodes/agnedges) for every corpus file, and each
// mapping a user sees: labels (HTML -> text, escapes), shapes -> kinds, clusters -> nested groups, rankdir,
// edge labels, records as fields, one warning naming ignored attributes, Graphviz errors with their line,
// Latin-1 files.
#include "diagram/import/dotimport.h"
#include "diagram/import/import.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <graphviz/cgraph.h>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kCorpus = QStringLiteral(AE_CORPUS_DIR "/dot");

int quiet(char *)
{
    return 0;
}

ParseResult fromDot(const char *text)
{
    return parseAnyDiagram(QString::fromUtf8(text), DiagramFormat::Dot);
}

const Node &node(const ParseResult &r, const char *id)
{
    static const Node none;
    const int i = r.diagram.indexOfNode(QString::fromUtf8(id));
    return i >= 0 ? r.diagram.nodes[i] : none;
}

} // namespace

class DotImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_countsMatchCgraph_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kCorpus);
        if (!dir.exists())
            QSKIP("the DOT corpus (AE_CORPUS_DIR/dot) is not present");
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void corpus_countsMatchCgraph()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString text = decodeDiagramBytes(bytes, DiagramFormat::Dot);
        const ParseResult r = parseAnyDiagram(text, DiagramFormat::Dot);

        // cgraph's own count of the same text (what Graphviz would draw).
        const agusererrf previous = agseterrf(quiet);
        Agraph_t *g = agmemread(text.toUtf8().constData());
        agseterrf(previous);
        if (!g) {
            QVERIFY(hasErrors(r.diagnostics));
            return;
        }
        const int nodes = agnnodes(g);
        const int edges = agnedges(g);
        agclose(g);
        QCOMPARE(r.diagram.nodes.size(), nodes);
        QCOMPARE(r.diagram.edges.size(), edges);
        for (const Edge &e : r.diagram.edges) {
            QVERIFY(r.diagram.indexOfNode(e.from) >= 0);
            QVERIFY(r.diagram.indexOfNode(e.to) >= 0);
        }
    }

    void labels_htmlBecomesText_escapesResolved()
    {
        const ParseResult r =
            fromDot("digraph G { a [label=<<B>Bold</B><BR/>next &amp; last>];"
                    " b [label=\"one\\ntwo\"]; c [label=\"\\N!\"];"
                    " t [label=<<TABLE><TR><TD>x</TD><TD>y</TD></TR><TR><TD>z</TD></TR></TABLE>>] }");
        QCOMPARE(node(r, "a").label, QStringLiteral("Bold\nnext & last"));
        QCOMPARE(node(r, "b").label, QStringLiteral("one\ntwo"));
        QCOMPARE(node(r, "c").label, QStringLiteral("c!"));
        QCOMPARE(node(r, "t").label, QStringLiteral("x y\nz"));
    }

    void shapes_mapToKinds()
    {
        const ParseResult r =
            fromDot("digraph { db [shape=cylinder]; n [shape=note]; s [shape=box, style=rounded];"
                    " e [shape=ellipse]; }");
        QCOMPARE(node(r, "db").kind, NodeKind::Database);
        QCOMPARE(node(r, "n").kind, NodeKind::Note);
        QCOMPARE(node(r, "s").kind, NodeKind::Service);
        QCOMPARE(node(r, "e").kind, NodeKind::Generic);
    }

    void clusters_becomeNestedGroups()
    {
        const ParseResult r = fromDot("digraph { subgraph cluster_outer { label=\"Outer\"; a;"
                                      " subgraph cluster_inner { label=\"Inner\"; b; } } c; a -> b -> c }");
        QCOMPARE(r.diagram.groups.size(), 2);
        QCOMPARE(r.diagram.groups[0].label, QStringLiteral("Outer"));
        QCOMPARE(r.diagram.groups[1].parent, r.diagram.groups[0].id);
        QCOMPARE(node(r, "a").group, r.diagram.groups[0].id);
        QCOMPARE(node(r, "b").group, r.diagram.groups[1].id);
        QVERIFY(node(r, "c").group.isEmpty());
    }

    void rankdirAndEdges_labelsStylesDirections()
    {
        const ParseResult r = fromDot("digraph { rankdir=LR; a -> b [label=\"calls\"]; b -> c [style=dashed];"
                                      " c -> a [dir=both]; a -> c [dir=none] }");
        QCOMPARE(r.diagram.direction, Direction::Right);
        QCOMPARE(r.diagram.edges.size(), 4);
        QCOMPARE(r.diagram.edges[0].label, QStringLiteral("calls"));
        QCOMPARE(r.diagram.edges[1].style, EdgeStyle::Async);
        QVERIFY(r.diagram.edges[2].bothWays);
        QVERIFY(!r.diagram.edges[3].directed);
        const ParseResult u = fromDot("graph { a -- b }");
        QCOMPARE(u.diagram.direction, Direction::Down);
        QVERIFY(!u.diagram.edges[0].directed);
    }

    void records_fieldsInReadingOrder()
    {
        const ParseResult r =
            fromDot("digraph { node [shape=record]; s [label=\"<f0> left|<f1> mid\\ dle|{a|b}\"] }");
        QCOMPARE(node(r, "s").label, QStringLiteral("left"));
        QCOMPARE(node(r, "s").fields,
                 (QStringList{QStringLiteral("mid dle"), QStringLiteral("a"), QStringLiteral("b")}));
    }

    void unsupportedAttributes_oneWarningNamingThem()
    {
        const ParseResult r =
            fromDot("digraph { splines=ortho; a [peripheries=2]; a -> b [constraint=false] }");
        int warnings = 0;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.severity != Diagnostic::Severity::Warning)
                continue;
            ++warnings;
            QVERIFY(d.message.contains(QStringLiteral("splines")));
            QVERIFY(d.message.contains(QStringLiteral("peripheries")));
            QVERIFY(d.message.contains(QStringLiteral("constraint")));
        }
        QCOMPARE(warnings, 1);
    }

    void syntaxError_reportedWithItsLine()
    {
        const ParseResult r = fromDot("digraph {\n  a -> b\n  c -> -> d\n}\n");
        QVERIFY(hasErrors(r.diagnostics));
        bool onLine3 = false;
        for (const Diagnostic &d : r.diagnostics)
            onLine3 |= d.isError() && d.line == 3 && d.message.contains(QStringLiteral("syntax"));
        QVERIFY2(onLine3, qPrintable(r.diagnostics.value(0).message));
    }

    void notDot_isAnError()
    {
        const ParseResult r = fromDot("flowchart LR\n a --> b\n");
        QVERIFY(hasErrors(r.diagnostics));
        QVERIFY(r.diagram.nodes.isEmpty());
    }

    void latin1_charsetDecoded()
    {
        const QByteArray bytes = "digraph { charset=latin1; a [label=\"Caf\xe9\"] }";
        const ParseResult r =
            parseAnyDiagram(decodeDiagramBytes(bytes, DiagramFormat::Dot), DiagramFormat::Dot);
        QCOMPARE(node(r, "a").label, QStringLiteral("Caf\u00e9"));
        const QByteArray utf8 = "digraph { a [label=\"Caf\xc3\xa9\"] }";
        QCOMPARE(decodeDiagramBytes(utf8, DiagramFormat::Dot),
                 QStringLiteral("digraph { a [label=\"Caf\u00e9\"] }"));
    }
};

QTEST_GUILESS_MAIN(DotImportTest)
#include "dot_import_test.moc"

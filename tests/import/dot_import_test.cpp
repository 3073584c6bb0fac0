// SPDX-License-Identifier: MIT
// DOT import: the nodes and edges we draw are the ones Graphviz draws (`dot -Tjson`, invisible ones excluded)
// for every corpus file; one golden model dump per feature (arrow ends, styles, empty labels, rank subgraphs,
// records with line breaks, shapes, clusters and bgcolor, located warnings, positions); labels (HTML -> text,
// escapes), Graphviz errors with their line, Latin-1 files.
#include "diagram/import/dotimport.h"
#include "diagram/import/import.h"
#include "diagram/modeldump.h"
#include "diagram/shapes.h"

#include "importdump.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kCorpus = QStringLiteral(AE_CORPUS_DIR "/dot");
const QString kGolden = QStringLiteral(AE_TEST_DATA "/import/dot/");

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

bool invisible(const QJsonObject &o)
{
    return o.value(QStringLiteral("style")).toString().contains(QStringLiteral("invis"));
}

// Where dot's own layout fails (a few regression inputs), Graphviz's graph model read by gvpr, which is
// what dot would draw: the visible nodes and edges.
bool graphModelCounts(const QString &path, int *nodes, int *edges, QString *why)
{
    const QString gvpr = QStandardPaths::findExecutable(QStringLiteral("gvpr"));
    if (gvpr.isEmpty())
        return false;
    QProcess p;
    p.start(gvpr, {QStringLiteral("-q"),
                   QStringLiteral("BEG_G{int n=0; int e=0;} N{if(!(style==\"*invis*\"))n++;}"
                                  " E{if(!(style==\"*invis*\"))e++;} END_G{printf(\"%d %d\\n\", n, e);}"),
                   path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *why += QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    const QList<QByteArray> counts = p.readAllStandardOutput().trimmed().split(' ');
    if (counts.size() != 2)
        return false;
    *nodes = counts[0].toInt();
    *edges = counts[1].toInt();
    return true;
}

// What Graphviz draws: `dot -Tjson` lists subgraphs first, then nodes; invisible elements are not drawn.
bool graphvizCounts(const QString &dot, const QString &path, int *nodes, int *edges, QString *why)
{
    QProcess p;
    p.start(dot, {QStringLiteral("-Tjson"), path});
    if (!p.waitForFinished(300000)) {
        *why = QStringLiteral("dot did not finish");
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    if (root.isEmpty()) {
        *why = QString::fromUtf8(p.readAllStandardError());
        return graphModelCounts(path, nodes, edges, why);
    }
    const QJsonArray objects = root.value(QStringLiteral("objects")).toArray();
    const int subgraphs = root.value(QStringLiteral("_subgraph_cnt")).toInt();
    *nodes = *edges = 0;
    for (int i = subgraphs; i < objects.size(); ++i)
        *nodes += invisible(objects[i].toObject()) ? 0 : 1;
    for (const QJsonValue &e : root.value(QStringLiteral("edges")).toArray())
        *edges += invisible(e.toObject()) ? 0 : 1;
    return true;
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
    void corpus_drawnCountsMatchGraphviz_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(kCorpus);
        if (!dir.exists())
            QSKIP("the DOT corpus (AE_CORPUS_DIR/dot) is not present");
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void corpus_drawnCountsMatchGraphviz()
    {
        QFETCH(QString, path);
        const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dot.isEmpty())
            QSKIP("Graphviz's `dot` command (package graphviz) is not installed");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = decodeDiagramBytes(f.readAll(), DiagramFormat::Dot);
        const ParseResult r = parseAnyDiagram(text, DiagramFormat::Dot);

        int nodes = 0, edges = 0;
        QString why;
        if (!graphvizCounts(dot, path, &nodes, &edges, &why)) {
            QVERIFY2(hasErrors(r.diagnostics), qPrintable(why));
            return;
        }
        QVERIFY(!hasErrors(r.diagnostics));
        const auto drawnNodes = std::count_if(r.diagram.nodes.cbegin(), r.diagram.nodes.cend(),
                                              [](const Node &n) { return !n.invisible; });
        const auto drawnEdges = std::count_if(r.diagram.edges.cbegin(), r.diagram.edges.cend(),
                                              [](const Edge &e) { return !e.invisible; });
        QCOMPARE(int(drawnNodes), nodes);
        QCOMPARE(int(drawnEdges), edges);
        for (const Edge &e : r.diagram.edges) {
            QVERIFY(r.diagram.indexOfNode(e.from) >= 0);
            QVERIFY(r.diagram.indexOfNode(e.to) >= 0);
        }
    }

    void golden_matchesExpected_data()
    {
        QVERIFY(testing::addGoldenRows(kGolden, QStringLiteral("gv")) >= 10);
    }
    void golden_matchesExpected()
    {
        QFETCH(QString, name);
        const QString actual =
            render(parseAnyDiagram(readUtf8(kGolden + name + QStringLiteral(".gv")), DiagramFormat::Dot));
        QCOMPARE(actual, testing::expectedText(kGolden + name + QStringLiteral(".expected"), actual));
    }

    // Every Graphviz shape is drawn as its own outline or its kind's (cylinder, note), never as a plain box;
    // a rounded box is the service kind's.
    void shapes_everyShapeHasItsOutline()
    {
        const ParseResult r =
            parseAnyDiagram(readUtf8(kGolden + QStringLiteral("shapes.gv")), DiagramFormat::Dot);
        for (const Node &n : r.diagram.nodes) {
            if (n.id == u"svc") {
                QVERIFY(n.shape.isEmpty());
                QCOMPARE(n.kind, NodeKind::Service);
                continue;
            }
            QVERIFY2(drawsOwnShape(n) || n.kind != NodeKind::Generic, qPrintable(n.id + u' ' + n.shape));
        }
    }

    // Edges are located at their head's id, each edge of a chain or a `{...}` at its own.
    void edges_locatedWhereWritten()
    {
        const ParseResult r = parseAnyDiagram(
            QStringLiteral("digraph {\n  a -> b -> c\n  a -> {d e}\n  b -> c\n}\n"), DiagramFormat::Dot);
        QStringList places;
        for (const Edge &e : r.diagram.edges)
            places << QStringLiteral("%1->%2@%3:%4")
                          .arg(e.from, e.to)
                          .arg(e.location.line)
                          .arg(e.location.column);
        QCOMPARE(places, QStringList({QStringLiteral("a->b@2:8"), QStringLiteral("b->c@2:13"),
                                      QStringLiteral("a->d@3:9"), QStringLiteral("a->e@3:11"),
                                      QStringLiteral("b->c@4:8")}));
    }

    // What the goldens encode, stated directly for the cases users reported.
    void arrows_backPointsAtTail_noneDrawsNoHead()
    {
        const ParseResult r = fromDot("digraph { A -> D [dir=back]; g -> h [arrowhead=none];"
                                      " c -> d [dir=both, arrowtail=odot, arrowhead=tee] }");
        QCOMPARE(r.diagram.edges[0].head, ArrowEnd::None);
        QCOMPARE(r.diagram.edges[0].tail, ArrowEnd::Normal);
        QVERIFY(r.diagram.edges[0].directed);
        QCOMPARE(r.diagram.edges[1].head, ArrowEnd::None);
        QVERIFY(!r.diagram.edges[1].directed);
        QCOMPARE(r.diagram.edges[2].tail, ArrowEnd::ODot);
        QCOMPARE(r.diagram.edges[2].head, ArrowEnd::Tee);
        QVERIFY(r.diagram.edges[2].bothWays);
    }

    void records_keepLineBreaks()
    {
        const ParseResult r =
            fromDot("digraph { node [shape=record];"
                    " A [label=\"{Animal|+ name : string\\l+ age : int\\l|+ die() : void\\l}\"] }");
        QCOMPARE(node(r, "A").label, QStringLiteral("Animal"));
        QCOMPARE(node(r, "A").fields, (QStringList{QStringLiteral("+ name : string\n+ age : int"),
                                                   QStringLiteral("+ die() : void")}));
        // Drawn as three lines, one per member, not run together ("+ name : string+ age : int").
        QCOMPARE(fieldLines(node(r, "A")),
                 (QStringList{QStringLiteral("+ name : string"), QStringLiteral("+ age : int"),
                              QStringLiteral("+ die() : void")}));
    }

    void clusters_labelOnlyWhenGiven_emptyLabelStaysEmpty()
    {
        const ParseResult r =
            fromDot("digraph { subgraph cluster_backend { a } subgraph cluster_x { label=\"X\"; b }"
                    " c [label=\"\"]; d }");
        const Group &backend = r.diagram.groups[r.diagram.indexOfGroup(QStringLiteral("cluster_backend"))];
        const Group &x = r.diagram.groups[r.diagram.indexOfGroup(QStringLiteral("cluster_x"))];
        QCOMPARE(backend.label, QString());
        QVERIFY(!backend.showLabel);
        QCOMPARE(x.label, QStringLiteral("X"));
        QVERIFY(x.showLabel);
        QCOMPARE(node(r, "c").label, QString());
        QCOMPARE(node(r, "d").label, QStringLiteral("d")); // not the empty label declared before it
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
                    " e [shape=doublecircle]; d }");
        QCOMPARE(node(r, "db").kind, NodeKind::Database);
        QCOMPARE(node(r, "n").kind, NodeKind::Note);
        QCOMPARE(node(r, "s").kind, NodeKind::Service);
        QCOMPARE(node(r, "e").kind, NodeKind::Generic);
        QCOMPARE(node(r, "e").shape, QStringLiteral("doublecircle"));
        QCOMPARE(node(r, "d").shape, QStringLiteral("ellipse")); // Graphviz's default
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
        QCOMPARE(r.diagram.edges[1].pattern, LinePattern::Dashed);
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

    void unsupportedAttributes_oneWarningEach_atFirstUse()
    {
        const ParseResult r = fromDot("digraph {\n  splines=ortho;\n  a [peripheries=2];\n"
                                      "  a -> b [constraint=false]; b -> c [constraint=true]\n}");
        QStringList seen;
        for (const Diagnostic &d : r.diagnostics) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            seen << QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.message);
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("2:3 DOT attribute `splines` is not drawn"),
                                    QStringLiteral("3:6 DOT attribute `peripheries` is not drawn"),
                                    QStringLiteral("4:11 DOT attribute `constraint` is not drawn")}));
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

// SPDX-License-Identifier: MIT
// Conversion: Mermaid -> .arch -> parse keeps every node (label, kind, group) and edge (ends, label, style,
// direction); .arch -> DOT/Mermaid -> import keeps the graph too; `archexplorer convert` exit codes and
// files.
#include "cli/cli.h"
#include "common/diagnostic.h"
#include "diagram/import/import.h"
#include "diagram/import/writers.h"
#include "importdump.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

using testing::readUtf8;

// Edges as comparable strings, ids translated through the writer's map.
QStringList edgeKeys(const Diagram &d, const QHash<QString, QString> &map)
{
    QStringList keys;
    for (const Edge &e : d.edges)
        keys << QStringLiteral("%1|%2|%3|%4|%5|%6")
                    .arg(map.value(e.from, e.from), map.value(e.to, e.to), e.label)
                    .arg(int(e.style))
                    .arg(e.directed)
                    .arg(e.bothWays);
    keys.sort();
    return keys;
}

QStringList nodeKeys(const Diagram &d, const QHash<QString, QString> &map, bool withKind)
{
    QStringList keys;
    for (const Node &n : d.nodes)
        keys << map.value(n.id, n.id) + u'|' + n.label + u'|' + map.value(n.group, n.group) + u'|' +
                    (withKind ? QString::number(int(n.kind)) : QString());
    keys.sort();
    return keys;
}

QString fullLabel(const Node &n)
{
    return (QStringList{n.label} + n.fields).join(u'\n');
}

// Nodes (id, label with record fields, group), groups (id, parent, label) and edges of `d`, ids translated.
QString structure(const Diagram &d, const QHash<QString, QString> &map)
{
    QStringList lines;
    for (const Node &n : d.nodes)
        lines << QStringLiteral("node %1 %2 in %3")
                     .arg(map.value(n.id, n.id), fullLabel(n), map.value(n.group, n.group));
    for (const Group &g : d.groups)
        lines << QStringLiteral("group %1 %2 in %3")
                     .arg(map.value(g.id, g.id), g.label, map.value(g.parent, g.parent));
    lines.sort();
    return lines.join(u'\n') + u'\n' + edgeKeys(d, map).join(u'\n');
}

QStringList corpusInputs()
{
    QStringList paths;
    for (const char *sub : {"dot", "mermaid"}) {
        const QDir dir(QStringLiteral(AE_CORPUS_DIR "/") + QLatin1String(sub));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            paths << dir.filePath(f);
    }
    return paths;
}

QStringList mermaidInputs()
{
    QStringList paths;
    for (const QString &dirPath :
         {QStringLiteral(AE_CORPUS_DIR "/mermaid"), QStringLiteral(AE_TEST_DATA "/import/mermaid")}) {
        const QDir dir(dirPath);
        for (const QString &f : dir.entryList({QStringLiteral("*.mmd")}, QDir::Files, QDir::Name))
            paths << dir.filePath(f);
    }
    return paths;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

// `archexplorer convert ARGS` through the same command table main() uses, with in-memory stdin/stdout/stderr.
Run convert(const QStringList &args, const QByteArray &stdinData = {})
{
    Run r;
    QByteArray in = stdinData;
    QBuffer input(&in);
    input.open(QIODevice::ReadOnly);
    QTextStream out(&r.out), err(&r.err);
    cli::Io io{out, err, input};
    r.exitCode = cli::run(QStringList{QStringLiteral("convert")} + args, cli::builtinCommands(), io);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class ConvertTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_mermaidToArch_sameNodesAndEdges_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : mermaidInputs())
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void roundTrip_mermaidToArch_sameNodesAndEdges()
    {
        QFETCH(QString, path);
        ParseResult mmd = parseAnyDiagram(readUtf8(path), DiagramFormat::Mermaid);
        if (hasErrors(mmd.diagnostics))
            QSKIP("input has errors by design");
        QHash<QString, QString> map;
        const QString arch = writeArch(mmd.diagram, &map);
        const ParseResult back = parseArch(arch);
        QVERIFY2(!hasErrors(back.diagnostics), qPrintable(back.diagnostics.value(0).message + u'\n' + arch));
        QCOMPARE(back.diagram.nodes.size(), mmd.diagram.nodes.size());
        QCOMPARE(back.diagram.edges.size(), mmd.diagram.edges.size());
        QCOMPARE(back.diagram.groups.size(), mmd.diagram.groups.size());
        QCOMPARE(nodeKeys(back.diagram, {}, true), nodeKeys(mmd.diagram, map, true));
        QCOMPARE(edgeKeys(back.diagram, {}), edgeKeys(mmd.diagram, map));
        QCOMPARE(back.diagram.direction, mmd.diagram.direction);
    }

    // Every corpus file (DOT and Mermaid) -> .arch -> parse: the same nodes, groups and edges.
    void roundTrip_corpusToArch_sameStructure_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = corpusInputs();
        if (paths.isEmpty())
            QSKIP("the corpus (AE_CORPUS_DIR/dot, /mermaid) is not present");
        for (const QString &p : paths)
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void roundTrip_corpusToArch_sameStructure()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const DiagramFormat format = *diagramFormatFromPath(path);
        const ParseResult src = parseAnyDiagram(decodeDiagramBytes(f.readAll(), format), format);
        if (hasErrors(src.diagnostics))
            return; // nothing to convert: `convert` stops with the located errors
        QHash<QString, QString> map;
        const QString arch = writeArch(src.diagram, &map);
        const ParseResult back = parseArch(arch);
        QVERIFY2(!hasErrors(back.diagnostics),
                 qPrintable(formatDiagnostic(QStringLiteral("out.arch"), back.diagnostics.value(0))));
        QCOMPARE(structure(back.diagram, {}), structure(src.diagram, map));
    }

    // Ids that .arch cannot hold as written come back under a valid id that keeps the label.
    void writeArch_awkwardIds_parseBack()
    {
        const ParseResult src = parseAnyDiagram(
            QStringLiteral(
                "digraph { \"a_-----_long\" -> \"with space\" -> service -> \"x->y\" -> \"9lives\" -> group;"
                " \"a--b\" -> \"a_-b\" -> \"-\" }"),
            DiagramFormat::Dot);
        QVERIFY(!hasErrors(src.diagnostics));
        QHash<QString, QString> map;
        const QString arch = writeArch(src.diagram, &map);
        const ParseResult back = parseArch(arch);
        QVERIFY2(!hasErrors(back.diagnostics), qPrintable(back.diagnostics.value(0).message + u'\n' + arch));
        QCOMPARE(structure(back.diagram, {}), structure(src.diagram, map));
        QCOMPARE(back.diagram.nodes[0].label, QStringLiteral("a_-----_long"));
    }

    void roundTrip_toMermaidAndDotAndBack_sameGraph_data()
    {
        roundTrip_mermaidToArch_sameNodesAndEdges_data();
    }
    void roundTrip_toMermaidAndDotAndBack_sameGraph()
    {
        QFETCH(QString, path);
        ParseResult src = parseAnyDiagram(readUtf8(path), DiagramFormat::Mermaid);
        if (hasErrors(src.diagnostics))
            QSKIP("input has errors by design");
        src.diagram = withGroupEndsOnNodes(src.diagram);
        for (const DiagramFormat target : {DiagramFormat::Mermaid, DiagramFormat::Dot}) {
            QHash<QString, QString> map;
            const QString text =
                target == DiagramFormat::Dot ? writeDot(src.diagram, &map) : writeMermaid(src.diagram, &map);
            const ParseResult back = parseAnyDiagram(text, target);
            QVERIFY2(!hasErrors(back.diagnostics),
                     qPrintable(back.diagnostics.value(0).message + u'\n' + text));
            QCOMPARE(back.diagram.nodes.size(), src.diagram.nodes.size());
            QCOMPARE(back.diagram.edges.size(), src.diagram.edges.size());
            QCOMPARE(back.diagram.groups.size(), src.diagram.groups.size());
            QStringList labels, backLabels;
            for (const Node &n : src.diagram.nodes)
                labels << n.label;
            for (const Node &n : back.diagram.nodes)
                backLabels << n.label;
            labels.sort();
            backLabels.sort();
            QCOMPARE(backLabels, labels);
        }
    }

    void cli_mermaidToArchFile_exitZeroAndParses()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.arch"));
        const Run r = convert(
            {QStringLiteral(AE_TEST_DATA "/import/mermaid/subgraphs.mmd"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("subgraphs.mmd:")); // the warnings, located
        const ParseResult back = parseArch(readUtf8(out));
        QVERIFY(!hasErrors(back.diagnostics));
        QVERIFY(back.diagram.indexOfGroup(QStringLiteral("inner")) >= 0);
    }

    void cli_stdinWithFrom_writesToStdout()
    {
        const Run r = convert({QStringLiteral("-"), QStringLiteral("--from"), QStringLiteral("dot"),
                               QStringLiteral("--to"), QStringLiteral("mermaid")},
                              "digraph { a -> b [label=\"x\"] }");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("flowchart TB\n"));
        QVERIFY(r.out.contains("a -->|\"x\"| b"));
    }

    void cli_inputErrors_exitOneLocatedNoFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.arch"));
        const Run r =
            convert({QStringLiteral(AE_TEST_DATA "/import/mermaid/errors.mmd"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("errors.mmd:2:"));
        QVERIFY(!QFile::exists(out));
    }

    // `archexplorer render` takes .mmd and .dot like .arch (issue 4): SVG with every imported node.
    void cli_renderAcceptsMermaidAndDot()
    {
        QTemporaryDir dir;
        const QString mmd = dir.filePath(QStringLiteral("flow.mmd"));
        const QString gv = dir.filePath(QStringLiteral("graph.gv"));
        QFile m(mmd), g(gv);
        QVERIFY(m.open(QIODevice::WriteOnly) && g.open(QIODevice::WriteOnly));
        m.write("flowchart LR\n  api(API) --> db[(Orders)]\n");
        g.write("digraph { rankdir=LR; api -> db; db [shape=cylinder] }\n");
        m.close();
        g.close();
        for (const QString &input : {mmd, gv}) {
            Run r;
            QByteArray none;
            QBuffer in(&none);
            in.open(QIODevice::ReadOnly);
            QTextStream out(&r.out), err(&r.err);
            cli::Io io{out, err, in};
            r.exitCode = cli::run({QStringLiteral("render"), input}, cli::builtinCommands(), io);
            out.flush();
            err.flush();
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.out.contains("<svg"));
            QVERIFY(r.out.contains("node-api"));
            QVERIFY(r.out.contains("node-db"));
        }
    }

    void cli_formatDetection_namesWhatItRecognised()
    {
        auto render = [](const QStringList &args, const QByteArray &stdinData = {}) {
            Run r;
            QByteArray data = stdinData;
            QBuffer in(&data);
            in.open(QIODevice::ReadOnly);
            QTextStream out(&r.out), err(&r.err);
            cli::Io io{out, err, in};
            r.exitCode = cli::run(QStringList{QStringLiteral("render")} + args, cli::builtinCommands(), io);
            out.flush();
            err.flush();
            return r;
        };
        QTemporaryDir dir;
        const QString d2 = dir.filePath(QStringLiteral("twitter.d2"));
        const QString dsl = dir.filePath(QStringLiteral("bigbank.txt"));
        const QString puml = dir.filePath(QStringLiteral("seq.txt"));
        QFile a(d2), b(dsl), c(puml);
        QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
        a.write("Build: {\n  artifacts\n}\nBuild.artifacts -> Test.grid: ship\n");
        b.write("/* the Big Bank example */\nworkspace \"Big Bank\" {\n  model {\n    u = person \"User\"\n"
                "    s = softwareSystem \"Bank\"\n    u -> s \"Uses\"\n  }\n}\n");
        c.write("' a sequence\n@startuml\nAlice -> Bob\n@enduml\n");
        a.close();
        b.close();
        c.close();
        // D2 by its extension, Structurizr by its first line: both are read and drawn.
        Run r = render({d2});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("node-Build.artifacts"));
        r = render({dsl});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("node-u"));
        QCOMPARE(convert({dsl}).exitCode, 0);
        QCOMPARE(convert({d2, QStringLiteral("--to"), QStringLiteral("d2")}).exitCode,
                 2); // read, not written
        // A language recognised but not read: one clear line naming it and how, not a page of .arch errors;
        // exit 2.
        r = render({puml});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("this is a PlantUML diagram (by its first line `@startuml`)"),
                 r.err.constData());
        QCOMPARE(convert({puml}).exitCode, 2);
        // Standard input is told by its first line too.
        r = render({QStringLiteral("-")}, "// a graph\ndigraph deps {\n  api -> db\n}\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("node-api"));
        // --from overrides the detection.
        r = render({QStringLiteral("--from"), QStringLiteral("arch"), d2});
        QCOMPARE(r.exitCode, 1); // read as .arch: located errors
        QVERIFY(r.err.contains("twitter.d2:"));
    }

    void cli_usageErrors_exitTwo()
    {
        QCOMPARE(convert({}).exitCode, 2);
        QCOMPARE(convert({QStringLiteral("x.txt")}).exitCode, 2);              // unknown language
        QCOMPARE(convert({QStringLiteral("/nonexistent/a.mmd")}).exitCode, 2); // unreadable
        QCOMPARE(convert({QStringLiteral("a.mmd"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(convert({QStringLiteral("a.mmd"), QStringLiteral("--to"), QStringLiteral("png")}).exitCode,
                 2);
        QTemporaryDir dir;
        const Run r = convert({QStringLiteral(AE_TEST_DATA "/import/mermaid/links.mmd"), QStringLiteral("-o"),
                               dir.filePath(QStringLiteral("missing-dir/out.arch"))});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_MAIN(ConvertTest) // render measures text: needs QGuiApplication (offscreen)
#include "convert_test.moc"

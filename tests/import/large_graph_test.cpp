// SPDX-License-Identifier: MIT
// Big and undirected graphs: the layout engine each gets (dot for ordinary diagrams, sfdp for big undirected
// or huge ones, the file's own positions kept as `neato -n` would), positions laid out where the file puts
// them, and `render --timeout/--engine`: a layout out of time is one located error with advice.
#include "cli/cli.h"
#include "diagram/import/import.h"
#include "diagram/layout.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

Diagram chain(int nodes, bool directed)
{
    Diagram d;
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        d.nodes.append(n);
        if (i > 0) {
            Edge e;
            e.from = d.nodes[i - 1].id;
            e.to = n.id;
            e.directed = directed;
            d.edges.append(e);
        }
    }
    return d;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run render(const QStringList &args)
{
    Run r;
    QByteArray in;
    QBuffer input(&in);
    input.open(QIODevice::ReadOnly);
    QTextStream out(&r.out), err(&r.err);
    cli::Io io{out, err, input};
    r.exitCode = cli::run(QStringList{QStringLiteral("render")} + args, cli::builtinCommands(), io);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class LargeGraphTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engine_chosenBySizeKindAndPositions()
    {
        QCOMPARE(layoutEngineFor(chain(50, true)), QStringLiteral("dot"));
        QCOMPARE(layoutEngineFor(chain(50, false)), QStringLiteral("dot"));
        QCOMPARE(layoutEngineFor(chain(301, false)), QStringLiteral("sfdp"));
        QCOMPARE(layoutEngineFor(chain(301, true)), QStringLiteral("dot"));
        QCOMPARE(layoutEngineFor(chain(3001, true)), QStringLiteral("sfdp"));
        Diagram placed = chain(3, false);
        for (Node &n : placed.nodes)
            n.hasPosition = true;
        QCOMPARE(layoutEngineFor(placed), QStringLiteral("nop"));
        placed.layoutEngine = QStringLiteral("neato"); // `layout=neato` with every pos given: neato -n
        QCOMPARE(layoutEngineFor(placed), QStringLiteral("nop"));
        Diagram asked = chain(50, true);
        asked.layoutEngine = QStringLiteral("circo");
        QCOMPARE(layoutEngineFor(asked), QStringLiteral("circo"));
        asked.layoutEngine = QStringLiteral("no-such-engine");
        QCOMPARE(layoutEngineFor(asked), QStringLiteral("dot"));
    }

    void positions_keptWhereTheFilePutsThem()
    {
        const ParseResult r = parseAnyDiagram(
            QStringLiteral("graph { a [pos=\"0,0\"]; b [pos=\"400,0\"]; c [pos=\"200,300\"]; a -- b -- c }"),
            DiagramFormat::Dot);
        const LayoutResult laid = layoutDiagram(r.diagram, Theme::named(QStringLiteral("light")), 60000);
        QVERIFY2(laid.ok, qPrintable(laid.error));
        const auto centre = [&](int i) { return laid.diagram.nodes[i].rect.center(); };
        QVERIFY(qAbs(centre(1).x() - centre(0).x() - 400) < 1); // y points down in our coordinates
        QVERIFY(qAbs(centre(0).y() - centre(1).y()) < 1);
        QVERIFY(qAbs(centre(0).y() - centre(2).y() - 300) < 1);
    }

    void bigUndirectedGraph_laidOutBySfdp()
    {
        const LayoutResult laid =
            layoutDiagram(chain(400, false), Theme::named(QStringLiteral("light")), 120000);
        QVERIFY2(laid.ok, qPrintable(laid.error));
        QCOMPARE(laid.diagram.nodes.size(), 400);
    }

    void render_timeout_locatedErrorWithAdvice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.gv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("// a graph\n\ndigraph big {\n  a -> b\n}\n");
        f.close();
        qputenv("AE_LAYOUT_HELPER_TEST", "hang"); // the helper never answers
        const Run r = render({path, QStringLiteral("--timeout"), QStringLiteral("0.5"), QStringLiteral("-o"),
                              dir.filePath(QStringLiteral("out.svg"))});
        qunsetenv("AE_LAYOUT_HELPER_TEST");
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(path + QStringLiteral(":3:1: error: the layout took longer than 0.5 s")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--engine sfdp")) && err.contains(QStringLiteral("--timeout")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.svg"))));
    }

    void render_badOptions_usageErrors()
    {
        QCOMPARE(render({QStringLiteral("x.gv"), QStringLiteral("--timeout"), QStringLiteral("0")}).exitCode,
                 2);
        const Run r = render({QStringLiteral("x.gv"), QStringLiteral("--engine"), QStringLiteral("spring")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--engine must be auto or one of dot, neato"));
    }
};

QTEST_MAIN(LargeGraphTest)
#include "large_graph_test.moc"

// SPDX-License-Identifier: MIT
// Mesh section: a 15,606-node, 45,878-edge undirected triangulated mesh (the size of Graphviz's classic mesh
// example), read from DOT and rendered to SVG through our helper, with the positions the file gives (`nop`,
// as `neato -n`) and without them (sfdp); anchors: Graphviz's own `neato -n -Tsvg` and `sfdp -Tsvg` on the
// same text.
#include "bench.h"

#include "diagram/import/import.h"
#include "diagram/layout.h"
#include "diagram/svgwriter.h"

#include <QProcess>
#include <QStandardPaths>

using namespace ae::diagram;

namespace {

QByteArray mesh(bool positions)
{
    constexpr int kNodes = 15606, kEdges = 45878, kWidth = 126;
    QByteArray out = "graph mesh {\n node [shape=point];\n";
    if (positions)
        for (int i = 0; i < kNodes; ++i)
            out += " n" + QByteArray::number(i) + " [pos=\"" +
                   QByteArray::number((i % kWidth) * 20 + (i / kWidth % 2) * 10) + ',' +
                   QByteArray::number(i / kWidth * 17) + "\"];\n";
    int edges = 0;
    for (int i = 0; i < kNodes && edges < kEdges; ++i) {
        const int x = i % kWidth;
        for (const int j : {x + 1 < kWidth ? i + 1 : -1, i + kWidth, x + 1 < kWidth ? i + kWidth + 1 : -1})
            if (j >= 0 && j < kNodes && edges < kEdges) {
                out += " n" + QByteArray::number(i) + " -- n" + QByteArray::number(j) + ";\n";
                ++edges;
            }
    }
    return out + "}\n";
}

double graphviz(const QString &exe, const QStringList &args, const QByteArray &input)
{
    if (exe.isEmpty())
        return -1;
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(exe, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return ae::bench::ms(t);
}

} // namespace

AE_BENCH_SECTION("mesh")
{
    QTextStream &out = ctx.out;
    out << "15,606-node, 45,878-edge undirected mesh: DOT import + layout + SVG (ours) vs Graphviz -Tsvg\n";
    const Theme theme = Theme::light();
    for (const bool positions : {true, false}) {
        const QByteArray text = mesh(positions);
        QElapsedTimer t;
        t.start();
        const ParseResult parsed = parseAnyDiagram(QString::fromUtf8(text), DiagramFormat::Dot);
        const LayoutResult laid = layoutDiagram(parsed.diagram, theme, 300000);
        const QByteArray svg = laid.ok ? writeSvg(laid.diagram, theme) : QByteArray();
        const double ours = ae::bench::ms(t);
        const QString engine = layoutEngineFor(parsed.diagram);
        const double anchor = positions ? graphviz(QStandardPaths::findExecutable(QStringLiteral("neato")),
                                                   {QStringLiteral("-n"), QStringLiteral("-Tsvg")}, text)
                                        : graphviz(QStandardPaths::findExecutable(QStringLiteral("sfdp")),
                                                   {QStringLiteral("-Tsvg")}, text);
        out << (positions ? "  with pos, engine " : "  without pos, engine ") << engine << ": ours "
            << (laid.ok ? QString::number(ours, 'f', 0) + QStringLiteral(" ms") : laid.error) << ", Graphviz "
            << (anchor < 0 ? QStringLiteral("n/a") : QString::number(anchor, 'f', 0) + QStringLiteral(" ms"))
            << (anchor > 0 && laid.ok ? QStringLiteral(", ratio %1x").arg(ours / anchor, 0, 'f', 2)
                                      : QString())
            << ", " << parsed.diagram.nodes.size() << " nodes, " << parsed.diagram.edges.size()
            << " edges, SVG " << svg.size() / 1024 << " KiB\n";
    }
}

// SPDX-License-Identifier: MIT
// Diagram section: layout + SVG through our helper vs `dot -Tsvg` on the equivalent DOT, on generated
// architecture-like diagrams (30% of edges labelled, 70% of nodes in groups, groups nested two deep).
#include "bench.h"

#include "diagram/export.h"
#include "diagram/layout.h"
#include "diagram/svgwriter.h"

#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace ae::diagram;

namespace {

constexpr int kDotLimitMs = 60000; // dot runs longer than this are stopped and reported as skipped

struct Generated
{
    Diagram diagram;
    QByteArray dot; // what a user would write for Graphviz: real labels, clusters, edge labels
};

Generated generate(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const NodeKind kinds[] = {NodeKind::Service,    NodeKind::Service,       NodeKind::Database,
                                     NodeKind::Cache,      NodeKind::Queue,         NodeKind::Worker,
                                     NodeKind::Gateway,    NodeKind::ObjectStorage, NodeKind::Stream,
                                     NodeKind::SearchIndex};
    static const char *const techs[] = {"PostgreSQL 15", "Redis 7", "Apache Kafka", "Go 1.22", "Java 17", ""};
    Generated g;
    Diagram &d = g.diagram;
    d.direction = Direction::Right;
    const int groupCount = qMax(1, n / 10);
    for (int i = 0; i < groupCount; ++i) {
        Group grp;
        grp.id = QStringLiteral("g%1").arg(i);
        grp.label = QStringLiteral("Zone %1").arg(i);
        grp.kind = i % 4 == 0 ? QStringLiteral("region") : QStringLiteral("zone");
        if (i % 4 != 0)
            grp.parent = QStringLiteral("g%1").arg(i - i % 4); // nested under the region of its block
        d.groups.append(grp);
    }
    const int ranks = qMax(3, int(std::sqrt(double(n)) / 1.5));
    for (int i = 0; i < n; ++i) {
        Node node;
        node.id = QStringLiteral("n%1").arg(i);
        node.label = QStringLiteral("Component %1").arg(i);
        node.kind = kinds[rng.bounded(int(std::size(kinds)))];
        node.technology = QString::fromLatin1(techs[rng.bounded(int(std::size(techs)))]);
        if (rng.bounded(100) < 70) // groups hold nodes of neighbouring ranks, like tiers of a system
            node.group = QStringLiteral("g%1").arg(qMin(groupCount - 1, i * groupCount / n));
        d.nodes.append(node);
    }
    // Mostly forward edges between nearby components, some long-range ones.
    const int edgeCount = n * 13 / 10;
    for (int k = 0; k < edgeCount; ++k) {
        const int from = rng.bounded(n);
        const int span = qMax(2, n / ranks);
        int to = rng.bounded(100) < 85 ? from + 1 + rng.bounded(span) : rng.bounded(n);
        if (to >= n || to == from)
            to = (from + 1) % n;
        Edge e;
        e.from = QStringLiteral("n%1").arg(from);
        e.to = QStringLiteral("n%1").arg(to);
        if (rng.bounded(100) < 30)
            e.label = QStringLiteral("call %1").arg(k);
        e.style = rng.bounded(100) < 25 ? EdgeStyle::Async : EdgeStyle::Sync;
        d.edges.append(e);
    }

    // The same graph as plain DOT: record-free boxes with their labels, clusters, edge labels.
    QByteArray &dot = g.dot;
    dot += "digraph G {\nrankdir=LR\nnode [shape=box style=rounded fontname=\"DejaVu Sans\" fontsize=10]\n";
    QVector<QVector<int>> members(groupCount);
    QVector<QVector<int>> children(groupCount);
    for (int i = 0; i < n; ++i) {
        if (!d.nodes[i].group.isEmpty())
            members[d.nodes[i].group.mid(1).toInt()].append(i);
    }
    for (int i = 0; i < groupCount; ++i) {
        if (!d.groups[i].parent.isEmpty())
            children[d.groups[i].parent.mid(1).toInt()].append(i);
    }
    std::function<void(int)> writeGroup = [&](int gi) {
        dot += "subgraph cluster_" + QByteArray::number(gi) + " {\nlabel=\"" + d.groups[gi].label.toUtf8() +
               "\"\n";
        for (int c : children[gi])
            writeGroup(c);
        for (int m : members[gi]) {
            const Node &node = d.nodes[m];
            dot += "n" + QByteArray::number(m) + " [label=\"" + node.label.toUtf8() +
                   (node.technology.isEmpty() ? QByteArray() : "\\n" + node.technology.toUtf8()) + "\"]\n";
        }
        dot += "}\n";
    };
    for (int i = 0; i < groupCount; ++i) {
        if (d.groups[i].parent.isEmpty())
            writeGroup(i);
    }
    for (int i = 0; i < n; ++i) {
        if (d.nodes[i].group.isEmpty())
            dot += "n" + QByteArray::number(i) + " [label=\"" + d.nodes[i].label.toUtf8() + "\"]\n";
    }
    for (const Edge &e : d.edges) {
        dot += e.from.toUtf8() + " -> " + e.to.toUtf8();
        if (!e.label.isEmpty())
            dot += " [label=\"" + e.label.toUtf8() + "\"]";
        dot += "\n";
    }
    dot += "}\n";
    return g;
}

// Runs `dot -Tsvg`; returns milliseconds, or -1 (over the limit), -2 (failed/crashed).
double timeDot(const QString &dotExe, const QByteArray &input, QString *note)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(dotExe, {QStringLiteral("-Tsvg")});
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(kDotLimitMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const double elapsed = ae::bench::ms(t);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *note = QStringLiteral("dot failed (exit %1%2)")
                    .arg(p.exitCode())
                    .arg(p.exitStatus() == QProcess::CrashExit ? QStringLiteral(", crashed") : QString());
        return -2;
    }
    return elapsed;
}

} // namespace

AE_BENCH_SECTION("diagram")
{
    QTextStream &out = ctx.out;
    const QString dotExe = QStandardPaths::findExecutable(QStringLiteral("dot"));
    const QString helper = layoutHelperPath();
    if (helper.isEmpty()) {
        out << "archexplorer-layout not found: set AE_LAYOUT_HELPER\n";
        return;
    }
    out << "layout + SVG (ours, helper process, no cache) vs dot -Tsvg on equivalent DOT; median of runs\n";
    out << qSetFieldWidth(8) << "nodes"
        << "edges" << qSetFieldWidth(14) << "ours ms"
        << "dot ms" << qSetFieldWidth(10) << "ratio" << qSetFieldWidth(0) << "  notes\n";
    QVector<int> sizes = {10, 50, 200, 1000, 3000};
    if (ctx.quick)
        sizes = {10, 50, 200};
    const Theme theme = Theme::light();
    for (int n : sizes) {
        const Generated g = generate(n, 42 + n);
        const int runs = n <= 200 ? 5 : 1;
        QVector<double> ours, dots;
        QString note;
        bool simplified = false;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const LayoutResult lr = layoutDiagram(g.diagram, theme, 120000);
            if (!lr.ok) {
                note = QStringLiteral("our layout failed: ") + lr.error;
                break;
            }
            const QByteArray svg = writeSvg(lr.diagram, theme);
            ours << ae::bench::ms(t);
            simplified = lr.diagram.simplifiedLayout;
            Q_UNUSED(svg);
        }
        const bool runDot = !dotExe.isEmpty() && (n <= 1000 || ctx.args.contains(QLatin1String("--dot-all")));
        QByteArray dotInput = g.dot;
        for (int r = 0; runDot && r < runs; ++r) {
            double d = timeDot(dotExe, dotInput, &note);
            if (d == -2 && r == 0) {
                // Edge `label`s with clusters trip Graphviz 2.42 on some graphs; fall back to xlabels, say
                // so.
                QList<QByteArray> lines = dotInput.split('\n');
                for (QByteArray &line : lines) {
                    if (line.contains(" -> "))
                        line.replace("[label=", "[xlabel=");
                }
                dotInput = lines.join('\n');
                note += QStringLiteral(" with edge labels; retried with xlabels");
                d = timeDot(dotExe, dotInput, &note);
            }
            if (d < 0) {
                if (d == -1)
                    note = QStringLiteral("dot stopped after %1 s").arg(kDotLimitMs / 1000);
                break;
            }
            dots << d;
        }
        if (!runDot)
            note = dotExe.isEmpty()
                       ? QStringLiteral("dot not installed")
                       : QStringLiteral("dot skipped above 1,000 nodes (minutes; --dot-all runs it)");
        auto median = [](QVector<double> v) {
            std::sort(v.begin(), v.end());
            return v.isEmpty() ? -1.0 : v[v.size() / 2];
        };
        const double o = median(ours), d = median(dots);
        if (simplified)
            note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("simplified layout");
        out << qSetFieldWidth(8) << n << g.diagram.edges.size() << qSetFieldWidth(14)
            << (o < 0 ? QStringLiteral("-") : QString::number(o, 'f', 1))
            << (d < 0 ? QStringLiteral("-") : QString::number(d, 'f', 1)) << qSetFieldWidth(10)
            << (o < 0 || d < 0 ? QStringLiteral("-") : QString::number(o / d, 'f', 2) + QLatin1Char('x'))
            << qSetFieldWidth(0) << "  " << note << "\n";
        out.flush();
    }
    out << "targets: 200 nodes <= 1.0x dot -Tsvg; 3,000 nodes < 15 s\n\n";

    // What a preview refresh costs after the parser: a fresh layout (helper process) plus painting fitted
    // into a 1280x800 view (what the preview shows), and the same when the layout cache answers. Median of 9.
    const Generated preview = generate(50, 7);
    QVector<double> fresh, cached;
    for (int r = 0; r < 9; ++r) {
        Diagram d = preview.diagram;
        d.title = QStringLiteral("preview %1").arg(r); // a new cache key each run
        QElapsedTimer t;
        t.start();
        const LayoutResult lr = layoutDiagram(d, theme, 30000, true);
        const double fit =
            qMin(2.0, qMin(1280 / lr.diagram.bounds.width(), 800 / lr.diagram.bounds.height()));
        const QImage image = renderImage(lr.diagram, theme, fit);
        fresh << ae::bench::ms(t);
        t.restart();
        const LayoutResult again = layoutDiagram(d, theme, 30000, true);
        const QImage image2 = renderImage(again.diagram, theme, fit);
        cached << ae::bench::ms(t);
    }
    std::sort(fresh.begin(), fresh.end());
    std::sort(cached.begin(), cached.end());
    out << "preview of 50 nodes (layout + paint fitted to 1280x800): " << QString::number(fresh[4], 'f', 1)
        << " ms fresh, " << QString::number(cached[4], 'f', 1)
        << " ms from the layout cache (target: keystroke to preview < 50 ms)\n";
}

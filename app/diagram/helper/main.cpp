// SPDX-License-Identifier: MIT
// archexplorer-layout: the only process that runs Graphviz. Reads one DOT graph on stdin, lays it out with
// the engine its `layout` attribute names (`dot` when none; `nop` keeps the positions given), writes plain
// coordinates on stdout and exits. One graph per process keeps Graphviz 2.42 deterministic and contains its
// crashes, leaks and thread-unsafety (PLATFORM-NOTES.md). The y axis is flipped here, and only here.
//
// Output, one record per line, numbers in points with two decimals, y pointing down:
//   graph W H
//   node NAME X Y W H              (top-left corner and size)
//   cluster NAME X Y W H
//   edge ID N X1 Y1 ... XN YN      (cubic Bézier control points, tail to head; ID from the edge's "id"
//   attribute) end
// Exit status: 0 ok, 2 unreadable DOT, 3 layout failed. Messages go to stderr.
#include <QByteArray>
#include <QFile>

#include <gvc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <thread>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
}

namespace {

lt_symlist_t builtins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {nullptr, nullptr},
};

// Test hooks: let tests see how the client copes with a helper that crashes or hangs.
void applyTestHooks()
{
    const QByteArray mode = qgetenv("AE_LAYOUT_HELPER_TEST");
    if (mode == "crash")
        std::abort();
    if (mode == "hang")
        std::this_thread::sleep_for(std::chrono::hours(1));
}

struct ContextDeleter
{
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};
struct GraphDeleter
{
    void operator()(Agraph_t *g) const { agclose(g); }
};

double flipY(const Agraph_t *g, double y)
{
    return GD_bb(g).UR.y - y;
}

void writeClusters(Agraph_t *root, Agraph_t *g, FILE *out)
{
    for (int i = 1; i <= GD_n_cluster(g); ++i) { // GD_clust is 1-based
        Agraph_t *c = GD_clust(g)[i];
        const boxf bb = GD_bb(c);
        std::fprintf(out, "cluster %s %.2f %.2f %.2f %.2f\n", agnameof(c), bb.LL.x - GD_bb(root).LL.x,
                     flipY(root, bb.UR.y), bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
        writeClusters(root, c, out);
    }
}

// Engines other than dot do not box clusters: a cluster's box is then its nodes' bounding box plus a margin
// (and room for the title the cluster's label reserves, as dot would).
void writeNodeBoxes(Agraph_t *root, Agraph_t *g, FILE *out)
{
    for (Agraph_t *sg = agfstsubg(g); sg; sg = agnxtsubg(sg)) {
        if (std::strncmp(agnameof(sg), "cluster", 7) == 0 && agfstnode(sg)) {
            double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
            for (Agnode_t *n = agfstnode(sg); n; n = agnxtnode(sg, n)) {
                const double w = ND_width(n) * 36.0, h = ND_height(n) * 36.0;
                x0 = std::min(x0, ND_coord(n).x - w);
                x1 = std::max(x1, ND_coord(n).x + w);
                y0 = std::min(y0, ND_coord(n).y - h);
                y1 = std::max(y1, ND_coord(n).y + h);
            }
            const char *size = agget(sg, const_cast<char *>("fontsize"));
            const double title = size && *size ? std::atof(size) * 1.2 : 0;
            x0 -= 12;
            x1 += 12;
            y0 -= 12;
            y1 += 12 + title;
            std::fprintf(out, "cluster %s %.2f %.2f %.2f %.2f\n", agnameof(sg), x0 - GD_bb(root).LL.x,
                         flipY(root, y1), x1 - x0, y1 - y0);
        }
        writeNodeBoxes(root, sg, out);
    }
}

void writeLayout(Agraph_t *g, FILE *out, bool ranked)
{
    const boxf bb = GD_bb(g);
    const double x0 = bb.LL.x;
    std::fprintf(out, "graph %.2f %.2f\n", bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        const double w = ND_width(n) * 72.0;
        const double h = ND_height(n) * 72.0;
        std::fprintf(out, "node %s %.2f %.2f %.2f %.2f\n", agnameof(n), ND_coord(n).x - x0 - w / 2,
                     flipY(g, ND_coord(n).y) - h / 2, w, h);
    }
    if (ranked)
        writeClusters(g, g, out);
    else
        writeNodeBoxes(g, g, out);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const splines *spl = ED_spl(e);
            if (!spl || spl->size < 1)
                continue;
            const char *id = agget(e, const_cast<char *>("id"));
            const bezier &bz = spl->list[0];
            std::fprintf(out, "edge %s %d", (id && *id) ? id : "-", bz.size);
            for (int i = 0; i < bz.size; ++i)
                std::fprintf(out, " %.2f %.2f", bz.list[i].x - x0, flipY(g, bz.list[i].y));
            std::fputc('\n', out);
        }
    }
    std::fputs("end\n", out);
}

} // namespace

int main()
{
    applyTestHooks();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        std::fputs("archexplorer-layout: cannot read stdin\n", stderr);
        return 2;
    }
    QByteArray dot = in.readAll();

    std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContextPlugins(builtins, 0));
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.constData()));
    if (!graph) {
        std::fputs("archexplorer-layout: the layout input is not valid DOT\n", stderr);
        return 2;
    }
    const char *asked = agget(graph.get(), const_cast<char *>("layout"));
    const char *engine = asked && *asked ? asked : "dot";
    if (gvLayout(gvc.get(), graph.get(), engine) != 0 || agerrors() > 0) {
        std::fputs("archexplorer-layout: Graphviz could not lay out the graph\n", stderr);
        return 3;
    }
    writeLayout(graph.get(), stdout, std::strcmp(engine, "dot") == 0);
    std::fflush(stdout);
    // Freeing a layout is where 2.42 double-frees on some graphs; the process ends here anyway.
    graph.release();
    gvc.release();
    std::_Exit(0);
}

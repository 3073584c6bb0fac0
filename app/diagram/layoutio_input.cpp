// SPDX-License-Identifier: MIT
// Diagram -> DOT text for the layout helper. Only generated names (n0, l3, cluster_g2, e5a) reach Graphviz,
// so no user text needs escaping and Graphviz never sees or measures our labels.
#include "diagram/layout.h"
#include "diagram/layoutio.h"
#include "diagram/shapes.h"

#include <QHash>
#include <QSet>
#include <QtMath>

#include <algorithm>

namespace ae::diagram {

namespace {

QByteArray num(qreal v)
{
    return QByteArray::number(v, 'f', 4);
}

QByteArray inches(qreal px)
{
    return num(px / 72.0);
}

const char *rankdir(Direction d)
{
    switch (d) {
    case Direction::Right:
        return "LR";
    case Direction::Down:
        return "TB";
    case Direction::Left:
        return "RL";
    case Direction::Up:
        return "BT";
    }
    return "LR";
}

struct Builder
{
    const Diagram &diagram;
    const Theme &theme;
    QVector<QVector<int>> childGroups;       // per group
    QVector<QVector<int>> groupNodes;        // per group
    QVector<QVector<QByteArray>> groupExtra; // label nodes and hint subgraphs placed inside a group
    QVector<int> topGroups, topNodes;
    QVector<QByteArray> topExtra;
    QByteArray out;
    // Id -> index, first declaration wins (as Diagram::indexOf*): a linear search per edge made a 10,000-node
    // diagram take most of a second on the UI thread.
    QHash<QString, int> nodeIndex, groupIndex;

    void indexIds()
    {
        nodeIndex.reserve(diagram.nodes.size());
        for (int i = diagram.nodes.size() - 1; i >= 0; --i)
            nodeIndex.insert(diagram.nodes[i].id, i);
        groupIndex.reserve(diagram.groups.size());
        for (int i = diagram.groups.size() - 1; i >= 0; --i)
            groupIndex.insert(diagram.groups[i].id, i);
    }
    int node(const QString &id) const { return nodeIndex.value(id, -1); }
    int group(const QString &id) const { return groupIndex.value(id, -1); }
    int groupOf(int n) const { return group(diagram.nodes[n].group); }

    QVector<int> ancestors(int g) const
    {
        QVector<int> chain;
        QSet<int> seen; // a cycle in parent links must not hang us
        while (g >= 0 && !seen.contains(g)) {
            seen.insert(g);
            chain.prepend(g);
            g = group(diagram.groups[g].parent);
        }
        return chain;
    }

    int commonGroup(int a, int b) const
    {
        const QVector<int> ca = ancestors(a), cb = ancestors(b);
        int common = -1;
        for (int i = 0; i < ca.size() && i < cb.size() && ca[i] == cb[i]; ++i)
            common = ca[i];
        return common;
    }

    // A node inside group g (or its empty placeholder) for an edge that ends on g's border: Graphviz draws
    // the edge to that node and clips it at the cluster (`lhead`/`ltail` with compound=true).
    QByteArray memberOf(int g) const
    {
        if (!groupNodes[g].isEmpty())
            return "n" + QByteArray::number(groupNodes[g].first());
        for (int child : childGroups[g]) {
            const QByteArray inner = memberOf(child);
            if (!inner.isEmpty())
                return inner;
        }
        return childGroups[g].isEmpty() ? "empty" + QByteArray::number(g) : QByteArray();
    }

    void place(int group, const QByteArray &line)
    {
        if (group >= 0)
            groupExtra[group].append(line);
        else
            topExtra.append(line);
    }

    bool fixedPlaces = false; // the `nop` engine: nodes stay where the file put them

    QByteArray nodeLine(int i) const
    {
        const Node &n = diagram.nodes[i];
        const QSizeF s = nodeSize(n, theme);
        QByteArray pos;
        if (fixedPlaces && n.hasPosition)
            pos = ",pos=\"" + num(n.position.x()) + ',' + num(n.position.y()) + "!\"";
        return "n" + QByteArray::number(i) + " [width=" + inches(s.width()) +
               ",height=" + inches(s.height()) + pos + "]\n";
    }

    void writeGroup(int g, int depth)
    {
        const QByteArray indent(2 * depth, ' ');
        const QSizeF title = groupTitleSize(diagram.groups[g], theme);
        // Graphviz reserves room for a cluster label it measures itself. Courier is estimated at 0.6 em per
        // character without a text-layout plugin, so a run of 'x' of the right length reserves exactly our
        // title.
        const qreal fontSize = title.height() / 1.2;
        const int chars = qMax(1, int(std::ceil(title.width() / (0.6 * fontSize))));
        out += indent + "subgraph cluster_g" + QByteArray::number(g) + " {\n";
        out += indent + "  label=\"" + QByteArray(chars, 'x') +
               "\" fontname=\"Courier\" fontsize=" + num(fontSize) + " labeljust=l labelloc=t margin=12\n";
        for (int child : childGroups[g])
            writeGroup(child, depth + 1);
        for (int n : groupNodes[g])
            out += indent + "  " + nodeLine(n);
        if (childGroups[g].isEmpty() && groupNodes[g].isEmpty()) // an empty group still gets a frame
            out += indent + "  empty" + QByteArray::number(g) + " [width=" + inches(title.width()) +
                   ",height=0.3]\n";
        for (const QByteArray &line : groupExtra[g])
            out += indent + "  " + line;
        out += indent + "}\n";
    }
};

} // namespace

HelperInput buildHelperInput(const Diagram &diagram, const Theme &theme)
{
    Builder b{diagram, theme, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    b.indexIds();
    const int ng = diagram.groups.size();
    b.childGroups.resize(ng);
    b.groupNodes.resize(ng);
    b.groupExtra.resize(ng);
    for (int g = 0; g < ng; ++g) {
        const int parent = b.group(diagram.groups[g].parent);
        if (parent >= 0 && parent != g && !b.ancestors(parent).contains(g))
            b.childGroups[parent].append(g);
        else
            b.topGroups.append(g);
    }
    for (int i = 0; i < diagram.nodes.size(); ++i) {
        const int g = b.groupOf(i);
        if (g >= 0)
            b.groupNodes[g].append(i);
        else
            b.topNodes.append(i);
    }

    HelperInput input;
    input.simplified = diagram.nodes.size() > kSimplifiedLayoutThreshold;
    const QString engine = layoutEngineFor(diagram);
    const bool ranked = engine == u"dot";
    b.fixedPlaces = engine == u"nop";

    // Edges: a labelled edge a -> b becomes a -> l<i> -> b through a fixed-size node the size of the label
    // pill.
    // A group whose `direction` crosses the diagram's puts its members (and the labels of the edges between
    // them) on one rank, which Graphviz lines up across the flow, in the order of the edges between them.
    // Inside a cluster of a left-right layout a flat edge's tail ends up below its head (see `order` below),
    // so for `down` those edges are given to Graphviz the other way round; likewise `left` in a top-down
    // layout.
    const bool acrossIsRow = diagram.direction == Direction::Down || diagram.direction == Direction::Up;
    QVector<bool> turned(ng, false), flipped(ng, false);
    QVector<QVector<QByteArray>> turnedLabels(ng);
    for (int g = 0; g < ng; ++g) {
        const Group &group = diagram.groups[g];
        const bool vertical = group.direction == Direction::Down || group.direction == Direction::Up;
        turned[g] = group.hasDirection && group.columns <= 0 && vertical != acrossIsRow;
        flipped[g] = turned[g] && group.direction == (acrossIsRow ? Direction::Left : Direction::Down);
    }

    QByteArray edges;
    bool compound = false;
    for (int i = 0; i < diagram.edges.size(); ++i) {
        const Edge &e = diagram.edges[i];
        // An end is a node, or a group (drawn to a member, clipped at the frame). `inside` is the group the
        // end sits in, for placing the label node.
        QByteArray a, z, tailClip, headClip;
        int fromInside = -1, toInside = -1;
        if (e.fromGroup) {
            const int g = b.group(e.from);
            if (g < 0 || (a = b.memberOf(g)).isEmpty())
                continue;
            tailClip = ",ltail=cluster_g" + QByteArray::number(g);
            fromInside = b.group(diagram.groups[g].parent);
        } else {
            const int from = b.node(e.from);
            if (from < 0)
                continue;
            a = "n" + QByteArray::number(from);
            fromInside = b.groupOf(from);
        }
        if (e.toGroup) {
            const int g = b.group(e.to);
            if (g < 0 || (z = b.memberOf(g)).isEmpty())
                continue;
            headClip = ",lhead=cluster_g" + QByteArray::number(g);
            toInside = b.group(diagram.groups[g].parent);
        } else {
            const int to = b.node(e.to);
            if (to < 0)
                continue;
            z = "n" + QByteArray::number(to);
            toInside = b.groupOf(to);
        }
        compound = compound || e.fromGroup || e.toGroup;
        const QByteArray id = "e" + QByteArray::number(i);
        // Between two members of a turned group: on its rank, maybe reversed (the output re-orients splines).
        const int within =
            !e.fromGroup && !e.toGroup && fromInside == toInside && fromInside >= 0 && turned[fromInside]
                ? fromInside
                : -1;
        const bool flip = within >= 0 && flipped[within];
        if (e.label.isEmpty()) {
            edges += (flip ? z + " -> " + a : a + " -> " + z) + " [id=" + id + tailClip + headClip + "]\n";
            continue;
        }
        const QSizeF s = edgeLabelSize(e.label, theme);
        const QByteArray l = "l" + QByteArray::number(i);
        b.place(b.commonGroup(fromInside, toInside),
                l + " [width=" + inches(s.width()) + ",height=" + inches(s.height()) + "]\n");
        if (within >= 0)
            turnedLabels[within].append(l);
        if (flip) {
            edges += z + " -> " + l + " [id=" + id + "b]\n";
            edges += l + " -> " + a + " [id=" + id + "a]\n";
            continue;
        }
        edges += a + " -> " + l + " [id=" + id + "a" + tailClip + "]\n";
        edges += l + " -> " + z + " [id=" + id + "b" + headClip + "]\n";
    }

    // Groups that arrange their members: `columns: N` packs the members that have no edge to another member
    // into a grid (rows of rank=same, chained by invisible edges so the rows stack); a turned group (above)
    // puts its members on one rank.
    for (int g = 0; g < ng; ++g) {
        const Group &group = diagram.groups[g];
        if (turned[g]) {
            QByteArray line = "{rank=same;";
            for (int n : b.groupNodes[g])
                line += " n" + QByteArray::number(n) + ";";
            for (const QByteArray &l : turnedLabels[g])
                line += " " + l + ";";
            if (b.groupNodes[g].size() >= 2)
                b.place(g, line + "}\n");
            continue;
        }
        if (group.columns <= 0)
            continue;
        QSet<QString> linked;
        for (const Edge &e : diagram.edges) {
            const int from = e.fromGroup ? -1 : b.node(e.from), to = e.toGroup ? -1 : b.node(e.to);
            if (from >= 0 && to >= 0 && b.groupOf(from) == g && b.groupOf(to) == g) {
                linked.insert(e.from);
                linked.insert(e.to);
            }
        }
        QVector<int> members;
        for (int n : b.groupNodes[g])
            if (!linked.contains(diagram.nodes[n].id))
                members.append(n);
        if (members.size() < 2)
            continue;
        // A rank is a row when the flow goes down or up and a column when it goes right or left: N columns
        // are N per rank in the first case and N ranks in the second.
        const int count = int(members.size());
        const int perRank = acrossIsRow ? group.columns : (count + group.columns - 1) / group.columns;
        QVector<int> previous;
        for (int start = 0; start < count; start += perRank) {
            const QVector<int> rank = members.mid(start, perRank);
            QByteArray line = "{rank=same;";
            for (int n : rank)
                line += " n" + QByteArray::number(n) + ";";
            b.place(g, line + "}\n");
            for (int k = 0; k < rank.size() && k < previous.size(); ++k)
                edges += "n" + QByteArray::number(previous[k]) + " -> n" + QByteArray::number(rank[k]) +
                         " [style=invis,id=hint]\n";
            previous = rank;
        }
    }

    // Hints: rank=same for both kinds; "order" also chains invisible edges so the rank keeps the written
    // order.
    for (const RankHint &hint : diagram.hints) {
        QVector<int> ids;
        for (const QString &id : hint.ids) {
            const int n = b.node(id);
            if (n >= 0 && !ids.contains(n))
                ids.append(n);
        }
        if (ids.size() < (hint.type == RankHint::Type::Same || hint.type == RankHint::Type::Order ? 2 : 1))
            continue;
        // Without newrank (big diagrams), rank=same only works for nodes of one cluster: other hints are
        // dropped.
        bool oneGroup = true;
        for (int n : ids)
            oneGroup = oneGroup && b.groupOf(n) == b.groupOf(ids.first());
        if (input.simplified && !oneGroup)
            continue;
        static const char *ranks[] = {"same", "same", "min", "max", "source", "sink"};
        QByteArray line = QByteArray("{rank=") + ranks[int(hint.type)] + ';';
        for (int n : ids)
            line += " n" + QByteArray::number(n) + ";";
        line += "}\n";
        if (oneGroup)
            b.place(b.groupOf(ids.first()), line);
        else
            edges += line;
        if (hint.type == RankHint::Type::Order) {
            // `order` reads top to bottom in a column (right, left) and left to right in a row (down, up).
            // Graphviz lays out LR and RL by turning a top-down layout and flips each rank's order to match,
            // but only for the root graph: inside a cluster a flat edge's tail ends up *below* its head. So
            // for nodes of one group in a column the chain runs from the last id to the first
            // (tests/diagram/layout_test.cpp).
            const bool column = diagram.direction == Direction::Right || diagram.direction == Direction::Left;
            if (column && oneGroup && b.groupOf(ids.first()) >= 0)
                std::reverse(ids.begin(), ids.end());
            for (int k = 1; k < ids.size(); ++k)
                edges += "n" + QByteArray::number(ids[k - 1]) + " -> n" + QByteArray::number(ids[k]) +
                         " [style=invis,id=hint]\n";
        }
    }

    QByteArray &out = b.out;
    out += "digraph G {\n";
    if (!ranked) {
        // Force-directed (or fixed) places: straight edges for big graphs (spline routing around 15,000
        // nodes costs minutes), nodes kept apart where that is affordable.
        const bool big = diagram.nodes.size() > kSimplifiedLayoutThreshold;
        out += "graph [layout=" + engine.toLatin1() + " outputorder=edgesfirst pad=0";
        out += big || engine == u"nop" ? " splines=line" : " splines=spline overlap=false sep=\"+8\"";
        out += "]\n";
    } else {
        out += QByteArray("graph [rankdir=") + rankdir(diagram.direction) +
               " nodesep=0.35 ranksep=0.45 splines=spline outputorder=edgesfirst pad=0";
        if (compound) // only then, so that the input (and the cache key) of every other diagram stays as it
                      // was
            out += " compound=true";
        // newrank lets rank hints span clusters but costs 13x at 1,000 clustered nodes (20 s vs 1.5 s,
        // measured), so big diagrams go without it, with limits on the network-simplex and mincross passes
        // (see tests/bench).
        if (input.simplified)
            out += " nslimit=1 nslimit1=1 mclimit=0.05 searchsize=10 remincross=false maxiter=20";
        else
            out += " newrank=true";
        out += "]\n";
    }
    out += "node [shape=box fixedsize=true label=\"\"]\n";
    out += "edge [dir=none]\n";
    for (int g : b.topGroups)
        b.writeGroup(g, 0);
    for (int n : b.topNodes)
        out += b.nodeLine(n);
    for (const QByteArray &line : b.topExtra)
        out += line;
    out += edges;
    out += "}\n";
    input.dot = out;
    return input;
}

} // namespace ae::diagram

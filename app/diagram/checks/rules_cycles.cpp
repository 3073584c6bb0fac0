// SPDX-License-Identifier: MIT
// Cycles of synchronous calls (`->`): every service on the cycle waits on itself, so one slow hop stalls them
// all and retries multiply around the loop; an edge labelled as the answer to a call ("returns") is not a
// call, and neither is anything a person does or is sent. Tarjan's strongly connected components over the
// call edges, iterative so a long chain cannot overflow the stack; one finding per cycle, at the edge that
// closes it in the text. `<->` (a conversation) is not a pair of calls.
#include "diagram/checks/context.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

// A call, not the answer to one: flow diagrams often draw the response as an edge back ("returns", "reply").
bool isCall(const Edge &edge)
{
    static const QRegularExpression reply(
        QStringLiteral(
            "\\b(reply|replies|respond|responds|response|responses|return|returns|answer|answers|result|"
            "results)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return edge.style == EdgeStyle::Sync && edge.directed && !edge.bothWays &&
           !reply.match(edge.label).hasMatch();
}

// Strongly connected components of the call graph, each as a list of nodes.
QVector<QVector<int>> components(const Context &c, const QVector<bool> &call)
{
    const int n = int(c.d.nodes.size());
    QVector<int> index(n, -1), low(n, 0), stack;
    QVector<bool> onStack(n, false);
    QVector<QVector<int>> result;
    int counter = 0;
    struct Frame
    {
        int node;
        int next; // position in c.out[node]
    };
    for (int root = 0; root < n; ++root) {
        if (index[root] >= 0)
            continue;
        QVector<Frame> frames{{root, 0}};
        index[root] = low[root] = counter++;
        stack.append(root);
        onStack[root] = true;
        while (!frames.isEmpty()) {
            Frame &f = frames.last();
            if (f.next < c.out[f.node].size()) {
                const int e = c.out[f.node][f.next++];
                if (!call[e])
                    continue;
                const int w = c.to(e);
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.append(w);
                    onStack[w] = true;
                    frames.append({w, 0});
                } else if (onStack[w]) {
                    low[f.node] = qMin(low[f.node], index[w]);
                }
                continue;
            }
            const int v = f.node;
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().node] = qMin(low[frames.last().node], low[v]);
            if (low[v] == index[v]) {
                QVector<int> component;
                int w = -1;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component.append(w);
                } while (w != v);
                result.append(component);
            }
        }
    }
    return result;
}
} // namespace

void checkSyncCycles(const Context &c, Emitter &e)
{
    const int n = int(c.d.nodes.size());
    QVector<int> componentOf(n, -1);
    QVector<bool> call(c.d.edges.size());
    // A person is not a service that waits: a system that e-mails its user, who then signs in again, closes
    // no loop of calls (Structurizr's Big Bank model draws exactly that).
    // An end that is a group, not a node, is -1.
    const auto person = [&](int node) { return node >= 0 && c.d.nodes[node].kind == NodeKind::User; };
    for (int i = 0; i < call.size(); ++i)
        call[i] = isCall(c.d.edges[i]) && !person(c.from(i)) && !person(c.to(i));
    const QVector<QVector<int>> all = components(c, call);
    for (int k = 0; k < all.size(); ++k)
        for (int v : all[k])
            componentOf[v] = k;
    for (int k = 0; k < all.size(); ++k) {
        QVector<int> members = all[k];
        // A component of one node is a cycle only with a call to itself.
        QVector<int> edges;
        for (int v : members)
            for (int i : c.out[v])
                if (call[i] && componentOf[c.to(i)] == k)
                    edges.append(i);
        if (edges.isEmpty())
            continue;
        // Shortest cycle through the member written first: breadth-first back to it.
        std::sort(members.begin(), members.end());
        const int start = members.first();
        QHash<int, int> via; // node -> edge it was reached by
        QVector<int> queue{start};
        int closing = -1;
        for (int q = 0; q < queue.size() && closing < 0; ++q) {
            for (int i : c.out[queue[q]]) {
                if (!call[i] || componentOf[c.to(i)] != k)
                    continue;
                const int w = c.to(i);
                if (w == start) {
                    closing = i;
                    break;
                }
                if (!via.contains(w)) {
                    via.insert(w, i);
                    queue.append(w);
                }
            }
        }
        if (closing < 0)
            continue;
        QVector<int> cycleEdges{closing};
        for (int v = c.from(closing); v != start; v = c.from(via.value(v)))
            cycleEdges.prepend(via.value(v));
        QStringList names{c.d.nodes[start].id};
        QVector<int> cycleNodes{start};
        int last = cycleEdges.first();
        for (int i : cycleEdges) {
            names.append(c.d.nodes[c.to(i)].id);
            cycleNodes.append(c.to(i));
            if (c.d.edges[i].location.line > c.d.edges[last].location.line ||
                (c.d.edges[i].location.line == c.d.edges[last].location.line &&
                 c.d.edges[i].location.column > c.d.edges[last].location.column))
                last = i;
        }
        e.emit(QStringLiteral("sync-cycle"), c.d.edges[last].location,
               tr("synchronous calls form a cycle: %1").arg(names.join(QStringLiteral(" -> "))),
               {cycleNodes, cycleEdges});
    }
}

} // namespace ae::diagram::checks::detail

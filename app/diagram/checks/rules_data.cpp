// SPDX-License-Identifier: MIT
// How data is reached: a cache with no store behind it, a client that talks to a database directly, a service
// that writes a store and publishes a message itself (a dual write), a search or vector index with no durable
// source to rebuild it from.
#include "diagram/checks/context.h"

#include <QCoreApplication>
#include <QSet>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

// Whether a durable store (or a stream that is fed from one) is within two hops of `start`, in any direction;
// hops over replication cost nothing (a replica is backed by what backs its primary). Clients do not connect:
// two caches a browser both talks to are not backed by each other.
bool storeNearby(const Context &c, int start)
{
    QHash<int, int> distance{{start, 0}};
    QVector<int> queue{start};
    for (int q = 0; q < queue.size(); ++q) {
        const int v = queue[q];
        const int here = distance.value(v);
        auto visit = [&](int e, int w) {
            if (w < 0 || isClientSide(c.d.nodes[w].kind))
                return false;
            const int d = here + (c.d.edges[e].style == EdgeStyle::Replication ? 0 : 1);
            if (d > 2 || (distance.contains(w) && distance.value(w) <= d))
                return false;
            const NodeKind kind = c.d.nodes[w].kind;
            if (isStore(kind) || kind == NodeKind::Stream)
                return true;
            distance.insert(w, d);
            queue.append(w);
            return false;
        };
        for (int e : c.out[v])
            if (visit(e, c.to(e)))
                return true;
        for (int e : c.in[v])
            if (visit(e, c.from(e)))
                return true;
    }
    return false;
}

// Whether a durable store feeds `start`: walking edges backwards (calls, messages, replication) from it.
bool durableSource(const Context &c, int start)
{
    QSet<int> seen{start};
    QVector<int> queue{start};
    for (int q = 0; q < queue.size(); ++q) {
        for (int e : c.in[queue[q]]) {
            const int w = c.from(e);
            if (seen.contains(w))
                continue;
            if (isStore(c.d.nodes[w].kind) && c.d.nodes[w].kind != NodeKind::SearchIndex &&
                c.d.nodes[w].kind != NodeKind::VectorDatabase)
                return true;
            seen.insert(w);
            queue.append(w);
        }
    }
    return false;
}

void checkCaches(const Context &c, Emitter &e)
{
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        const Node &node = c.d.nodes[n];
        if (node.kind != NodeKind::Cache || (c.in[n].isEmpty() && c.out[n].isEmpty()) || storeNearby(c, n))
            continue;
        e.emit(QStringLiteral("cache-without-store"), node.location,
               tr("cache `%1` has no store behind it: what it holds exists nowhere else").arg(node.id),
               {{n}, {}});
    }
}

void checkClients(const Context &c, Emitter &e)
{
    for (int i = 0; i < c.d.edges.size(); ++i) {
        const Edge &edge = c.d.edges[i];
        const int a = c.from(i), b = c.to(i);
        if (a < 0 || b < 0 || edge.style == EdgeStyle::Replication || edge.fromGroup || edge.toGroup)
            continue;
        const Node &from = c.d.nodes[a];
        const Node &to = c.d.nodes[b];
        const bool store = [](NodeKind k) {
            return isStateful(k) && k != NodeKind::ObjectStorage && !isMessaging(k);
        }(to.kind);
        const bool reverse = (edge.bothWays || !edge.directed) && isClientSide(to.kind) &&
                             isStateful(from.kind) && from.kind != NodeKind::ObjectStorage &&
                             !isMessaging(from.kind);
        if ((isClientSide(from.kind) && store) || reverse) {
            const Node &client = reverse ? to : from;
            const Node &db = reverse ? from : to;
            e.emit(QStringLiteral("client-to-database"), edge.location,
                   tr("%1 `%2` talks to %3 `%4` directly")
                       .arg(kindWord(client.kind), client.id, kindWord(db.kind), db.id),
                   {{a, b}, {i}});
        }
    }
}

void checkDualWrites(const Context &c, Emitter &e)
{
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        const Node &node = c.d.nodes[n];
        if (isStateful(node.kind) || isClientSide(node.kind) || node.kind == NodeKind::External)
            continue;
        int storeEdge = -1, messageEdge = -1;
        for (int i : c.out[n]) {
            if (!c.writes[i])
                continue;
            const NodeKind kind = c.d.nodes[c.to(i)].kind;
            if (storeEdge < 0 && isStore(kind))
                storeEdge = i;
            if (messageEdge < 0 && isMessaging(kind))
                messageEdge = i;
        }
        if (storeEdge < 0 || messageEdge < 0)
            continue;
        const int later = c.d.edges[storeEdge].location.line > c.d.edges[messageEdge].location.line
                              ? storeEdge
                              : messageEdge;
        e.emit(QStringLiteral("dual-write"), c.d.edges[later].location,
               tr("`%1` writes `%2` and publishes to `%3` itself: one can succeed without the other")
                   .arg(node.id, c.d.edges[storeEdge].to, c.d.edges[messageEdge].to),
               {{n}, {storeEdge, messageEdge}});
    }
}

void checkIndexes(const Context &c, Emitter &e)
{
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        const Node &node = c.d.nodes[n];
        if (node.kind != NodeKind::SearchIndex && node.kind != NodeKind::VectorDatabase)
            continue;
        // Only an index the diagram shows being written: where a fragment only reads one, its feed is not
        // drawn.
        bool written = false;
        for (int i : c.in[n])
            written = written || (c.writes[i] && !isClientSide(c.d.nodes[c.from(i)].kind));
        if (!written || durableSource(c, n))
            continue;
        e.emit(QStringLiteral("index-without-source"), node.location,
               tr("%1 `%2` is fed by no durable store: if it is lost, nothing can rebuild it")
                   .arg(kindWord(node.kind), node.id),
               {{n}, {}});
    }
}
} // namespace

void checkDataAccess(const Context &c, Emitter &e)
{
    checkCaches(c, e);
    checkClients(c, e);
    checkDualWrites(c, e);
    checkIndexes(c, e);
}

} // namespace ae::diagram::checks::detail

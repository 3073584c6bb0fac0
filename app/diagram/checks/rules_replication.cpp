// SPDX-License-Identifier: MIT
// Replication (`=>`): a primary that nothing writes, a replica of another kind, replicas all in their
// primary's region (the failover the diagram promises cannot survive the region).
#include "diagram/checks/context.h"

#include <QCoreApplication>
#include <QSet>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

bool isReplication(const Edge &edge)
{
    return edge.style == EdgeStyle::Replication;
}

// Nodes `start` is replicated from, transitively, and itself (`<=>` both ways).
QVector<int> upstreamOfReplication(const Context &c, int start)
{
    QVector<int> seen{start};
    QSet<int> visited{start};
    for (int i = 0; i < seen.size(); ++i) {
        const int n = seen[i];
        for (int e : c.in[n])
            if (isReplication(c.d.edges[e]) && !visited.contains(c.from(e))) {
                visited.insert(c.from(e));
                seen.append(c.from(e));
            }
        for (int e : c.out[n])
            if (isReplication(c.d.edges[e]) && c.d.edges[e].bothWays && !visited.contains(c.to(e))) {
                visited.insert(c.to(e));
                seen.append(c.to(e));
            }
    }
    return seen;
}

// Whether a call or message (not replication) ends at node `n`; `<->` edges write both ends.
bool isWritten(const Context &c, int n)
{
    for (int e : c.in[n])
        if (c.writes[e])
            return true;
    for (int e : c.out[n])
        if (c.d.edges[e].bothWays && c.writes[e])
            return true;
    return false;
}
} // namespace

void checkReplication(const Context &c, Emitter &e)
{
    QSet<int> reportedRoots;
    for (int i = 0; i < c.d.edges.size(); ++i) {
        const Edge &edge = c.d.edges[i];
        if (!isReplication(edge) || edge.fromGroup || edge.toGroup)
            continue;
        const int primary = c.from(i), replica = c.to(i);
        if (primary < 0 || replica < 0)
            continue;
        const Node &p = c.d.nodes[primary];
        const Node &r = c.d.nodes[replica];
        if (p.kind != r.kind && p.kind != NodeKind::Generic && r.kind != NodeKind::Generic)
            e.emit(QStringLiteral("replica-kind-mismatch"), edge.location,
                   tr("`%1` (%2) replicates into `%3` (%4): a replica has its primary's kind")
                       .arg(p.id, kindWord(p.kind), r.id, kindWord(r.kind)),
                   {{primary, replica}, {i}});

        const QVector<int> sources = upstreamOfReplication(c, primary);
        bool written = false;
        int root = primary;
        for (int n : sources) {
            written = written || isWritten(c, n);
            root = qMin(root, n);
        }
        if (!written && !reportedRoots.contains(root)) {
            reportedRoots.insert(root);
            e.emit(QStringLiteral("replica-without-writer"), edge.location,
                   tr("`%1` replicates `%2`, but nothing writes `%2`").arg(r.id, p.id),
                   {{primary, replica}, {i}});
        }
    }

    // Replicas all in the primary's region, in a diagram that has other regions.
    if (c.regions < 2)
        return;
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        if (c.region[n].isEmpty() || !isStateful(c.d.nodes[n].kind))
            continue;
        bool hasReplicationIn = false;
        for (int edgeIndex : c.in[n])
            hasReplicationIn = hasReplicationIn || isReplication(c.d.edges[edgeIndex]);
        if (hasReplicationIn)
            continue; // a replica; its primary is judged
        // Every node reached by replication from n.
        QVector<int> replicas;
        QSet<int> visited{n};
        QVector<int> queue{n};
        for (int q = 0; q < queue.size(); ++q)
            for (int edgeIndex : c.out[queue[q]])
                if (isReplication(c.d.edges[edgeIndex]) && !visited.contains(c.to(edgeIndex))) {
                    visited.insert(c.to(edgeIndex));
                    queue.append(c.to(edgeIndex));
                    replicas.append(c.to(edgeIndex));
                }
        if (replicas.isEmpty())
            continue;
        bool elsewhere = false;
        for (int r : replicas)
            elsewhere = elsewhere || (!c.region[r].isEmpty() && c.region[r] != c.region[n]);
        if (!elsewhere) {
            QVector<int> subject = replicas;
            subject.prepend(n);
            e.emit(QStringLiteral("replica-same-region"), c.d.nodes[n].location,
                   tr("every replica of `%1` is in its region `%2`; losing the region loses them all")
                       .arg(c.d.nodes[n].id, c.region[n]),
                   {subject, {}});
        }
    }
}

} // namespace ae::diagram::checks::detail

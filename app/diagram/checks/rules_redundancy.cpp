// SPDX-License-Identifier: MIT
// Single points of failure: in a diagram that spreads over several zones or regions, a stateful node
// (database, cache, stream, queue, index; not object storage or a warehouse) or a gateway / load balancer
// placed in one zone or region that has no second copy. A copy is a replication edge (either way), another
// node of its kind in a cluster group with it, a node of its kind and technology in another zone or region,
// or words in its label, technology or note that say it is replicated
// ("multi-AZ", "replicas", "standby", "cluster").
#include "diagram/checks/context.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

bool saysRedundant(const Node &node)
{
    static const QRegularExpression words(
        QStringLiteral(
            "\\b(multi-az|multi-region|multi-zone|replicated|replicas?|standbys?|clustered|cluster|"
            "active-active|active-passive|ha pair|[0-9]+ nodes|[0-9]+ brokers|[0-9]+ instances)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(node.label + QLatin1Char('\n') + node.technology + QLatin1Char('\n') + node.note)
        .hasMatch();
}
} // namespace

namespace {
// Who could be a copy of whom, indexed once so each node is judged in constant time.
struct Peers
{
    QHash<QString, int> clusterMembers; // cluster group + kind -> members
    QHash<QString, QSet<QString>>
        placesByThing; // kind + technology, kind + label -> zones/regions holding one

    static QString place(const Context &c, int n) { return c.zone[n] + QChar(0x1f) + c.region[n]; }
    static QString key(const Node &node, bool byTechnology)
    {
        return QString::number(int(node.kind)) +
               (byTechnology ? QStringLiteral("\x1ft") : QStringLiteral("\x1fl")) +
               (byTechnology ? node.technology : node.label);
    }
    bool inCluster(const Context &c, int n) const
    {
        const Node &node = c.d.nodes[n];
        const int g = node.group.isEmpty() ? -1 : c.group(node.group);
        return g >= 0 && c.d.groups[g].kind == u"cluster";
    }

    explicit Peers(const Context &c)
    {
        for (int n = 0; n < c.d.nodes.size(); ++n) {
            const Node &node = c.d.nodes[n];
            if (inCluster(c, n))
                ++clusterMembers[node.group + QChar(0x1f) + QString::number(int(node.kind))];
            if (c.zone[n].isEmpty() && c.region[n].isEmpty())
                continue;
            if (!node.technology.isEmpty())
                placesByThing[key(node, true)].insert(place(c, n));
            placesByThing[key(node, false)].insert(place(c, n));
        }
    }

    bool elsewhere(const Context &c, int n, const QString &thing) const
    {
        const auto it = placesByThing.constFind(thing);
        return it != placesByThing.constEnd() && (it->size() > 1 || !it->contains(place(c, n)));
    }

    bool hasCopy(const Context &c, int n) const
    {
        const Node &node = c.d.nodes[n];
        for (int e : c.in[n])
            if (c.d.edges[e].style == EdgeStyle::Replication)
                return true;
        for (int e : c.out[n])
            if (c.d.edges[e].style == EdgeStyle::Replication)
                return true;
        if (inCluster(c, n) &&
            clusterMembers.value(node.group + QChar(0x1f) + QString::number(int(node.kind))) > 1)
            return true;
        if ((!node.technology.isEmpty() && elsewhere(c, n, key(node, true))) ||
            elsewhere(c, n, key(node, false)))
            return true;
        return saysRedundant(node);
    }
};
} // namespace

void checkRedundancy(const Context &c, Emitter &e)
{
    if (c.zones < 2 && c.regions < 2)
        return;
    const QString spread = c.regions >= 2 ? tr("%1 regions").arg(c.regions) : tr("%1 zones").arg(c.zones);
    const Peers peers(c);
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        const Node &node = c.d.nodes[n];
        const bool entry = node.kind == NodeKind::Gateway || node.kind == NodeKind::LoadBalancer;
        // Object stores and analytics lakes replicate across zones by design; a node outside every zone and
        // region is drawn as global, and where it runs is not said.
        const bool managed = node.kind == NodeKind::ObjectStorage || node.kind == NodeKind::Warehouse;
        const bool placed = !c.zone[n].isEmpty() || !c.region[n].isEmpty();
        if ((!isStateful(node.kind) && !entry) || managed || !placed || peers.hasCopy(c, n))
            continue;
        e.emit(QStringLiteral("single-point-of-failure"), node.location,
               tr("%1 `%2` has no replica or standby in a diagram that spans %3")
                   .arg(kindWord(node.kind), node.id, spread),
               {{n}, {}});
    }
}

} // namespace ae::diagram::checks::detail

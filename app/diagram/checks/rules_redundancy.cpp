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
    return words.match(node.label).hasMatch() || words.match(node.technology).hasMatch() ||
           words.match(node.note).hasMatch();
}
} // namespace

namespace {
bool hasCopy(const Context &c, int n)
{
    const Node &node = c.d.nodes[n];
    for (int e : c.in[n])
        if (c.d.edges[e].style == EdgeStyle::Replication)
            return true;
    for (int e : c.out[n])
        if (c.d.edges[e].style == EdgeStyle::Replication)
            return true;
    if (saysRedundant(node))
        return true;
    const int g = node.group.isEmpty() ? -1 : c.group(node.group);
    const bool inCluster = g >= 0 && c.d.groups[g].kind == u"cluster";
    for (int m = 0; m < c.d.nodes.size(); ++m) {
        if (m == n || c.d.nodes[m].kind != node.kind)
            continue;
        const Node &other = c.d.nodes[m];
        if (inCluster && other.group == node.group)
            return true;
        const bool sameThing =
            (!node.technology.isEmpty() && other.technology == node.technology) || other.label == node.label;
        const bool elsewhere = (c.zone[n] != c.zone[m] && !c.zone[m].isEmpty()) ||
                               (c.region[n] != c.region[m] && !c.region[m].isEmpty());
        if (sameThing && elsewhere)
            return true;
    }
    return false;
}
} // namespace

void checkRedundancy(const Context &c, Emitter &e)
{
    if (c.zones < 2 && c.regions < 2)
        return;
    const QString spread = c.regions >= 2 ? tr("%1 regions").arg(c.regions) : tr("%1 zones").arg(c.zones);
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        const Node &node = c.d.nodes[n];
        const bool entry = node.kind == NodeKind::Gateway || node.kind == NodeKind::LoadBalancer;
        // Object stores and analytics lakes replicate across zones by design; a node outside every zone and
        // region is drawn as global, and where it runs is not said.
        const bool managed = node.kind == NodeKind::ObjectStorage || node.kind == NodeKind::Warehouse;
        const bool placed = !c.zone[n].isEmpty() || !c.region[n].isEmpty();
        if ((!isStateful(node.kind) && !entry) || managed || !placed || hasCopy(c, n))
            continue;
        e.emit(QStringLiteral("single-point-of-failure"), node.location,
               tr("%1 `%2` has no replica or standby in a diagram that spans %3")
                   .arg(kindWord(node.kind), node.id, spread),
               {{n}, {}});
    }
}

} // namespace ae::diagram::checks::detail

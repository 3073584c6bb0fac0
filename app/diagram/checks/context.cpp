// SPDX-License-Identifier: MIT
#include "diagram/checks/context.h"

#include "diagram/kinds.h"

#include <QRegularExpression>
#include <QSet>

namespace ae::diagram::checks::detail {

bool isStateful(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Database:
    case NodeKind::DocumentStore:
    case NodeKind::KeyValue:
    case NodeKind::Cache:
    case NodeKind::Queue:
    case NodeKind::Stream:
    case NodeKind::ObjectStorage:
    case NodeKind::SearchIndex:
    case NodeKind::Warehouse:
    case NodeKind::GraphDatabase:
    case NodeKind::VectorDatabase:
    case NodeKind::TimeSeries:
        return true;
    default:
        return false;
    }
}

bool isStore(NodeKind kind)
{
    return isStateful(kind) && kind != NodeKind::Cache && !isMessaging(kind);
}

bool isMessaging(NodeKind kind)
{
    return kind == NodeKind::Stream || kind == NodeKind::Queue;
}

bool isClientSide(NodeKind kind)
{
    return kind == NodeKind::User || kind == NodeKind::Client;
}

bool isWriteEdge(const Edge &edge)
{
    if (edge.style != EdgeStyle::Sync && edge.style != EdgeStyle::Async)
        return false;
    static const QRegularExpression readOnly(
        QStringLiteral("\\b(read|reads|query|queries|lookup|looks up|get|gets|fetch|fetches|search|searches|"
                       "check|checks|consume|consumes|subscribe|subscribes|poll|polls)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression writes(
        QStringLiteral("\\b(write|writes|update|upsert|insert|commit|put)"),
        QRegularExpression::CaseInsensitiveOption);
    return edge.label.isEmpty() || !readOnly.match(edge.label).hasMatch() ||
           writes.match(edge.label).hasMatch();
}

QString kindWord(NodeKind kind)
{
    return kindName(kind);
}

Context::Context(const Diagram &diagram) : d(diagram)
{
    const int n = int(d.nodes.size());
    nodeIndex.reserve(n);
    for (int i = 0; i < n; ++i)
        nodeIndex.insert(d.nodes[i].id, i);
    out.resize(n);
    in.resize(n);
    writes.resize(d.edges.size());
    for (int e = 0; e < d.edges.size(); ++e) {
        const Edge &edge = d.edges[e];
        writes[e] = isWriteEdge(edge);
        if (edge.fromGroup || edge.toGroup)
            continue;
        const int a = node(edge.from), b = node(edge.to);
        if (a < 0 || b < 0)
            continue;
        out[a].append(e);
        in[b].append(e);
    }
    // The nearest enclosing group of each kind, by walking up from the node's group (parents come first).
    for (int g = 0; g < d.groups.size(); ++g)
        groupIndex.insert(d.groups[g].id, g);
    region.resize(n);
    zone.resize(n);
    QSet<QString> regionsUsed, zonesUsed;
    for (int i = 0; i < n; ++i) {
        int guard = 0;
        for (int g = groupIndex.value(d.nodes[i].group, -1); g >= 0 && guard < kMaxGroupDepthWalk; ++guard) {
            const Group &group = d.groups[g];
            if (group.kind == u"region" && region[i].isEmpty())
                region[i] = group.id;
            if (group.kind == u"zone" && zone[i].isEmpty())
                zone[i] = group.id;
            g = groupIndex.value(group.parent, -1);
        }
        if (!region[i].isEmpty())
            regionsUsed.insert(region[i]);
        if (!zone[i].isEmpty())
            zonesUsed.insert(zone[i]);
    }
    regions = int(regionsUsed.size());
    zones = int(zonesUsed.size());
}

QString Context::nodeName(int index) const
{
    return QLatin1Char('`') + d.nodes[index].id + QLatin1Char('`');
}

Emitter::Emitter(const Context &context, const RuleCatalog &catalog, CheckReport &report)
    : m_context(context), m_catalog(catalog), m_report(report)
{
}

bool Emitter::groupSilences(QString group, const QString &rule) const
{
    for (int guard = 0; !group.isEmpty() && guard < kMaxGroupDepthWalk; ++guard) {
        const int g = m_context.group(group);
        if (g < 0)
            return false;
        const QStringList &ids = m_context.d.groups[g].silenced;
        if (ids.contains(rule) || ids.contains(QStringLiteral("all")))
            return true;
        group = m_context.d.groups[g].parent;
    }
    return false;
}

bool Emitter::silenced(const QString &rule, const Subject &about) const
{
    const auto names = [&rule](const QStringList &ids) {
        return ids.contains(rule) || ids.contains(QStringLiteral("all"));
    };
    if (names(m_context.d.silenced))
        return true;
    for (int n : about.nodes)
        if (n >= 0 &&
            (names(m_context.d.nodes[n].silenced) || groupSilences(m_context.d.nodes[n].group, rule)))
            return true;
    for (int e : about.edges)
        if (e >= 0 && names(m_context.d.edges[e].silenced))
            return true;
    return false;
}

void Emitter::emit(const QString &rule, SourceLocation at, const QString &message, const Subject &about,
                   const QString &hint)
{
    if (silenced(rule, about)) {
        ++m_report.silenced;
        return;
    }
    const Rule *known = m_catalog.find(rule);
    Finding f;
    f.rule = rule;
    f.diagnostic.severity = known ? known->severity : Diagnostic::Severity::Warning;
    f.diagnostic.line = at.line;
    f.diagnostic.column = at.column;
    f.diagnostic.message = message;
    f.diagnostic.hint = hint.isEmpty() && known ? known->hint : hint;
    f.why = known ? known->why : QString();
    // One node (with the edges that show it) is about the node; two nodes and their edge about the edge.
    const bool onEdge = about.edges.size() == 1 && about.edges[0] >= 0 && about.nodes.size() != 1;
    if (onEdge) {
        f.edgeFrom = m_context.d.edges[about.edges[0]].from;
        f.edgeTo = m_context.d.edges[about.edges[0]].to;
    } else if (!about.nodes.isEmpty() && about.nodes[0] >= 0) {
        f.node = m_context.d.nodes[about.nodes[0]].id;
    } else if (!about.edges.isEmpty() && about.edges[0] >= 0) {
        f.edgeFrom = m_context.d.edges[about.edges[0]].from;
        f.edgeTo = m_context.d.edges[about.edges[0]].to;
    }
    m_report.findings.append(f);
}

} // namespace ae::diagram::checks::detail

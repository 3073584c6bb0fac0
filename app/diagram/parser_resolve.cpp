// SPDX-License-Identifier: MIT
// Resolution after the last line: ids may be used before they are declared, so edges, placements, styles and
// layout hints are matched to nodes only here, and the warnings that need the whole input are issued here.
#include "diagram/parser_p.h"

#include "diagram/kinds.h"

#include <QCoreApplication>

namespace ae::diagram::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Parser", text);
}
} // namespace

void Parser::resolve()
{
    closeUnclosedFrames();
    resolvePlacements();
    resolveEdges();
    resolveStyles();
    resolveHints();
    resolveClasses();
    resolveViews();
    warnEmptyGroups();
}

void Parser::closeUnclosedFrames()
{
    for (const Frame &frame : std::as_const(m_frames)) {
        if (capped())
            break;
        if (frame.isGroup)
            error(frame.brace, tr("group `%1` is never closed").arg(frame.group),
                  tr("add a `}` after its last line"));
        else if (frame.view >= 0)
            error(frame.brace, tr("view `%1` is never closed").arg(m_views[frame.view].view.id),
                  tr("add a `}` after its last line"));
        else
            error(frame.brace, tr("`{` is never closed"), tr("add a matching `}`"));
    }
    m_frames.clear();
}

// A declared id close to `id`, for "did you mean". Bounded: only the first few unknown ids get a search, so a
// hostile input with thousands of unknown ids stays linear.
QString Parser::similarId(const QString &id)
{
    if (m_suggestionBudget <= 0)
        return {};
    --m_suggestionBudget;
    QStringList ids;
    ids.reserve(m_diagram.nodes.size());
    for (const Node &node : std::as_const(m_diagram.nodes))
        if (node.declared)
            ids.append(node.id);
    return suggestion(id, ids);
}

// The node for `id`, created as an undeclared service (with a warning) the first time an unknown id is used.
int Parser::ensureNode(const QString &id, SourceLocation mention)
{
    const auto it = m_nodeIndex.constFind(id);
    if (it != m_nodeIndex.constEnd())
        return it.value();
    if (!capped()) {
        const QString guess = similarId(id);
        warning(mention, tr("`%1` is not declared; it is drawn as a service").arg(id),
                guess.isEmpty() ? tr("declare it, e.g. `service %1 \"LABEL\"`").arg(id)
                                : tr("did you mean `%1`?").arg(guess));
    }
    Node node;
    node.id = id;
    node.label = id;
    node.declared = false;
    node.location = mention;
    m_nodeIndex.insert(id, int(m_diagram.nodes.size()));
    m_diagram.nodes.append(node);
    return int(m_diagram.nodes.size()) - 1;
}

void Parser::resolvePlacements()
{
    QHash<QString, SourceLocation> placedAt;
    for (const Placement &p : std::as_const(m_placements)) {
        if (m_groupIndex.contains(p.id)) {
            error(p.location, tr("`%1` is a group; it cannot be placed like a node").arg(p.id),
                  tr("nest a group by writing it inside the other one"));
            continue;
        }
        const int index = ensureNode(p.id, p.location);
        const auto previous = placedAt.constFind(p.id);
        if (previous != placedAt.constEnd() && m_diagram.nodes[index].group != p.group)
            warning(p.location, tr("`%1` is placed in two groups; this one is used").arg(p.id),
                    tr("it was also placed at line %1").arg(previous.value().line));
        placedAt.insert(p.id, p.location);
        m_diagram.nodes[index].group = p.group;
    }
}

// An edge end naming a group (and no node) ends on the group's border. A group cannot be joined to a node or
// group inside it: the line would have to leave the frame it starts in.
void Parser::resolveEdges()
{
    // The groups around a node or group, innermost first.
    auto enclosing = [this](QString group) {
        QStringList chain;
        for (int guard = 0; !group.isEmpty() && guard <= m_diagram.groups.size(); ++guard) {
            chain.append(group);
            const auto it = m_groupIndex.constFind(group);
            group = it == m_groupIndex.constEnd() ? QString() : m_diagram.groups[it.value()].parent;
        }
        return chain;
    };
    auto around = [&](const QString &id, bool isGroup) {
        if (isGroup)
            return enclosing(id);
        const auto it = m_nodeIndex.constFind(id);
        return it == m_nodeIndex.constEnd() ? QStringList() : enclosing(m_diagram.nodes[it.value()].group);
    };
    for (PendingEdge pending : std::as_const(m_edges)) {
        Edge &e = pending.edge;
        e.fromGroup = m_groupIndex.contains(e.from) && !m_nodeIndex.contains(e.from);
        e.toGroup = m_groupIndex.contains(e.to) && !m_nodeIndex.contains(e.to);
        if (e.fromGroup && e.from == e.to) {
            error(pending.toLocation, tr("an edge from the group `%1` to itself").arg(e.from),
                  tr("connect two different nodes or groups"));
            continue;
        }
        if (e.toGroup && around(e.from, e.fromGroup).contains(e.to)) {
            error(pending.toLocation,
                  tr("`%1` is inside the group `%2`; an edge cannot end on a group around its start")
                      .arg(e.from, e.to),
                  tr("connect a node or group outside `%1`").arg(e.to));
            continue;
        }
        if (e.fromGroup && around(e.to, e.toGroup).contains(e.from)) {
            error(pending.fromLocation,
                  tr("`%1` is inside the group `%2`; an edge cannot start on a group around its end")
                      .arg(e.to, e.from),
                  tr("connect a node or group outside `%1`").arg(e.from));
            continue;
        }
        if (!e.fromGroup)
            ensureNode(e.from, pending.fromLocation);
        if (!e.toGroup)
            ensureNode(e.to, pending.toLocation);
        m_diagram.edges.append(e);
    }
}

void Parser::resolveStyles()
{
    for (const StyleRequest &style : std::as_const(m_styles)) {
        if (style.to.isEmpty()) {
            if (m_nodeIndex.contains(style.from)) {
                applyNodeAttributes(m_diagram.nodes[m_nodeIndex[style.from]], style.attributes, true);
            } else if (m_groupIndex.contains(style.from)) {
                applyGroupAttributes(m_diagram.groups[m_groupIndex[style.from]], style.attributes, true);
            } else {
                const QString guess = similarId(style.from);
                warning(style.location, tr("`style` names `%1`, which is not declared").arg(style.from),
                        guess.isEmpty() ? QString() : tr("did you mean `%1`?").arg(guess));
            }
            continue;
        }
        // An edge style applies to every edge between the two nodes written that way round.
        bool matched = false;
        for (Edge &edge : m_diagram.edges) {
            if (edge.from == style.from && edge.to == style.to) {
                // Each bad attribute is reported once, not once per matching edge.
                const int mark = int(m_diagnostics.size());
                applyEdgeAttributes(edge, style.attributes);
                if (matched)
                    m_diagnostics.resize(mark);
                matched = true;
            }
        }
        if (!matched)
            warning(style.location, tr("no edge `%1 %2 %3` to style").arg(style.from, style.op, style.to),
                    tr("write the edge's ids in the same order as the edge"));
    }
}

void Parser::resolveHints()
{
    for (const PendingHint &pending : std::as_const(m_hints)) {
        RankHint hint = pending.hint;
        hint.ids.clear();
        QSet<QString> seen;
        for (int i = 0; i < pending.hint.ids.size(); ++i) {
            const QString &id = pending.hint.ids[i];
            if (m_nodeIndex.contains(id)) {
                if (!seen.contains(id))
                    hint.ids.append(id);
                seen.insert(id);
            } else {
                const QString guess = similarId(id);
                warning(pending.idLocations[i], tr("`%1` is not a node; it is left out of this hint").arg(id),
                        guess.isEmpty() ? QString() : tr("did you mean `%1`?").arg(guess));
            }
        }
        if (!hint.ids.isEmpty())
            m_diagram.hints.append(hint);
    }
}

void Parser::warnEmptyGroups()
{
    QSet<QString> used;
    for (const Node &node : std::as_const(m_diagram.nodes))
        used.insert(node.group);
    for (const Group &group : std::as_const(m_diagram.groups))
        used.insert(group.parent);
    for (const Group &group : std::as_const(m_diagram.groups))
        if (!used.contains(group.id))
            warning(group.location, tr("group `%1` is empty").arg(group.id),
                    tr("put nodes inside it, or remove it"));
}

} // namespace ae::diagram::detail

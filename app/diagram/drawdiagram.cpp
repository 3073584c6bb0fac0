// SPDX-License-Identifier: MIT
// The one emitter of a diagram's drawing operations (see drawdiagram.h). SVG semantics ride along as
// Begin/End groups: classes by element kind, ids from the model, <title> tooltips, notes as <desc>.
#include "diagram/drawdiagram.h"
#include "diagram/notes.h"
#include "diagram/painterparts.h"

#include <cmath>

namespace ae::diagram {

namespace {

// A valid, unique XML ID from a prefix and a user id (IDs must be Names: no spaces, no leading digit).
class IdMaker
{
public:
    QString make(const char *prefix, const QString &raw)
    {
        QString id = QString::fromLatin1(prefix);
        for (const QChar c : raw)
            id += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') ? c : QLatin1Char('_');
        QString unique = id;
        for (int n = 2; m_used.contains(unique); ++n)
            unique = id + u'-' + QString::number(n);
        m_used.insert(unique);
        return unique;
    }

private:
    QSet<QString> m_used;
};

// Baselines on whole pixels (from the diagram's origin): QPainter's raster engine puts glyphs on the pixel
// grid, SVG renderers do not, so text placed between pixels would land in different places in the PNG and the
// SVG.
void addRuns(draw::DrawList &list, const QVector<TextRun> &runs, const QPointF &origin)
{
    for (const TextRun &r : runs) {
        const QPointF at(std::round(r.baseline.x() - origin.x()) + origin.x(),
                         std::round(r.baseline.y() - origin.y()) + origin.y());
        list.run(at, r.text, r.font, r.color);
    }
}

bool validGroup(const LaidOutDiagram &d, const LaidOutGroup &g)
{
    return g.index >= 0 && g.index < d.diagram.groups.size() && !g.rect.isEmpty();
}

bool drawnEdge(const LaidOutDiagram &d, const LaidOutEdge &e)
{
    return e.index >= 0 && e.index < d.diagram.edges.size() && !d.diagram.edges[e.index].invisible;
}

bool drawnNode(const LaidOutDiagram &d, const LaidOutNode &n)
{
    return n.index >= 0 && n.index < d.diagram.nodes.size() && !n.rect.isEmpty() &&
           !d.diagram.nodes[n.index].invisible;
}

void addEdgeEnd(draw::DrawList &list, const EdgeEnd &end, const QColor &color)
{
    if (end.path.isEmpty())
        return;
    if (end.open)
        list.path(end.path, {}, color, kEdgeEndOutline).join = Qt::MiterJoin;
    else
        list.path(end.path, color);
}

// A frame's dashes, as a node outline's: D2 `stroke-dash` on a container, DOT `style=dashed` on a cluster.
QVector<qreal> groupDashes(const Group &group)
{
    if (group.pattern == LinePattern::Dashed)
        return {5, 3};
    if (group.pattern == LinePattern::Dotted)
        return {1.5, 3};
    return {};
}

void addGroups(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme, IdMaker &ids)
{
    list.begin(QStringLiteral("groups"));
    for (const LaidOutGroup &g : d.groups) {
        if (!validGroup(d, g))
            continue;
        const Group &group = d.diagram.groups[g.index];
        list.begin(QStringLiteral("group") + (group.kind.isEmpty() ? QString() : u' ' + group.kind),
                   ids.make("group-", group.id), group.label.isEmpty() ? group.id : group.label);
        draw::Op &frame = list.rect(g.rect, theme.groupFill(group), theme.groupStroke(group), kGroupStroke);
        frame.radius = kGroupRadius;
        frame.dashes = groupDashes(group);
        list.end();
    }
    list.end();
}

void addEdges(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme, IdMaker &ids,
              const QVector<QPainterPath> &outlines)
{
    static const char *const styles[] = {"sync", "async", "replication", "plain"};
    list.begin(QStringLiteral("edges"));
    for (const LaidOutEdge &e : d.edges) {
        if (!drawnEdge(d, e))
            continue;
        const Edge &edge = d.diagram.edges[e.index];
        const EdgeShape s = edgeShape(d, e, theme, &outlines);
        list.begin(QStringLiteral("edge ") + QLatin1String(styles[int(edge.style)]),
                   ids.make("edge-", edge.from + u'-' + edge.to), edgeTooltip(edge));
        if (!s.line.isEmpty()) {
            list.path(s.line, {}, s.color, s.width).dashes = s.dashes;
            if (s.doubleLine)
                list.path(s.line, {}, s.hollow, s.width / 3);
        }
        addEdgeEnd(list, s.head, s.color);
        addEdgeEnd(list, s.tail, s.color);
        list.end();
    }
    list.end();
}

// After every edge, so no edge crosses an earlier edge's label.
void addEdgeLabels(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme)
{
    list.begin(QStringLiteral("edge-labels"));
    for (const LaidOutEdge &e : d.edges) {
        if (!drawnEdge(d, e) || e.labelRect.isEmpty())
            continue;
        list.begin(QStringLiteral("edge-label"), {}, edgeTooltip(d.diagram.edges[e.index]));
        draw::Op &pill =
            list.rect(e.labelRect, theme.edgeLabelFill, edgeLabelStroke(theme), kEdgeLabelStroke);
        pill.radius = e.labelRect.height() / 2;
        pill.role = QStringLiteral("label");
        addRuns(list, edgeLabelText(d, e, theme), d.bounds.topLeft());
        list.end();
    }
    list.end();
}

// Above the edges (see groupTitleBackdrop), each on a backdrop of its frame's colour.
void addGroupTitles(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme)
{
    list.begin(QStringLiteral("group-titles"));
    for (const LaidOutGroup &g : d.groups) {
        if (!validGroup(d, g) || !d.diagram.groups[g.index].showLabel)
            continue;
        const TitleBackdrop backdrop = groupTitleBackdrop(d, g, theme);
        list.begin(QStringLiteral("group-title"));
        list.rect(backdrop.rect, backdrop.color).radius = kTitleBackdropRadius;
        addRuns(list, {groupTitle(d, g, theme)}, d.bounds.topLeft());
        list.end();
    }
    list.end();
}

void addNodes(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme, IdMaker &ids,
              const QVector<QPainterPath> &outlines, const QSet<QString> &highlightedIds)
{
    list.begin(QStringLiteral("nodes"));
    for (const LaidOutNode &n : d.nodes) {
        if (!drawnNode(d, n))
            continue;
        const Node &node = d.diagram.nodes[n.index];
        const NodeShape s = nodeShape(d, n, theme, &outlines);
        list.begin(QStringLiteral("node ") + kindClass(node.kind), ids.make("node-", node.id),
                   nodeTooltip(node), node.note);
        if (!s.outline.isEmpty()) { // plaintext and underline shapes have none
            if (theme.shadow.alpha() > 0)
                list.path(s.outline.translated(0, kShadowOffset), theme.shadow);
            list.path(s.outline, s.fill, s.stroke, kNodeStroke).dashes = s.dashes;
        }
        if (!s.detail.isEmpty())
            list.path(s.detail, {}, s.stroke, kNodeStroke);
        if (!s.icon.isEmpty()) {
            draw::Op &icon = list.path(s.icon, {}, s.accent, kIconStroke);
            icon.cap = Qt::RoundCap;
            icon.role = QStringLiteral("icon");
        }
        addRuns(list, nodeText(d, n, theme), d.bounds.topLeft());
        const QRectF card = noteRect(node, n.rect, theme);
        if (!card.isEmpty()) {
            const NoteColors c = noteColors(theme);
            draw::Op &paper = list.rect(card, c.fill, c.stroke, kNodeStroke);
            paper.radius = kNoteRadius;
            paper.role = QStringLiteral("note");
            addRuns(list, noteText(d, n, theme), d.bounds.topLeft());
        }
        if (highlightedIds.contains(node.id))
            list.path(s.outline, {}, theme.highlight, kHighlightStroke);
        list.end();
    }
    list.end();
}

} // namespace

Theme effectiveTheme(const Diagram &diagram, const Theme &theme)
{
    Theme t = theme;
    if (diagram.background.isValid())
        t.background = diagram.background;
    return t;
}

draw::DrawList diagramDrawList(const LaidOutDiagram &d, const Theme &baseTheme,
                               const QSet<QString> &highlightedIds)
{
    const Theme theme = effectiveTheme(d.diagram, baseTheme);
    draw::DrawList list;
    list.size = d.bounds.size();
    list.origin = d.bounds.topLeft();
    list.title = d.diagram.title.isEmpty() ? QStringLiteral("Architecture diagram") : d.diagram.title;
    list.fontFamilies = Theme::svgFontFamily();
    list.ops.reserve(16 + 10 * d.nodes.size() + 8 * d.edges.size() + 8 * d.groups.size());
    list.rect(d.bounds, theme.background).role = QStringLiteral("background");

    IdMaker ids;
    const QVector<QPainterPath> outlines = nodeOutlines(d, theme);
    addGroups(list, d, theme, ids);
    addEdges(list, d, theme, ids, outlines);
    addEdgeLabels(list, d, theme);
    addGroupTitles(list, d, theme);
    addNodes(list, d, theme, ids, outlines, highlightedIds);
    if (!d.diagram.title.isEmpty()) {
        list.begin(QStringLiteral("title"));
        addRuns(list, {diagramTitle(d, theme)}, d.bounds.topLeft());
        list.end();
    }
    return list;
}

} // namespace ae::diagram

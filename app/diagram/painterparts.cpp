// SPDX-License-Identifier: MIT
// Shared drawing decisions for the painter and the SVG writer (see painterparts.h).
#include "diagram/painterparts.h"
#include "diagram/notes.h"
#include "diagram/shapes.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QtMath>

#include <algorithm>

namespace ae::diagram {

namespace {

constexpr qreal kHeadLength = 9;
constexpr qreal kHeadHalfWidth = 4;

// The direction the curve arrives at `end`, from the nearest distinct control point.
QPointF arrivalDirection(const QVector<QPointF> &pts, bool atEnd)
{
    const int n = pts.size();
    const QPointF end = atEnd ? pts[n - 1] : pts[0];
    for (int k = 1; k < n; ++k) {
        const QPointF other = atEnd ? pts[n - 1 - k] : pts[k];
        const QPointF d = end - other;
        const qreal len = std::hypot(d.x(), d.y());
        if (len > 0.5)
            return d / len;
    }
    return QPointF(1, 0);
}

constexpr qreal kDotRadius = 3.5;
constexpr qreal kDiamondLength = 12;
constexpr qreal kTeeDepth = 2.5;

QPainterPath polygonPath(const QVector<QPointF> &points)
{
    QPainterPath p;
    p.addPolygon(QPolygonF(points));
    p.closeSubpath();
    return p;
}

// Graphviz sees every node as a box; move an end point forward until it touches the real outline (a
// cylinder's curved bottom, a cloud, a person), so heads meet the shape instead of floating beside it.
QPointF snapToOutline(const QPointF &end, const QPointF &dir, const LaidOutDiagram &d, const QString &nodeId,
                      const Theme &theme, const QVector<QPainterPath> *outlines)
{
    const int i = d.diagram.indexOfNode(nodeId);
    if (i < 0 || i >= d.nodes.size())
        return end;
    const Node &node = d.diagram.nodes[i];
    const QPainterPath outline = outlines && i < outlines->size()
                                     ? outlines->at(i)
                                     : nodeOutline(node, nodeBodyRect(node, d.nodes[i].rect, theme));
    if (outline.contains(end))
        return end;
    for (qreal step = 0.5; step <= 16; step += 0.5) {
        const QPointF p = end + dir * step;
        if (outline.contains(p))
            return p;
    }
    return end;
}

// The layout sees a node with a drawn note as one box (shape and card, notes.h); an edge end that lands on
// the card moves onto the shape (its side at mid-height, or its bottom), and the card, drawn after the edges,
// covers the line where it passes under it.
QPointF offNote(const QPointF &end, const LaidOutDiagram &d, const QString &nodeId, const Theme &theme)
{
    const int i = d.diagram.indexOfNode(nodeId);
    if (i < 0 || i >= d.nodes.size() || !drawsNote(d.diagram.nodes[i]))
        return end;
    const QRectF box = d.nodes[i].rect;
    const QRectF body = nodeBodyRect(d.diagram.nodes[i], box, theme);
    if (end.y() <= body.bottom())
        return end;
    if (end.x() <= box.left() + 1)
        return {body.left(), body.center().y()};
    if (end.x() >= box.right() - 1)
        return {body.right(), body.center().y()};
    return {std::clamp(end.x(), body.left(), body.right()), body.bottom()};
}

} // namespace

QString kindClass(NodeKind kind)
{
    switch (kind) {
    case NodeKind::User:
        return QStringLiteral("user");
    case NodeKind::Client:
        return QStringLiteral("client");
    case NodeKind::Service:
        return QStringLiteral("service");
    case NodeKind::Worker:
        return QStringLiteral("worker");
    case NodeKind::Gateway:
        return QStringLiteral("gateway");
    case NodeKind::LoadBalancer:
        return QStringLiteral("load-balancer");
    case NodeKind::Database:
        return QStringLiteral("database");
    case NodeKind::DocumentStore:
        return QStringLiteral("document-store");
    case NodeKind::KeyValue:
        return QStringLiteral("key-value");
    case NodeKind::Cache:
        return QStringLiteral("cache");
    case NodeKind::Queue:
        return QStringLiteral("queue");
    case NodeKind::Stream:
        return QStringLiteral("stream");
    case NodeKind::ObjectStorage:
        return QStringLiteral("object-storage");
    case NodeKind::SearchIndex:
        return QStringLiteral("search-index");
    case NodeKind::Warehouse:
        return QStringLiteral("warehouse");
    case NodeKind::GraphDatabase:
        return QStringLiteral("graph-database");
    case NodeKind::VectorDatabase:
        return QStringLiteral("vector-database");
    case NodeKind::TimeSeries:
        return QStringLiteral("time-series");
    case NodeKind::Cdn:
        return QStringLiteral("cdn");
    case NodeKind::External:
        return QStringLiteral("external");
    case NodeKind::Note:
        return QStringLiteral("note");
    case NodeKind::Generic:
        return QStringLiteral("generic");
    }
    return QStringLiteral("generic");
}

ArrowEnd headEnd(const Edge &edge, const LaidOutEdge &laidOut)
{
    return laidOut.headArrow ? edge.head : ArrowEnd::None;
}

ArrowEnd tailEnd(const Edge &edge, const LaidOutEdge &laidOut)
{
    if (edge.tail != ArrowEnd::None)
        return edge.directed ? edge.tail : ArrowEnd::None;
    return laidOut.tailArrow ? ArrowEnd::Normal : ArrowEnd::None;
}

EdgeEnd edgeEnd(ArrowEnd end, const QPointF &tip, const QPointF &dir, qreal *trim)
{
    const QPointF n(-dir.y(), dir.x());
    const qreal L = kHeadLength, W = kHeadHalfWidth;
    const QPointF base = tip - dir * L;
    EdgeEnd e;
    *trim = 0;
    switch (end) {
    case ArrowEnd::None:
        break;
    case ArrowEnd::Normal:
    case ArrowEnd::Empty:
        e.path = polygonPath({tip, base + n * W, base - n * W});
        e.open = end == ArrowEnd::Empty;
        *trim = e.open ? L : L * 0.75; // an open head shows no line inside it
        break;
    case ArrowEnd::Vee:
        e.path = polygonPath({tip, base + n * W, tip - dir * (L * 0.6), base - n * W});
        *trim = L * 0.5;
        break;
    case ArrowEnd::Dot:
    case ArrowEnd::ODot:
        e.path.addEllipse(tip - dir * kDotRadius, kDotRadius, kDotRadius);
        e.open = end == ArrowEnd::ODot;
        *trim = e.open ? 2 * kDotRadius : kDotRadius;
        break;
    case ArrowEnd::Diamond:
    case ArrowEnd::ODiamond: {
        const QPointF mid = tip - dir * (kDiamondLength / 2);
        e.path = polygonPath({tip, mid + n * W, tip - dir * kDiamondLength, mid - n * W});
        e.open = end == ArrowEnd::ODiamond;
        *trim = e.open ? kDiamondLength : kDiamondLength / 2;
        break;
    }
    case ArrowEnd::Tee:
        e.path = polygonPath(
            {tip + n * W, tip - dir * kTeeDepth + n * W, tip - dir * kTeeDepth - n * W, tip - n * W});
        break;
    case ArrowEnd::Crow:
        // The crow's foot: prongs spreading from a point on the line to the node; the line is the middle one.
        e.path = polygonPath({base, tip + n * W, tip - dir * (L * 0.3), tip - n * W});
        break;
    }
    return e;
}

QVector<QPainterPath> nodeOutlines(const LaidOutDiagram &d, const Theme &theme)
{
    QVector<QPainterPath> outlines;
    outlines.reserve(d.nodes.size());
    for (int i = 0; i < d.nodes.size() && i < d.diagram.nodes.size(); ++i) {
        const Node &node = d.diagram.nodes[i];
        outlines.append(nodeOutline(node, nodeBodyRect(node, d.nodes[i].rect, theme)));
    }
    return outlines;
}

EdgeShape edgeShape(const LaidOutDiagram &d, const LaidOutEdge &edge, const Theme &theme,
                    const QVector<QPainterPath> *outlines)
{
    EdgeShape s;
    const Edge &e = d.diagram.edges[edge.index];
    s.color = theme.edgeStroke(e);
    switch (e.style) {
    case EdgeStyle::Sync:
        break;
    case EdgeStyle::Async:
        s.dashes = {6, 4};
        break;
    case EdgeStyle::Replication:
        s.doubleLine = true;
        s.width = 4.5;
        s.hollow = theme.background;
        break;
    case EdgeStyle::Plain:
        s.width = 1.2;
        break;
    }
    switch (e.pattern) {
    case LinePattern::FromStyle:
        break;
    case LinePattern::Solid:
        s.dashes.clear();
        break;
    case LinePattern::Dashed:
        s.dashes = {6, 4};
        break;
    case LinePattern::Dotted:
        s.dashes = {1.5, 3};
        break;
    case LinePattern::Bold:
        s.width *= 2;
        break;
    }
    QVector<QPointF> pts = edge.points;
    if (pts.size() < 4)
        return s;
    {
        const QPointF head = offNote(pts.last(), d, e.to, theme);
        const QPointF tail = offNote(pts.first(), d, e.from, theme);
        pts[pts.size() - 2] += head - pts.last();
        pts.last() = head;
        pts[1] += tail - pts.first();
        pts.first() = tail;
    }
    {
        const QPointF headDir = arrivalDirection(pts, true);
        const QPointF tailDir = arrivalDirection(pts, false);
        const QPointF head = snapToOutline(pts.last(), headDir, d, e.to, theme, outlines);
        const QPointF tail = snapToOutline(pts.first(), tailDir, d, e.from, theme, outlines);
        pts[pts.size() - 2] += head - pts.last();
        pts.last() = head;
        pts[1] += tail - pts.first();
        pts.first() = tail;
    }
    // Pull the curve's ends back under the marks so the line never pokes through a tip.
    if (const ArrowEnd end = headEnd(e, edge); end != ArrowEnd::None) {
        const QPointF dir = arrivalDirection(pts, true);
        qreal trim = 0;
        s.head = edgeEnd(end, pts.last(), dir, &trim);
        pts[pts.size() - 1] -= dir * trim;
        pts[pts.size() - 2] -= dir * trim;
    }
    if (const ArrowEnd end = tailEnd(e, edge); end != ArrowEnd::None) {
        const QPointF dir = arrivalDirection(pts, false);
        qreal trim = 0;
        s.tail = edgeEnd(end, pts.first(), dir, &trim);
        pts[0] -= dir * trim;
        pts[1] -= dir * trim;
    }
    s.line.moveTo(pts.first());
    for (int i = 1; i + 2 < pts.size(); i += 3)
        s.line.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
    return s;
}

NodeShape nodeShape(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme,
                    const QVector<QPainterPath> *outlines)
{
    const Node &n = d.diagram.nodes[node.index];
    const QRectF body = nodeBodyRect(n, node.rect, theme);
    NodeShape s;
    s.outline = outlines && node.index < outlines->size() ? outlines->at(node.index) : nodeOutline(n, body);
    s.detail = nodeDetail(n, body);
    s.icon = nodeIcon(n.kind, iconRect(n, body));
    s.stroke = theme.nodeStroke(n);
    s.fill = isPoint(n) ? s.stroke : theme.nodeFill(n); // a junction is a dot
    // The icon takes the node's text colour when one is set (it sits beside the label, on the same fill),
    // else its stroke colour, else the kind's accent.
    const QColor textOverride =
        theme.isDark && n.colors.darkText.isValid() ? n.colors.darkText : n.colors.text;
    const QColor strokeOverride =
        theme.isDark && n.colors.darkStroke.isValid() ? n.colors.darkStroke : n.colors.stroke;
    s.accent = textOverride.isValid()     ? textOverride
               : strokeOverride.isValid() ? strokeOverride
                                          : theme.kindPalette(n.kind).accent;
    if (dashedOutline(n.kind) || n.pattern == LinePattern::Dashed)
        s.dashes = {5, 3};
    else if (n.pattern == LinePattern::Dotted)
        s.dashes = {1.5, 3};
    if (n.pattern == LinePattern::Solid)
        s.dashes.clear();
    return s;
}

QVector<TextRun> nodeText(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme)
{
    const Node &n = d.diagram.nodes[node.index];
    const QRectF body = nodeBodyRect(n, node.rect, theme);
    if (isPoint(n))
        return {};
    const QRectF box = textRect(n, body);
    const bool centred = iconRect(n, body).isEmpty();
    const QFontMetricsF main(theme.font), small(theme.smallFont);
    struct Line
    {
        QString text;
        bool small;
    };
    QVector<Line> lines;
    for (const QString &l : labelLines(n))
        lines.append({l, false});
    if (!n.technology.isEmpty())
        lines.append({n.technology, true});
    for (const QString &f : fieldLines(n))
        lines.append({f, true});
    qreal height = 0;
    for (const Line &l : lines)
        height += l.small ? small.height() : main.height();
    qreal y = box.center().y() - height / 2;
    QVector<TextRun> runs;
    const QColor textColor = theme.nodeText(n);
    // A node's own text colour is for everything written on it: the theme's grey for the technology line is
    // unreadable on the dark fill that usually comes with a light text colour.
    const bool ownTextColor = (theme.isDark && n.colors.darkText.isValid()) || n.colors.text.isValid();
    const QColor smallColor = ownTextColor ? textColor : theme.secondaryText;
    for (const Line &l : lines) {
        const QFontMetricsF &fm = l.small ? small : main;
        const qreal x = centred ? box.center().x() - fm.horizontalAdvance(l.text) / 2 : box.left();
        runs.append({l.text, QPointF(x, y + fm.ascent()), l.small ? theme.smallFont : theme.font,
                     l.small ? smallColor : textColor});
        y += fm.height();
    }
    return runs;
}

QVector<TextRun> edgeLabelText(const LaidOutDiagram &d, const LaidOutEdge &edge, const Theme &theme)
{
    QVector<TextRun> runs;
    const Edge &e = d.diagram.edges[edge.index];
    if (e.label.isEmpty() || edge.labelRect.isEmpty())
        return runs;
    const QFontMetricsF fm(theme.smallFont);
    const QStringList lines = e.label.split(QLatin1Char('\n'));
    qreal y = edge.labelRect.center().y() - fm.height() * lines.size() / 2;
    for (const QString &l : lines) {
        runs.append({l, QPointF(edge.labelRect.center().x() - fm.horizontalAdvance(l) / 2, y + fm.ascent()),
                     theme.smallFont, theme.edgeLabelText(e)});
        y += fm.height();
    }
    return runs;
}

QVector<TextRun> noteText(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme)
{
    QVector<TextRun> runs;
    const Node &n = d.diagram.nodes[node.index];
    const QRectF card = noteRect(n, node.rect, theme);
    if (card.isEmpty())
        return runs;
    const QFontMetricsF fm(theme.smallFont);
    const QColor color = noteColors(theme).text;
    qreal y = card.top() + kNotePadY;
    for (const QString &l : noteLines(n, theme, card.width())) {
        runs.append({l, QPointF(card.left() + kNotePadX, y + fm.ascent()), theme.smallFont, color});
        y += fm.height();
    }
    return runs;
}

QString nodeTooltip(const Node &node)
{
    QString tooltip = node.label.isEmpty() ? node.id : node.label;
    tooltip.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!node.technology.isEmpty())
        tooltip += QStringLiteral(" (") + node.technology + QLatin1Char(')');
    if (!node.note.isEmpty())
        tooltip += QStringLiteral(": ") + node.note;
    return tooltip;
}

QString edgeTooltip(const Edge &edge)
{
    return edge.from + (edge.bothWays ? QStringLiteral(" <-> ") : QStringLiteral(" -> ")) + edge.to +
           (edge.label.isEmpty() ? QString() : QStringLiteral(": ") + edge.label);
}

TextRun groupTitle(const LaidOutDiagram &d, const LaidOutGroup &group, const Theme &theme)
{
    const Group &g = d.diagram.groups[group.index];
    const QFontMetricsF fm(theme.titleFont);
    const QColor override = theme.isDark && g.colors.darkText.isValid() ? g.colors.darkText : g.colors.text;
    return {g.label.isEmpty() ? g.id : g.label,
            QPointF(group.titleRect.left(), group.titleRect.center().y() - fm.height() / 2 + fm.ascent()),
            theme.titleFont, override.isValid() ? override : theme.groupPalette(g.kind).accent};
}

TitleBackdrop groupTitleBackdrop(const LaidOutDiagram &d, const LaidOutGroup &group, const Theme &theme)
{
    // The chain of groups from the outermost to this one.
    QVector<const Group *> chain;
    for (const Group *g = &d.diagram.groups[group.index]; g && chain.size() <= d.diagram.groups.size();) {
        chain.prepend(g);
        const Group *parent = nullptr;
        for (const Group &candidate : d.diagram.groups)
            if (!g->parent.isEmpty() && candidate.id == g->parent)
                parent = &candidate;
        g = parent;
    }
    QColor c = theme.background;
    c.setAlpha(255);
    for (const Group *g : chain) {
        const QColor f = theme.groupFill(*g);
        const qreal a = f.alphaF();
        c = QColor::fromRgbF(float(f.redF() * a + c.redF() * (1 - a)),
                             float(f.greenF() * a + c.greenF() * (1 - a)),
                             float(f.blueF() * a + c.blueF() * (1 - a)));
    }
    const TextRun title = groupTitle(d, group, theme);
    const QFontMetricsF fm(title.font);
    const QRectF text(title.baseline.x(), title.baseline.y() - fm.ascent(), fm.horizontalAdvance(title.text),
                      fm.height());
    return {text.adjusted(-3, 0, 3, 0), c};
}

TextRun diagramTitle(const LaidOutDiagram &d, const Theme &theme)
{
    QFont f = theme.titleFont;
    f.setPixelSize(theme.titleFont.pixelSize() + 3);
    const QFontMetricsF fm(f);
    return {d.diagram.title, QPointF(d.titleRect.left(), d.titleRect.top() + fm.ascent()), f, theme.text};
}

QColor edgeLabelStroke(const Theme &theme)
{
    QColor c = theme.edge;
    c.setAlphaF(0.35f);
    return c;
}

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// SVG 1.1 output drawn from the same shapes, text runs and colours as DiagramPainter (painterparts.h).
// Numbers are written with fixed precision and elements in model order, so identical input gives identical
// bytes.
#include "diagram/svgwriter.h"
#include "diagram/painterparts.h"
#include "draw/svgbasics.h"

#include <QSet>

namespace ae::diagram {

namespace {

// The shared SVG 1.1 pieces (draw/svgbasics.h), under the short names this writer uses throughout.
QByteArray num(qreal v)
{
    return draw::svgNumber(v);
}
QByteArray escape(const QString &text)
{
    return draw::svgEscape(text);
}
QByteArray paint(const char *attr, const QColor &c)
{
    return draw::svgPaint(attr, c);
}

QByteArray pathData(const QPainterPath &path)
{
    QByteArray d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (!d.isEmpty())
            d += ' ';
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += "M" + num(e.x) + " " + num(e.y);
            break;
        case QPainterPath::LineToElement:
            d += "L" + num(e.x) + " " + num(e.y);
            break;
        case QPainterPath::CurveToElement:
            d += "C" + num(e.x) + " " + num(e.y);
            break;
        case QPainterPath::CurveToDataElement:
            d += num(e.x) + " " + num(e.y);
            break;
        }
    }
    return d;
}

QByteArray polygonData(const QPolygonF &poly)
{
    QByteArray d;
    for (int i = 0; i < poly.size(); ++i)
        d += (i ? " L" : "M") + num(poly[i].x()) + " " + num(poly[i].y());
    return d + " Z";
}

QByteArray dashArray(const QVector<qreal> &dashes)
{
    if (dashes.isEmpty())
        return {};
    QByteArray s = " stroke-dasharray=\"";
    for (int i = 0; i < dashes.size(); ++i)
        s += (i ? "," : "") + num(dashes[i]);
    return s + "\"";
}

QByteArray fontAttrs(const QFont &f)
{
    QByteArray s = " font-size=\"" + QByteArray::number(f.pixelSize()) + "\"";
    if (f.bold())
        s += " font-weight=\"bold\"";
    return s;
}

QByteArray textRuns(const QVector<TextRun> &runs)
{
    QByteArray s;
    for (const TextRun &r : runs)
        s += "<text x=\"" + num(r.baseline.x()) + "\" y=\"" + num(r.baseline.y()) + "\"" + fontAttrs(r.font) +
             paint("fill", r.color) + ">" + escape(r.text) + "</text>\n";
    return s;
}

QByteArray rect(const QRectF &r, qreal radius)
{
    return "x=\"" + num(r.x()) + "\" y=\"" + num(r.y()) + "\" width=\"" + num(r.width()) + "\" height=\"" +
           num(r.height()) + "\" rx=\"" + num(radius) + "\" ry=\"" + num(radius) + "\"";
}

// A valid, unique XML ID from a prefix and a user id (IDs must be Names: no spaces, no leading digit).
class IdMaker
{
public:
    QByteArray make(const char *prefix, const QString &raw)
    {
        QString id = QString::fromLatin1(prefix);
        for (const QChar c : raw)
            id += (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                   c == QLatin1Char('.'))
                      ? c
                      : QLatin1Char('_');
        QString unique = id;
        for (int n = 2; m_used.contains(unique); ++n)
            unique = id + QLatin1Char('-') + QString::number(n);
        m_used.insert(unique);
        return unique.toUtf8();
    }

private:
    QSet<QString> m_used;
};

} // namespace

QByteArray writeSvg(const LaidOutDiagram &d, const Theme &theme)
{
    const QRectF b = d.bounds;
    QByteArray s;
    s += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    s += "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
         "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + num(b.width()) +
         "\" height=\"" + num(b.height()) + "\" viewBox=\"" + num(b.x()) + " " + num(b.y()) + " " +
         num(b.width()) + " " + num(b.height()) + "\" font-family=\"" + Theme::svgFontFamily().toLatin1() +
         "\">\n";
    s += "<title>" +
         escape(d.diagram.title.isEmpty() ? QStringLiteral("Architecture diagram") : d.diagram.title) +
         "</title>\n";
    s += "<rect class=\"background\" x=\"" + num(b.x()) + "\" y=\"" + num(b.y()) + "\" width=\"" +
         num(b.width()) + "\" height=\"" + num(b.height()) + "\"" + paint("fill", theme.background) + "/>\n";
    if (!d.diagram.title.isEmpty())
        s += "<g class=\"title\">\n" + textRuns({diagramTitle(d, theme)}) + "</g>\n";

    IdMaker ids;
    s += "<g class=\"groups\">\n";
    for (const LaidOutGroup &g : d.groups) {
        if (g.index < 0 || g.index >= d.diagram.groups.size() || g.rect.isEmpty())
            continue;
        const Group &group = d.diagram.groups[g.index];
        s += "<g id=\"" + ids.make("group-", group.id) + "\" class=\"group" +
             (group.kind.isEmpty() ? QByteArray() : " " + escape(group.kind)) + "\">\n";
        s += "<title>" + escape(group.label.isEmpty() ? group.id : group.label) + "</title>\n";
        s += "<rect " + rect(g.rect, kGroupRadius) + paint("fill", theme.groupFill(group)) +
             paint("stroke", theme.groupStroke(group)) + " stroke-width=\"1\"/>\n";
        s += "</g>\n";
    }
    s += "</g>\n<g class=\"edges\" fill=\"none\">\n";
    for (const LaidOutEdge &e : d.edges) {
        if (e.index < 0 || e.index >= d.diagram.edges.size())
            continue;
        const Edge &edge = d.diagram.edges[e.index];
        static const char *const styles[] = {"sync", "async", "replication", "plain"};
        const EdgeShape es = edgeShape(d, e, theme);
        s += "<g id=\"" + ids.make("edge-", edge.from + QStringLiteral("-") + edge.to) + "\" class=\"edge " +
             styles[int(edge.style)] + "\">\n";
        s += "<title>" +
             escape(edge.from + (edge.bothWays ? QStringLiteral(" <-> ") : QStringLiteral(" -> ")) + edge.to +
                    (edge.label.isEmpty() ? QString() : QStringLiteral(": ") + edge.label)) +
             "</title>\n";
        if (!es.line.isEmpty()) {
            s += "<path d=\"" + pathData(es.line) + "\"" + paint("stroke", es.color) + " stroke-width=\"" +
                 num(es.width) + "\"" + dashArray(es.dashes) + " stroke-linejoin=\"round\"/>\n";
            if (es.doubleLine)
                s += "<path d=\"" + pathData(es.line) + "\"" + paint("stroke", es.hollow) +
                     " stroke-width=\"" + num(es.width / 3) + "\"/>\n";
        }
        for (const QPolygonF *head : {&es.head, &es.tail}) {
            if (!head->isEmpty())
                s += "<path d=\"" + polygonData(*head) + "\"" + paint("fill", es.color) + "/>\n";
        }
        if (!e.labelRect.isEmpty()) {
            s += "<rect class=\"label\" " + rect(e.labelRect, e.labelRect.height() / 2) +
                 paint("fill", theme.edgeLabelFill) + paint("stroke", edgeLabelStroke(theme)) +
                 " stroke-width=\"1\"/>\n";
            s += textRuns(edgeLabelText(d, e, theme));
        }
        s += "</g>\n";
    }
    // Group titles above the edges (see groupTitleBackdrop), each on a backdrop of its frame's colour.
    s += "</g>\n<g class=\"group-titles\">\n";
    for (const LaidOutGroup &g : d.groups) {
        if (g.index < 0 || g.index >= d.diagram.groups.size() || g.rect.isEmpty())
            continue;
        const TitleBackdrop backdrop = groupTitleBackdrop(d, g, theme);
        s += "<g class=\"group-title\">\n<rect " + rect(backdrop.rect, 3) + paint("fill", backdrop.color) +
             "/>\n" + textRuns({groupTitle(d, g, theme)}) + "</g>\n";
    }
    s += "</g>\n<g class=\"nodes\">\n";
    for (const LaidOutNode &n : d.nodes) {
        if (n.index < 0 || n.index >= d.diagram.nodes.size() || n.rect.isEmpty())
            continue;
        const Node &node = d.diagram.nodes[n.index];
        const NodeShape ns = nodeShape(d, n, theme);
        QString tooltip = node.label.isEmpty() ? node.id : node.label;
        tooltip.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!node.technology.isEmpty())
            tooltip += QStringLiteral(" (") + node.technology + QLatin1Char(')');
        if (!node.note.isEmpty())
            tooltip += QStringLiteral(": ") + node.note;
        s += "<g id=\"" + ids.make("node-", node.id) + "\" class=\"node " + kindClass(node.kind).toLatin1() +
             "\">\n<title>" + escape(tooltip) + "</title>\n";
        if (theme.shadow.alpha() > 0)
            s += "<path d=\"" + pathData(ns.outline.translated(0, 1.5)) + "\"" + paint("fill", theme.shadow) +
                 "/>\n";
        s += "<path d=\"" + pathData(ns.outline) + "\"" + paint("fill", ns.fill) +
             paint("stroke", ns.stroke) + " stroke-width=\"1.2\"" + dashArray(ns.dashes) +
             " stroke-linejoin=\"round\"/>\n";
        if (!ns.detail.isEmpty())
            s += "<path d=\"" + pathData(ns.detail) + "\" fill=\"none\"" + paint("stroke", ns.stroke) +
                 " stroke-width=\"1.2\"/>\n";
        if (!ns.icon.isEmpty())
            s += "<path class=\"icon\" d=\"" + pathData(ns.icon) + "\" fill=\"none\"" +
                 paint("stroke", ns.accent) +
                 " stroke-width=\"1.3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n";
        s += textRuns(nodeText(d, n, theme));
        s += "</g>\n";
    }
    s += "</g>\n</svg>\n";
    return s;
}

} // namespace ae::diagram

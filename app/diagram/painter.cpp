// SPDX-License-Identifier: MIT
// DiagramPainter: groups, then edges, then edge labels, then nodes, on any QPainter.
#include "diagram/painter.h"
#include "diagram/painterparts.h"

#include <QPainter>

namespace ae::diagram {

namespace {

QPen makePen(const QColor &color, qreal width, const QVector<qreal> &dashesPx)
{
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (!dashesPx.isEmpty()) {
        QVector<qreal> pattern;
        for (qreal d : dashesPx)
            pattern << d / width; // Qt dash patterns are in pen widths
        pen.setDashPattern(pattern);
    }
    return pen;
}

void drawRuns(QPainter &p, const QVector<TextRun> &runs)
{
    for (const TextRun &run : runs) {
        p.setFont(run.font);
        p.setPen(run.color);
        p.drawText(run.baseline, run.text);
    }
}

} // namespace

void DiagramPainter::paint(QPainter &p, const LaidOutDiagram &d, const Theme &theme,
                           const QSet<QString> &highlightedIds) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);

    if (!d.diagram.title.isEmpty())
        drawRuns(p, {diagramTitle(d, theme)});

    for (const LaidOutGroup &g : d.groups) {
        if (g.index < 0 || g.index >= d.diagram.groups.size() || g.rect.isEmpty())
            continue;
        const Group &group = d.diagram.groups[g.index];
        p.setPen(makePen(theme.groupStroke(group), 1.0, {}));
        p.setBrush(theme.groupFill(group));
        p.drawRoundedRect(g.rect, kGroupRadius, kGroupRadius);
    }

    for (const LaidOutEdge &e : d.edges) {
        if (e.index < 0 || e.index >= d.diagram.edges.size())
            continue;
        const EdgeShape s = edgeShape(d, e, theme);
        p.setBrush(Qt::NoBrush);
        p.setPen(makePen(s.color, s.width, s.dashes));
        p.drawPath(s.line);
        if (s.doubleLine) {
            p.setPen(makePen(s.hollow, s.width / 3, {}));
            p.drawPath(s.line);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        if (!s.head.isEmpty())
            p.drawPolygon(s.head);
        if (!s.tail.isEmpty())
            p.drawPolygon(s.tail);
    }

    for (const LaidOutEdge &e : d.edges) {
        if (e.index < 0 || e.index >= d.diagram.edges.size() || e.labelRect.isEmpty())
            continue;
        p.setPen(makePen(edgeLabelStroke(theme), 1.0, {}));
        p.setBrush(theme.edgeLabelFill);
        const qreal r = e.labelRect.height() / 2;
        p.drawRoundedRect(e.labelRect, r, r);
        drawRuns(p, edgeLabelText(d, e, theme));
    }

    for (const LaidOutGroup &g : d.groups) {
        if (g.index < 0 || g.index >= d.diagram.groups.size() || g.rect.isEmpty())
            continue;
        const TitleBackdrop backdrop = groupTitleBackdrop(d, g, theme);
        p.setPen(Qt::NoPen);
        p.setBrush(backdrop.color);
        p.drawRoundedRect(backdrop.rect, 3, 3);
        drawRuns(p, {groupTitle(d, g, theme)});
    }

    for (const LaidOutNode &n : d.nodes) {
        if (n.index < 0 || n.index >= d.diagram.nodes.size() || n.rect.isEmpty())
            continue;
        const NodeShape s = nodeShape(d, n, theme);
        if (theme.shadow.alpha() > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(theme.shadow);
            p.drawPath(s.outline.translated(0, 1.5));
        }
        p.setPen(makePen(s.stroke, 1.2, s.dashes));
        p.setBrush(s.fill);
        p.drawPath(s.outline);
        p.setBrush(Qt::NoBrush);
        if (!s.detail.isEmpty()) {
            p.setPen(makePen(s.stroke, 1.2, {}));
            p.drawPath(s.detail);
        }
        if (!s.icon.isEmpty()) {
            QPen iconPen = makePen(s.accent, 1.3, {});
            iconPen.setCapStyle(Qt::RoundCap);
            p.setPen(iconPen);
            p.drawPath(s.icon);
        }
        drawRuns(p, nodeText(d, n, theme));
        if (highlightedIds.contains(d.diagram.nodes[n.index].id)) {
            p.setPen(makePen(theme.highlight, 3.0, {}));
            p.setBrush(Qt::NoBrush);
            p.drawPath(s.outline);
        }
    }
    p.restore();
}

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Hit testing on laid-out geometry (hover, click-to-jump, tooltips).
#include "diagram/laidout.h"

#include <QLineF>

namespace ae::diagram {

QPainterPath LaidOutEdge::path() const
{
    QPainterPath p;
    if (points.isEmpty())
        return p;
    p.moveTo(points.first());
    for (int i = 1; i + 2 < points.size(); i += 3)
        p.cubicTo(points[i], points[i + 1], points[i + 2]);
    return p;
}

int LaidOutDiagram::nodeAt(const QPointF &point) const
{
    for (int i = nodes.size() - 1; i >= 0; --i) {
        if (nodes[i].rect.contains(point))
            return i;
    }
    return -1;
}

int LaidOutDiagram::groupAt(const QPointF &point) const
{
    // Children come after parents, so the last hit is the innermost.
    for (int i = groups.size() - 1; i >= 0; --i) {
        if (groups[i].rect.contains(point))
            return i;
    }
    return -1;
}

int LaidOutDiagram::edgeAt(const QPointF &point, qreal tolerance) const
{
    const QRectF probe(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
    for (int i = edges.size() - 1; i >= 0; --i) {
        const LaidOutEdge &e = edges[i];
        if (!e.labelRect.isEmpty() && e.labelRect.contains(point))
            return i;
        const QPainterPath path = e.path();
        if (!path.controlPointRect().intersects(probe))
            continue;
        // Sample the curve; edges are short enough that 64 samples keep the error below the tolerance.
        QPointF prev = path.pointAtPercent(0);
        for (int s = 1; s <= 64; ++s) {
            const QPointF cur = path.pointAtPercent(s / 64.0);
            const QLineF seg(prev, cur);
            const qreal len = seg.length();
            qreal dist;
            if (len < 1e-6) {
                dist = QLineF(prev, point).length();
            } else {
                const qreal t =
                    qBound<qreal>(0, QPointF::dotProduct(point - prev, cur - prev) / (len * len), 1);
                dist = QLineF(prev + t * (cur - prev), point).length();
            }
            if (dist <= tolerance)
                return i;
            prev = cur;
        }
    }
    return -1;
}

QRectF LaidOutDiagram::nodeRect(const QString &id) const
{
    for (const LaidOutNode &n : nodes) {
        if (n.index >= 0 && n.index < diagram.nodes.size() && diagram.nodes[n.index].id == id)
            return n.rect;
    }
    return {};
}

} // namespace ae::diagram

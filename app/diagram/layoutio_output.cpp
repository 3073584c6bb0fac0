// SPDX-License-Identifier: MIT
// The helper's coordinate lines -> LaidOutDiagram. Coordinates arrive with y down (flipped in the helper);
// here they are only shifted to leave a margin and room for the diagram title.
#include "diagram/layoutio.h"
#include "diagram/shapes.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>

namespace ae::diagram {

namespace {

constexpr qreal kMargin = 16;

QVector<QPointF> reversed(const QVector<QPointF> &pts)
{
    QVector<QPointF> r(pts.crbegin(), pts.crend());
    return r;
}

qreal distanceToRect(const QPointF &p, const QRectF &r)
{
    const qreal dx = qMax<qreal>(0, qMax(r.left() - p.x(), p.x() - r.right()));
    const qreal dy = qMax<qreal>(0, qMax(r.top() - p.y(), p.y() - r.bottom()));
    return std::hypot(dx, dy);
}

// Graphviz stores some splines head to tail; orient each so it starts at `from`.
QVector<QPointF> oriented(const QVector<QPointF> &pts, const QRectF &from, const QRectF &to)
{
    if (pts.size() < 2)
        return pts;
    const qreal keep = distanceToRect(pts.first(), from) + distanceToRect(pts.last(), to);
    const qreal flip = distanceToRect(pts.last(), from) + distanceToRect(pts.first(), to);
    return flip < keep ? reversed(pts) : pts;
}

void appendLine(QVector<QPointF> &pts, const QPointF &to)
{
    const QPointF from = pts.last();
    pts << from + (to - from) / 3 << from + (to - from) * 2 / 3 << to;
}

} // namespace

bool parseHelperOutput(const QByteArray &output, const Diagram &diagram, const Theme &theme, bool simplified,
                       LaidOutDiagram *result, QString *error)
{
    LaidOutDiagram r;
    r.diagram = diagram;
    r.simplifiedLayout = simplified;
    if (simplified)
        r.notice = QStringLiteral("This diagram is large, so a faster, simpler layout was used.");

    qreal offsetY = kMargin;
    if (!diagram.title.isEmpty()) {
        QFont titleFont = theme.titleFont; // diagramTitle() in painterparts.cpp draws it 3 px larger
        titleFont.setPixelSize(theme.titleFont.pixelSize() + 3);
        const QFontMetricsF fm(titleFont);
        r.titleRect = QRectF(kMargin, kMargin, fm.horizontalAdvance(diagram.title) + 4, fm.height() + 4);
        offsetY += r.titleRect.height() + 8;
    }
    const QPointF offset(kMargin, offsetY);

    QHash<QByteArray, QRectF> nodes, labels, clusters;
    QHash<QByteArray, QVector<QPointF>> splines;
    QSizeF graphSize;
    bool ended = false;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.isEmpty() || f[0].isEmpty())
            continue;
        const QByteArray &kind = f[0];
        if (kind == "end") {
            ended = true;
        } else if (kind == "graph" && f.size() == 3) {
            graphSize = QSizeF(f[1].toDouble(), f[2].toDouble());
        } else if ((kind == "node" || kind == "cluster") && f.size() == 6) {
            const QRectF rect(f[2].toDouble() + offset.x(), f[3].toDouble() + offset.y(), f[4].toDouble(),
                              f[5].toDouble());
            if (kind == "cluster")
                clusters.insert(f[1], rect);
            else if (f[1].startsWith('l'))
                labels.insert(f[1], rect);
            else
                nodes.insert(f[1], rect);
        } else if (kind == "edge" && f.size() >= 3) {
            const int n = f[2].toInt();
            if (f.size() != 3 + 2 * n)
                continue;
            QVector<QPointF> pts;
            pts.reserve(n);
            for (int i = 0; i < n; ++i)
                pts << QPointF(f[3 + 2 * i].toDouble(), f[4 + 2 * i].toDouble()) + offset;
            splines.insert(f[1], pts);
        }
    }
    if (!ended) {
        if (error)
            *error = QStringLiteral("the layout helper's answer was incomplete");
        return false;
    }

    for (int i = 0; i < diagram.nodes.size(); ++i)
        r.nodes.append({i, nodes.value("n" + QByteArray::number(i))});

    const QFontMetricsF titleMetrics(theme.titleFont);
    for (int g = 0; g < diagram.groups.size(); ++g) {
        LaidOutGroup lg;
        lg.index = g;
        lg.rect = clusters.value("cluster_g" + QByteArray::number(g));
        const QSizeF title = groupTitleSize(diagram.groups[g], theme);
        lg.titleRect = QRectF(lg.rect.left() + 8, lg.rect.top() + 4, title.width() - 8, title.height() - 4);
        QString parent = diagram.groups[g].parent;
        for (int guard = 0; !parent.isEmpty() && guard < diagram.groups.size(); ++guard) {
            ++lg.depth;
            const int p = diagram.indexOfGroup(parent);
            parent = p >= 0 ? diagram.groups[p].parent : QString();
        }
        r.groups.append(lg);
    }

    for (int i = 0; i < diagram.edges.size(); ++i) {
        const Edge &e = diagram.edges[i];
        LaidOutEdge le;
        le.index = i;
        le.headArrow = e.directed;
        le.tailArrow = e.directed && e.bothWays;
        // A group end is the group's frame (the groups are laid out above).
        auto endRect = [&r, &diagram](const QString &id, bool isGroup) {
            if (!isGroup)
                return r.nodeRect(id);
            const int g = diagram.indexOfGroup(id);
            return g >= 0 ? r.groups[g].rect : QRectF();
        };
        const QRectF from = endRect(e.from, e.fromGroup);
        const QRectF to = endRect(e.to, e.toGroup);
        const QByteArray id = "e" + QByteArray::number(i);
        if (e.label.isEmpty()) {
            le.points = oriented(splines.value(id), from, to);
        } else {
            le.labelRect = labels.value("l" + QByteArray::number(i));
            const QVector<QPointF> a = oriented(splines.value(id + 'a'), from, le.labelRect);
            const QVector<QPointF> b = oriented(splines.value(id + 'b'), le.labelRect, to);
            le.points = a;
            if (!b.isEmpty()) {
                if (le.points.isEmpty())
                    le.points << b.first();
                else
                    appendLine(le.points, b.first());
                le.points << b.mid(1);
            }
        }
        r.edges.append(le);
    }

    QRectF content(offset, graphSize);
    if (!r.titleRect.isEmpty())
        content = content.united(r.titleRect);
    r.bounds = QRectF(0, 0, std::ceil(content.right() + kMargin), std::ceil(content.bottom() + kMargin));
    *result = r;
    return true;
}

} // namespace ae::diagram

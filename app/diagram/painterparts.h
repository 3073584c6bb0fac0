// SPDX-License-Identifier: MIT
// What the painter and the SVG writer both draw, computed once: edge lines and heads, text runs with their
// baselines, strokes and dash patterns. Sharing these is what keeps the PNG and the SVG in agreement.
#pragma once

#include "diagram/laidout.h"
#include "diagram/theme.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QVector>

namespace ae::diagram {

struct TextRun
{
    QString text;
    QPointF baseline; // left end of the baseline
    QFont font;
    QColor color;
};

struct EdgeShape
{
    QPainterPath line;    // trimmed so it ends under the heads
    QPolygonF head, tail; // filled arrow heads, empty when absent
    QColor color;
    qreal width = 1.5;
    QVector<qreal> dashes;   // in px; empty = solid
    bool doubleLine = false; // replication: drawn wide, then hollowed with `hollow`
    QColor hollow;
};

struct NodeShape
{
    QPainterPath outline, detail, icon;
    QColor fill, stroke, accent;
    QVector<qreal> dashes;
};

EdgeShape edgeShape(const LaidOutDiagram &d, const LaidOutEdge &edge, const Theme &theme);
NodeShape nodeShape(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme);
QVector<TextRun> nodeText(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme);
QVector<TextRun> edgeLabelText(const LaidOutDiagram &d, const LaidOutEdge &edge, const Theme &theme);
TextRun groupTitle(const LaidOutDiagram &d, const LaidOutGroup &group, const Theme &theme);
// Group titles are drawn after the edges, on a backdrop of the colour the frame shows there (the background
// with the fills of the group and its ancestors laid over it, so translucent dark fills match), so an edge
// that crosses a title passes under it instead of striking it through.
struct TitleBackdrop
{
    QRectF rect;
    QColor color; // opaque
};
TitleBackdrop groupTitleBackdrop(const LaidOutDiagram &d, const LaidOutGroup &group, const Theme &theme);
TextRun diagramTitle(const LaidOutDiagram &d, const Theme &theme);
QColor edgeLabelStroke(const Theme &theme);

// The CSS-style class name of a kind ("database", "object-storage"), used in SVG classes.
QString kindClass(NodeKind kind);

constexpr qreal kGroupRadius = 8;

} // namespace ae::diagram

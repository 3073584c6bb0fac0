// SPDX-License-Identifier: MIT
// A diagram with its geometry: what the layout produces and what the painter and the SVG writer draw.
// Plain values in pixels, y pointing down, origin at bounds.topLeft() (usually 0,0). No Graphviz types.
#pragma once

#include "diagram/diagram.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace ae::diagram {

struct LaidOutNode
{
    int index = -1; // into LaidOutDiagram::diagram.nodes
    QRectF rect;    // the shape's bounding box
};

struct LaidOutEdge
{
    int index = -1;          // into LaidOutDiagram::diagram.edges
    QVector<QPointF> points; // cubic Bézier: p0, c1, c2, p1, c1, c2, p2, ... (1 + 3n points), tail to head
    bool headArrow = false;  // arrow head at the last point (towards Edge::to)
    bool tailArrow = false;  // arrow head at the first point (both-way edges)
    QRectF labelRect;        // where the label pill goes; empty when the edge has no label

    // The curve from tail to head as a path (without heads).
    QPainterPath path() const;
};

struct LaidOutGroup
{
    int index = -1;   // into LaidOutDiagram::diagram.groups
    QRectF rect;      // the frame
    QRectF titleRect; // where the title goes, inside the frame at its top
    int depth = 0;    // 0 = top-level group; frames are drawn outer first
};

struct LaidOutDiagram
{
    Diagram diagram;
    QRectF bounds;                 // everything drawn, including margins and the title
    QRectF titleRect;              // empty when the diagram has no title
    QVector<LaidOutNode> nodes;    // in diagram.nodes order
    QVector<LaidOutEdge> edges;    // in diagram.edges order
    QVector<LaidOutGroup> groups;  // parents before children
    bool simplifiedLayout = false; // a faster, less polished layout was used (big diagrams)
    QString notice;                // a sentence for the user when simplifiedLayout, else empty

    bool isEmpty() const { return nodes.isEmpty() && groups.isEmpty(); }
    // Index into `nodes` (== diagram.nodes) of the topmost node under `point`, or -1.
    int nodeAt(const QPointF &point) const;
    // Index into `groups` of the innermost group frame under `point`, or -1.
    int groupAt(const QPointF &point) const;
    // Index into `edges` of an edge whose label or line passes within `tolerance` px of `point`, or -1.
    int edgeAt(const QPointF &point, qreal tolerance = 4.0) const;
    // The rectangle of the node with this id, or an empty rect.
    QRectF nodeRect(const QString &id) const;
};

} // namespace ae::diagram

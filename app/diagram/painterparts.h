// SPDX-License-Identifier: MIT
// The geometry the drawing list (drawdiagram.h) is made of, computed once for every surface: edge lines and
// their ends, text runs with their baselines, strokes and dash patterns.
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

// One end of an edge (ArrowEnd): a filled shape in the edge's colour, or an open one outlined in it.
struct EdgeEnd
{
    QPainterPath path; // empty when the end has no mark
    bool open = false; // Empty, ODot, ODiamond: not filled, outlined kEdgeEndOutline wide
};

struct EdgeShape
{
    QPainterPath line; // trimmed so it ends under (or at the far side of) the end marks
    EdgeEnd head, tail;
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

// Every node's outline (nodeOutline of its shape's rect), by node index: computed once per drawing, as
// outlines built by uniting paths are costly and every edge end needs its node's.
QVector<QPainterPath> nodeOutlines(const LaidOutDiagram &d, const Theme &theme);

// `outlines`, when given, is nodeOutlines(d, theme).
EdgeShape edgeShape(const LaidOutDiagram &d, const LaidOutEdge &edge, const Theme &theme,
                    const QVector<QPainterPath> *outlines = nullptr);
// The mark of one arrow end whose tip is at `tip`, the edge arriving along the unit vector `dir`; `trim` is
// how far the line must stop short of the tip.
EdgeEnd edgeEnd(ArrowEnd end, const QPointF &tip, const QPointF &dir, qreal *trim);
// Which ends an edge shows: the model's (Edge::head/tail), gated by the layout's directedness.
ArrowEnd headEnd(const Edge &edge, const LaidOutEdge &laidOut);
ArrowEnd tailEnd(const Edge &edge, const LaidOutEdge &laidOut);
NodeShape nodeShape(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme,
                    const QVector<QPainterPath> *outlines = nullptr);
QVector<TextRun> nodeText(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme);
QVector<TextRun> edgeLabelText(const LaidOutDiagram &d, const LaidOutEdge &edge, const Theme &theme);
// The lines of a drawn note (notes.h) inside its card; empty when the node's note is not drawn.
QVector<TextRun> noteText(const LaidOutDiagram &d, const LaidOutNode &node, const Theme &theme);
// The node's tooltip and SVG <title>: label (technology): note.
QString nodeTooltip(const Node &node);
// The edge's SVG <title>: "from -> to: label".
QString edgeTooltip(const Edge &edge);
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

// The magic numbers every surface shares.
constexpr qreal kGroupRadius = 8;
constexpr qreal kGroupStroke = 1.0;
constexpr qreal kNodeStroke = 1.2;
constexpr qreal kIconStroke = 1.3;
constexpr qreal kHighlightStroke = 3.0;
constexpr qreal kShadowOffset = 1.5;
constexpr qreal kEdgeLabelStroke = 1.0;
constexpr qreal kEdgeEndOutline = 1.2;
constexpr qreal kTitleBackdropRadius = 3;

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// The geometry of each node kind: its outline, its small icon and how much room its text needs. Shared by the
// painter and the SVG writer (both draw these QPainterPaths) and by the layout (node sizes).
#pragma once

#include "diagram/diagram.h"
#include "diagram/theme.h"

#include <QMarginsF>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>

namespace ae::diagram {

// The node's outline filling `rect` (cylinder for databases, stack for queues, cloud for CDN, ...).
QPainterPath nodeOutline(NodeKind kind, const QRectF &rect);
// Extra strokes drawn over the outline without fill (the cylinder's rim, the note's fold), may be empty.
QPainterPath nodeDetail(NodeKind kind, const QRectF &rect);
// The small icon for the kind, drawn in the rect returned by iconRect(); stroked, not filled.
QPainterPath nodeIcon(NodeKind kind, const QRectF &iconRect);
// Where the icon goes inside a node of this kind; empty for kinds without an icon.
QRectF iconRect(NodeKind kind, const QRectF &nodeRect);
// Where the label and technology lines go inside a node of this kind.
QRectF textRect(NodeKind kind, const QRectF &nodeRect);
// The same for a node: its Node::shape when that names an outline (Graphviz's, D2's, Structurizr's and
// Mermaid's shape names: ellipse, circle, doublecircle, diamond, hexagon, octagon, triangle, trapezium,
// parallelogram, house, star, folder/tab/package, box3d, component, plaintext, underline, cloud, document,
// page, stored_data, step, callout, point...), else its kind's (shapes_named.cpp).
QPainterPath nodeOutline(const Node &node, const QRectF &rect);
QPainterPath nodeDetail(const Node &node, const QRectF &rect);
QRectF iconRect(const Node &node, const QRectF &nodeRect);
QRectF textRect(const Node &node, const QRectF &nodeRect);
// Whether Node::shape names an outline of its own (else the kind's is drawn).
bool drawsOwnShape(const Node &node);
// A junction (`point`: Mermaid architecture junctions, DOT shape=point): a small dot in the stroke colour,
// without text.
bool isPoint(const Node &node);
// A named shape's size around the box its text needs (label, technology, fields, padding and icon).
QSizeF namedShapeSize(const Node &node, const QSizeF &textBox);
bool namedShapeHasIcon(const Node &node);
// Whether the outline is drawn dashed (external systems).
bool dashedOutline(NodeKind kind);

// The size a node needs for its label, technology and icon, measured with the theme's fonts, and room for
// its note card when the note is drawn (notes.h).
QSizeF nodeSize(const Node &node, const Theme &theme);
// The size of the node's shape alone (without a note card).
QSizeF nodeBodySize(const Node &node, const Theme &theme);
// The size of an edge label's pill.
QSizeF edgeLabelSize(const QString &label, const Theme &theme);
// The height of a group's title band and the width of its title.
QSizeF groupTitleSize(const Group &group, const Theme &theme);

// The lines drawn inside a node: the label lines, then the technology (smaller) if any.
QStringList labelLines(const Node &node);
// The lines of a record's fields: each field on its own line, a field's own line breaks (DOT's \l \r \n)
// kept, the break that ends a field's last line dropped.
QStringList fieldLines(const Node &node);

} // namespace ae::diagram

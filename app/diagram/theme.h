// SPDX-License-Identifier: MIT
// Colours and fonts a diagram is drawn with. One Theme feeds the painter (screen, PNG, PDF) and the SVG
// writer, so every surface shows the same thing. Fonts are pixel-sized DejaVu Sans so sizes agree across
// surfaces.
#pragma once

#include "diagram/diagram.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace ae::diagram {

// The palette of one node kind: the shape's fill and outline and the icon's colour.
struct KindPalette
{
    QColor fill;
    QColor stroke;
    QColor accent; // icon and the coloured band on the shape
};

struct Theme
{
    bool isDark = false; // (not `dark`: that name is the static factory below)
    QFont font;          // node labels (pixel-sized)
    QFont smallFont;     // technology line under a node label, edge labels
    QFont titleFont;     // group titles (bold) and the diagram title
    QColor background;
    QColor text;          // node labels
    QColor secondaryText; // technology line, notes
    QColor edge;          // edge lines and heads
    QColor edgeText;
    QColor edgeLabelFill; // the pill behind an edge label so it reads over lines
    QColor groupText;
    QColor highlight; // outline of highlighted nodes (search hits, selection)
    QColor shadow;    // soft drop shadow under nodes (transparent = none)

    static Theme light();
    static Theme dark();
    static Theme named(const QString &name); // "light" or "dark"; anything else gives light()

    KindPalette kindPalette(NodeKind kind) const;
    // Frame fill and outline for a group of the given kind ("region", "zone", "vpc", "tier", "cluster", "").
    KindPalette groupPalette(const QString &groupKind) const;

    // Colours after the element's overrides (dark* ones in the dark theme, falling back to the plain ones).
    QColor nodeFill(const Node &node) const;
    QColor nodeStroke(const Node &node) const;
    QColor nodeText(const Node &node) const;
    QColor edgeStroke(const Edge &edge) const;
    QColor edgeLabelText(const Edge &edge) const;
    QColor groupFill(const Group &group) const;
    QColor groupStroke(const Group &group) const;

    // The font family list written into SVG so other viewers fall back sensibly.
    static QString svgFontFamily();
};

} // namespace ae::diagram

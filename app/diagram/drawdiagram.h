// SPDX-License-Identifier: MIT
// A laid-out diagram as one drawing list: every operation once, in one order (background, group frames,
// edges, edge labels, group titles, nodes with their notes, the title). DiagramPainter replays it on a
// QPainter (screen, PNG, PDF) and writeSvg writes it as SVG, so every surface draws the same thing in the
// same order.
#pragma once

#include "diagram/laidout.h"
#include "diagram/theme.h"
#include "draw/drawlist.h"

#include <QSet>
#include <QString>

namespace ae::diagram {

// In diagram coordinates (origin at bounds.topLeft()). Highlighted node ids get a highlight outline. The
// diagram's own background (Diagram::background), when set, replaces the theme's.
draw::DrawList diagramDrawList(const LaidOutDiagram &diagram, const Theme &theme,
                               const QSet<QString> &highlightedIds = {});

// The theme with the diagram's own background, if it has one.
Theme effectiveTheme(const Diagram &diagram, const Theme &theme);

} // namespace ae::diagram

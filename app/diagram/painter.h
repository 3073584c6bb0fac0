// SPDX-License-Identifier: MIT
// The one painter for every surface: the screen, QImage (PNG), QPdfWriter (PDF). It replays the diagram's
// drawing list (drawdiagram.h), which the SVG writer writes too, so what is seen is what is exported.
#pragma once

#include "diagram/laidout.h"
#include "diagram/theme.h"

#include <QSet>
#include <QString>

class QPainter;

namespace ae::diagram {

class DiagramPainter
{
public:
    // Draws in diagram coordinates (LaidOutDiagram::bounds); the caller sets any transform. The bounds are
    // filled with the background (the diagram's own, else the theme's). Highlighted node ids get a highlight
    // outline.
    void paint(QPainter &painter, const LaidOutDiagram &diagram, const Theme &theme,
               const QSet<QString> &highlightedIds = {}) const;
};

} // namespace ae::diagram

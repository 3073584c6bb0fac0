// SPDX-License-Identifier: MIT
// DiagramPainter: the diagram's drawing list (drawdiagram.h) replayed on a QPainter.
#include "diagram/painter.h"
#include "diagram/drawdiagram.h"

#include <QPainter>

namespace ae::diagram {

void DiagramPainter::paint(QPainter &p, const LaidOutDiagram &d, const Theme &theme,
                           const QSet<QString> &highlightedIds) const
{
    draw::paint(diagramDrawList(d, theme, highlightedIds), &p);
}

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Our own SVG 1.1 writer (QSvgGenerator writes SVG 1.2 Tiny, which fails the 1.1 DTD). Valid against the
// SVG 1.1 DTD, self-contained, real <text> for every label, one <g id="node-ID" class="node KIND"> with a
// <title> (and the note as <desc>) per node, byte-identical output for identical input. The same drawing list
// as DiagramPainter's (drawdiagram.h).
#pragma once

#include "diagram/laidout.h"
#include "diagram/theme.h"

#include <QByteArray>

namespace ae::diagram {

QByteArray writeSvg(const LaidOutDiagram &diagram, const Theme &theme);

} // namespace ae::diagram

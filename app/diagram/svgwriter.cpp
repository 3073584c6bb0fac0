// SPDX-License-Identifier: MIT
// SVG 1.1 output: the diagram's drawing list (drawdiagram.h) written by draw::toSvg. Numbers are written with
// fixed precision and elements in model order, so identical input gives identical bytes.
#include "diagram/svgwriter.h"
#include "diagram/drawdiagram.h"

namespace ae::diagram {

QByteArray writeSvg(const LaidOutDiagram &d, const Theme &theme)
{
    return draw::toSvg(diagramDrawList(d, theme));
}

} // namespace ae::diagram

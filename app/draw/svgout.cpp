// SPDX-License-Identifier: MIT
// The drawing list as SVG 1.1: one element per operation, in order, text as <text> on the same baseline and
// at the same x as QPainter draws it (drawlist.cpp), tooltips as <title>.
#include "draw/drawlist.h"
#include "draw/svgbasics.h"

namespace ae::draw {

namespace {

QByteArray titleOf(const Op &op)
{
    return op.tip.isEmpty() ? QByteArray() : "<title>" + svgEscape(op.tip) + "</title>";
}

QByteArray classOf(const Op &op)
{
    return op.role.isEmpty() ? QByteArray() : " class=\"" + svgEscape(op.role) + "\"";
}

QByteArray element(const Op &op)
{
    QByteArray s;
    switch (op.kind) {
    case Op::Kind::Rect:
        s = "<rect" + classOf(op) + " x=\"" + svgNumber(op.rect.x()) + "\" y=\"" + svgNumber(op.rect.y()) +
            "\" width=\"" + svgNumber(op.rect.width()) + "\" height=\"" + svgNumber(op.rect.height()) + "\"";
        if (op.radius > 0)
            s += " rx=\"" + svgNumber(op.radius) + "\"";
        s += svgPaint("fill", op.fill);
        if (op.stroke.isValid() && op.strokeWidth > 0) {
            s += svgPaint("stroke", op.stroke) + " stroke-width=\"" + svgNumber(op.strokeWidth) + "\"";
            if (op.dashed)
                s += " stroke-dasharray=\"4 3\"";
        }
        break;
    case Op::Kind::Line:
        s = "<line" + classOf(op) + " x1=\"" + svgNumber(op.line.x1()) + "\" y1=\"" +
            svgNumber(op.line.y1()) + "\" x2=\"" + svgNumber(op.line.x2()) + "\" y2=\"" +
            svgNumber(op.line.y2()) + "\"" + svgPaint("stroke", op.stroke) + " stroke-width=\"" +
            svgNumber(op.strokeWidth) + "\"";
        if (op.dashed)
            s += " stroke-dasharray=\"4 3\"";
        break;
    case Op::Kind::Text: {
        const QPointF origin = textOrigin(op);
        s = "<text" + classOf(op) + " x=\"" + svgNumber(origin.x()) + "\" y=\"" + svgNumber(origin.y()) +
            "\" font-size=\"" + svgNumber(font(op.pixelSize).pixelSize()) + "\"";
        if (op.bold)
            s += " font-weight=\"bold\"";
        s += svgPaint("fill", op.fill) + " xml:space=\"preserve\">" + titleOf(op) + svgEscape(op.text) +
             "</text>\n";
        return s;
    }
    }
    const QByteArray title = titleOf(op);
    if (title.isEmpty())
        return s + "/>\n";
    return s + ">" + title + "</" + QByteArray(op.kind == Op::Kind::Rect ? "rect" : "line") + ">\n";
}

} // namespace

QByteArray toSvg(const DrawList &list)
{
    QByteArray s = svgHeader(list.size.width(), list.size.height(), fontFamily());
    if (!list.title.isEmpty())
        s += "<title>" + svgEscape(list.title) + "</title>\n";
    if (list.background.isValid())
        s += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + svgNumber(list.size.width()) +
             "\" height=\"" + svgNumber(list.size.height()) + "\"" + svgPaint("fill", list.background) +
             "/>\n";
    for (const Op &op : list.ops)
        s += element(op);
    s += "</svg>\n";
    return s;
}

} // namespace ae::draw

// SPDX-License-Identifier: MIT
// The drawing list as SVG 1.1: one element per operation, in order, text as <text> on the same baseline and
// at the same x as QPainter draws it (drawlist.cpp), tooltips as <title>, Begin/End as <g> with id, class,
// <title> and <desc>.
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

// A line back to the start of its subpath that ends the subpath is written as Z: QPainter strokes such a
// subpath as closed (joined at the start), and so does SVG with Z.
QByteArray pathData(const QPainterPath &path)
{
    QByteArray d;
    QPointF start;
    const int count = path.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (!d.isEmpty())
            d += ' ';
        switch (e.type) {
        case QPainterPath::MoveToElement:
            start = e;
            d += 'M';
            break;
        case QPainterPath::LineToElement:
            if (QPointF(e) == start && (i + 1 == count || path.elementAt(i + 1).isMoveTo())) {
                d += 'Z';
                continue;
            }
            d += 'L';
            break;
        case QPainterPath::CurveToElement:
            d += 'C';
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
        d += svgNumber(e.x) + ' ' + svgNumber(e.y);
    }
    return d;
}

QByteArray dashArray(const Op &op)
{
    QByteArray s = " stroke-dasharray=\"";
    for (int i = 0; i < op.dashes.size(); ++i)
        s += (i ? "," : "") + svgNumber(op.dashes[i]);
    return s + "\"";
}

QByteArray strokeOf(const Op &op)
{
    if (!op.stroke.isValid() || op.strokeWidth <= 0)
        return {};
    QByteArray s = svgPaint("stroke", op.stroke) + " stroke-width=\"" + svgNumber(op.strokeWidth) + "\"";
    if (!op.dashes.isEmpty())
        s += dashArray(op);
    if (op.cap == Qt::RoundCap)
        s += " stroke-linecap=\"round\"";
    else if (op.cap == Qt::SquareCap)
        s += " stroke-linecap=\"square\"";
    if (op.join == Qt::RoundJoin)
        s += " stroke-linejoin=\"round\"";
    else if (op.join == Qt::BevelJoin)
        s += " stroke-linejoin=\"bevel\"";
    return s;
}

QByteArray element(const Op &op)
{
    QByteArray s;
    switch (op.kind) {
    case Op::Kind::Begin: {
        s = "<g";
        if (!op.id.isEmpty())
            s += " id=\"" + svgEscape(op.id) + "\"";
        s += classOf(op) + ">\n";
        if (!op.tip.isEmpty())
            s += "<title>" + svgEscape(op.tip) + "</title>\n";
        if (!op.desc.isEmpty())
            s += "<desc>" + svgEscape(op.desc) + "</desc>\n";
        return s;
    }
    case Op::Kind::End:
        return "</g>\n";
    case Op::Kind::Path:
        s = "<path" + classOf(op) + " d=\"" + pathData(op.path) + "\"" + svgPaint("fill", op.fill) +
            strokeOf(op);
        break;
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
            else if (!op.dashes.isEmpty())
                s += dashArray(op);
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
            "\" font-size=\"" + svgNumber(fontOf(op).pixelSize()) + "\"";
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
    const char *name = op.kind == Op::Kind::Rect ? "rect" : op.kind == Op::Kind::Line ? "line" : "path";
    return s + ">" + title + "</" + name + ">\n";
}

} // namespace

QByteArray toSvg(const DrawList &list)
{
    QByteArray s;
    s.reserve(512 + 160 * list.ops.size());
    s += svgHeader(list.size.width(), list.size.height(),
                   list.fontFamilies.isEmpty() ? fontFamily() : list.fontFamilies, list.origin);
    if (!list.title.isEmpty())
        s += "<title>" + svgEscape(list.title) + "</title>\n";
    if (list.background.isValid())
        s += "<rect class=\"background\" x=\"" + svgNumber(list.origin.x()) + "\" y=\"" +
             svgNumber(list.origin.y()) + "\" width=\"" + svgNumber(list.size.width()) + "\" height=\"" +
             svgNumber(list.size.height()) + "\"" + svgPaint("fill", list.background) + "/>\n";
    for (const Op &op : list.ops)
        s += element(op);
    s += "</svg>\n";
    return s;
}

} // namespace ae::draw

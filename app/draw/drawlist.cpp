// SPDX-License-Identifier: MIT
// Building, wrapping, painting and hit-testing a drawing list.
#include "draw/drawlist.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

#include <utility>

namespace ae::draw {

Op &DrawList::rect(const QRectF &r, const QColor &fill, const QColor &stroke, qreal strokeWidth)
{
    Op op;
    op.kind = Op::Kind::Rect;
    op.rect = r;
    op.fill = fill;
    op.stroke = stroke;
    op.strokeWidth = strokeWidth;
    ops.append(std::move(op));
    return ops.last();
}

Op &DrawList::line(const QLineF &l, const QColor &stroke, qreal width)
{
    Op op;
    op.kind = Op::Kind::Line;
    op.line = l;
    op.stroke = stroke;
    op.strokeWidth = width;
    ops.append(std::move(op));
    return ops.last();
}

Op &DrawList::text(const QRectF &box, const QString &t, const QColor &color, qreal pixelSize, bool bold,
                   Qt::Alignment align)
{
    Op op;
    op.kind = Op::Kind::Text;
    op.rect = box;
    op.text = t;
    op.fill = color;
    op.pixelSize = pixelSize;
    op.bold = bold;
    op.align = align;
    ops.append(std::move(op));
    return ops.last();
}

Op &DrawList::path(const QPainterPath &p, const QColor &fill, const QColor &stroke, qreal strokeWidth)
{
    Op op;
    op.kind = Op::Kind::Path;
    op.path = p;
    op.fill = fill;
    op.stroke = stroke;
    op.strokeWidth = strokeWidth;
    ops.append(std::move(op));
    return ops.last();
}

Op &DrawList::run(const QPointF &baseline, const QString &t, const QFont &f, const QColor &color)
{
    Op op;
    op.kind = Op::Kind::Text;
    op.baseline = baseline;
    op.textFont = f;
    op.text = t;
    op.fill = color;
    op.pixelSize = f.pixelSize();
    op.bold = f.bold();
    ops.append(std::move(op));
    return ops.last();
}

Op &DrawList::begin(const QString &cls, const QString &id, const QString &title, const QString &desc)
{
    Op op;
    op.kind = Op::Kind::Begin;
    op.role = cls;
    op.id = id;
    op.tip = title;
    op.desc = desc;
    ops.append(std::move(op));
    return ops.last();
}

void DrawList::end()
{
    Op op;
    op.kind = Op::Kind::End;
    ops.append(std::move(op));
}

QString fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QFont font(qreal pixelSize, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setKerning(false); // the SVG reader may not kern: measure as both draw
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal textWidth(const QString &text, const QFont &f)
{
    const QFontMetricsF fm(f);
    qreal w = 0;
    for (const QString &line : text.split(u'\n'))
        w = qMax(w, fm.horizontalAdvance(line));
    return w;
}

QStringList wrapText(const QString &text, const QFont &f, qreal width)
{
    const QFontMetricsF fm(f);
    QStringList lines;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &paragraph : text.split(u'\n')) {
        QString current;
        for (const QString &word : paragraph.split(spaces, Qt::SkipEmptyParts)) {
            const QString candidate = current.isEmpty() ? word : current + u' ' + word;
            if (current.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
                current = candidate;
            } else {
                lines << current;
                current = word;
            }
        }
        lines << current;
    }
    return lines;
}

QFont fontOf(const Op &op)
{
    return op.textFont ? *op.textFont : font(op.pixelSize, op.bold);
}

QPointF textOrigin(const Op &op)
{
    if (op.baseline)
        return *op.baseline;
    const QFont f = fontOf(op);
    const QFontMetricsF fm(f);
    const qreal w = fm.horizontalAdvance(op.text);
    qreal x = op.rect.left();
    if (op.align & Qt::AlignRight)
        x = op.rect.right() - w;
    else if (op.align & Qt::AlignHCenter)
        x = op.rect.center().x() - w / 2;
    return {x, op.rect.center().y() + (fm.ascent() - fm.descent()) / 2};
}

// The op's dashes as a Qt dash pattern, which counts in pen widths (the op's strokeWidth, > 0).
static QVector<qreal> dashPattern(const Op &op)
{
    QVector<qreal> pattern;
    for (const qreal d : op.dashes)
        pattern << d / op.strokeWidth;
    return pattern;
}

void paint(const DrawList &list, QPainter *p)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    if (list.background.isValid())
        p->fillRect(QRectF(list.origin, list.size), list.background);
    for (const Op &op : list.ops) {
        switch (op.kind) {
        case Op::Kind::Rect: {
            QPen pen =
                op.stroke.isValid() && op.strokeWidth > 0 ? QPen(op.stroke, op.strokeWidth) : QPen(Qt::NoPen);
            if (op.dashed)
                pen.setStyle(Qt::DashLine);
            else if (!op.dashes.isEmpty() && op.strokeWidth > 0) {
                pen.setCapStyle(Qt::FlatCap); // as SVG's default butt ends, so both draw the same dashes
                pen.setDashPattern(dashPattern(op));
            }
            p->setPen(pen);
            p->setBrush(op.fill.isValid() ? QBrush(op.fill) : QBrush(Qt::NoBrush));
            if (op.radius > 0)
                p->drawRoundedRect(op.rect, op.radius, op.radius);
            else
                p->drawRect(op.rect);
            break;
        }
        case Op::Kind::Line: {
            QPen pen(op.stroke, op.strokeWidth);
            pen.setCapStyle(Qt::FlatCap);
            if (op.dashed)
                pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            p->drawLine(op.line);
            break;
        }
        case Op::Kind::Path: {
            if (op.stroke.isValid() && op.strokeWidth > 0) {
                QPen pen(op.stroke, op.strokeWidth, Qt::SolidLine, op.cap, op.join);
                if (!op.dashes.isEmpty())
                    pen.setDashPattern(dashPattern(op));
                p->setPen(pen);
            } else {
                p->setPen(Qt::NoPen);
            }
            p->setBrush(op.fill.isValid() ? QBrush(op.fill) : QBrush(Qt::NoBrush));
            p->drawPath(op.path);
            break;
        }
        case Op::Kind::Text: {
            p->setFont(fontOf(op));
            p->setPen(op.fill);
            p->drawText(textOrigin(op), op.text);
            break;
        }
        case Op::Kind::Begin:
        case Op::Kind::End:
            break;
        }
    }
    p->restore();
}

QImage toImage(const DrawList &list, qreal dpr)
{
    QImage image((list.size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(list.background.isValid() ? list.background : QColor(Qt::white));
    QPainter p(&image);
    p.translate(-list.origin);
    paint(list, &p);
    p.end();
    return image;
}

int hitTest(const DrawList &list, const QPointF &point)
{
    for (int i = int(list.ops.size()) - 1; i >= 0; --i) {
        const Op &op = list.ops.at(i);
        if (op.target >= 0 && op.kind != Op::Kind::Line && op.rect.contains(point))
            return op.target;
    }
    return -1;
}

QString tipAt(const DrawList &list, const QPointF &point)
{
    for (int i = int(list.ops.size()) - 1; i >= 0; --i) {
        const Op &op = list.ops.at(i);
        if (!op.tip.isEmpty() && op.kind != Op::Kind::Line && op.rect.contains(point))
            return op.tip;
    }
    return {};
}

} // namespace ae::draw

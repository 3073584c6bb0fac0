// SPDX-License-Identifier: MIT
// An ordered list of drawing operations (rectangles, lines, one-line texts) with hit targets and tooltips. A
// layout fills it once; paint() replays it on any QPainter (screen, PNG, PDF) and toSvg() writes the same
// operations as SVG 1.1 with real <text>, so every surface shows the same picture in the same order.
#pragma once
#include <QColor>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ae::draw {

struct Op
{
    enum class Kind { Rect, Line, Text };
    Kind kind = Kind::Rect;
    QRectF rect;   // Rect: the box. Text: the box of the line (the text's advance fits inside it)
    QLineF line;   // Line
    QColor fill;   // Rect: fill. Text: the text colour
    QColor stroke; // Rect/Line
    qreal strokeWidth = 0;
    qreal radius = 0;
    bool dashed = false;
    QString text;
    qreal pixelSize = 13;
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    QString tip;     // tooltip on screen, <title> in SVG
    int target = -1; // what a click on it means to the view (an index the layout defines); -1: nothing
    QString role; // what the layout drew it as ("axis-label", "bar", "value", "legend", "cell"...): for tests
};

struct DrawList
{
    QSizeF size;
    QColor background;
    QString title; // the SVG document's <title>
    QVector<Op> ops;

    Op &rect(const QRectF &r, const QColor &fill, const QColor &stroke = {}, qreal strokeWidth = 0);
    Op &line(const QLineF &l, const QColor &stroke, qreal width = 1);
    Op &text(const QRectF &box, const QString &text, const QColor &color, qreal pixelSize, bool bold = false,
             Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
};

// The one font family every surface uses (bundled with Debian's fonts-dejavu-core, always present).
QString fontFamily();
QFont font(qreal pixelSize, bool bold = false);

// Words of `text` in lines no wider than `width` (a word longer than the width stays whole on its own line:
// the caller widens its layout rather than cut it); explicit newlines are kept.
QStringList wrapText(const QString &text, const QFont &font, qreal width);
// The width of the widest line of wrapText's result.
qreal textWidth(const QString &text, const QFont &font);

// Where a text op's baseline starts (alignment applied): the same point for QPainter and SVG.
QPointF textOrigin(const Op &op);

void paint(const DrawList &list, QPainter *painter);
QByteArray toSvg(const DrawList &list);
QImage toImage(const DrawList &list, qreal devicePixelRatio);

// The last (topmost) op containing `point` with a target, or -1; its tooltip through tipAt.
int hitTest(const DrawList &list, const QPointF &point);
QString tipAt(const DrawList &list, const QPointF &point);

} // namespace ae::draw

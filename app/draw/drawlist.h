// SPDX-License-Identifier: MIT
// An ordered list of drawing operations (rectangles, lines, paths, one-line texts, and named groups of them)
// with hit targets and tooltips. A layout fills it once; paint() replays it on any QPainter (screen, PNG,
// PDF) and toSvg() writes the same operations as SVG 1.1 with real <text>, so every surface shows the same
// picture in the same order.
#pragma once
#include <QColor>
#include <QFont>
#include <QLineF>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QVector>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ae::draw {

struct Op
{
    // Begin/End bracket the ops between them: an SVG <g> with id, class, <title> and <desc>; nothing on a
    // QPainter.
    enum class Kind { Rect, Line, Text, Path, Begin, End };
    Kind kind = Kind::Rect;
    QRectF rect;       // Rect: the box. Text: the box of the line (the text's advance fits inside it)
    QLineF line;       // Line
    QPainterPath path; // Path
    QColor fill;       // Rect/Path: fill. Text: the text colour
    QColor stroke;     // Rect/Line/Path
    qreal strokeWidth = 0;
    qreal radius = 0;
    bool dashed = false;                   // Rect/Line: a "4 3" dash
    QVector<qreal> dashes;                 // Rect/Path: dash and gap lengths in px; empty = solid
    Qt::PenCapStyle cap = Qt::FlatCap;     // Path
    Qt::PenJoinStyle join = Qt::RoundJoin; // Path
    std::optional<QPointF> baseline;       // Text: where the baseline starts (instead of rect and align)
    std::optional<QFont> textFont;         // Text: the font (pixel-sized); default font(pixelSize, bold)
    QString text;
    qreal pixelSize = 13;
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    QString tip;     // tooltip on screen, <title> in SVG
    int target = -1; // what a click on it means to the view (an index the layout defines); -1: nothing
    QString role; // what the layout drew it as ("axis-label", "bar", "value", "legend", "cell"...): for tests
                  // and the SVG class
    QString id;   // Begin: the SVG id (a valid XML Name, unique in the list)
    QString desc; // Begin: the SVG <desc>
};

struct DrawList
{
    QSizeF size;
    QPointF origin; // the top left corner of what is drawn (the SVG viewBox origin)
    QColor background;
    QString title;        // the SVG document's <title>
    QString fontFamilies; // the SVG font-family list; empty = fontFamily()
    QVector<Op> ops;

    Op &rect(const QRectF &r, const QColor &fill, const QColor &stroke = {}, qreal strokeWidth = 0);
    Op &line(const QLineF &l, const QColor &stroke, qreal width = 1);
    Op &text(const QRectF &box, const QString &text, const QColor &color, qreal pixelSize, bool bold = false,
             Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    // A filled and/or stroked path (an invalid colour or a zero width leaves that part out).
    Op &path(const QPainterPath &p, const QColor &fill, const QColor &stroke = {}, qreal strokeWidth = 0);
    // One line of text in `f` whose baseline starts at `baseline`.
    Op &run(const QPointF &baseline, const QString &text, const QFont &f, const QColor &color);
    Op &begin(const QString &cls, const QString &id = {}, const QString &title = {},
              const QString &desc = {});
    void end();
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
// The font a text op is drawn in.
QFont fontOf(const Op &op);

void paint(const DrawList &list, QPainter *painter);
QByteArray toSvg(const DrawList &list);
QImage toImage(const DrawList &list, qreal devicePixelRatio);

// The last (topmost) op containing `point` with a target, or -1; its tooltip through tipAt.
int hitTest(const DrawList &list, const QPointF &point);
QString tipAt(const DrawList &list, const QPointF &point);

} // namespace ae::draw

// SPDX-License-Identifier: MIT
// Node outlines, icons and text boxes per kind. Pure geometry: both the painter and the SVG writer draw these
// paths, and the layout asks nodeSize() how big each node must be.
#include "diagram/shapes.h"
#include "diagram/notes.h"

#include <QFontMetricsF>
#include <QtMath>

namespace ae::diagram {

namespace {

constexpr qreal kPadX = 12;
constexpr qreal kPadY = 9;
constexpr qreal kIcon = 16;
constexpr qreal kIconGap = 8;
constexpr qreal kRadius = 6;
constexpr qreal kRimRy = 6;     // cylinder and bucket rim half-height
constexpr qreal kStackStep = 4; // queue/stream: offset of each card behind
constexpr qreal kHead = 9;      // user: head radius
constexpr qreal kFold = 11;     // note: folded corner
constexpr qreal kMinW = 92;
constexpr qreal kMinH = 40;

bool isCylinder(NodeKind k)
{
    switch (k) {
    case NodeKind::Database:
    case NodeKind::DocumentStore:
    case NodeKind::KeyValue:
    case NodeKind::Cache:
    case NodeKind::GraphDatabase:
    case NodeKind::VectorDatabase:
    case NodeKind::TimeSeries:
    case NodeKind::Warehouse:
        return true;
    default:
        return false;
    }
}

bool isStack(NodeKind k)
{
    return k == NodeKind::Queue || k == NodeKind::Stream;
}

// The part of the node's rect that holds icon + text (the "body"), per shape.
QRectF bodyRect(NodeKind kind, const QRectF &r)
{
    if (isCylinder(kind))
        return r.adjusted(0, 2 * kRimRy, 0, -kRimRy * 0.5);
    if (isStack(kind))
        return r.adjusted(0, 2 * kStackStep, -2 * kStackStep, 0);
    switch (kind) {
    case NodeKind::ObjectStorage:
        return r.adjusted(4, 2 * kRimRy, -4, 0);
    case NodeKind::Cdn:
        return r.adjusted(14, 10, -14, -6);
    case NodeKind::User:
        return r.adjusted(0, 2 * kHead + 2, 0, 0);
    case NodeKind::Note:
        return r.adjusted(0, 0, -kFold * 0.5, 0);
    default:
        return r;
    }
}

QSizeF extraForShape(NodeKind kind)
{
    if (isCylinder(kind))
        return {0, 2.5 * kRimRy};
    if (isStack(kind))
        return {2 * kStackStep, 2 * kStackStep};
    switch (kind) {
    case NodeKind::ObjectStorage:
        return {8, 2 * kRimRy};
    case NodeKind::Cdn:
        return {28, 16};
    case NodeKind::User:
        return {0, 2 * kHead + 2};
    case NodeKind::Note:
        return {kFold * 0.5, 0};
    default:
        return {0, 0};
    }
}

QPainterPath cylinder(const QRectF &r)
{
    const qreal ry = kRimRy;
    QPainterPath p;
    p.moveTo(r.left(), r.top() + ry);
    p.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * ry), 180, -180);
    p.lineTo(r.right(), r.bottom() - ry);
    p.arcTo(QRectF(r.left(), r.bottom() - 2 * ry, r.width(), 2 * ry), 0, -180);
    p.closeSubpath();
    return p;
}

QPainterPath roundRect(const QRectF &r, qreal radius)
{
    QPainterPath p;
    p.addRoundedRect(r, radius, radius);
    return p;
}

QPainterPath cloud(const QRectF &r)
{
    // Bumps along the top and bottom of a rounded body; built from arcs so it scales with the text.
    const qreal w = r.width();
    const qreal h = r.height();
    QPainterPath p;
    p.moveTo(r.left() + 0.12 * w, r.bottom() - 0.05 * h);
    p.cubicTo(r.left() - 0.03 * w, r.bottom() - 0.05 * h, r.left() - 0.03 * w, r.top() + 0.45 * h,
              r.left() + 0.12 * w, r.top() + 0.42 * h);
    p.cubicTo(r.left() + 0.10 * w, r.top() + 0.10 * h, r.left() + 0.32 * w, r.top() - 0.02 * h,
              r.left() + 0.42 * w, r.top() + 0.14 * h);
    p.cubicTo(r.left() + 0.52 * w, r.top() - 0.06 * h, r.left() + 0.78 * w, r.top() - 0.02 * h,
              r.left() + 0.80 * w, r.top() + 0.26 * h);
    p.cubicTo(r.right() + 0.02 * w, r.top() + 0.22 * h, r.right() + 0.04 * w, r.bottom() - 0.06 * h,
              r.left() + 0.88 * w, r.bottom() - 0.05 * h);
    p.closeSubpath();
    return p;
}

QPainterPath bucket(const QRectF &r)
{
    const qreal ry = kRimRy;
    const qreal inset = 6;
    QPainterPath p;
    p.moveTo(r.left(), r.top() + ry);
    p.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * ry), 180, -180);
    p.lineTo(r.right() - inset, r.bottom() - ry);
    p.arcTo(QRectF(r.left() + inset, r.bottom() - 2 * ry, r.width() - 2 * inset, 2 * ry), 0, -180);
    p.closeSubpath();
    return p;
}

QPainterPath person(const QRectF &r)
{
    QPainterPath p;
    const QRectF body = r.adjusted(0, 2 * kHead + 2, 0, 0);
    p.addRoundedRect(body, 14, 14);
    p.addEllipse(QPointF(r.center().x(), r.top() + kHead + 1), kHead, kHead);
    return p;
}

QPainterPath note(const QRectF &r)
{
    QPainterPath p;
    p.moveTo(r.topLeft());
    p.lineTo(r.right() - kFold, r.top());
    p.lineTo(r.right(), r.top() + kFold);
    p.lineTo(r.bottomRight());
    p.lineTo(r.bottomLeft());
    p.closeSubpath();
    return p;
}

QPainterPath stack(const QRectF &r)
{
    const QRectF front = r.adjusted(0, 2 * kStackStep, -2 * kStackStep, 0);
    QPainterPath p = roundRect(front.translated(2 * kStackStep, -2 * kStackStep), 4);
    p = p.united(roundRect(front.translated(kStackStep, -kStackStep), 4));
    return p.united(roundRect(front, 4));
}

} // namespace

QPainterPath nodeOutline(NodeKind kind, const QRectF &rect)
{
    if (isCylinder(kind))
        return cylinder(rect);
    if (isStack(kind))
        return stack(rect);
    switch (kind) {
    case NodeKind::ObjectStorage:
        return bucket(rect);
    case NodeKind::Cdn:
        return cloud(rect);
    case NodeKind::User:
        return person(rect);
    case NodeKind::Note:
        return note(rect);
    case NodeKind::Gateway: {
        // A lozenge-ended box: reads as "a door between sides".
        const qreal d = qMin<qreal>(10, rect.height() / 3);
        QPainterPath p;
        p.moveTo(rect.left() + d, rect.top());
        p.lineTo(rect.right() - d, rect.top());
        p.lineTo(rect.right(), rect.center().y());
        p.lineTo(rect.right() - d, rect.bottom());
        p.lineTo(rect.left() + d, rect.bottom());
        p.lineTo(rect.left(), rect.center().y());
        p.closeSubpath();
        return p;
    }
    default:
        return roundRect(rect, kRadius);
    }
}

QPainterPath nodeDetail(NodeKind kind, const QRectF &r)
{
    QPainterPath p;
    if (isCylinder(kind)) {
        p.moveTo(r.left(), r.top() + kRimRy);
        p.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * kRimRy), 180, 180);
    } else if (kind == NodeKind::ObjectStorage) {
        p.moveTo(r.left(), r.top() + kRimRy);
        p.arcTo(QRectF(r.left(), r.top(), r.width(), 2 * kRimRy), 180, 180);
    } else if (isStack(kind)) {
        p.addRoundedRect(r.adjusted(0, 2 * kStackStep, -2 * kStackStep, 0), 4, 4);
    } else if (kind == NodeKind::Note) {
        p.moveTo(r.right() - kFold, r.top());
        p.lineTo(r.right() - kFold, r.top() + kFold);
        p.lineTo(r.right(), r.top() + kFold);
    }
    return p;
}

bool dashedOutline(NodeKind kind)
{
    return kind == NodeKind::External;
}

QRectF iconRect(NodeKind kind, const QRectF &nodeRect)
{
    if (kind == NodeKind::Note || kind == NodeKind::Generic || kind == NodeKind::User)
        return {};
    const QRectF body = bodyRect(kind, nodeRect);
    return QRectF(body.left() + kPadX, body.center().y() - kIcon / 2, kIcon, kIcon);
}

QRectF textRect(NodeKind kind, const QRectF &nodeRect)
{
    const QRectF body = bodyRect(kind, nodeRect);
    const QRectF icon = iconRect(kind, nodeRect);
    const qreal left = icon.isEmpty() ? body.left() + kPadX : icon.right() + kIconGap;
    return QRectF(left, body.top() + kPadY * 0.5, body.right() - kPadX - left, body.height() - kPadY);
}

QStringList labelLines(const Node &node)
{
    const QString label = node.label.isEmpty() ? node.id : node.label;
    return label.split(QLatin1Char('\n'));
}

QStringList fieldLines(const Node &node)
{
    QStringList out;
    for (QString field : node.fields) {
        while (field.endsWith(QLatin1Char('\n')))
            field.chop(1);
        out << field.split(QLatin1Char('\n'));
    }
    return out;
}

QSizeF nodeSize(const Node &node, const Theme &theme)
{
    const QSizeF body = nodeBodySize(node, theme);
    if (!drawsNote(node))
        return body;
    const QSizeF note = noteSize(node, theme, body.width());
    return {std::max(body.width(), note.width()), body.height() + note.height()};
}

QSizeF nodeBodySize(const Node &node, const Theme &theme)
{
    if (isPoint(node))
        return namedShapeSize(node, {});
    const QFontMetricsF fm(theme.font);
    const QFontMetricsF small(theme.smallFont);
    qreal w = 0;
    qreal h = 0;
    for (const QString &line : labelLines(node)) {
        w = qMax(w, fm.horizontalAdvance(line));
        h += fm.height();
    }
    QStringList extra;
    if (!node.technology.isEmpty())
        extra << node.technology;
    extra << fieldLines(node);
    for (const QString &line : extra) {
        w = qMax(w, small.horizontalAdvance(line));
        h += small.height();
    }
    if (drawsOwnShape(node)) {
        const bool icon = namedShapeHasIcon(node);
        return namedShapeSize(node, QSizeF(std::max<qreal>(40, w + 2 * kPadX + (icon ? kIcon + kIconGap : 0)),
                                           std::max<qreal>(36, h + 2 * kPadY)));
    }
    const bool hasIcon = !iconRect(node.kind, QRectF(0, 0, 100, 100)).isEmpty();
    w += 2 * kPadX + (hasIcon ? kIcon + kIconGap : 0);
    h += 2 * kPadY;
    const QSizeF extraShape = extraForShape(node.kind);
    w = qMax(kMinW, w) + extraShape.width();
    h = qMax(kMinH, h) + extraShape.height();
    return {std::ceil(w), std::ceil(h)};
}

QSizeF edgeLabelSize(const QString &label, const Theme &theme)
{
    const QFontMetricsF fm(theme.smallFont);
    qreal w = 0;
    const QStringList lines = label.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        w = qMax(w, fm.horizontalAdvance(line));
    return {std::ceil(w + 12), std::ceil(fm.height() * lines.size() + 4)};
}

QSizeF groupTitleSize(const Group &group, const Theme &theme)
{
    const QFontMetricsF fm(theme.titleFont);
    const QString title = group.label.isEmpty() ? group.id : group.label;
    return {std::ceil(fm.horizontalAdvance(title) + 16), std::ceil(fm.height() + 8)};
}

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Outlines drawn by shape name (Node::shape): the shapes Graphviz, D2, Structurizr and Mermaid name, each as
// a close equivalent, sized around the node's text. A name without an outline of its own here draws the
// kind's.
#include "diagram/shapes.h"

#include <QHash>
#include <QtMath>

namespace ae::diagram {

namespace {

enum class Named {
    Kind, // the kind's own outline
    Box,
    Ellipse,
    Circle,
    DoubleCircle,
    Point,
    Diamond,
    Hexagon,
    Octagon,
    DoubleOctagon,
    Pentagon,
    Septagon,
    Triangle,
    InvTriangle,
    Trapezium,
    InvTrapezium,
    Parallelogram,
    House,
    InvHouse,
    Star,
    Folder,
    Box3d,
    Component,
    Plain,
    Underline,
    Cloud,
    Document,
    Page,
    StoredData,
    Step,
    Callout
};

constexpr qreal kPointSize = 10; // a junction's dot
constexpr qreal kSlant = 14;     // hexagon, step, trapezium, house: how far the slanted sides reach in
constexpr qreal kTab = 8;        // folder: the tab's height
constexpr qreal kDepth = 6;      // box3d: the depth drawn
constexpr qreal kTail = 14;      // callout: the tail's height
constexpr qreal kInset = 4;      // doublecircle, doubleoctagon: the gap between the two lines

Named named(const QString &shape)
{
    static const QHash<QString, Named> table = {{QStringLiteral("box"), Named::Box},
                                                {QStringLiteral("rect"), Named::Box},
                                                {QStringLiteral("rectangle"), Named::Box},
                                                {QStringLiteral("square"), Named::Box},
                                                {QStringLiteral("msquare"), Named::Box},
                                                {QStringLiteral("polygon"), Named::Box},
                                                {QStringLiteral("record"), Named::Box},
                                                {QStringLiteral("ellipse"), Named::Ellipse},
                                                {QStringLiteral("oval"), Named::Ellipse},
                                                {QStringLiteral("egg"), Named::Ellipse},
                                                {QStringLiteral("circle"), Named::Circle},
                                                {QStringLiteral("mcircle"), Named::Circle},
                                                {QStringLiteral("doublecircle"), Named::DoubleCircle},
                                                {QStringLiteral("point"), Named::Point},
                                                {QStringLiteral("diamond"), Named::Diamond},
                                                {QStringLiteral("mdiamond"), Named::Diamond},
                                                {QStringLiteral("hexagon"), Named::Hexagon},
                                                {QStringLiteral("octagon"), Named::Octagon},
                                                {QStringLiteral("doubleoctagon"), Named::DoubleOctagon},
                                                {QStringLiteral("tripleoctagon"), Named::DoubleOctagon},
                                                {QStringLiteral("pentagon"), Named::Pentagon},
                                                {QStringLiteral("septagon"), Named::Septagon},
                                                {QStringLiteral("triangle"), Named::Triangle},
                                                {QStringLiteral("invtriangle"), Named::InvTriangle},
                                                {QStringLiteral("trapezium"), Named::Trapezium},
                                                {QStringLiteral("invtrapezium"), Named::InvTrapezium},
                                                {QStringLiteral("parallelogram"), Named::Parallelogram},
                                                {QStringLiteral("house"), Named::House},
                                                {QStringLiteral("invhouse"), Named::InvHouse},
                                                {QStringLiteral("star"), Named::Star},
                                                {QStringLiteral("folder"), Named::Folder},
                                                {QStringLiteral("tab"), Named::Folder},
                                                {QStringLiteral("package"), Named::Folder},
                                                {QStringLiteral("box3d"), Named::Box3d},
                                                {QStringLiteral("component"), Named::Component},
                                                {QStringLiteral("plaintext"), Named::Plain},
                                                {QStringLiteral("plain"), Named::Plain},
                                                {QStringLiteral("none"), Named::Plain},
                                                {QStringLiteral("text"), Named::Plain},
                                                {QStringLiteral("underline"), Named::Underline},
                                                {QStringLiteral("cloud"), Named::Cloud},
                                                {QStringLiteral("document"), Named::Document},
                                                {QStringLiteral("page"), Named::Page},
                                                {QStringLiteral("stored_data"), Named::StoredData},
                                                {QStringLiteral("step"), Named::Step},
                                                {QStringLiteral("cds"), Named::Step},
                                                {QStringLiteral("rarrow"), Named::Step},
                                                {QStringLiteral("callout"), Named::Callout}};
    return shape.isEmpty() ? Named::Kind : table.value(shape.toLower(), Named::Kind);
}

// How a shape grows around the box its text needs: scaled (an ellipse's text sits in its middle), then
// margins added where the shape spends room on something else (a folder's tab, a callout's tail).
struct Fit
{
    qreal sx = 1, sy = 1;
    QMarginsF extra;
    bool square = false; // circles
    bool icon = true;    // room for the kind's icon beside the text
};

Fit fitOf(Named s)
{
    Fit f;
    switch (s) {
    case Named::Ellipse:
        f.sx = 1.25;
        f.sy = 1.3;
        break;
    case Named::Circle:
        f.sx = f.sy = 1.15;
        f.square = true;
        f.icon = false;
        break;
    case Named::DoubleCircle:
        f.sx = f.sy = 1.15;
        f.extra = {kInset, kInset, kInset, kInset};
        f.square = true;
        f.icon = false;
        break;
    case Named::Diamond:
        f.sx = f.sy = 1.7;
        f.icon = false;
        break;
    case Named::Star:
        f.sx = f.sy = 2.2;
        f.icon = false;
        break;
    case Named::Triangle:
    case Named::InvTriangle:
        f.sx = 2;
        f.sy = 1.6;
        f.icon = false;
        break;
    case Named::Pentagon:
    case Named::Septagon:
        f.sx = 1.2;
        f.sy = 1.3;
        break;
    case Named::Hexagon:
    case Named::Trapezium:
    case Named::InvTrapezium:
    case Named::Parallelogram:
    case Named::Step:
        f.extra = {kSlant, 0, kSlant, 0};
        break;
    case Named::Octagon:
        f.extra = {kSlant * 0.7, 0, kSlant * 0.7, 0};
        break;
    case Named::DoubleOctagon:
        f.extra = {kSlant * 0.7 + kInset, kInset, kSlant * 0.7 + kInset, kInset};
        break;
    case Named::House:
        f.extra = {0, kSlant, 0, 0};
        break;
    case Named::InvHouse:
        f.extra = {0, 0, 0, kSlant};
        break;
    case Named::Folder:
        f.extra = {0, kTab, 0, 0};
        break;
    case Named::Box3d:
        f.extra = {0, kDepth, kDepth, 0};
        break;
    case Named::Component:
        f.extra = {kDepth, 0, 0, 0};
        break;
    case Named::Cloud:
        f.extra = {14, 10, 14, 6};
        break;
    case Named::Document:
        f.extra = {0, 0, 0, 10};
        break;
    case Named::Page:
        f.extra = {0, 0, 6, 0};
        break;
    case Named::StoredData:
        f.extra = {10, 0, 10, 0};
        break;
    case Named::Callout:
        f.extra = {0, 0, 0, kTail};
        break;
    case Named::Kind:
    case Named::Box:
    case Named::Point:
    case Named::Plain:
    case Named::Underline:
        break;
    }
    return f;
}

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath p;
    p.addPolygon(QPolygonF(QVector<QPointF>(points)));
    p.closeSubpath();
    return p;
}

// `n` corners on the ellipse inscribed in r, the first at the top; `inner` > 0 alternates with that radius
// (a star).
QPainterPath regular(const QRectF &r, int n, qreal inner = 0)
{
    QPolygonF poly;
    const int count = inner > 0 ? 2 * n : n;
    for (int i = 0; i < count; ++i) {
        const qreal k = inner > 0 && i % 2 ? inner : 1.0;
        const qreal a = -M_PI / 2 + 2 * M_PI * i / count;
        poly << QPointF(r.center().x() + k * r.width() / 2 * std::cos(a),
                        r.center().y() + k * r.height() / 2 * std::sin(a));
    }
    QPainterPath p;
    p.addPolygon(poly);
    p.closeSubpath();
    return p;
}

QRectF centredSquare(const QRectF &r)
{
    const qreal side = std::min(r.width(), r.height());
    return {r.center().x() - side / 2, r.center().y() - side / 2, side, side};
}

QPainterPath octagon(const QRectF &r)
{
    const qreal d = std::min(kSlant * 0.7, std::min(r.width(), r.height()) / 3);
    return polygon({{r.left() + d, r.top()},
                    {r.right() - d, r.top()},
                    {r.right(), r.top() + d},
                    {r.right(), r.bottom() - d},
                    {r.right() - d, r.bottom()},
                    {r.left() + d, r.bottom()},
                    {r.left(), r.bottom() - d},
                    {r.left(), r.top() + d}});
}

QPainterPath outline(Named s, const QRectF &r)
{
    const qreal l = r.left(), t = r.top(), rt = r.right(), b = r.bottom();
    const qreal cx = r.center().x(), cy = r.center().y(), w = r.width();
    const qreal d = std::min(kSlant, w / 4);
    QPainterPath p;
    switch (s) {
    case Named::Kind:
    case Named::Plain:
    case Named::Underline:
        return p;
    case Named::Box:
        p.addRect(r);
        return p;
    case Named::Ellipse:
    case Named::Point:
        p.addEllipse(r);
        return p;
    case Named::Circle:
    case Named::DoubleCircle:
        p.addEllipse(centredSquare(r));
        return p;
    case Named::Diamond:
        return polygon({{cx, t}, {rt, cy}, {cx, b}, {l, cy}});
    case Named::Hexagon:
        return polygon({{l + d, t}, {rt - d, t}, {rt, cy}, {rt - d, b}, {l + d, b}, {l, cy}});
    case Named::Octagon:
    case Named::DoubleOctagon:
        return octagon(r);
    case Named::Pentagon:
        return regular(r, 5);
    case Named::Septagon:
        return regular(r, 7);
    case Named::Star:
        return regular(r, 5, 0.45);
    case Named::Triangle:
        return polygon({{cx, t}, {rt, b}, {l, b}});
    case Named::InvTriangle:
        return polygon({{l, t}, {rt, t}, {cx, b}});
    case Named::Trapezium:
        return polygon({{l + d, t}, {rt - d, t}, {rt, b}, {l, b}});
    case Named::InvTrapezium:
        return polygon({{l, t}, {rt, t}, {rt - d, b}, {l + d, b}});
    case Named::Parallelogram:
        return polygon({{l + d, t}, {rt, t}, {rt - d, b}, {l, b}});
    case Named::House:
        return polygon({{cx, t}, {rt, t + kSlant}, {rt, b}, {l, b}, {l, t + kSlant}});
    case Named::InvHouse:
        return polygon({{l, t}, {rt, t}, {rt, b - kSlant}, {cx, b}, {l, b - kSlant}});
    case Named::Folder: {
        const qreal tab = std::min(w * 0.35, 60.0);
        return polygon({{l, t}, {l + tab, t}, {l + tab + kTab, t + kTab}, {rt, t + kTab}, {rt, b}, {l, b}});
    }
    case Named::Box3d:
        return polygon(
            {{l, t + kDepth}, {l + kDepth, t}, {rt, t}, {rt, b - kDepth}, {rt - kDepth, b}, {l, b}});
    case Named::Component: {
        p.addRect(r.adjusted(kDepth, 0, 0, 0));
        QPainterPath tabs;
        tabs.addRect(QRectF(l, t + r.height() * 0.25 - 4, 2 * kDepth, 8));
        tabs.addRect(QRectF(l, t + r.height() * 0.75 - 4, 2 * kDepth, 8));
        return p.united(tabs);
    }
    case Named::Cloud:
        return nodeOutline(NodeKind::Cdn, r);
    case Named::Page:
        return nodeOutline(NodeKind::Note, r);
    case Named::Document:
        p.moveTo(l, t);
        p.lineTo(rt, t);
        p.lineTo(rt, b - 6);
        p.cubicTo(rt - w * 0.25, b - 16, l + w * 0.3, b + 6, l, b - 4);
        p.closeSubpath();
        return p;
    case Named::StoredData:
        p.moveTo(l + 10, t);
        p.lineTo(rt, t);
        p.quadTo(rt - 14, cy, rt, b);
        p.lineTo(l + 10, b);
        p.quadTo(l - 6, cy, l + 10, t);
        p.closeSubpath();
        return p;
    case Named::Step:
        return polygon({{l, t}, {rt - d, t}, {rt, cy}, {rt - d, b}, {l, b}, {l + d, cy}});
    case Named::Callout:
        return polygon({{l, t},
                        {rt, t},
                        {rt, b - kTail},
                        {l + w * 0.45, b - kTail},
                        {l + w * 0.3, b},
                        {l + w * 0.3, b - kTail},
                        {l, b - kTail}});
    }
    return p;
}

QPainterPath detail(Named s, const QRectF &r)
{
    QPainterPath p;
    switch (s) {
    case Named::DoubleCircle:
        p.addEllipse(centredSquare(r).adjusted(kInset, kInset, -kInset, -kInset));
        break;
    case Named::DoubleOctagon:
        p = octagon(r.adjusted(kInset, kInset, -kInset, -kInset));
        break;
    case Named::Box3d:
        p.moveTo(r.left(), r.top() + kDepth);
        p.lineTo(r.right() - kDepth, r.top() + kDepth);
        p.lineTo(r.right(), r.top());
        p.moveTo(r.right() - kDepth, r.top() + kDepth);
        p.lineTo(r.right() - kDepth, r.bottom());
        break;
    case Named::Component:
        p.addRect(QRectF(r.left(), r.top() + r.height() * 0.25 - 4, 2 * kDepth, 8));
        p.addRect(QRectF(r.left(), r.top() + r.height() * 0.75 - 4, 2 * kDepth, 8));
        break;
    case Named::Page:
        return nodeDetail(NodeKind::Note, r);
    case Named::Underline:
        p.moveTo(r.bottomLeft());
        p.lineTo(r.bottomRight());
        break;
    default:
        break;
    }
    return p;
}

// The box the text (and icon) go in: the rect without the shape's margins, shrunk by its scale.
QRectF inner(Named s, const QRectF &r)
{
    const Fit f = fitOf(s);
    const QRectF m = r.marginsRemoved(f.extra);
    const QSizeF size(m.width() / f.sx, m.height() / f.sy);
    return {m.center().x() - size.width() / 2, m.center().y() - size.height() / 2, size.width(),
            size.height()};
}

} // namespace

bool drawsOwnShape(const Node &node)
{
    return named(node.shape) != Named::Kind;
}

bool isPoint(const Node &node)
{
    return named(node.shape) == Named::Point;
}

QPainterPath nodeOutline(const Node &node, const QRectF &rect)
{
    const Named s = named(node.shape);
    return s == Named::Kind ? nodeOutline(node.kind, rect) : outline(s, rect);
}

QPainterPath nodeDetail(const Node &node, const QRectF &rect)
{
    const Named s = named(node.shape);
    return s == Named::Kind ? nodeDetail(node.kind, rect) : detail(s, rect);
}

QRectF iconRect(const Node &node, const QRectF &nodeRect)
{
    const Named s = named(node.shape);
    if (s == Named::Kind)
        return iconRect(node.kind, nodeRect);
    if (!fitOf(s).icon || s == Named::Point)
        return {};
    // Generic has no icon; other kinds keep theirs, at the left of the text box.
    return iconRect(node.kind == NodeKind::Note ? NodeKind::Generic : node.kind, inner(s, nodeRect));
}

QRectF textRect(const Node &node, const QRectF &nodeRect)
{
    const Named s = named(node.shape);
    if (s == Named::Kind)
        return textRect(node.kind, nodeRect);
    if (s == Named::Point)
        return {};
    const QRectF box = inner(s, nodeRect);
    const QRectF icon = iconRect(node, nodeRect);
    const qreal padX = 12, padY = 9;
    const qreal left = icon.isEmpty() ? box.left() + padX : icon.right() + 8;
    return QRectF(left, box.top() + padY * 0.5, box.right() - padX - left, box.height() - padY);
}

QSizeF namedShapeSize(const Node &node, const QSizeF &textBox)
{
    const Named s = named(node.shape);
    if (s == Named::Point)
        return {kPointSize, kPointSize};
    const Fit f = fitOf(s);
    qreal w = textBox.width() * f.sx + f.extra.left() + f.extra.right();
    qreal h = textBox.height() * f.sy + f.extra.top() + f.extra.bottom();
    if (f.square)
        w = h = std::max(w, h);
    else
        w = std::max(w, 69.0); // a short label still reads as a shape, not a tag
    return {std::ceil(w), std::ceil(std::max(h, 36.0))};
}

bool namedShapeHasIcon(const Node &node)
{
    return !iconRect(node, QRectF(0, 0, 200, 200)).isEmpty();
}

} // namespace ae::diagram

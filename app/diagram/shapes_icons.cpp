// SPDX-License-Identifier: MIT
// The small stroked icon of each node kind, drawn in a 16x16 box scaled to the icon rect.
#include "diagram/shapes.h"

#include <QTransform>

namespace ae::diagram {

namespace {

QPainterPath unitIcon(NodeKind kind)
{
    QPainterPath p;
    switch (kind) {
    case NodeKind::Client: // a monitor
        p.addRoundedRect(QRectF(1, 2, 14, 9), 1.5, 1.5);
        p.moveTo(5, 14);
        p.lineTo(11, 14);
        p.moveTo(8, 11);
        p.lineTo(8, 14);
        break;
    case NodeKind::Service: // a cube
        p.moveTo(8, 1);
        p.lineTo(15, 4.5);
        p.lineTo(15, 11.5);
        p.lineTo(8, 15);
        p.lineTo(1, 11.5);
        p.lineTo(1, 4.5);
        p.closeSubpath();
        p.moveTo(1, 4.5);
        p.lineTo(8, 8);
        p.lineTo(15, 4.5);
        p.moveTo(8, 8);
        p.lineTo(8, 15);
        break;
    case NodeKind::Worker: // a gear
        p.addEllipse(QPointF(8, 8), 2.5, 2.5);
        p.addEllipse(QPointF(8, 8), 5.5, 5.5);
        for (int i = 0; i < 8; ++i) {
            const QTransform t = QTransform().translate(8, 8).rotate(45 * i);
            p.moveTo(t.map(QPointF(0, -5.5)));
            p.lineTo(t.map(QPointF(0, -7.5)));
        }
        break;
    case NodeKind::Gateway: // a door with an arrow through it
        p.moveTo(1, 8);
        p.lineTo(11, 8);
        p.moveTo(8, 5);
        p.lineTo(11, 8);
        p.lineTo(8, 11);
        p.moveTo(10, 2);
        p.lineTo(15, 2);
        p.lineTo(15, 14);
        p.lineTo(10, 14);
        break;
    case NodeKind::LoadBalancer: // one input fanning out to three
        p.addEllipse(QPointF(3, 8), 2, 2);
        p.moveTo(5, 8);
        p.lineTo(13, 2);
        p.moveTo(5, 8);
        p.lineTo(13, 8);
        p.moveTo(5, 8);
        p.lineTo(13, 14);
        break;
    case NodeKind::Database: // stacked disks
        p.addEllipse(QRectF(2, 1, 12, 4));
        p.moveTo(2, 3);
        p.lineTo(2, 13);
        p.moveTo(14, 3);
        p.lineTo(14, 13);
        p.moveTo(2, 8);
        p.cubicTo(2, 11, 14, 11, 14, 8);
        p.moveTo(2, 13);
        p.cubicTo(2, 16, 14, 16, 14, 13);
        break;
    case NodeKind::DocumentStore: // a page with a folded corner and lines
        p.moveTo(3, 1);
        p.lineTo(10, 1);
        p.lineTo(13, 4);
        p.lineTo(13, 15);
        p.lineTo(3, 15);
        p.closeSubpath();
        p.moveTo(5.5, 7);
        p.lineTo(10.5, 7);
        p.moveTo(5.5, 10);
        p.lineTo(10.5, 10);
        p.moveTo(5.5, 13);
        p.lineTo(9, 13);
        break;
    case NodeKind::KeyValue: // a key
        p.addEllipse(QPointF(4.5, 8), 3.5, 3.5);
        p.moveTo(8, 8);
        p.lineTo(15, 8);
        p.moveTo(12, 8);
        p.lineTo(12, 11);
        p.moveTo(14.5, 8);
        p.lineTo(14.5, 10.5);
        break;
    case NodeKind::Cache: // a lightning bolt
        p.moveTo(9.5, 1);
        p.lineTo(3.5, 9);
        p.lineTo(8, 9);
        p.lineTo(6.5, 15);
        p.lineTo(12.5, 7);
        p.lineTo(8, 7);
        p.closeSubpath();
        break;
    case NodeKind::Queue: // messages in a row
        for (int i = 0; i < 3; ++i)
            p.addRoundedRect(QRectF(1 + 5 * i, 4, 4, 8), 1, 1);
        break;
    case NodeKind::Stream: // waves
        for (int i = 0; i < 3; ++i) {
            const qreal y = 4 + 4 * i;
            p.moveTo(1, y);
            p.cubicTo(4, y - 3, 6, y + 3, 8.5, y);
            p.cubicTo(11, y - 3, 13, y + 3, 15, y);
        }
        break;
    case NodeKind::ObjectStorage: // a bucket
        p.addEllipse(QRectF(1.5, 2, 13, 4));
        p.moveTo(1.5, 4);
        p.lineTo(3.5, 14);
        p.cubicTo(5, 15.5, 11, 15.5, 12.5, 14);
        p.lineTo(14.5, 4);
        break;
    case NodeKind::SearchIndex: // a magnifier
        p.addEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
        p.moveTo(10, 10);
        p.lineTo(15, 15);
        break;
    case NodeKind::Warehouse: // bars
        p.addRect(QRectF(2, 9, 3, 6));
        p.addRect(QRectF(6.5, 5, 3, 10));
        p.addRect(QRectF(11, 2, 3, 13));
        break;
    case NodeKind::GraphDatabase: // connected nodes
        p.addEllipse(QPointF(3, 4), 2, 2);
        p.addEllipse(QPointF(13, 4), 2, 2);
        p.addEllipse(QPointF(8, 13), 2, 2);
        p.moveTo(5, 4);
        p.lineTo(11, 4);
        p.moveTo(4, 5.8);
        p.lineTo(7, 11.2);
        p.moveTo(12, 5.8);
        p.lineTo(9, 11.2);
        break;
    case NodeKind::VectorDatabase: // arrows from an origin
        p.moveTo(2, 14);
        p.lineTo(14, 3);
        p.moveTo(10, 3);
        p.lineTo(14, 3);
        p.lineTo(14, 7);
        p.moveTo(2, 14);
        p.lineTo(14, 12);
        p.moveTo(2, 14);
        p.lineTo(6, 2);
        break;
    case NodeKind::TimeSeries: // a line chart
        p.moveTo(1, 1);
        p.lineTo(1, 15);
        p.lineTo(15, 15);
        p.moveTo(3, 11);
        p.lineTo(6, 7);
        p.lineTo(9, 10);
        p.lineTo(14, 3);
        break;
    case NodeKind::Cdn: // a globe
        p.addEllipse(QPointF(8, 8), 6.5, 6.5);
        p.addEllipse(QRectF(5, 1.5, 6, 13));
        p.moveTo(1.5, 8);
        p.lineTo(14.5, 8);
        break;
    case NodeKind::External: // a box with an arrow leaving it
        p.moveTo(7, 3);
        p.lineTo(2, 3);
        p.lineTo(2, 14);
        p.lineTo(13, 14);
        p.lineTo(13, 9);
        p.moveTo(7, 9);
        p.lineTo(14, 2);
        p.moveTo(9, 2);
        p.lineTo(14, 2);
        p.lineTo(14, 7);
        break;
    case NodeKind::User:
    case NodeKind::Note:
    case NodeKind::Generic:
        break;
    }
    return p;
}

} // namespace

QPainterPath nodeIcon(NodeKind kind, const QRectF &rect)
{
    if (rect.isEmpty())
        return {};
    const QTransform t =
        QTransform::fromTranslate(rect.left(), rect.top()).scale(rect.width() / 16, rect.height() / 16);
    return t.map(unitIcon(kind));
}

} // namespace ae::diagram

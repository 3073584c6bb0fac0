// SPDX-License-Identifier: MIT
// The drawing list's operations as the diagrams use them, in both back-ends: paths and rects with dash
// patterns, caps, closed shapes, text runs at a baseline, named groups (SVG only: <g> with id, class,
// <title>, <desc>), and a list whose origin is not 0,0.
#include "draw/drawlist.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace ae::draw;

namespace {

QImage painted(const DrawList &list)
{
    QImage image(list.size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.translate(-list.origin);
    paint(list, &p);
    p.end();
    return image;
}

} // namespace

class DrawListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_inSvgOnly()
    {
        DrawList list;
        list.size = QSizeF(40, 20);
        list.begin(QStringLiteral("node database"), QStringLiteral("node-pg"), QStringLiteral("PG <15>"),
                   QStringLiteral("a \"note\""));
        list.rect(QRectF(5, 5, 20, 10), Qt::red);
        list.end();
        const QString svg = QString::fromUtf8(toSvg(list));
        QVERIFY2(svg.contains(QLatin1String(
                     "<g id=\"node-pg\" class=\"node database\">\n<title>PG &lt;15&gt;</title>\n"
                     "<desc>a &quot;note&quot;</desc>\n<rect")),
                 qPrintable(svg));
        QVERIFY(svg.contains(QLatin1String("/>\n</g>\n</svg>")));

        DrawList bare = list;
        bare.ops.removeIf(
            [](const Op &op) { return op.kind == Op::Kind::Begin || op.kind == Op::Kind::End; });
        QCOMPARE(painted(list), painted(bare));
    }

    void path_dashesCapsAndClosedShapes()
    {
        DrawList list;
        list.size = QSizeF(100, 40);
        QPainterPath line(QPointF(0, 10));
        line.lineTo(100, 10);
        Op &dashed = list.path(line, {}, Qt::black, 2);
        dashed.dashes = {6, 4};
        QPainterPath triangle;
        triangle.addPolygon(QPolygonF({QPointF(10, 20), QPointF(30, 20), QPointF(20, 35)}));
        triangle.closeSubpath();
        list.path(triangle, Qt::blue, Qt::black, 1.2).cap = Qt::RoundCap;
        const QString svg = QString::fromUtf8(toSvg(list));
        QVERIFY2(svg.contains(QLatin1String(
                     "<path d=\"M0 10 L100 10\" fill=\"none\" stroke=\"#000000\" "
                     "stroke-width=\"2\" stroke-dasharray=\"6,4\" stroke-linejoin=\"round\"/>")),
                 qPrintable(svg));
        QVERIFY2(svg.contains(QLatin1String("d=\"M10 20 L30 20 L20 35 Z\" fill=\"#0000ff\"")),
                 qPrintable(svg));
        QVERIFY(svg.contains(QLatin1String("stroke-linecap=\"round\"")));

        // QPainter: ink in the dashes, none in the gaps (6 px on, 4 px off from x = 0).
        const QImage image = painted(list);
        QCOMPARE(image.pixelColor(3, 10).name(), QStringLiteral("#000000"));
        QCOMPARE(image.pixelColor(8, 10).name(), QStringLiteral("#ffffff"));
        QCOMPARE(image.pixelColor(13, 10).name(), QStringLiteral("#000000"));
        QCOMPARE(image.pixelColor(20, 25).name(), QStringLiteral("#0000ff"));
    }

    // A group's dashed frame: the same dashes in both back-ends, with butt ends (a square cap would lengthen
    // each painted dash by the pen's width and shorten the gaps SVG leaves).
    void rect_dashes()
    {
        DrawList list;
        list.size = QSizeF(100, 40);
        Op &frame = list.rect(QRectF(0, 10, 100, 20), {}, Qt::black, 2);
        frame.dashes = {6, 4};
        const QString svg = QString::fromUtf8(toSvg(list));
        QVERIFY2(
            svg.contains(QLatin1String("<rect x=\"0\" y=\"10\" width=\"100\" height=\"20\" fill=\"none\" "
                                       "stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6,4\"/>")),
            qPrintable(svg));
        const QImage image = painted(list);
        QCOMPARE(image.pixelColor(3, 10).name(), QStringLiteral("#000000"));
        QCOMPARE(image.pixelColor(6, 10).name(), QStringLiteral("#ffffff")); // just past the first dash
        QCOMPARE(image.pixelColor(8, 10).name(), QStringLiteral("#ffffff"));
        QCOMPARE(image.pixelColor(13, 10).name(), QStringLiteral("#000000"));
    }

    void run_atItsBaselineInItsFont()
    {
        DrawList list;
        list.size = QSizeF(200, 40);
        QFont f = font(17, true);
        list.run(QPointF(12.5, 30), QStringLiteral("Orders  API"), f, Qt::darkGreen);
        const QString svg = QString::fromUtf8(toSvg(list));
        QVERIFY2(svg.contains(QLatin1String("<text x=\"12.5\" y=\"30\" font-size=\"17\" font-weight=\"bold\" "
                                            "fill=\"#008000\" xml:space=\"preserve\">Orders  API</text>")),
                 qPrintable(svg));
    }

    void origin_isTheViewBoxAndThePaintedCorner()
    {
        DrawList list;
        list.size = QSizeF(30, 20);
        list.origin = QPointF(100, 50);
        list.background = Qt::yellow;
        list.rect(QRectF(100, 50, 10, 10), Qt::red);
        QVERIFY(toSvg(list).contains("viewBox=\"100 50 30 20\""));
        QVERIFY(toSvg(list).contains("<rect class=\"background\" x=\"100\" y=\"50\""));
        const QImage image = toImage(list, 1.0);
        QCOMPARE(image.pixelColor(2, 2).name(), QStringLiteral("#ff0000"));
        QCOMPARE(image.pixelColor(20, 15).name(), QStringLiteral("#ffff00"));
    }
};

QTEST_MAIN(DrawListTest)
#include "drawlist_test.moc"

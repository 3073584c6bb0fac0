// SPDX-License-Identifier: MIT
// Layout of what groups add to the language: edges that end on a group's frame, and `columns: N` packing the
// unconnected members of a group into a grid rather than one long row.
#include "diagram/layout.h"
#include "diagram/parser.h"

#include <QtTest>

using namespace ae::diagram;

namespace {

// Distance from p to the nearest side of r (0 on the border, whether p is inside or outside).
qreal distanceToBorder(const QPointF &p, const QRectF &r)
{
    if (r.contains(p))
        return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
    const qreal dx = std::max<qreal>({0, r.left() - p.x(), p.x() - r.right()});
    const qreal dy = std::max<qreal>({0, r.top() - p.y(), p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

LaidOutDiagram laidOut(const QString &text)
{
    const ParseResult parsed = parseArch(text);
    for (const ae::Diagnostic &d : parsed.diagnostics)
        if (d.severity == ae::Diagnostic::Severity::Error)
            qWarning() << d.line << d.column << d.message;
    const LayoutResult r = layoutDiagram(parsed.diagram, Theme::light());
    if (!r.ok)
        qWarning() << r.error;
    return r.diagram;
}

QRectF groupRect(const LaidOutDiagram &d, const QString &id)
{
    const int g = d.diagram.indexOfGroup(id);
    return g >= 0 ? d.groups[g].rect : QRectF();
}

} // namespace

class GroupLayoutTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupEdges_endOnTheGroupsBorder_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("label");
        for (const char *dir : {"right", "down"})
            for (const char *label : {"", " : promotes"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1%2").arg(QLatin1String(dir), QLatin1String(label))))
                    << QString::fromLatin1(dir) << QString::fromLatin1(label);
    }

    void groupEdges_endOnTheGroupsBorder()
    {
        QFETCH(QString, direction);
        QFETCH(QString, label);
        const LaidOutDiagram d =
            laidOut(QStringLiteral("direction %1\n"
                                   "group build \"Build\" {\n  worker compile\n  storage artifacts\n}\n"
                                   "group test \"Test\" {\n  worker grid\n  service runner\n}\n"
                                   "service deploy\n"
                                   "build => test%2\ndeploy -> build\ngrid -> deploy\n")
                        .arg(direction, label));
        QCOMPARE(d.edges.size(), 3);
        const QRectF build = groupRect(d, QStringLiteral("build")),
                     test = groupRect(d, QStringLiteral("test"));
        QVERIFY(!build.isEmpty() && !test.isEmpty());
        // build => test: both ends on a frame.
        const QVector<QPointF> &groupToGroup = d.edges[0].points;
        QVERIFY(groupToGroup.size() >= 4);
        QVERIFY2(distanceToBorder(groupToGroup.first(), build) <= 2.0,
                 qPrintable(QStringLiteral("tail %1 px from the frame")
                                .arg(distanceToBorder(groupToGroup.first(), build))));
        QVERIFY2(distanceToBorder(groupToGroup.last(), test) <= 2.0,
                 qPrintable(QStringLiteral("head %1 px from the frame")
                                .arg(distanceToBorder(groupToGroup.last(), test))));
        // deploy -> build: the head on build's frame, not on the member it was laid out towards.
        const QVector<QPointF> &toGroup = d.edges[1].points;
        QVERIFY(toGroup.size() >= 4);
        QVERIFY(distanceToBorder(toGroup.last(), build) <= 2.0);
        QVERIFY(d.nodeRect(QStringLiteral("deploy")).adjusted(-2, -2, 2, 2).contains(toGroup.first()));
    }

    void columns_packUnconnectedMembersIntoASquareBlock_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::newRow("right") << QStringLiteral("right");
        QTest::newRow("down") << QStringLiteral("down");
    }

    void columns_packUnconnectedMembersIntoASquareBlock()
    {
        QFETCH(QString, direction);
        QString text = QStringLiteral("direction %1\ngroup pool \"Pool\" [columns: 3] {\n").arg(direction);
        for (int i = 1; i <= 9; ++i)
            text += QStringLiteral("  service s%1\n").arg(i);
        text += QStringLiteral("}\n");
        const LaidOutDiagram d = laidOut(text);
        QCOMPARE(d.nodes.size(), 9);
        QRectF box;
        for (const LaidOutNode &n : d.nodes)
            box = box.isNull() ? n.rect : box.united(n.rect);
        const qreal aspect = std::max(box.width(), box.height()) / std::min(box.width(), box.height());
        // 3 x 3 boxes about 92 x 40 px come out 340 x 170 going right: exactly 2 (one row would be ~27).
        QVERIFY2(aspect <= 2.0, qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
        // Three distinct columns (x) and three distinct rows (y).
        QSet<int> xs, ys;
        for (const LaidOutNode &n : d.nodes) {
            xs.insert(qRound(n.rect.center().x()));
            ys.insert(qRound(n.rect.center().y()));
        }
        QCOMPARE(xs.size(), 3);
        QCOMPARE(ys.size(), 3);
    }

    void groupDirection_acrossTheFlow_linesMembersUpThatWay_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("label");
        for (const char *label : {"", " : next"}) {
            for (const auto &[diagram, group] :
                 {std::pair{"right", "down"}, std::pair{"right", "up"}, std::pair{"left", "down"},
                  std::pair{"down", "right"}, std::pair{"down", "left"}, std::pair{"up", "right"}})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 in %2%3")
                                   .arg(QLatin1String(group), QLatin1String(diagram), QLatin1String(label))))
                    << QString::fromLatin1(diagram) << QString::fromLatin1(group)
                    << QString::fromLatin1(label);
        }
    }

    void groupDirection_acrossTheFlow_linesMembersUpThatWay()
    {
        QFETCH(QString, diagram);
        QFETCH(QString, group);
        QFETCH(QString, label);
        const LaidOutDiagram d =
            laidOut(QStringLiteral("direction %1\nservice in\ngroup g \"G\" [direction: %2] {\n"
                                   "  service a\n  service b\n  service c\n}\n"
                                   "a -> b%3\nb -> c%3\nin -> a\n")
                        .arg(diagram, group, label));
        const QPointF a = d.nodeRect(QStringLiteral("a")).center(),
                      b = d.nodeRect(QStringLiteral("b")).center(),
                      c = d.nodeRect(QStringLiteral("c")).center();
        const bool vertical = group == u"down" || group == u"up";
        // One column (or row), not a line along the diagram's flow...
        QCOMPARE(qRound(vertical ? a.x() : a.y()), qRound(vertical ? c.x() : c.y()));
        // ...in the group's direction: a, then b, then c.
        const auto along = [&](const QPointF &p) {
            return group == u"down" ? p.y() : group == u"up" ? -p.y() : group == u"right" ? p.x() : -p.x();
        };
        QVERIFY2(along(a) < along(b) && along(b) < along(c),
                 qPrintable(QStringLiteral("a %1, b %2, c %3").arg(along(a)).arg(along(b)).arg(along(c))));
        // The edges still join their nodes.
        QCOMPARE(d.edges.size(), 3);
        for (int i = 0; i < 2; ++i) {
            const Edge &e = d.diagram.edges[i];
            QVERIFY(d.nodeRect(e.from).adjusted(-3, -3, 3, 3).contains(d.edges[i].points.first()));
            QVERIFY(d.nodeRect(e.to).adjusted(-3, -3, 3, 3).contains(d.edges[i].points.last()));
        }
    }
};

QTEST_MAIN(GroupLayoutTest)
#include "group_layout_test.moc"

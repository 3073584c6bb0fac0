// SPDX-License-Identifier: MIT
// Layout through the helper process: geometry invariants a reader relies on (nothing overlaps, edges touch
// their nodes, frames hold their members), determinism, and clean errors when the helper hangs, crashes or is
// missing.
#include "diagram/layout.h"
#include "diagram/parser.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace ae::diagram;

Q_DECLARE_METATYPE(ae::diagram::Diagram)

namespace {

Node node(const QString &id, NodeKind kind = NodeKind::Service, const QString &group = {},
          const QString &tech = {})
{
    Node n;
    n.id = id;
    n.label = id;
    n.kind = kind;
    n.group = group;
    n.technology = tech;
    return n;
}

Edge edge(const QString &from, const QString &to, const QString &label = {},
          EdgeStyle style = EdgeStyle::Sync)
{
    Edge e;
    e.from = from;
    e.to = to;
    e.label = label;
    e.style = style;
    return e;
}

Group group(const QString &id, const QString &kind = {}, const QString &parent = {})
{
    Group g;
    g.id = id;
    g.label = id;
    g.kind = kind;
    g.parent = parent;
    return g;
}

// A checkout-like system: groups two deep, labelled edges crossing group borders, every edge style, a hint.
Diagram checkoutDiagram()
{
    Diagram d;
    d.title = QStringLiteral("Checkout");
    d.groups = {group(QStringLiteral("eu"), QStringLiteral("region")),
                group(QStringLiteral("az1"), QStringLiteral("zone"), QStringLiteral("eu"))};
    d.nodes = {
        node(QStringLiteral("shopper"), NodeKind::User),
        node(QStringLiteral("edge"), NodeKind::Gateway, {}, QStringLiteral("Envoy")),
        node(QStringLiteral("orders"), NodeKind::Service, QStringLiteral("az1"), QStringLiteral("Java 17")),
        node(QStringLiteral("pg"), NodeKind::Database, QStringLiteral("eu"), QStringLiteral("PostgreSQL 15")),
        node(QStringLiteral("replica"), NodeKind::Database, QStringLiteral("az1")),
        node(QStringLiteral("stock"), NodeKind::Cache, {}, QStringLiteral("Redis 7")),
        node(QStringLiteral("events"), NodeKind::Stream, {}, QStringLiteral("Apache Kafka")),
        node(QStringLiteral("media"), NodeKind::ObjectStorage),
        node(QStringLiteral("cdn"), NodeKind::Cdn)};
    d.edges = {edge(QStringLiteral("shopper"), QStringLiteral("edge"), QStringLiteral("HTTPS")),
               edge(QStringLiteral("edge"), QStringLiteral("orders")),
               edge(QStringLiteral("orders"), QStringLiteral("pg"), QStringLiteral("INSERT order")),
               edge(QStringLiteral("orders"), QStringLiteral("events"), QStringLiteral("OrderPlaced"),
                    EdgeStyle::Async),
               edge(QStringLiteral("pg"), QStringLiteral("replica"), QStringLiteral("replication"),
                    EdgeStyle::Replication),
               edge(QStringLiteral("orders"), QStringLiteral("stock")),
               edge(QStringLiteral("cdn"), QStringLiteral("media")),
               edge(QStringLiteral("shopper"), QStringLiteral("cdn"))};
    d.edges[5].bothWays = true;
    RankHint hint;
    hint.ids = {QStringLiteral("pg"), QStringLiteral("stock")};
    d.hints = {hint};
    return d;
}

// The equivalent of /work/shared/corpus/graphviz-double-free.dot: clusters plus labelled edges between them,
// which crashes Graphviz 2.42 when edge `label`s are used.
Diagram doubleFreeDiagram()
{
    Diagram d;
    for (int c = 0; c < 4; ++c)
        d.groups.append(group(QStringLiteral("c%1").arg(c), QStringLiteral("zone")));
    for (int i = 0; i < 16; ++i)
        d.nodes.append(
            node(QStringLiteral("n%1").arg(i), NodeKind::Service, QStringLiteral("c%1").arg(i % 4)));
    for (int i = 0; i < 16; ++i) {
        d.edges.append(edge(QStringLiteral("n%1").arg(i), QStringLiteral("n%1").arg((i * 5 + 3) % 16),
                            QStringLiteral("call %1").arg(i)));
    }
    return d;
}

Diagram parsedFile(const QString &name)
{
    QFile f(QStringLiteral(AE_TEST_DATA "/diagram/render/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseArch(QString::fromUtf8(f.readAll())).diagram;
}

qreal distanceToBorder(const QPointF &p, const QRectF &r)
{
    if (r.contains(p))
        return qMin(qMin(p.x() - r.left(), r.right() - p.x()), qMin(p.y() - r.top(), r.bottom() - p.y()));
    const qreal dx = qMax<qreal>(0, qMax(r.left() - p.x(), p.x() - r.right()));
    const qreal dy = qMax<qreal>(0, qMax(r.top() - p.y(), p.y() - r.bottom()));
    return std::hypot(dx, dy);
}

} // namespace

class LayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!layoutHelperPath().isEmpty(), "archexplorer-layout not found (AE_LAYOUT_HELPER)");
    }

    void layout_invariants_data()
    {
        QTest::addColumn<Diagram>("diagram");
        QTest::newRow("checkout") << checkoutDiagram();
        Diagram down = checkoutDiagram();
        down.direction = Direction::Down;
        QTest::newRow("checkout-down") << down;
        QTest::newRow("clusters-with-labels") << doubleFreeDiagram();
        QTest::newRow("every-kind.arch") << parsedFile(QStringLiteral("every-kind.arch"));
        QTest::newRow("pipeline.arch") << parsedFile(QStringLiteral("pipeline.arch"));
    }

    void layout_invariants()
    {
        QFETCH(Diagram, diagram);
        QVERIFY(!diagram.nodes.isEmpty());
        const LayoutResult r = layoutDiagram(diagram, Theme::light());
        QVERIFY2(r.ok, qPrintable(r.error));
        const LaidOutDiagram &d = r.diagram;
        QCOMPARE(d.nodes.size(), diagram.nodes.size());
        QCOMPARE(d.edges.size(), diagram.edges.size());
        QCOMPARE(d.groups.size(), diagram.groups.size());

        // No two nodes overlap; every node is inside the drawing.
        for (int i = 0; i < d.nodes.size(); ++i) {
            QVERIFY2(!d.nodes[i].rect.isEmpty(), qPrintable(diagram.nodes[i].id));
            QVERIFY(d.bounds.contains(d.nodes[i].rect));
            for (int j = i + 1; j < d.nodes.size(); ++j) {
                const QRectF overlap = d.nodes[i].rect.intersected(d.nodes[j].rect);
                QVERIFY2(
                    overlap.width() * overlap.height() < 0.5,
                    qPrintable(diagram.nodes[i].id + QStringLiteral(" overlaps ") + diagram.nodes[j].id));
            }
        }
        // Edges start and end on the border of their nodes; labels sit clear of every node.
        for (const LaidOutEdge &e : d.edges) {
            const Edge &edge = diagram.edges[e.index];
            QVERIFY2(e.points.size() >= 4 && (e.points.size() - 1) % 3 == 0, qPrintable(edge.from));
            const QRectF from = d.nodeRect(edge.from);
            const QRectF to = d.nodeRect(edge.to);
            const QString what = edge.from + QStringLiteral(" -> ") + edge.to;
            QVERIFY2(distanceToBorder(e.points.first(), from) < 2.0, qPrintable(what));
            QVERIFY2(distanceToBorder(e.points.last(), to) < 2.0, qPrintable(what));
            QCOMPARE(e.labelRect.isEmpty(), edge.label.isEmpty());
            for (const LaidOutNode &n : d.nodes) {
                const QRectF overlap = e.labelRect.intersected(n.rect);
                QVERIFY2(overlap.width() * overlap.height() < 0.5, qPrintable(what));
            }
        }
        // Group frames contain their member nodes and child groups.
        for (const LaidOutGroup &g : d.groups) {
            const Group &group = diagram.groups[g.index];
            QVERIFY2(!g.rect.isEmpty(), qPrintable(group.id));
            QVERIFY(g.rect.contains(g.titleRect));
            for (const LaidOutNode &n : d.nodes) {
                if (diagram.nodes[n.index].group == group.id)
                    QVERIFY2(g.rect.contains(n.rect), qPrintable(diagram.nodes[n.index].id));
            }
            for (const LaidOutGroup &child : d.groups) {
                if (diagram.groups[child.index].parent == group.id)
                    QVERIFY2(g.rect.contains(child.rect), qPrintable(diagram.groups[child.index].id));
            }
        }
    }

    // The corpus graph that double-frees Graphviz 2.42 (clusters + edge labels), read as a Diagram: it lays
    // out.
    void layout_corpusDoubleFreeGraph_laysOutWithoutCrash()
    {
        QFile f(QStringLiteral(AE_CORPUS_DIR "/graphviz-double-free.dot"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("the public corpus (AE_CORPUS_DIR) is not available");
        Diagram d;
        const QString text = QString::fromUtf8(f.readAll());
        const QRegularExpression cluster(QStringLiteral("subgraph (cluster_\\w+) \\{([^}]*)\\}"));
        const QRegularExpression edgeRe(QStringLiteral("(\\w+) -> (\\w+) \\[label=\"([^\"]*)\"\\]"));
        auto ensure = [&d](const QString &id, const QString &groupId) {
            const int i = d.indexOfNode(id);
            if (i < 0)
                d.nodes.append(node(id, NodeKind::Service, groupId));
            else if (!groupId.isEmpty())
                d.nodes[i].group = groupId;
        };
        for (auto it = cluster.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            d.groups.append(group(m.captured(1)));
            for (const QString &id : m.captured(2).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (!id.trimmed().isEmpty())
                    ensure(id.trimmed(), m.captured(1));
            }
        }
        for (auto it = edgeRe.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            ensure(m.captured(1), {});
            ensure(m.captured(2), {});
            d.edges.append(edge(m.captured(1), m.captured(2), m.captured(3)));
        }
        QVERIFY(d.groups.size() >= 3);
        QVERIFY(d.edges.size() >= 20);
        const LayoutResult r = layoutDiagram(d, Theme::light());
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const LaidOutEdge &e : r.diagram.edges)
            QVERIFY(!e.labelRect.isEmpty());
    }

    void layout_directionDown_ranksFlowDownwards()
    {
        Diagram d;
        d.direction = Direction::Down;
        d.nodes = {node(QStringLiteral("a")), node(QStringLiteral("b")), node(QStringLiteral("c"))};
        d.edges = {edge(QStringLiteral("a"), QStringLiteral("b")),
                   edge(QStringLiteral("b"), QStringLiteral("c"))};
        const LayoutResult r = layoutDiagram(d, Theme::light());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.diagram.nodes[0].rect.bottom() < r.diagram.nodes[1].rect.top());
        QVERIFY(r.diagram.nodes[1].rect.bottom() < r.diagram.nodes[2].rect.top());
        d.direction = Direction::Right;
        const LayoutResult right = layoutDiagram(d, Theme::light());
        QVERIFY(right.diagram.nodes[0].rect.right() < right.diagram.nodes[1].rect.left());
    }

    // Issue 16: `order a, b, c` keeps that order within the rank in every direction: top to bottom when the
    // rank is a column (right, left), left to right when it is a row (down, up); for nodes inside a group
    // (where Graphviz orders a column the other way round) and outside any.
    void layout_orderHint_keepsWrittenOrderInEveryDirection_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("order");
        QTest::addColumn<bool>("inGroup");
        for (const char *direction : {"right", "left", "down", "up"}) {
            for (const char *order : {"a, b, c", "c, a, b"}) {
                for (bool inGroup : {true, false})
                    QTest::addRow("%s %s%s", direction, order, inGroup ? " in a group" : "")
                        << QString::fromLatin1(direction) << QString::fromLatin1(order) << inGroup;
            }
        }
    }
    void layout_orderHint_keepsWrittenOrderInEveryDirection()
    {
        QFETCH(QString, direction);
        QFETCH(QString, order);
        QFETCH(bool, inGroup);
        const QString nodes = QStringLiteral("service a\nservice b\nservice c\n");
        const ParseResult parsed = parseArch(
            QStringLiteral("direction %1\nservice src\n%2src -> a, b, c\norder %3\n")
                .arg(direction, inGroup ? QStringLiteral("group g {\n") + nodes + u'}' + u'\n' : nodes,
                     order));
        QVERIFY(parsed.diagnostics.isEmpty());
        const LayoutResult r = layoutDiagram(parsed.diagram, Theme::light());
        QVERIFY2(r.ok, qPrintable(r.error));
        const bool column = direction == u"right" || direction == u"left";
        const QStringList ids = order.split(QStringLiteral(", "));
        for (int k = 1; k < ids.size(); ++k) {
            const QRectF before = r.diagram.nodeRect(ids[k - 1]);
            const QRectF after = r.diagram.nodeRect(ids[k]);
            QVERIFY2(column ? before.bottom() <= after.top() : before.right() <= after.left(),
                     qPrintable(ids[k - 1] + QStringLiteral(" should come before ") + ids[k]));
        }
    }

    void layout_sameInputTwice_identicalCoordinates()
    {
        const Diagram diagram = doubleFreeDiagram();
        const LayoutResult a = layoutDiagram(diagram, Theme::light());
        const LayoutResult b = layoutDiagram(diagram, Theme::light());
        QVERIFY(a.ok && b.ok);
        QCOMPARE(a.diagram.bounds, b.diagram.bounds);
        for (int i = 0; i < a.diagram.nodes.size(); ++i)
            QCOMPARE(a.diagram.nodes[i].rect, b.diagram.nodes[i].rect);
        for (int i = 0; i < a.diagram.edges.size(); ++i)
            QCOMPARE(a.diagram.edges[i].points, b.diagram.edges[i].points);
    }

    void layout_nodeAt_findsNodeUnderPoint()
    {
        const LayoutResult r = layoutDiagram(checkoutDiagram(), Theme::light());
        QVERIFY(r.ok);
        for (int i = 0; i < r.diagram.nodes.size(); ++i)
            QCOMPARE(r.diagram.nodeAt(r.diagram.nodes[i].rect.center()), i);
        QCOMPARE(r.diagram.nodeAt(QPointF(-50, -50)), -1);
    }

    void layout_helperHangs_timesOutWithCleanError()
    {
        qputenv("AE_LAYOUT_HELPER_TEST", "hang");
        const LayoutResult r = layoutDiagram(checkoutDiagram(), Theme::light(), 300);
        qunsetenv("AE_LAYOUT_HELPER_TEST");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("longer than")), qPrintable(r.error));
    }

    void layout_helperCrashes_reportsErrorAndCallerLives()
    {
        qputenv("AE_LAYOUT_HELPER_TEST", "crash");
        const LayoutResult r = layoutDiagram(checkoutDiagram(), Theme::light());
        qunsetenv("AE_LAYOUT_HELPER_TEST");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("crashed")), qPrintable(r.error));
        // The caller is still here and the next layout works.
        QVERIFY(layoutDiagram(checkoutDiagram(), Theme::light()).ok);
    }

    void layout_helperMissing_saysSo()
    {
        const QByteArray saved = qgetenv("AE_LAYOUT_HELPER");
        qputenv("AE_LAYOUT_HELPER", "/nonexistent/archexplorer-layout");
        const LayoutResult r = layoutDiagram(checkoutDiagram(), Theme::light());
        qputenv("AE_LAYOUT_HELPER", saved);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("not found")), qPrintable(r.error));
    }

    void engine_start_finishesAsyncAndCachesSecondRun()
    {
        QStandardPaths::setTestModeEnabled(true);
        LayoutEngine engine;
        engine.setDiskCacheEnabled(false);
        QSignalSpy finished(&engine, &LayoutEngine::finished);
        QSignalSpy progress(&engine, &LayoutEngine::progress);
        Diagram d = checkoutDiagram();
        d.title = QStringLiteral("engine test %1").arg(QCoreApplication::applicationPid()); // fresh cache key
        const quint64 first = engine.start(d, Theme::light());
        QVERIFY(first != 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toULongLong(), first);
        const LaidOutDiagram laid = finished.at(0).at(1).value<LaidOutDiagram>();
        QCOMPARE(laid.nodes.size(), d.nodes.size());

        // Same diagram again: answered from the cache, on a later event-loop turn, with the same geometry.
        const quint64 second = engine.start(d, Theme::light());
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.at(1).at(0).toULongLong(), second);
        QCOMPARE(finished.at(1).at(1).value<LaidOutDiagram>().nodes[2].rect, laid.nodes[2].rect);
        QVERIFY(progress.last().at(1).toString().contains(QLatin1String("cached")));
    }

    void engine_cancel_reportsNothing()
    {
        qputenv("AE_LAYOUT_HELPER_TEST", "hang");
        LayoutEngine engine;
        engine.setDiskCacheEnabled(false);
        QSignalSpy finished(&engine, &LayoutEngine::finished);
        QSignalSpy failed(&engine, &LayoutEngine::failed);
        Diagram d = doubleFreeDiagram();
        d.title = QStringLiteral("cancel test");
        const quint64 id = engine.start(d, Theme::light());
        qunsetenv("AE_LAYOUT_HELPER_TEST");
        QVERIFY(engine.isRunning(id));
        engine.cancel(id);
        QVERIFY(!engine.isRunning(id));
        QTest::qWait(200);
        QCOMPARE(finished.size() + failed.size(), 0);
    }

    void engine_timeout_failsWithMessage()
    {
        qputenv("AE_LAYOUT_HELPER_TEST", "hang");
        LayoutEngine engine;
        engine.setDiskCacheEnabled(false);
        engine.setTimeoutMs(300);
        QSignalSpy failed(&engine, &LayoutEngine::failed);
        Diagram d = doubleFreeDiagram();
        d.title = QStringLiteral("timeout test");
        const quint64 id = engine.start(d, Theme::light());
        qunsetenv("AE_LAYOUT_HELPER_TEST");
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toULongLong(), id);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("longer than")),
                 qPrintable(failed.at(0).at(1).toString()));
    }

    void layout_largeDiagram_usesSimplifiedLayoutAndSaysSo()
    {
        Diagram d;
        for (int g = 0; g < 20; ++g)
            d.groups.append(group(QStringLiteral("g%1").arg(g), QStringLiteral("tier")));
        for (int i = 0; i < 320; ++i)
            d.nodes.append(node(QStringLiteral("n%1").arg(i), NodeKind::Service,
                                i % 10 < 7 ? QStringLiteral("g%1").arg(i % 20) : QString()));
        for (int i = 1; i < 320; ++i)
            d.edges.append(edge(QStringLiteral("n%1").arg((i - 1) / 2), QStringLiteral("n%1").arg(i),
                                i % 3 == 0 ? QStringLiteral("e%1").arg(i) : QString()));
        const LayoutResult r = layoutDiagram(d, Theme::light(), 60000);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.diagram.simplifiedLayout);
        QVERIFY(!r.diagram.notice.isEmpty());
        QVERIFY(!layoutDiagram(checkoutDiagram(), Theme::light()).diagram.simplifiedLayout);
    }
};

QTEST_MAIN(LayoutTest)
#include "layout_test.moc"

// SPDX-License-Identifier: MIT
// Diagrams inside documents: an ```arch block becomes a crisp image fitted to the column; broken text becomes
// an image that says where the first error is; other notations are left to the view. A block whose layout is
// not cached is answered at once with a placeholder while the helper lays it out, then drawn; a layout that
// fails says why.
#include "diagram/layout.h"
#include "ui/diagram/documentdiagramrenderer.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using ae::ui::DocumentDiagramRenderer;

namespace {
const QString kWide = QStringLiteral("direction right\n"
                                     "user shopper \"Shopper\"\n"
                                     "gateway edge \"API gateway\" [tech: \"Envoy\"]\n"
                                     "service orders \"Order service\"\n"
                                     "database pg \"Orders\" [tech: \"PostgreSQL 15\"]\n"
                                     "stream events \"Order events\" [tech: \"Kafka\"]\n"
                                     "shopper -> edge -> orders -> pg\n"
                                     "orders ~> events\n");
// What the reader ends up showing: render, and if the block had to be laid out first, wait for it and render
// again.
QImage drawn(DocumentDiagramRenderer &renderer, const QString &info, const QString &text, int maxWidthPx,
             qreal dpr, bool dark)
{
    QImage image = renderer.render(info, text, maxWidthPx, dpr, dark);
    if (!renderer.hasPending())
        return image;
    for (int waited = 0; renderer.hasPending() && waited < 30000; waited += 20)
        QTest::qWait(20);
    return renderer.render(info, text, maxWidthPx, dpr, dark);
}

// A diagram this process has not laid out before: the layout cache keys by what the helper is given (the
// graph and the node sizes, not ids or label text), so each one has a different number of nodes. initTestCase
// empties the disk cache (test mode keeps it under ~/.qttest).
QString freshDiagram()
{
    static int made = 0;
    ++made;
    QString text = QStringLiteral("database pg \"Orders\"\n");
    for (int i = 0; i <= made; ++i)
        text += QStringLiteral("service s%1 \"Service %1\"\ns%1 -> pg\n").arg(i);
    return text;
}
} // namespace

class DiagramRendererTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void render_wideDiagram_fittedToMaxWidthAtDevicePixelRatio();
    void render_smallDiagram_notEnlarged();
    void render_textWithErrors_imageNamesFirstErrorLineAndColumn();
    void render_otherNotation_returnsNullImage();
    void render_dotAndMermaidBlocks_areDrawnToo();
    void render_darkPage_usesDarkBackground();
    void render_sameBlockTwice_servedFromCache();
    void render_notLaidOutYet_placeholderAtOnceThenTheDiagram();
    void render_layoutFails_errorImageSaysWhy();
    void render_viewOfAModel_drawsOnlyItsNodes_unknownViewSaysWhich();
};

void DiagramRendererTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/layout"))
        .removeRecursively();
    QVERIFY2(!ae::diagram::layoutHelperPath().isEmpty(),
             "the layout helper (archexplorer-layout) is not built");
}

void DiagramRendererTest::render_wideDiagram_fittedToMaxWidthAtDevicePixelRatio()
{
    DocumentDiagramRenderer renderer;
    const QImage natural = drawn(renderer, QStringLiteral("arch"), kWide, 10000, 1.0, false);
    QVERIFY2(!natural.isNull(), qPrintable(renderer.lastError()));
    QVERIFY2(natural.width() > 300, "the five-node chain should be wider than the column used below");

    const QImage fitted = drawn(renderer, QStringLiteral("arch"), kWide, 300, 2.0, false);
    QVERIFY(!fitted.isNull());
    QCOMPARE(fitted.devicePixelRatio(), 2.0);
    QCOMPARE(fitted.width(), 600); // device pixels: crisp on a 2x screen
    QCOMPARE(qRound(fitted.deviceIndependentSize().width()), 300);
    // Aspect ratio kept.
    const double expectedHeight = natural.height() * 300.0 / natural.width();
    QVERIFY(qAbs(fitted.deviceIndependentSize().height() - expectedHeight) <= 2.0);
    // Something was drawn: not one flat colour.
    const QRgb bg = fitted.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < fitted.height() && !drawn; y += 3)
        for (int x = 0; x < fitted.width() && !drawn; x += 3)
            drawn = fitted.pixel(x, y) != bg;
    QVERIFY(drawn);
}

void DiagramRendererTest::render_smallDiagram_notEnlarged()
{
    DocumentDiagramRenderer renderer;
    const QImage img =
        drawn(renderer, QStringLiteral("arch"), QStringLiteral("service a\n"), 2000, 1.0, false);
    QVERIFY(!img.isNull());
    QVERIFY(img.width() < 2000);
    QVERIFY(img.width() > 20);
}

void DiagramRendererTest::render_textWithErrors_imageNamesFirstErrorLineAndColumn()
{
    DocumentDiagramRenderer renderer;
    const QImage img = renderer.render(QStringLiteral("arch"),
                                       QStringLiteral("service a\n  databse b\nqeueu c\n"), 500, 1.5, false);
    QVERIFY(!img.isNull());
    QVERIFY(qRound(img.deviceIndependentSize().width()) <= 500);
    QCOMPARE(img.devicePixelRatio(), 1.5);
    QVERIFY2(renderer.lastError().contains(QStringLiteral("Line 2, column 3")),
             qPrintable(renderer.lastError()));

    drawn(renderer, QStringLiteral("arch"), kWide, 500, 1.0, false);
    QVERIFY(renderer.lastError().isEmpty());
}

void DiagramRendererTest::render_otherNotation_returnsNullImage()
{
    DocumentDiagramRenderer renderer;
    QVERIFY(
        renderer.render(QStringLiteral("python"), QStringLiteral("print(1)\n"), 500, 1.0, false).isNull());
    QVERIFY(
        !renderer.render(QStringLiteral("ARCH"), QStringLiteral("service a\n"), 500, 1.0, false).isNull());
}

void DiagramRendererTest::render_dotAndMermaidBlocks_areDrawnToo()
{
    DocumentDiagramRenderer renderer;
    const QImage dot =
        drawn(renderer, QStringLiteral("dot"), QStringLiteral("digraph { api -> db }\n"), 500, 1.0, false);
    QVERIFY2(!dot.isNull() && renderer.lastError().isEmpty(), qPrintable(renderer.lastError()));
    const QImage mermaid = drawn(renderer, QStringLiteral("mermaid"),
                                 QStringLiteral("flowchart LR\n  api --> db\n"), 500, 1.0, false);
    QVERIFY2(!mermaid.isNull() && renderer.lastError().isEmpty(), qPrintable(renderer.lastError()));
}

void DiagramRendererTest::render_darkPage_usesDarkBackground()
{
    DocumentDiagramRenderer renderer;
    const QImage light = drawn(renderer, QStringLiteral("arch"), kWide, 400, 1.0, false);
    const QImage dark = drawn(renderer, QStringLiteral("arch"), kWide, 400, 1.0, true);
    QVERIFY(!light.isNull() && !dark.isNull());
    QVERIFY(qGray(light.pixel(1, 1)) > 128);
    QVERIFY(qGray(dark.pixel(1, 1)) < 128);
}

void DiagramRendererTest::render_sameBlockTwice_servedFromCache()
{
    DocumentDiagramRenderer renderer;
    const QImage a = drawn(renderer, QStringLiteral("arch"), kWide, 400, 1.0, false);
    const QImage b = renderer.render(QStringLiteral("arch"), kWide, 400, 1.0, false);
    QCOMPARE(a.cacheKey(), b.cacheKey()); // the very same image, not drawn again
    const QImage c = renderer.render(QStringLiteral("arch"), kWide, 350, 1.0, false);
    QVERIFY(c.cacheKey() != a.cacheKey());
    QCOMPARE(c.width(), 350);
}

void DiagramRendererTest::render_notLaidOutYet_placeholderAtOnceThenTheDiagram()
{
    DocumentDiagramRenderer renderer;
    int ready = 0;
    renderer.setReadyCallback([&ready] { ++ready; });
    const QString text = freshDiagram();
    QVector<ae::ui::DiagramHotspot> hotspots;
    const QImage placeholder = renderer.render(QStringLiteral("arch"), text, 500, 1.0, false, &hotspots);
    // Answered without waiting for the helper: a picture to hold the place, no nodes in it, nothing wrong.
    QVERIFY(!placeholder.isNull());
    QVERIFY(renderer.hasPending());
    QVERIFY(hotspots.isEmpty());
    QVERIFY(renderer.lastError().isEmpty());
    QCOMPARE(ready, 0);
    // Asked again before it is done: still the placeholder, and no second layout.
    renderer.render(QStringLiteral("arch"), text, 500, 1.0, false);
    QTRY_COMPARE_WITH_TIMEOUT(ready, 1, 30000);
    QVERIFY(!renderer.hasPending());
    QTest::qWait(100);
    QCOMPARE(ready, 1);

    const QImage diagram = renderer.render(QStringLiteral("arch"), text, 500, 1.0, false, &hotspots);
    QCOMPARE(hotspots.size(), 3);
    QVERIFY(diagram.size() != placeholder.size());
    QVERIFY(!renderer.hasPending());

    // A second renderer (a new window) finds the layout in the cache and draws it at once.
    DocumentDiagramRenderer second;
    second.render(QStringLiteral("arch"), text, 500, 1.0, false, &hotspots);
    QVERIFY(!second.hasPending());
    QCOMPARE(hotspots.size(), 3);
}

void DiagramRendererTest::render_layoutFails_errorImageSaysWhy()
{
    DocumentDiagramRenderer renderer;
    renderer.setTimeoutMs(300);
    int ready = 0;
    renderer.setReadyCallback([&ready] { ++ready; });
    const QString text = freshDiagram();
    qputenv("AE_LAYOUT_HELPER_TEST", "hang"); // the helper hangs; the job keeps this environment
    const QImage first = renderer.render(QStringLiteral("arch"), text, 500, 1.0, false);
    qunsetenv("AE_LAYOUT_HELPER_TEST");
    QVERIFY(!first.isNull());
    QVERIFY(renderer.hasPending());
    QTRY_COMPARE_WITH_TIMEOUT(ready, 1, 10000);
    QVERIFY(!renderer.hasPending());
    const QImage error = renderer.render(QStringLiteral("arch"), text, 500, 1.0, false);
    QVERIFY(!error.isNull());
    QVERIFY2(renderer.lastError().contains(QLatin1String("could not be laid out")) &&
                 renderer.lastError().contains(QLatin1String("longer than")),
             qPrintable(renderer.lastError()));
    QVERIFY(!renderer.hasPending()); // not retried on every redraw
}

void DiagramRendererTest::render_viewOfAModel_drawsOnlyItsNodes_unknownViewSaysWhich()
{
    DocumentDiagramRenderer renderer;
    const QString model = QStringLiteral("service web\nservice api\ndatabase db\ncache redis\n"
                                         "web -> api\napi -> db\napi -> redis\n"
                                         "view data \"Data\" { include kind:database, kind:cache }\n");
    QVector<ae::ui::DiagramHotspot> hotspots;
    const auto drawn = [&](const QString &info) {
        renderer.render(info, model, 600, 1.0, false, &hotspots);
        return QTest::qWaitFor(
            [&] {
                renderer.render(info, model, 600, 1.0, false, &hotspots);
                return !renderer.hasPending();
            },
            30000);
    };
    QVERIFY(drawn(QStringLiteral("arch")));
    QCOMPARE(hotspots.size(), 4); // the whole model
    QVERIFY(drawn(QStringLiteral("arch view=data")));
    QStringList ids;
    for (const ae::ui::DiagramHotspot &h : hotspots)
        ids << h.id;
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("db"), QStringLiteral("redis")}));
    renderer.render(QStringLiteral("arch view=dta"), model, 600, 1.0, false, &hotspots);
    QVERIFY(hotspots.isEmpty());
    QVERIFY(renderer.lastError().contains(QStringLiteral("no view named \u201cdta\u201d")));
    QVERIFY(renderer.lastError().contains(QStringLiteral("Its views: data.")));
}

QTEST_MAIN(DiagramRendererTest)
#include "diagram_renderer_test.moc"

// SPDX-License-Identifier: MIT
// Diagrams inside documents: an ```arch block becomes a crisp image fitted to the column; broken text becomes an
// image that says where the first error is; other notations are left to the view.
#include "diagram/layout.h"
#include "ui/diagram/documentdiagramrenderer.h"

#include <QApplication>
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
};

void DiagramRendererTest::initTestCase()
{
    QVERIFY2(!ae::diagram::layoutHelperPath().isEmpty(), "the layout helper (archexplorer-layout) is not built");
}

void DiagramRendererTest::render_wideDiagram_fittedToMaxWidthAtDevicePixelRatio()
{
    DocumentDiagramRenderer renderer;
    const QImage natural = renderer.render(QStringLiteral("arch"), kWide, 10000, 1.0, false);
    QVERIFY2(!natural.isNull(), qPrintable(renderer.lastError()));
    QVERIFY2(natural.width() > 300, "the five-node chain should be wider than the column used below");

    const QImage fitted = renderer.render(QStringLiteral("arch"), kWide, 300, 2.0, false);
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
    const QImage img = renderer.render(QStringLiteral("arch"), QStringLiteral("service a\n"), 2000, 1.0, false);
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
    QVERIFY2(renderer.lastError().contains(QStringLiteral("Line 2, column 3")), qPrintable(renderer.lastError()));

    renderer.render(QStringLiteral("arch"), kWide, 500, 1.0, false);
    QVERIFY(renderer.lastError().isEmpty());
}

void DiagramRendererTest::render_otherNotation_returnsNullImage()
{
    DocumentDiagramRenderer renderer;
    QVERIFY(renderer.render(QStringLiteral("python"), QStringLiteral("print(1)\n"), 500, 1.0, false).isNull());
    QVERIFY(!renderer.render(QStringLiteral("ARCH"), QStringLiteral("service a\n"), 500, 1.0, false).isNull());
}

void DiagramRendererTest::render_dotAndMermaidBlocks_areDrawnToo()
{
    DocumentDiagramRenderer renderer;
    const QImage dot = renderer.render(QStringLiteral("dot"), QStringLiteral("digraph { api -> db }\n"), 500, 1.0,
                                       false);
    QVERIFY2(!dot.isNull() && renderer.lastError().isEmpty(), qPrintable(renderer.lastError()));
    const QImage mermaid = renderer.render(QStringLiteral("mermaid"),
                                           QStringLiteral("flowchart LR\n  api --> db\n"), 500, 1.0, false);
    QVERIFY2(!mermaid.isNull() && renderer.lastError().isEmpty(), qPrintable(renderer.lastError()));
}

void DiagramRendererTest::render_darkPage_usesDarkBackground()
{
    DocumentDiagramRenderer renderer;
    const QImage light = renderer.render(QStringLiteral("arch"), kWide, 400, 1.0, false);
    const QImage dark = renderer.render(QStringLiteral("arch"), kWide, 400, 1.0, true);
    QVERIFY(!light.isNull() && !dark.isNull());
    QVERIFY(qGray(light.pixel(1, 1)) > 128);
    QVERIFY(qGray(dark.pixel(1, 1)) < 128);
}

void DiagramRendererTest::render_sameBlockTwice_servedFromCache()
{
    DocumentDiagramRenderer renderer;
    const QImage a = renderer.render(QStringLiteral("arch"), kWide, 400, 1.0, false);
    const QImage b = renderer.render(QStringLiteral("arch"), kWide, 400, 1.0, false);
    QCOMPARE(a.cacheKey(), b.cacheKey()); // the very same image, not drawn again
    const QImage c = renderer.render(QStringLiteral("arch"), kWide, 350, 1.0, false);
    QVERIFY(c.cacheKey() != a.cacheKey());
    QCOMPARE(c.width(), 350);
}

QTEST_MAIN(DiagramRendererTest)
#include "diagram_renderer_test.moc"

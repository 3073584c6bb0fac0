// SPDX-License-Identifier: MIT
// The SVG a user exports: valid SVG 1.1 (xmllint against the W3C DTD), golden files, byte-identical for
// identical input, every node a titled <g>, labels as escaped <text>, notes as <desc>. (That it is the same
// picture as the painter's PNG is agreement_test's.)
#include "diagram/export.h"
#include "diagram/layout.h"
#include "diagram/notes.h"
#include "diagram/painterparts.h"
#include "diagram/parser.h"
#include "diagram/shapes.h"
#include "diagram/svgwriter.h"
#include "diagramcases.h"
#include "draw/chartstyle.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae::diagram;

namespace {

const QString kDtd = QStringLiteral("/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd");

QString dataPath(const QString &name)
{
    return testcases::renderDataPath(name);
}

LaidOutDiagram laidOutCase(const QString &name)
{
    for (const testcases::Case &c : testcases::goldenCases())
        if (c.name == name)
            return layoutDiagram(c.diagram, Theme::named(c.theme)).diagram;
    return {};
}

LaidOutDiagram laidOut(const QString &archFile, const Theme &theme)
{
    QFile f(dataPath(archFile));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ParseResult parsed = parseArch(QString::fromUtf8(f.readAll()));
    const LayoutResult r = layoutDiagram(parsed.diagram, theme);
    return r.diagram;
}

} // namespace

class SvgTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svg_inputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("theme");
        for (const testcases::Case &c : testcases::goldenCases())
            QTest::newRow(qPrintable(c.name)) << c.name << c.theme;
    }

    void svg_validAgainstSvg11Dtd_data() { svg_inputs_data(); }
    void svg_validAgainstSvg11Dtd()
    {
        QFETCH(QString, name);
        QFETCH(QString, theme);
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty() || !QFile::exists(kDtd))
            QSKIP("xmllint or the SVG 1.1 DTD (libxml2-utils, w3c-sgml-lib) is not installed");
        const LaidOutDiagram d = laidOutCase(name);
        QVERIFY(!d.nodes.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(writeSvg(d, Theme::named(theme)));
        out.close();
        QProcess p;
        p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--dtdvalid"),
                          kDtd, path});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void svg_matchesGoldenFile_data() { svg_inputs_data(); }
    void svg_matchesGoldenFile()
    {
        QFETCH(QString, name);
        QFETCH(QString, theme);
        const QByteArray svg = writeSvg(laidOutCase(name), Theme::named(theme));
        const QString golden = dataPath(name + QStringLiteral(".svg"));
        if (qEnvironmentVariableIsSet("AE_UPDATE_GOLDEN")) {
            QFile g(golden);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(svg);
        }
        QFile g(golden);
        QVERIFY2(g.open(QIODevice::ReadOnly),
                 qPrintable(golden + QStringLiteral(" missing (AE_UPDATE_GOLDEN=1)")));
        QCOMPARE(QString::fromUtf8(svg), QString::fromUtf8(g.readAll()));
    }

    void svg_sameInputTwice_byteIdentical()
    {
        const QByteArray a =
            writeSvg(laidOut(QStringLiteral("pipeline.arch"), Theme::light()), Theme::light());
        const QByteArray b =
            writeSvg(laidOut(QStringLiteral("pipeline.arch"), Theme::light()), Theme::light());
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
    }

    void svg_structure_nodesTitledTextRealNoForeignObject()
    {
        const LaidOutDiagram d = laidOut(QStringLiteral("checkout.arch"), Theme::light());
        const QString svg = QString::fromUtf8(writeSvg(d, Theme::light()));
        QVERIFY(svg.contains(QLatin1String("viewBox=\"0 0 ")));
        QVERIFY(svg.contains(QLatin1String("font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\"")));
        QVERIFY(svg.contains(QLatin1String("<g id=\"node-pg\" class=\"node database\">\n<title>")));
        QVERIFY(svg.contains(QLatin1String("<g id=\"node-events\" class=\"node stream\">")));
        QVERIFY(svg.contains(QLatin1String(">Order service</text>")));
        QVERIFY(svg.contains(QLatin1String(">PostgreSQL 15</text>")));
        QVERIFY(svg.contains(QLatin1String(">streaming replication</text>")));
        QVERIFY(!svg.contains(QLatin1String("foreignObject")));
        QVERIFY(!svg.contains(QLatin1String("xlink:href")) && !svg.contains(QLatin1String("<image")));
        QCOMPARE(svg.count(QLatin1String("class=\"node ")), d.nodes.size());
    }

    // Issue 16: the SVG drew each edge's label with its edge, so a later edge could cross an earlier label in
    // SVG only; now every label comes after every edge, as on screen.
    void svg_edgeLabels_afterEveryEdge()
    {
        const QString svg = QString::fromUtf8(
            writeSvg(laidOut(QStringLiteral("checkout.arch"), Theme::light()), Theme::light()));
        const qsizetype labels = svg.indexOf(QLatin1String("<g class=\"edge-labels\">"));
        QVERIFY(labels > 0);
        QVERIFY(svg.lastIndexOf(QLatin1String("class=\"edge ")) < labels);
        QVERIFY(svg.indexOf(QLatin1String("class=\"label\"")) > labels);
        QCOMPARE(svg.count(QLatin1String("<g class=\"edge-label\">")), 5);
    }

    void svg_specialCharacters_escaped()
    {
        const QString svg = QString::fromUtf8(
            writeSvg(laidOut(QStringLiteral("escaping.arch"), Theme::light()), Theme::light()));
        QVERIFY(svg.contains(QLatin1String(">Tom &amp; Jerry's &lt;svc&gt;</text>")));
        QVERIFY(svg.contains(QLatin1String(">a &lt; b &gt; c</text>")));
        QVERIFY(svg.contains(QStringLiteral(">Ünïcødé 数据库</text>")));
        QVERIFY(svg.contains(QLatin1String("&quot;quotes&quot;")));
    }

    // Issue 16: a node's `text` colour applies to everything written or drawn on it (label, technology line,
    // icon), so light text on a dark fill stays readable; in the painter's parts and in the SVG.
    void svg_nodeTextColour_coloursTechnologyLineAndIcon_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("colour");
        QTest::newRow("light") << QStringLiteral("light") << QStringLiteral("#f9fafb");
        QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("#fde68a");
    }
    void svg_nodeTextColour_coloursTechnologyLineAndIcon()
    {
        QFETCH(QString, theme);
        QFETCH(QString, colour);
        const Theme t = Theme::named(theme);
        const ParseResult parsed = parseArch(QStringLiteral(
            "service api \"Orders API\" [tech: \"Go 1.22\", fill: \"#1f2937\", text: \"#f9fafb\", "
            "dark-fill: \"#3b2f0b\", dark-text: \"#fde68a\"]\ncache c \"Cache\" [tech: \"Redis 7\"]\napi -> "
            "c\n"));
        QVERIFY(parsed.diagnostics.isEmpty());
        const LayoutResult r = layoutDiagram(parsed.diagram, t);
        QVERIFY2(r.ok, qPrintable(r.error));
        const LaidOutDiagram &d = r.diagram;
        const int api = d.diagram.indexOfNode(QStringLiteral("api"));
        const int cache = d.diagram.indexOfNode(QStringLiteral("c"));
        QVERIFY(api >= 0 && cache >= 0);
        const QColor expected(colour);

        // The parts the painter draws with.
        const QVector<TextRun> runs = nodeText(d, d.nodes[api], t);
        QCOMPARE(runs.size(), 2);
        for (const TextRun &run : runs)
            QCOMPARE(run.color, expected);
        QCOMPARE(nodeShape(d, d.nodes[api], t).accent, expected);
        // A node without a text colour keeps the theme's secondary colour for its technology line.
        QCOMPARE(nodeText(d, d.nodes[cache], t).last().color, t.secondaryText);

        // The SVG.
        const QString svg = QString::fromUtf8(writeSvg(d, t));
        const qsizetype start = svg.indexOf(QLatin1String("<g id=\"node-api\""));
        QVERIFY(start >= 0);
        const QString node = svg.mid(start, svg.indexOf(QLatin1String("</g>"), start) - start);
        QVERIFY2(
            node.contains(QStringLiteral("fill=\"%1\" xml:space=\"preserve\">Go 1.22</text>").arg(colour)),
            qPrintable(node));
        QVERIFY2(
            node.contains(QStringLiteral("fill=\"%1\" xml:space=\"preserve\">Orders API</text>").arg(colour)),
            qPrintable(node));
        QVERIFY2(node.contains(QRegularExpression(
                     QStringLiteral("<path class=\"icon\" [^>]*stroke=\"%1\"").arg(colour))),
                 qPrintable(node));
    }

    // Issue 16, notes drawn: a node whose note is asked for gets a card under its shape, in room the layout
    // reserved, readable in both themes; every note is in the SVG as the node's <desc> and in its <title>.
    void svg_notes_drawnWhereAskedAndAlwaysDescribed_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void svg_notes_drawnWhereAskedAndAlwaysDescribed()
    {
        QFETCH(QString, theme);
        const Theme t = Theme::named(theme);
        const Diagram model = testcases::notesDiagram();
        const LayoutResult r = layoutDiagram(model, t);
        QVERIFY2(r.ok, qPrintable(r.error));
        const LaidOutDiagram &d = r.diagram;
        const Node &api = d.diagram.nodes[0];
        const QRectF box = d.nodes[0].rect;
        const QRectF body = nodeBodyRect(api, box, t);
        const QRectF card = noteRect(api, box, t);

        // The layout reserved the room: the shape keeps its own size, the card sits under it inside the box,
        // clear of every other node and of the edge label.
        QCOMPARE(body.size(), nodeBodySize(api, t));
        QVERIFY(!card.isEmpty());
        QVERIFY(card.top() > body.bottom());
        QVERIFY(box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(card));
        QVERIFY(!card.intersects(d.nodes[1].rect));
        QVERIFY(!card.intersects(d.edges[0].labelRect));
        QVERIFY(noteRect(d.diagram.nodes[1], d.nodes[1].rect, t).isEmpty()); // tooltip only

        // Readable: WCAG AA 4.5:1 between the note's text and its card.
        const NoteColors c = noteColors(t);
        QVERIFY2(ae::draw::contrastRatio(c.text, c.fill) >= 4.5,
                 qPrintable(QString::number(ae::draw::contrastRatio(c.text, c.fill))));

        const QString svg = QString::fromUtf8(writeSvg(d, t));
        const auto group = [&](const QString &id) {
            const qsizetype start = svg.indexOf(QStringLiteral("<g id=\"node-%1\"").arg(id));
            return start < 0 ? QString()
                             : svg.mid(start, svg.indexOf(QLatin1String("\n</g>"), start) - start);
        };
        const QString apiSvg = group(QStringLiteral("api"));
        QVERIFY2(apiSvg.contains(QStringLiteral("<desc>") + api.note + QStringLiteral("</desc>")),
                 qPrintable(apiSvg));
        QVERIFY(apiSvg.contains(QStringLiteral("<title>Orders API (Go 1.22): ") + api.note +
                                QStringLiteral("</title>")));
        QVERIFY(apiSvg.contains(QLatin1String("class=\"note\"")));
        QVERIFY(apiSvg.contains(QLatin1String(">Idempotency keys</text>")));
        const QString pgSvg = group(QStringLiteral("pg"));
        QVERIFY(pgSvg.contains(QLatin1String("<desc>Tooltip only</desc>")));
        QVERIFY(!pgSvg.contains(QLatin1String("class=\"note\"")));
        QVERIFY(!pgSvg.contains(QLatin1String(">Tooltip only</text>")));

        // The painter draws the card too: its fill shows between the text lines.
        const QImage png = renderImage(d, t, 1.0);
        const QPointF inside = card.topLeft() - d.bounds.topLeft() + QPointF(3, 2);
        QCOMPARE(png.pixelColor(inside.toPoint()).name(), c.fill.name());
    }

    // Issue 16, model-driven drawing: invisible nodes and edges are laid out but not drawn, in either
    // back-end; the diagram's own background replaces the theme's.
    void svg_invisibleElementsAndBackground_fromModel()
    {
        const Theme t = Theme::light();
        const LayoutResult r = layoutDiagram(testcases::patternsDiagram(), t);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString svg = QString::fromUtf8(writeSvg(r.diagram, t));
        QVERIFY(!svg.contains(QLatin1String("Hidden node")));
        QVERIFY(!svg.contains(QLatin1String("hidden edge")));
        QVERIFY(svg.contains(QLatin1String(">dotted</text>")));
        QVERIFY(svg.contains(QLatin1String("<rect class=\"background\" x=\"0\" y=\"0\"")));
        QVERIFY(svg.contains(QLatin1String("fill=\"#fdf6e3\"")));
        const QImage png = renderImage(r.diagram, t, 1.0);
        QCOMPARE(png.pixelColor(1, 1).name(), QStringLiteral("#fdf6e3"));
        const int hidden = r.diagram.diagram.indexOfNode(QStringLiteral("hidden"));
        const QRectF box = r.diagram.nodes[hidden].rect.translated(-r.diagram.bounds.topLeft());
        QCOMPARE(png.pixelColor(box.center().toPoint()).name(), QStringLiteral("#fdf6e3"));
    }
};

QTEST_MAIN(SvgTest)
#include "svg_test.moc"

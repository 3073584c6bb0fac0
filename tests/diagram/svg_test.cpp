// SPDX-License-Identifier: MIT
// The SVG a user exports: valid SVG 1.1 (xmllint against the W3C DTD), golden files, byte-identical for
// identical input, every node a titled <g>, labels as escaped <text>, and the same picture as the painter's
// PNG.
#include "diagram/export.h"
#include "diagram/layout.h"
#include "diagram/painterparts.h"
#include "diagram/parser.h"
#include "diagram/svgwriter.h"

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
    return QStringLiteral(AE_TEST_DATA "/diagram/render/") + name;
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
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("theme");
        for (const char *f : {"checkout", "pipeline", "every-kind", "escaping"}) {
            for (const char *t : {"light", "dark"})
                QTest::addRow("%s-%s", f, t) << QString::fromLatin1(f) << QString::fromLatin1(t);
        }
    }

    void svg_validAgainstSvg11Dtd_data() { svg_inputs_data(); }
    void svg_validAgainstSvg11Dtd()
    {
        QFETCH(QString, file);
        QFETCH(QString, theme);
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty() || !QFile::exists(kDtd))
            QSKIP("xmllint or the SVG 1.1 DTD (libxml2-utils, w3c-sgml-lib) is not installed");
        const LaidOutDiagram d = laidOut(file + QStringLiteral(".arch"), Theme::named(theme));
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
        QFETCH(QString, file);
        QFETCH(QString, theme);
        const QByteArray svg =
            writeSvg(laidOut(file + QStringLiteral(".arch"), Theme::named(theme)), Theme::named(theme));
        const QString golden = dataPath(file + QLatin1Char('-') + theme + QStringLiteral(".svg"));
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
        QVERIFY2(node.contains(QStringLiteral("fill=\"%1\">Go 1.22</text>").arg(colour)), qPrintable(node));
        QVERIFY2(node.contains(QStringLiteral("fill=\"%1\">Orders API</text>").arg(colour)),
                 qPrintable(node));
        QVERIFY2(node.contains(QRegularExpression(
                     QStringLiteral("<path class=\"icon\" [^>]*stroke=\"%1\"").arg(colour))),
                 qPrintable(node));
    }

    // rsvg-convert's rendering of our SVG and the painter's PNG are the same picture (text antialiasing
    // aside).
    void svg_rasterisedByRsvg_matchesPainterPng_data() { svg_inputs_data(); }
    void svg_rasterisedByRsvg_matchesPainterPng()
    {
        QFETCH(QString, file);
        QFETCH(QString, theme);
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QSKIP("rsvg-convert (librsvg2-bin) is not installed");
        const Theme t = Theme::named(theme);
        const LaidOutDiagram d = laidOut(file + QStringLiteral(".arch"), t);
        const QImage painted = renderImage(d, t, 1.0).convertToFormat(QImage::Format_RGB32);
        QTemporaryDir dir;
        QFile svg(dir.filePath(QStringLiteral("in.svg")));
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write(writeSvg(d, t));
        svg.close();
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess p;
        p.start(rsvg, {QStringLiteral("-w"), QString::number(painted.width()), QStringLiteral("-h"),
                       QString::number(painted.height()), QStringLiteral("-o"), png, svg.fileName()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QImage rendered = QImage(png).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(rendered.size(), painted.size());
        double sum = 0;
        for (int y = 0; y < painted.height(); ++y) {
            const QRgb *a = reinterpret_cast<const QRgb *>(painted.constScanLine(y));
            const QRgb *b = reinterpret_cast<const QRgb *>(rendered.constScanLine(y));
            for (int x = 0; x < painted.width(); ++x)
                sum += std::abs(qRed(a[x]) - qRed(b[x])) + std::abs(qGreen(a[x]) - qGreen(b[x])) +
                       std::abs(qBlue(a[x]) - qBlue(b[x]));
        }
        const double meanAbsDiff = sum / (3.0 * painted.width() * painted.height());
        qInfo("mean abs diff %f", meanAbsDiff);
        QVERIFY2(meanAbsDiff < 3.0, qPrintable(QStringLiteral("mean abs diff %1").arg(meanAbsDiff)));
    }
};

QTEST_MAIN(SvgTest)
#include "svg_test.moc"

// SPDX-License-Identifier: MIT
// Public D2 and Structurizr DSL files (tests/data/import/*-real, sources in their READMEs) end to end: each
// renders (layout helper + SVG writer) to SVG 1.1 that xmllint validates against the W3C DTD, or is rejected
// with errors that each carry a line and name what is not supported. At least 90 % of each set must render;
// the measured share is printed.
#include "diagram/import/import.h"
#include "diagram/layout.h"
#include "diagram/svgwriter.h"
#include "diagram/views.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kDtd = QStringLiteral("/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd");

// The files a user would open: every .d2; every .dsl whose text is a workspace (not a fragment it includes).
QStringList entryFiles(const QString &dir, const QString &suffix)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.") + suffix}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const DetectedFormat detected = detectDiagramFormat(QString(), QString::fromUtf8(f.readAll()));
        if (suffix == u"d2" || detected.format == DiagramFormat::Structurizr)
            out.append(path);
    }
    out.sort();
    return out;
}

} // namespace

class ImportRealTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFiles_renderValidSvgOrLocatedErrors_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("dir");
        QTest::newRow("d2") << QStringLiteral("d2") << QStringLiteral(AE_TEST_DATA "/import/d2-real");
        QTest::newRow("structurizr") << QStringLiteral("dsl")
                                     << QStringLiteral(AE_TEST_DATA "/import/structurizr-real");
    }
    void realFiles_renderValidSvgOrLocatedErrors()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, dir);
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty() || !QFile::exists(kDtd))
            QSKIP("xmllint or the SVG 1.1 DTD (libxml2-utils, w3c-sgml-lib) is not installed");
        const QStringList files = entryFiles(dir, suffix);
        QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size())));
        int rendered = 0;
        QTemporaryDir tmp;
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString name = QDir(dir).relativeFilePath(path);
            const DiagramFormat format = *diagramFormatFromPath(path);
            const ParseResult parsed = parseAnyDiagram(decodeDiagramBytes(f.readAll(), format), format, path);
            if (hasErrors(parsed.diagnostics)) {
                for (const Diagnostic &d : parsed.diagnostics)
                    if (d.isError())
                        QVERIFY2(d.line > 0 && d.message.contains(u'`'), qPrintable(name + u' ' + d.message));
                qInfo("%s: rejected: %s", qPrintable(name), qPrintable(parsed.diagnostics.first().message));
                continue;
            }
            const Theme theme = Theme::named(QStringLiteral("light"));
            const LayoutResult laid = layoutDiagram(parsed.diagram, theme, 120000);
            QVERIFY2(laid.ok, qPrintable(name + u' ' + laid.error));
            const QString out = tmp.filePath(QStringLiteral("out.svg"));
            QFile svg(out);
            QVERIFY(svg.open(QIODevice::WriteOnly));
            svg.write(writeSvg(laid.diagram, theme));
            svg.close();
            QProcess p;
            p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                              QStringLiteral("--dtdvalid"), kDtd, out});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0,
                     qPrintable(name + u' ' + QString::fromUtf8(p.readAllStandardError().left(2000))));
            ++rendered;
        }
        const double share = 100.0 * rendered / files.size();
        qInfo("%s: %d of %d files render (%.1f %%)", qPrintable(suffix), rendered, int(files.size()), share);
        QVERIFY2(share >= 90.0, qPrintable(QString::number(share)));
    }

    // Every view of every real workspace lays out, and draws what Structurizr draws of relationships: each
    // between two elements of the picture, none to a boundary (deployment nodes excepted: they are boxes).
    void realWorkspaces_everyViewLaysOutWithoutBoundaryEdges()
    {
        const QString dir = QStringLiteral(AE_TEST_DATA "/import/structurizr-real");
        int views = 0;
        for (const QString &path : entryFiles(dir, QStringLiteral("dsl"))) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const ParseResult parsed =
                parseAnyDiagram(decodeDiagramBytes(f.readAll(), DiagramFormat::Structurizr),
                                DiagramFormat::Structurizr, path);
            if (hasErrors(parsed.diagnostics))
                continue;
            for (const View &view : parsed.diagram.views) {
                const QString name = QDir(dir).relativeFilePath(path) + u'#' + view.id;
                const Diagram picture = applyView(parsed.diagram, view);
                const bool deployment =
                    view.properties.value(QStringLiteral("structurizr-type")) == u"deployment";
                for (const Edge &e : picture.edges) {
                    QVERIFY2(deployment || (!e.fromGroup && !e.toGroup), qPrintable(name + u' ' + e.from));
                    QVERIFY2((e.fromGroup ? picture.indexOfGroup(e.from) : picture.indexOfNode(e.from)) >= 0,
                             qPrintable(name + u' ' + e.from));
                    QVERIFY2((e.toGroup ? picture.indexOfGroup(e.to) : picture.indexOfNode(e.to)) >= 0,
                             qPrintable(name + u' ' + e.to));
                }
                const LayoutResult laid =
                    layoutDiagram(picture, Theme::named(QStringLiteral("light")), 120000);
                QVERIFY2(laid.ok, qPrintable(name + u' ' + laid.error));
                ++views;
            }
        }
        qInfo("%d views of the real workspaces lay out", views);
        QVERIFY(views >= 40);
    }
};

QTEST_MAIN(ImportRealTest)
#include "import_real_test.moc"

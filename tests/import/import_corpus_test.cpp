// SPDX-License-Identifier: MIT
// The public corpus end to end: every DOT and Mermaid file either renders (our layout helper + painter) to
// SVG that is valid SVG 1.1 (xmllint against the W3C DTD), or fails with messages that each name a line. No
// crashes.
#include "diagram/import/import.h"
#include "diagram/layout.h"
#include "diagram/svgwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {
const QString kDtd = QStringLiteral("/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd");
}

class ImportCorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_rendersValidSvgOrLocatedErrors_data()
    {
        QTest::addColumn<QString>("path");
        bool any = false;
        for (const char *sub : {"dot", "mermaid"}) {
            const QDir dir(QStringLiteral(AE_CORPUS_DIR "/") + QLatin1String(sub));
            for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1String(sub) + u'/' + f)) << dir.filePath(f);
                any = true;
            }
        }
        if (!any)
            QSKIP("the corpus (AE_CORPUS_DIR/dot, /mermaid) is not present");
    }
    void corpus_rendersValidSvgOrLocatedErrors()
    {
        QFETCH(QString, path);
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty() || !QFile::exists(kDtd))
            QSKIP("xmllint or the SVG 1.1 DTD (libxml2-utils, w3c-sgml-lib) is not installed");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::optional<DiagramFormat> format = diagramFormatFromPath(path);
        QVERIFY(format);
        const ParseResult parsed = parseAnyDiagram(decodeDiagramBytes(f.readAll(), *format), *format);
        if (hasErrors(parsed.diagnostics)) {
            for (const Diagnostic &d : parsed.diagnostics)
                if (d.isError())
                    QVERIFY2(d.line > 0, qPrintable(d.message));
            return;
        }
        QVERIFY(!parsed.diagram.nodes.isEmpty());
        const Theme theme = Theme::named(QStringLiteral("light"));
        const LayoutResult laid = layoutDiagram(parsed.diagram, theme, 120000);
        QVERIFY2(laid.ok, qPrintable(laid.error));
        QCOMPARE(laid.diagram.nodes.size(), parsed.diagram.nodes.size());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.svg"));
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write(writeSvg(laid.diagram, theme));
        svg.close();
        QProcess p;
        p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--dtdvalid"),
                          kDtd, out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().left(2000).constData());
    }
};

QTEST_MAIN(ImportCorpusTest)
#include "import_corpus_test.moc"

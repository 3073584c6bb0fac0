// SPDX-License-Identifier: MIT
// Export as a user sees it: the format from the file name, PNG at a chosen scale, PDF, and failures that
// leave no file behind; the painter honours highlights and colour overrides.
#include "diagram/export.h"
#include "diagram/layout.h"
#include "diagram/painter.h"
#include "diagram/parser.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae::diagram;

namespace {

LaidOutDiagram laidOut(const QString &text, const Theme &theme = Theme::light())
{
    const LayoutResult r = layoutDiagram(parseArch(text).diagram, theme);
    return r.diagram;
}

const QString kSmall =
    QStringLiteral("service api \"API\"\ndatabase pg \"Orders\" [tech: \"PostgreSQL 15\"]\n"
                   "api -> pg : \"SQL\"\n");

} // namespace

class RenderExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromPath_knownAndUnknownExtensions()
    {
        QCOMPARE(formatFromPath(QStringLiteral("a/b/out.SVG")), std::optional(ExportFormat::Svg));
        QCOMPARE(formatFromPath(QStringLiteral("out.png")), std::optional(ExportFormat::Png));
        QCOMPARE(formatFromPath(QStringLiteral("out.pdf")), std::optional(ExportFormat::Pdf));
        QVERIFY(!formatFromPath(QStringLiteral("out.jpg")));
        QVERIFY(!formatFromPath(QStringLiteral("out")));
    }

    void export_png_sizeFollowsScale()
    {
        const LaidOutDiagram d = laidOut(kSmall);
        QVERIFY(!d.nodes.isEmpty());
        QTemporaryDir dir;
        for (double scale : {1.0, 2.0}) {
            const QString path = dir.filePath(QStringLiteral("out%1.png").arg(scale));
            QString error;
            QVERIFY2(exportDiagram(d, Theme::light(), path, ExportFormat::Png, scale, &error),
                     qPrintable(error));
            const QImage img(path);
            QCOMPARE(img.width(), int(std::ceil(d.bounds.width() * scale)));
            QCOMPARE(img.height(), int(std::ceil(d.bounds.height() * scale)));
        }
    }

    void export_pdf_writesOnePagePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pdf"));
        QString error;
        QVERIFY2(exportDiagram(laidOut(kSmall), Theme::dark(), path, ExportFormat::Pdf, 1, &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    }

    void export_missingDirectory_failsWithMessageAndNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/out.svg"));
        QString error;
        QVERIFY(!exportDiagram(laidOut(kSmall), Theme::light(), path, ExportFormat::Svg, 1, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("out.svg")));
        QVERIFY(!QFile::exists(path));
    }

    void export_unwritableDirectory_failsAndKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.svg"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old");
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        QString error;
        const bool ok = exportDiagram(laidOut(kSmall), Theme::light(), path, ExportFormat::Svg, 1, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (ok)
            QSKIP("running as root: directory permissions are not enforced");
        QVERIFY(!error.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left over
    }

    void painter_colourOverride_usedInLightAndDarkTheme()
    {
        const QString text =
            QStringLiteral("database pg \"PG\" [fill: \"#ff0000\", dark-fill: \"#0000ff\"]\n");
        for (const bool dark : {false, true}) {
            const Theme theme = dark ? Theme::dark() : Theme::light();
            const LaidOutDiagram d = laidOut(text, theme);
            const QImage img = renderImage(d, theme, 1.0);
            const QRectF r = d.nodes[0].rect;
            // A point inside the body, left of the icon and text.
            const QColor c = img.pixelColor(QPoint(int(r.left() + 5), int(r.center().y() + 12)));
            QCOMPARE(c.name(), dark ? QStringLiteral("#0000ff") : QStringLiteral("#ff0000"));
        }
    }

    void painter_highlightedNode_getsHighlightOutline()
    {
        const LaidOutDiagram d = laidOut(kSmall);
        const Theme theme = Theme::light();
        QImage plain(d.bounds.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        plain.fill(theme.background);
        QImage lit = plain;
        {
            QPainter p(&plain);
            DiagramPainter().paint(p, d, theme);
        }
        {
            QPainter p(&lit);
            DiagramPainter().paint(p, d, theme, {QStringLiteral("pg")});
        }
        const QRect pg = d.nodes[1].rect.toAlignedRect().adjusted(-3, -3, 3, 3);
        const QRect api = d.nodes[0].rect.toAlignedRect().adjusted(-3, -3, 3, 3);
        QVERIFY(plain.copy(pg) != lit.copy(pg));
        QCOMPARE(plain.copy(api), lit.copy(api));
    }
};

QTEST_MAIN(RenderExportTest)
#include "render_export_test.moc"

// SPDX-License-Identifier: MIT
// `archexplorer export`: a case study as self-contained HTML (diagrams as inline SVG, images embedded,
// nothing loaded from elsewhere, no script) and as PDF; a real README with relative images; usage errors exit
// 2 and write nothing.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString err;
};

Run exportDoc(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(AE_BINARY_DIR "/archexplorer"));
    p.setArguments(QStringList{QStringLiteral("export")} + args);
    p.start();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class ReaderExportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caseStudy_html_selfContained()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fintech.html"));
        const Run r = exportDoc(
            {QStringLiteral(AE_SOURCE_DIR "/content/case-studies/fintech.md"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString html = readText(out);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<title>A five-nines payments ledger")));
        // The study's model shown as two of its views (the system, then the numbered authorisation path),
        // each as SVG with its node labels as text.
        QCOMPARE(html.count(QLatin1String("<svg")), 2);
        QVERIFY(html.contains(QLatin1String("Ledger service")));
        QVERIFY(html.contains(QLatin1String("Card authorisation path")));
        QVERIFY(html.contains(QLatin1String("Performance Metrics")));
        QVERIFY(html.contains(QLatin1String("<table")));
        // Nothing that points back into the app or out to the network, and no script.
        for (const char *bad : {"diagram:", "aeimage:", "copy:", "<script", "src=\"http", "Open full size"})
            QVERIFY2(!html.contains(QLatin1String(bad)), bad);
    }

    void realReadme_imagesEmbedded()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("readme.html"));
        const Run r = exportDoc({QStringLiteral(AE_TEST_DATA "/markdown/real/system-design-primer/README.md"),
                                 QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString html = readText(out);
        const int images = int(html.count(QLatin1String("<img")));
        QVERIFY(images >= 4);
        QCOMPARE(int(html.count(QLatin1String("src=\"data:image/png;base64,"))), images);
    }

    void caseStudy_pdf()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fintech.pdf"));
        const Run r = exportDoc(
            {QStringLiteral(AE_SOURCE_DIR "/content/case-studies/fintech.md"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Title")); // the document title in the metadata
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "));
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
    }

    void usageErrors_exit2_writeNothing()
    {
        QTemporaryDir dir;
        const QString doc = QStringLiteral(AE_SOURCE_DIR "/content/case-studies/fintech.md");
        const QString txt = dir.filePath(QStringLiteral("out.txt"));
        Run r = exportDoc({doc, QStringLiteral("-o"), txt});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String(".pdf or .html")));
        r = exportDoc({dir.filePath(QStringLiteral("missing.md")), QStringLiteral("-o"),
                       dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("no such file")));
        r = exportDoc({doc, QStringLiteral("--library"), QStringLiteral(AE_SOURCE_DIR "/content/guide"),
                       QStringLiteral("-o"), dir.filePath(QStringLiteral("x.html"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("not inside the library")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ReaderExportTest)
#include "reader_export_test.moc"

// SPDX-License-Identifier: MIT
// `archexplorer render --checks` as a user runs it: the SVG holds a marker on each element a finding is about
// (with the finding in its <title>) and the summary box of the path, compared with a golden file and valid
// SVG 1.1; without --checks the export has neither.
#include "../diagram/goldenfile.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run render(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(AE_BINARY_DIR "/archexplorer"));
    p.setArguments(QStringList{QStringLiteral("render")} + args);
    p.setWorkingDirectory(QStringLiteral(AE_TEST_DATA "/checks/ui"));
    p.start();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

const QString kDtd = QStringLiteral("/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd");

} // namespace

class ChecksRenderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_svgMatchesGolden()
    {
        const Run r = render({QStringLiteral("checkout.arch"), QStringLiteral("--checks")});
        QCOMPARE(r.exitCode, 0);
        const QString svg = QString::fromUtf8(r.out);
        const QString golden = QStringLiteral(AE_TEST_DATA "/checks/ui/checkout-checks.svg");
        if (ae::test::updateGoldens())
            QVERIFY(ae::test::writeUtf8(golden, svg));
        bool ok = false;
        const QString expected = ae::test::readUtf8(golden, &ok);
        QVERIFY2(ok, qPrintable(golden + QStringLiteral(" missing (AE_UPDATE_GOLDEN=1)")));
        QCOMPARE(svg, expected);
    }

    void checks_markersAndSummaryInTheSvg()
    {
        const Run r = render({QStringLiteral("checkout.arch"), QStringLiteral("--checks")});
        QCOMPARE(r.exitCode, 0);
        const QString svg = QString::fromUtf8(r.out);
        // Three findings on elements (the stream, the dual write on `checkout`, the client on the replica's
        // edge); the budget finding is in the summary, not on an element.
        QCOMPARE(svg.count(QLatin1String("class=\"check-marker ")), 3);
        QVERIFY(svg.contains(QLatin1String("stream-without-consumer (warning)")));
        QVERIFY(svg.contains(QLatin1String("client-to-database (warning)")));
        QVERIFY(svg.contains(QLatin1String("id=\"path-summary\"")));
        QVERIFY(svg.contains(QStringLiteral("p50 42.0 ms · p99 164 ms")));
        QVERIFY(svg.contains(QLatin1String("99.94 %")));
        QVERIFY(svg.contains(QStringLiteral("✗ violated: p99 &lt; 150 ms (computed 164 ms)")));
        QVERIFY(svg.contains(QStringLiteral("✓ met: availability &gt;= 99.9 % (computed 99.94 %)")));
        QVERIFY(svg.contains(QLatin1String("async checkout ~&gt; events")));
        QVERIFY(svg.contains(QLatin1String("edge `checkout -&gt; orders`, 1,500/s")));

        if (!QFile::exists(kDtd))
            QSKIP("the SVG 1.1 DTD (w3c-sgml-lib) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.svg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
        f.close();
        QProcess lint;
        lint.start(QStringLiteral("xmllint"),
                   {QStringLiteral("--noout"), QStringLiteral("--dtdvalid"), kDtd, path});
        QVERIFY(lint.waitForFinished(60000));
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    }

    void withoutChecks_noMarkersNoSummary()
    {
        const Run r = render({QStringLiteral("checkout.arch")});
        QCOMPARE(r.exitCode, 0);
        const QString svg = QString::fromUtf8(r.out);
        QVERIFY(!svg.contains(QLatin1String("check-marker")));
        QVERIFY(!svg.contains(QLatin1String("path-summary")));
    }

    void checks_pngIsTallerByTheSummary()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.png"));
        const QString checked = dir.filePath(QStringLiteral("checked.png"));
        QCOMPARE(render({QStringLiteral("checkout.arch"), QStringLiteral("-o"), plain}).exitCode, 0);
        QCOMPARE(render({QStringLiteral("checkout.arch"), QStringLiteral("--checks"), QStringLiteral("-o"),
                         checked})
                     .exitCode,
                 0);
        const QImage a(plain), b(checked);
        QVERIFY(!a.isNull() && !b.isNull());
        QCOMPARE(b.width(), a.width());
        QVERIFY(b.height() > a.height() + 100);
    }
};

QTEST_MAIN(ChecksRenderTest)
#include "checks_render_test.moc"

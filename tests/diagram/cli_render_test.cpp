// SPDX-License-Identifier: MIT
// `archexplorer render` as a script uses it: exit codes, stderr as FILE:LINE:COL: error: MESSAGE, SVG on
// stdout, the format from the output's extension, and no output file when the input has errors.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run render(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(AE_BINARY_DIR "/archexplorer"));
    p.setArguments(QStringList{QStringLiteral("render")} + args);
    p.start();
    p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QByteArray kGood = "service api \"API\"\ndatabase pg \"Orders\"\napi -> pg : \"SQL\"\n";
// Two errors on known lines: an unknown kind and an unclosed group.
const QByteArray kBad = "service api\ndatabse pg \"Orders\"\ngroup g {\n  api\n";

} // namespace

class CliRenderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(AE_BINARY_DIR "/archexplorer")))
            QFAIL("archexplorer is not built (build the `archexplorer` target)");
    }

    void render_stdinToStdout_writesSvgExitZero()
    {
        const Run r = render({QStringLiteral("-")}, kGood);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<?xml"));
        QVERIFY(r.out.contains("<g id=\"node-pg\" class=\"node database\">"));
    }

    void render_inputErrors_exitOneAllErrorsNoFile()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("bad.arch"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kBad);
        f.close();
        const QString out = dir.filePath(QStringLiteral("out.svg"));
        const Run r = render({in, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        int errors = 0;
        for (const QByteArray &line : lines) {
            if (line.contains(": error: ")) {
                ++errors;
                QVERIFY2(QRegularExpression(
                             QStringLiteral("^%1:\\d+:\\d+: error: .+").arg(QRegularExpression::escape(in)))
                             .match(QString::fromUtf8(line))
                             .hasMatch(),
                         line.constData());
            }
        }
        QVERIFY2(errors >= 2, r.err.constData());
        QVERIFY(r.err.contains(QByteArray(in.toUtf8() + ":2:1: error: ")));
    }

    void render_formatFromExtension_writesPngAndPdf()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("good.arch"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kGood);
        f.close();
        const QString png = dir.filePath(QStringLiteral("out.png"));
        Run r = render({in, QStringLiteral("-o"), png, QStringLiteral("--scale"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        r = render({in, QStringLiteral("-o"), pdf, QStringLiteral("--theme"), QStringLiteral("dark")});
        QCOMPARE(r.exitCode, 0);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
    }

    void render_usageErrors_exitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no input") << QStringList{};
        QTest::newRow("bad format") << QStringList{QStringLiteral("-"), QStringLiteral("--format"),
                                                   QStringLiteral("gif")};
        QTest::newRow("bad theme") << QStringList{QStringLiteral("-"), QStringLiteral("--theme"),
                                                  QStringLiteral("blue")};
        QTest::newRow("bad scale") << QStringList{QStringLiteral("-"), QStringLiteral("--scale"),
                                                  QStringLiteral("x")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("-"), QStringLiteral("--frobnicate")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/in.arch")};
        QTest::newRow("unknown extension")
            << QStringList{QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("x.gif")};
        QTest::newRow("missing out dir") << QStringList{QStringLiteral("-"), QStringLiteral("-o"),
                                                        QStringLiteral("/nonexistent/dir/out.svg")};
    }

    void render_usageErrors_exitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = render(args, kGood);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void render_allViews_writesOneFilePerViewNamedAfterIt()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("views"));
        const Run r = render({QStringLiteral(AE_TEST_DATA "/diagram/views/shop.arch"),
                              QStringLiteral("--all-views"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("checkout.svg"), QStringLiteral("containers.svg"),
                                     QStringLiteral("context.svg"), QStringLiteral("frontends.svg"),
                                     QStringLiteral("stores.svg")}));
        QFile checkout(QDir(out).filePath(QStringLiteral("checkout.svg")));
        QVERIFY(checkout.open(QIODevice::ReadOnly));
        const QByteArray svg = checkout.readAll();
        QVERIFY(svg.contains("3b. OrderPlaced"));
        QVERIFY(!svg.contains("node-legacy")); // a view shows only what it selects
        QFile context(QDir(out).filePath(QStringLiteral("context.svg")));
        QVERIFY(context.open(QIODevice::ReadOnly));
        QVERIFY(!context.readAll().contains("node-db"));
    }

    void render_view_picksOneViewAndNamesUnknownOnes()
    {
        const QString in = QStringLiteral(AE_TEST_DATA "/diagram/views/shop.arch");
        const Run r = render({in, QStringLiteral("--view"), QStringLiteral("stores")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("node-redis"));
        QVERIFY(!r.out.contains("node-shopper"));
        const Run bad = render({in, QStringLiteral("--view"), QStringLiteral("chekout")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("no view `chekout`; did you mean `checkout`?"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
    }

    void render_markdownAllViews_everyViewOfEveryDiagram()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("notes.md"));
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Notes\n\n```arch\nservice a\nservice b\na -> b\nview left { include a }\n"
                "view right { include b }\n```\n\nText.\n\n```arch\nservice c\n```\n\n"
                "```arch\nservice d\ndatabse e\n```\n");
        f.close();
        const QString out = dir.filePath(QStringLiteral("out"));
        // The third block has an error: reported at its line in the document, and nothing is written.
        const Run broken = render({doc, QStringLiteral("--all-views"), QStringLiteral("-o"), out});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QByteArray(doc.toUtf8() + ":19:1: error: unknown kind `databse`")),
                 broken.err.constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Notes\n\n```arch\nservice a\nservice b\na -> b\nview left { include a }\n"
                "view right { include b }\n```\n\nText.\n\n```arch\nservice c\n```\n");
        f.close();
        const Run r = render({doc, QStringLiteral("--all-views"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("left.svg"), QStringLiteral("notes-2.svg"),
                              QStringLiteral("right.svg")}));
        // Without --all-views or --view a document is refused with the way out.
        const Run usage = render({doc});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--all-views"));
    }
};

QTEST_MAIN(CliRenderTest)
#include "cli_render_test.moc"

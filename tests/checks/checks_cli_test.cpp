// SPDX-License-Identifier: MIT
// `archexplorer check` as a user runs it: Markdown documents with lines mapped to the document, exit codes,
// --format json, --paths, other diagram formats.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run check(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(AE_BINARY_DIR "/archexplorer"));
    p.setArguments(QStringList{QStringLiteral("check")} + args);
    p.setWorkingDirectory(QStringLiteral(AE_TEST_DATA "/checks/cli"));
    p.start();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class ChecksCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdown_findingsAtDocumentLines_exit1OnErrors()
    {
        const Run r = check({QStringLiteral("document.md")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(QLatin1String("document.md:9:20: error: budget-exceeded: path `read` misses its "
                                         "budget `p99 < 10 ms`: computed 25.0 ms")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QLatin1String("document.md:18:8: warning: stream-without-consumer: stream `events`")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("document.md: 2 diagrams: 1 error, 1 warning")));
    }

    void warningsOnly_exit0()
    {
        const Run r = check({QStringLiteral("warnings-only.arch")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("warnings-only.arch:2:8: warning: stream-without-consumer")));
    }

    void json_paths()
    {
        const Run r = check({QStringLiteral("document.md"), QStringLiteral("--format"),
                             QStringLiteral("json"), QStringLiteral("--paths")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 1);
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("budget-exceeded"));
        QCOMPARE(findings[0].toObject().value(QStringLiteral("line")).toInt(), 9);
        QCOMPARE(findings[0].toObject().value(QStringLiteral("why")).toString(),
                 QStringLiteral("case-studies/fintech.md#lessons-learned"));
        const QJsonObject path = root.value(QStringLiteral("paths")).toArray().first().toObject();
        QCOMPARE(path.value(QStringLiteral("latencyP99Ms")).toDouble(), 25.0);
    }

    void paths_textSummary()
    {
        const Run r = check({QStringLiteral("document.md"), QStringLiteral("--paths")});
        QVERIFY2(r.out.contains(QLatin1String("document.md:9: path read: latency p50 25.0 ms, p99 25.0 ms; "
                                              "availability unknown; bottleneck unknown")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("budget p99 < 10 ms: missed")));
    }

    void mermaid_isChecked()
    {
        const Run r = check({QStringLiteral("flow.mmd")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(QLatin1String("error: sync-cycle: synchronous calls form a cycle: a -> b -> a")),
            qPrintable(r.out));
    }

    void usageErrors_exit2()
    {
        QCOMPARE(check({}).exitCode, 2);
        QCOMPARE(check({QStringLiteral("nope.arch")}).exitCode, 2);
        QCOMPARE(
            check({QStringLiteral("warnings-only.arch"), QStringLiteral("--format"), QStringLiteral("xml")})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(ChecksCliTest)
#include "checks_cli_test.moc"

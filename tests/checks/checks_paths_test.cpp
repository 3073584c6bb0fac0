// SPDX-License-Identifier: MIT
// Path arithmetic and the annotation grammar: series, parallel fan-outs, async exclusion, redundancy, unit
// normalisation, budgets met and missed, located errors for bad values, missing nodes and missing edges.
#include "diagram/checks/check.h"
#include "diagram/parser.h"

#include <QTest>

using namespace ae;
using namespace ae::diagram;

namespace {

checks::PathFigures onlyPath(const QString &text, checks::CheckReport *out = nullptr)
{
    const ParseResult parsed = parseArch(text);
    for (const Diagnostic &d : parsed.diagnostics)
        qWarning("%d:%d %s", d.line, d.column, qPrintable(d.message));
    const checks::CheckReport report = checks::checkDiagram(parsed.diagram);
    if (out)
        *out = report;
    return report.paths.value(0);
}

const Diagnostic *findingOf(const checks::CheckReport &report, const QString &rule)
{
    for (const checks::Finding &f : report.findings)
        if (f.rule == rule)
            return &f.diagnostic;
    return nullptr;
}

} // namespace

class ChecksPathsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latency_units_normalisedToMilliseconds()
    {
        checks::Latency l;
        QString error;
        QVERIFY(checks::parseLatency(QStringLiteral("800 µs"), &l, &error));
        QCOMPARE(l.p50, 0.8);
        QVERIFY(checks::parseLatency(QStringLiteral("800us"), &l, &error));
        QCOMPARE(l.p99, 0.8);
        QVERIFY(checks::parseLatency(QStringLiteral("1.5 s"), &l, &error));
        QCOMPARE(l.p50, 1500.0);
        QVERIFY(checks::parseLatency(QStringLiteral("p50: 3 ms, p99: 12 ms"), &l, &error));
        QCOMPARE(l.p50, 3.0);
        QCOMPARE(l.p99, 12.0);
        QVERIFY(checks::parseLatency(QStringLiteral("p99 0.2s"), &l, &error));
        QCOMPARE(l.p50, 200.0); // a p99 alone stands for both
        QVERIFY(!checks::parseLatency(QStringLiteral("12"), &l, &error));
        QVERIFY(error.contains(QLatin1String("no unit")));
        QVERIFY(!checks::parseLatency(QStringLiteral("p95: 3 ms"), &l, &error));
        QVERIFY(!checks::parseLatency(QStringLiteral("p50: 30 ms, p99: 3 ms"), &l, &error));
        QVERIFY(error.contains(QLatin1String("below")));
    }

    void availabilityAndCapacity_parse()
    {
        double v = 0;
        QString error;
        QVERIFY(checks::parseAvailability(QStringLiteral("99.95 %"), &v, &error));
        QCOMPARE(v, 0.9995);
        QVERIFY(!checks::parseAvailability(QStringLiteral("0.9995"), &v, &error));
        QVERIFY(!checks::parseAvailability(QStringLiteral("101 %"), &v, &error));
        QVERIFY(checks::parseCapacity(QStringLiteral("5k/s"), &v, &error));
        QCOMPARE(v, 5000.0);
        QVERIFY(checks::parseCapacity(QStringLiteral("1.2M req/min"), &v, &error));
        QCOMPARE(v, 20000.0);
        QVERIFY(checks::parseCapacity(QStringLiteral("300 rps"), &v, &error));
        QCOMPARE(v, 300.0);
        QVERIFY(!checks::parseCapacity(QStringLiteral("fast"), &v, &error));
        // Thousands grouped as the studies' prose writes them; a stray separator is no rate at all.
        QVERIFY(checks::parseCapacity(QStringLiteral("1,500/s"), &v, &error));
        QCOMPARE(v, 1500.0);
        QVERIFY(checks::parseCapacity(QStringLiteral("12,000 writes/s"), &v, &error));
        QCOMPARE(v, 12000.0);
        QVERIFY(!checks::parseCapacity(QStringLiteral("1;500/s"), &v, &error));
    }

    void series_hopsAdd_unitsMixed()
    {
        const checks::PathFigures p = onlyPath(QStringLiteral(
            "service a [latency: 800us]\nservice b [latency: \"2 ms\"]\ndatabase c [latency: 0.01s]\n"
            "a -> b [latency: 1ms]\nb -> c\npath p {\n  a -> b -> c\n}\n"));
        QVERIFY(p.computed);
        QCOMPARE(p.p50Ms, 0.8 + 1 + 2 + 10);
        QCOMPARE(p.elements, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void parallel_fanOutTakesTheSlowestBranch()
    {
        const QString nodes = QStringLiteral("service api [latency: 1ms]\nservice x [latency: 30ms]\n"
                                             "service y [latency: 50ms]\nservice z [latency: 5ms]\n"
                                             "service w [latency: 4ms]\napi -> x, y, z\nz -> w\n");
        // `a -> x, y`: a fan-out.
        QCOMPARE(onlyPath(nodes + QStringLiteral("path p { api -> x, y }\n")).p50Ms, 1.0 + 50);
        // `&` with a chain: z -> w (9 ms) runs alongside x (30 ms).
        QCOMPARE(onlyPath(nodes + QStringLiteral("path p {\n  api -> x\n  & api -> z -> w\n}\n")).p50Ms,
                 1.0 + 30);
        // Without `&` the same steps are sequential.
        QCOMPARE(onlyPath(nodes + QStringLiteral("path p {\n  api -> x\n  api -> z -> w\n}\n")).p50Ms,
                 1.0 + 30 + 9);
    }

    void async_excludedAndListed()
    {
        const checks::PathFigures p =
            onlyPath(QStringLiteral("service a [latency: 5ms]\nstream s [latency: 500ms]\nworker w [latency: "
                                    "2s]\nservice b [latency: "
                                    "1ms]\na ~> s\ns ~> w\na -> b\npath p {\n  a ~> s ~> w\n  a -> b\n}\n"));
        QCOMPARE(p.p50Ms, 5.0 + 1);
        QCOMPARE(p.asyncSteps, (QStringList{QStringLiteral("a ~> s"), QStringLiteral("s ~> w")}));
        QVERIFY(!p.elements.contains(QStringLiteral("w")));
    }

    void async_whatAMessageSetsOffIsLeftOutToo()
    {
        // The request ends at the commit; the auditor's write to the archive happens after it, set off by the
        // message, and is listed with the messages, not added to the request.
        const checks::PathFigures p = onlyPath(QStringLiteral(
            "service api [latency: 5ms, availability: \"99.9 %\"]\ndatabase db [latency: 10ms]\n"
            "stream log\nworker auditor [latency: 1s]\nstorage archive [latency: 2s, availability: \"99 "
            "%\"]\n"
            "api -> db\ndb ~> log\nlog ~> auditor\nauditor -> archive\nauditor -> api\n"
            "path p {\n  api -> db\n  db ~> log ~> auditor\n  auditor -> archive\n  api -> db\n}\n"));
        QVERIFY(p.computed);
        QCOMPARE(p.p50Ms, 5.0 + 10 + 10);
        QCOMPARE(p.asyncSteps, (QStringList{QStringLiteral("db ~> log"), QStringLiteral("log ~> auditor"),
                                            QStringLiteral("auditor -> archive")}));
        QVERIFY(!p.elements.contains(QStringLiteral("archive")));
        QVERIFY(qAbs(p.availability - 0.999) < 1e-12); // the archive's 99 % is not the request's
    }

    void availability_seriesMultiply_replicasCombine()
    {
        // Two 99.9 % replicas in parallel are 99.9999 %.
        checks::PathFigures p = onlyPath(QStringLiteral("service api\ndatabase db [availability: \"99.9 "
                                                        "%\"]\ndatabase standby [availability: \"99.9 %\"]\n"
                                                        "api -> db\ndb => standby\npath p { api -> db }\n"));
        QVERIFY(qAbs(p.availability - 0.999999) < 1e-12);
        QCOMPARE(checks::formatPercent(p.availability), QStringLiteral("99.9999 %"));
        // In series: 99.9 % x 99.9 % = 99.8001 %.
        p = onlyPath(
            QStringLiteral("service api [availability: \"99.9 %\"]\ndatabase db [availability: \"99.9 %\"]\n"
                           "api -> db\npath p { api -> db }\n"));
        QVERIFY(qAbs(p.availability - 0.998001) < 1e-12);
        // A cluster group of one kind is a redundant set too.
        p = onlyPath(
            QStringLiteral("service api\ngroup c [kind: cluster] {\n  cache r1 [availability: \"99 %\"]\n"
                           "  cache r2 [availability: \"99 %\"]\n}\napi -> r1\npath p { api -> r1 }\n"));
        QVERIFY(qAbs(p.availability - 0.9999) < 1e-12);
    }

    void capacity_bottleneckNamesItsHop()
    {
        const checks::PathFigures p = onlyPath(QStringLiteral(
            "gateway gw [capacity: \"50k req/s\"]\nservice api [capacity: \"20k/s\"]\ndatabase db [capacity: "
            "\"300 "
            "rps\"]\ngw -> api\napi -> db [capacity: \"200/s\"]\npath p { gw -> api -> db }\n"));
        QVERIFY(p.hasCapacity);
        QCOMPARE(p.capacity, 200.0);
        QCOMPARE(p.bottleneck, QStringLiteral("edge `api -> db`"));
    }

    void budget_metAndMissed()
    {
        const QString diagram =
            QStringLiteral("service api [latency: \"p50: 10 ms, p99: 80 ms\", availability: \"99.95 "
                           "%\"]\ndatabase db [latency: 20ms]\napi -> db\n");
        checks::CheckReport report;
        checks::PathFigures p = onlyPath(
            diagram +
                QStringLiteral("path p [budget: \"p99 < 200 ms, availability >= 99.9 %\"] { api -> db }\n"),
            &report);
        QCOMPARE(p.budget.size(), 2);
        QVERIFY(p.budget[0].met && p.budget[1].met);
        QVERIFY(report.findings.isEmpty());

        p = onlyPath(diagram +
                         QStringLiteral("path p [budget: \"latency < 25 ms, p99 <= 100 ms, availability >= "
                                        "99.99 %\"] { api -> db }\n"),
                     &report);
        QVERIFY(!p.budget[0].met); // p50 30 ms
        QVERIFY(p.budget[1].met);  // p99 100 ms
        QVERIFY(!p.budget[2].met);
        QCOMPARE(report.findings.size(), 2);
        const Diagnostic *d = findingOf(report, QStringLiteral("budget-exceeded"));
        QVERIFY(d);
        QCOMPARE(d->line, 4);
        QCOMPARE(d->column, 17); // the budget's value
        QVERIFY(d->isError());
        QVERIFY(d->message.contains(QLatin1String("30.0 ms")));
    }

    void pathErrors_areLocated()
    {
        checks::CheckReport report;
        const checks::PathFigures p = onlyPath(
            QStringLiteral(
                "service api\ndatabase orders\napi -> orders\npath p {\n  api -> order\n}\npath q {\n"
                "  orders -> api\n}\n"),
            &report);
        QVERIFY(!p.computed);
        const Diagnostic *missing = findingOf(report, QStringLiteral("path-unknown-node"));
        QVERIFY(missing);
        QCOMPARE(missing->line, 5);
        QCOMPARE(missing->column, 10);
        QVERIFY(missing->hint.contains(QLatin1String("`orders`")));
        const Diagnostic *noEdge = findingOf(report, QStringLiteral("path-missing-edge"));
        QVERIFY(noEdge);
        QCOMPARE(noEdge->line, 8);
        QCOMPARE(noEdge->column, 13);
        QVERIFY(noEdge->isError());
    }

    void reply_afterItsRequest_isListedAndNotCounted()
    {
        // api -> db, then db -> api: the answer to the call made one step earlier. The round trip is in the
        // request's figures; the reply adds no latency and no availability factor, and the path is back at
        // `api` for the next call.
        checks::CheckReport report;
        const checks::PathFigures p = onlyPath(
            QStringLiteral("service api [latency: 2ms, availability: \"99.9 %\"]\n"
                           "database db [latency: 5ms, availability: \"99.9 %\"]\n"
                           "cache c [latency: 1ms, availability: \"99 %\"]\n"
                           "api -> db [latency: 1ms, availability: \"99.99 %\"]\napi -> c\n"
                           "path p {\n  api -> db\n  db -> api : rows\n  api -> c\n  & api -> db\n}\n"),
            &report);
        QVERIFY2(report.findings.isEmpty(), qPrintable(report.findings.value(0).diagnostic.message));
        QVERIFY(p.computed);
        QCOMPARE(p.replySteps, QStringList{QStringLiteral("db -> api")});
        // 2 (api) + 6 (api -> db) + the fork after the reply: max(c 1, db 6) = 6.
        QCOMPARE(p.p50Ms, 2.0 + 6 + 6);
        QVERIFY(qAbs(p.availability - 0.999 * 0.999 * 0.99 * 0.9999) < 1e-12);
        QVERIFY(p.summary().contains(QLatin1String("replies, counted on their request: db -> api")));
    }

    void reply_withoutAnEarlierRequest_isAMissingEdge()
    {
        checks::CheckReport report;
        const checks::PathFigures p = onlyPath(QStringLiteral("service api\ndatabase db\napi -> db\n"
                                                              "path p {\n  db -> api\n  api -> db\n}\n"),
                                               &report);
        QVERIFY(!p.computed);
        QCOMPARE(report.findings.size(), 1);
        const Diagnostic *d = findingOf(report, QStringLiteral("path-missing-edge"));
        QVERIFY(d);
        QCOMPARE(d->line, 5);
        QCOMPARE(d->column, 9);
        QVERIFY(d->isError());
        QVERIFY2(d->hint.contains(QLatin1String("put `api -> db` earlier")), qPrintable(d->hint));
    }

    void annotationMistakes_areSyntaxErrorsAtTheValue()
    {
        const ParseResult r = parseArch(QStringLiteral("service a [latency: fast]\nservice b [availability: "
                                                       "\"0.999\"]\npath p [budget: \"p99 < soon\"] {\n"
                                                       "  a => b\n}\npath q {\n  a -> b\n"));
        QCOMPARE(r.diagnostics.size(), 6);
        QCOMPARE(r.diagnostics[0].line, 1);
        QCOMPARE(r.diagnostics[0].column, 21);
        QVERIFY(r.diagnostics[0].message.contains(QLatin1String("bad latency")));
        QCOMPARE(r.diagnostics[1].line, 2);
        QCOMPARE(r.diagnostics[1].column, 26);
        QVERIFY(r.diagnostics[2].message.contains(QLatin1String("no steps"))); // its one step was refused
        QCOMPARE(r.diagnostics[3].line, 3);
        QCOMPARE(r.diagnostics[3].column, 17);
        QVERIFY(r.diagnostics[3].hint.contains(QLatin1String("`soon` is not a duration")));
        QCOMPARE(r.diagnostics[4].line, 4);
        QVERIFY(r.diagnostics[4].message.contains(QLatin1String("`=>`")));
        QCOMPARE(r.diagnostics[5].line, 6);
        QVERIFY(r.diagnostics[5].message.contains(QLatin1String("never closed")));
    }

    void pathStatement_buildsADynamicView()
    {
        const ParseResult r =
            parseArch(QStringLiteral("service a\nservice b\nservice c\na -> b\nb -> c\npath checkout "
                                     "\"Checkout\" [budget: \"p99 < 200 ms\", "
                                     "user-facing: true] { a -> b : \"calls\"; & a ~> c }\nservice d\n"));
        QVERIFY(!hasErrors(r.diagnostics));
        QCOMPARE(r.diagram.views.size(), 1);
        const View &v = r.diagram.views.first();
        QCOMPARE(v.type, View::Type::Dynamic);
        QCOMPARE(v.id, QStringLiteral("checkout"));
        QCOMPARE(v.title, QStringLiteral("Checkout"));
        QCOMPARE(v.properties.value(QStringLiteral("budget")), QStringLiteral("p99 < 200 ms"));
        QCOMPARE(v.properties.value(QStringLiteral("user-facing")), QStringLiteral("true"));
        QCOMPARE(v.steps.size(), 2);
        QCOMPARE(v.steps[0].label, QStringLiteral("calls"));
        QVERIFY(v.steps[1].async && v.steps[1].parallelWithPrevious);
        QCOMPARE(r.diagram.nodes.size(), 4); // the line after the path is read as usual
    }

    void forgottenBrace_leavesTheNextStatementsAlone()
    {
        const ParseResult r =
            parseArch(QStringLiteral("service a\nservice b\na -> b\npath p {\n  a -> b\nservice c\n"));
        QCOMPARE(r.diagram.nodes.size(), 3);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 4);
        QCOMPARE(r.diagram.views.value(0).steps.size(), 1);
    }
};

QTEST_GUILESS_MAIN(ChecksPathsTest)
#include "checks_paths_test.moc"

// SPDX-License-Identifier: MIT
// Checks section: the architecture checks and path figures of a generated diagram (four regions of two zones,
// every node annotated, replication, streams, 20 budgeted paths of 8 hops) against parsing the same text, the
// anchor: the Draw workspace runs both on every keystroke. Target at 1,000 nodes: checks + paths < 20 ms.
#include "bench.h"

#include "diagram/checks/check.h"
#include "diagram/parser.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace ae::diagram;

namespace {

QString generate(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char *const kinds[] = {"service", "service", "service", "database", "cache",   "queue",
                                        "worker",  "gateway", "stream",  "search",   "storage", "keyvalue"};
    QString text;
    text += QStringLiteral("title \"Generated %1\"\n").arg(n);
    QStringList kindOf;
    for (int i = 0; i < n; ++i)
        kindOf.append(QString::fromLatin1(kinds[rng.bounded(int(std::size(kinds)))]));
    // Four regions of two zones; nodes spread over them in order.
    const int perZone = qMax(1, n / 8);
    for (int z = 0; z < 8; ++z) {
        if (z % 2 == 0)
            text += QStringLiteral("group r%1 [kind: region] {\n").arg(z / 2);
        text += QStringLiteral("  group z%1 [kind: zone] {\n").arg(z);
        for (int i = z * perZone; i < (z == 7 ? n : (z + 1) * perZone); ++i)
            text +=
                QStringLiteral("    %1 n%2 [latency: \"p50: %3 ms, p99: %4 ms\", availability: \"99.%5 %\", "
                               "capacity: \"%6k req/s\"]\n")
                    .arg(kindOf[i])
                    .arg(i)
                    .arg(1 + rng.bounded(20))
                    .arg(25 + rng.bounded(100))
                    .arg(9 + rng.bounded(90))
                    .arg(1 + rng.bounded(50));
        text += QStringLiteral("  }\n");
        if (z % 2 == 1)
            text += QStringLiteral("}\n");
    }
    // A backbone of calls (messages into streams and queues), extra forward edges, replication between
    // stores.
    for (int i = 0; i + 1 < n; ++i) {
        const bool message = kindOf[i + 1] == u"stream" || kindOf[i + 1] == u"queue";
        text += QStringLiteral("n%1 %2 n%3\n")
                    .arg(i)
                    .arg(message ? QStringLiteral("~>") : QStringLiteral("->"))
                    .arg(i + 1);
        if (rng.bounded(3) == 0 && i + 2 < n)
            text += QStringLiteral("n%1 -> n%2\n").arg(i).arg(qMin(n - 1, i + 2 + int(rng.bounded(20))));
        if (kindOf[i] == u"database" && rng.bounded(2) == 0) {
            text += QStringLiteral("database n%1r\n").arg(i);
            text += QStringLiteral("n%1 => n%1r\n").arg(i);
        }
    }
    for (int p = 0; p < 20; ++p) {
        const int start = int(rng.bounded(qMax(1, n - 9)));
        QStringList hops;
        for (int k = 0; k <= 8 && start + k < n; ++k)
            hops.append(QStringLiteral("n%1").arg(start + k));
        text += QStringLiteral("path p%1 [budget: \"p99 < 400 ms, availability >= 99 %\"] {\n  %2\n}\n")
                    .arg(p)
                    .arg(hops.join(QStringLiteral(" -> ")));
    }
    return text;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

AE_BENCH_SECTION("checks")
{
    QTextStream &out = ctx.out;
    out << "architecture checks + path figures vs parsing the same .arch text (the anchor); median of runs\n";
    out << qSetFieldWidth(8) << "nodes" << qSetFieldWidth(12) << "parse ms"
        << "checks ms"
        << "ratio" << qSetFieldWidth(10) << "findings" << qSetFieldWidth(0) << "  target\n";
    QVector<int> sizes = {100, 1000, 5000};
    if (ctx.quick)
        sizes = {100, 1000};
    for (int n : sizes) {
        const QString text = generate(n, 7 + n);
        QVector<double> parses, checksMs;
        int findings = 0;
        for (int r = 0; r < (n <= 1000 ? 9 : 3); ++r) {
            QElapsedTimer t;
            t.start();
            const ParseResult parsed = parseArch(text);
            parses << ae::bench::ms(t);
            t.restart();
            const checks::CheckReport report = checks::checkDiagram(parsed.diagram);
            checksMs << ae::bench::ms(t);
            findings = int(report.findings.size()) + int(report.paths.size());
        }
        const double p = median(parses), c = median(checksMs);
        out << qSetFieldWidth(8) << n << qSetFieldWidth(12) << QString::number(p, 'f', 2)
            << QString::number(c, 'f', 2) << QString::number(p > 0 ? c / p : 0, 'f', 2) << qSetFieldWidth(10)
            << findings << qSetFieldWidth(0)
            << (n == 1000 ? (c < 20 ? "  < 20 ms: met" : "  < 20 ms: MISSED") : "") << "\n";
    }
}

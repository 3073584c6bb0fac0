// SPDX-License-Identifier: MIT
// A generated architecture-like .arch text of any size (groups of ten, labelled and async edges), for the
// bench and the GUI latency tests. Header-only; deterministic for a given seed.
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace ae::testsupport {

// `nodes` nodes in groups (zones) of ten, ~1.3 edges per node, mostly to nearby nodes, a quarter async, 30%
// labelled; `title` goes first, so callers can make the text unique (a fresh layout cache key).
inline QString generatedArch(int nodes, quint32 seed, const QString &title = QStringLiteral("Generated"))
{
    static const char *const kinds[] = {"service", "service", "database", "cache",  "queue",
                                        "worker",  "gateway", "storage",  "stream", "search"};
    static const char *const techs[] = {"PostgreSQL 15", "Redis 7", "Apache Kafka", "Go 1.22", "Java 17"};
    QRandomGenerator rng(seed);
    QString t = QStringLiteral("title \"%1\"\ndirection right\n\n").arg(title);
    const int groups = (nodes + 9) / 10;
    for (int g = 0; g < groups; ++g) {
        t += QStringLiteral("group g%1 \"Zone %1\" [kind: zone] {\n").arg(g);
        for (int i = g * 10; i < qMin(nodes, (g + 1) * 10); ++i) {
            t +=
                QStringLiteral("  %1 n%2 \"Component %2\"").arg(QLatin1String(kinds[rng.bounded(10)])).arg(i);
            if (rng.bounded(3) == 0)
                t += QStringLiteral(" [tech: \"%1\"]").arg(QLatin1String(techs[rng.bounded(5)]));
            t += QLatin1Char('\n');
        }
        t += QStringLiteral("}\n");
    }
    const int edges = nodes * 13 / 10;
    for (int k = 0; k < edges && nodes > 1; ++k) {
        const int from = rng.bounded(nodes);
        int to = rng.bounded(100) < 85 ? from + 1 + rng.bounded(qMax(2, nodes / 10)) : rng.bounded(nodes);
        if (to >= nodes || to == from)
            to = (from + 1) % nodes;
        const QString op = rng.bounded(4) == 0 ? QStringLiteral("~>") : QStringLiteral("->");
        t += QStringLiteral("n%1 %2 n%3").arg(from).arg(op).arg(to);
        if (rng.bounded(10) < 3)
            t += QStringLiteral(" : \"call %1\"").arg(k);
        t += QLatin1Char('\n');
    }
    return t;
}

} // namespace ae::testsupport

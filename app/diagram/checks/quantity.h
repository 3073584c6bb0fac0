// SPDX-License-Identifier: MIT
// The figures the architecture checks read from annotations: latencies with units (optionally p50/p99), an
// availability in percent, a capacity as a rate, and a path's budget ("p99 < 200 ms, availability >= 99.99
// %"). Every value is normalised: latency to milliseconds, availability to a fraction, capacity to events per
// second.
#pragma once

#include <QString>
#include <QVector>

namespace ae::diagram::checks {

struct Latency
{
    double p50 = 0; // milliseconds; a plain value sets both
    double p99 = 0;
};

// "12 ms", "800µs", "800 us", "1.5 s", "2 min", "p50: 3 ms, p99: 12 ms", "p99 12ms". False and a sentence in
// *error when the text is none of these.
bool parseLatency(const QString &text, Latency *out, QString *error);
// "99.99 %", "99.99%" -> 0.9999. Percentages only: a bare 0.9999 is refused (it is ambiguous).
bool parseAvailability(const QString &text, double *fraction, QString *error);
// "5000 req/s", "5k/s", "1.2M req/min", "300 rps" -> events per second.
bool parseCapacity(const QString &text, double *perSecond, QString *error);

struct BudgetTerm
{
    enum class Measure { P50, P99, Availability, Capacity };
    enum class Op { Less, LessOrEqual, Greater, GreaterOrEqual };
    Measure measure = Measure::P99;
    Op op = Op::Less;
    double value = 0; // ms, fraction or events/s, as above
    QString text;     // the term as written, trimmed ("p99 < 200 ms")

    bool holds(double actual) const;
};

// "p99 < 200 ms, availability >= 99.99 %, capacity >= 5k req/s"; `latency` means p50.
bool parseBudget(const QString &text, QVector<BudgetTerm> *out, QString *error);

// For messages: "12.5 ms", "99.9999 %", "5,000/s".
QString formatMs(double ms);
QString formatPercent(double fraction);
QString formatRate(double perSecond);

} // namespace ae::diagram::checks

// SPDX-License-Identifier: MIT
// Units of the metrics tables: what a unit text means (a dimension and a scale to that dimension's canonical
// unit).
#pragma once

#include <QString>
#include <QStringList>

namespace ae::metrics {

// Metrics of the same dimension (and the same canonical unit) can be charted on one axis.
enum class Dimension {
    Unknown,
    Time,         // canonical: ms
    Rate,         // events per second: canonical "/s"
    Size,         // canonical: GB (SI, 10^9 bytes)
    SizeRate,     // canonical: MB/s
    Percent,      // canonical: %
    Money,        // canonical: the currency (USD, EUR)
    MoneyRate,    // canonical: CURRENCY/month
    MoneyPerUnit, // canonical: CURRENCY per 1M units
    Count,        // canonical: count (X/year counts are scaled to per year)
    Factor,       // canonical: x
};

enum class Better { Unspecified, Lower, Higher };

struct Unit
{
    QString text; // as written in the table, trimmed
    Dimension dimension = Dimension::Unknown;
    double scale = 1.0; // value in this unit * scale = value in the canonical unit
    QString canonical;  // display name of the canonical unit ("ms", "/s", "USD/month")
    QString currency;   // ISO code for the money dimensions, empty otherwise
    QString noun;       // what is counted ("orders", "transactions"), empty when not applicable

    bool isValid() const { return dimension != Dimension::Unknown; }
};

// Parses a unit text ("ms", "orders/s", "USD/1k transactions", "TiB", "%"). An unknown unit returns an
// invalid Unit and, if `error` is given, a sentence saying why.
Unit parseUnit(const QString &text, QString *error = nullptr);

// Stable lower-case identifier used by the CLI and CSV ("time", "rate", "size", "size-rate", "percent",
// "money", "money-rate", "money-per-unit", "count", "factor").
QString dimensionId(Dimension d);
// Dimension from an identifier or a display name, case-insensitive; Unknown if none matches.
Dimension dimensionFromId(const QString &id);
// Translated name for the user ("Time", "Throughput").
QString dimensionDisplayName(Dimension d);
// Every dimension but Unknown, in display order.
QVector<Dimension> allDimensions();

// The direction a metric improves in when the table does not say: from the dimension, then from words in the
// metric name ("error rate", "incidents", "hit ratio").
Better defaultBetter(Dimension d, const QString &metricName);
// "lower" / "higher" / "" and back ("lower", "higher", "lower is better", "↓", "↑"...).
QString betterId(Better b);
Better betterFromText(const QString &text, bool *ok = nullptr);

} // namespace ae::metrics

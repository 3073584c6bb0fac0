// SPDX-License-Identifier: MIT
// Measures: what a metrics row is about ("p99 latency of the main path", "peak throughput in writes/s"), so
// that Compare only ever puts the same thing side by side. The vocabulary is data
// (content/metrics/measures.json, format in content/guide/metrics.md); a row names its measure in the Measure
// column or is matched by name.
#pragma once
#include "common/diagnostic.h"
#include "metrics/metric.h"

#include <QRegularExpression>
#include <QVector>

namespace ae::metrics {

struct MeasureDef
{
    QString id;    // "latency-p99"
    QString name;  // "p99 latency"
    QString about; // one line for tooltips and the guide
    Dimension dimension = Dimension::Unknown;
    Better better = Better::Unspecified;
    bool perNoun = false; // the unit's noun qualifies it (writes/s is not payments/s)
    bool perName = false; // the row's name qualifies it (one job's turnaround is not another's)
    QVector<QRegularExpression> patterns;
};

class MeasureCatalog
{
public:
    // Parses measures.json; on a malformed file returns an empty catalog and sets `error`.
    static MeasureCatalog fromJson(const QByteArray &json, QString *error = nullptr);
    // `root`/metrics/measures.json when the opened library has one, else the bundled file (:/library/...).
    static MeasureCatalog forLibrary(const QString &root, QString *error = nullptr);
    static QString bundledPath();

    const QVector<MeasureDef> &measures() const { return m_measures; }
    const MeasureDef *find(const QString &id) const;
    bool isEmpty() const { return m_measures.isEmpty(); }

    // The first measure of the row's dimension one of whose patterns matches `name`; nullptr when none.
    const MeasureDef *match(Dimension dimension, const QString &name) const;

private:
    QVector<MeasureDef> m_measures;
};

// "latency-p99 (ledger commit)" -> id "latency-p99", qualifier "ledger commit".
struct MeasureText
{
    QString id;
    QString qualifier;
    bool ok = false;
};
MeasureText parseMeasureText(const QString &text);

// A measure key: "latency-p99" or "latency-p99 (ledger commit)". Two rows are compared only when keys are
// equal.
QString measureKey(const QString &id, const QString &qualifier);

// The noun a rate or unit cost counts, in one spelling ("req" -> "requests", "tx" -> "transactions").
QString canonicalNoun(const QString &noun);

// Gives every row its measure (Metric::measureId / measureQualifier / measure), study by study, in table
// order: the Measure cell when there is one, else the catalog's name patterns. A second row of a study that
// lands on a key the study already has gets its own name as qualifier, so it is never compared with the
// first. Rows that map to nothing keep an empty measure and get a warning (appended to `diagnostics` with the
// row's study path).
struct MeasureDiagnostic
{
    QString path;
    Diagnostic diagnostic;
};
void assignMeasures(Metrics &rows, const MeasureCatalog &catalog, QVector<MeasureDiagnostic> *diagnostics);

// Display name of a key: "p99 latency", "Peak throughput (writes/s)", "Job turnaround: regulatory export".
QString measureDisplayName(const MeasureCatalog &catalog, const Metric &row);

} // namespace ae::metrics

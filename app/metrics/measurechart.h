// SPDX-License-Identifier: MIT
// What a chart of one measure shows: one bar pair (baseline, result) per study, or one study's before→after
// factors, with every label already formatted. Drawing is chart/'s business; this is only data.
#pragma once
#include "metrics/collect.h"

#include <optional>

namespace ae::metrics {

enum class AvailabilityScale { Downtime, Nines };

struct ChartBar
{
    QString label;        // category: the study's short name (a measure's name in a before/after chart)
    QString tooltip;      // the full title, the text as written, the source line
    QString study;        // study path
    int metricIndex = -1; // into LibraryMetrics::metrics; -1 when the study does not report the measure
    std::optional<double> baseline, result; // in the chart's value unit
    QString baselineText, resultText;       // what the bar ends say ("180 ms", "missing")
    QString request; // the request measured ("checkout"), on a chart of each study's own main request
};

struct MeasureChartData
{
    QString title;     // "p99 latency"
    QString subtitle;  // "lower is better · log scale" ...
    QString axisTitle; // "milliseconds (log scale)"
    Better better = Better::Unspecified;
    bool logScale = false;    // the values span 100x or more
    bool factorChart = false; // before→after: bars are factors around 1x
    // Each study's own main request, different ones (request.h): each bar's label names its request and the
    // subtitle says the bars are not a ranking.
    bool ownRequests = false;
    Unit unit; // for tick labels: formatQuantity(tick, unit)
    QVector<ChartBar> bars;
    QStringList notes; // what is not drawn and why
    bool isEmpty() const { return bars.isEmpty(); }
};

// One measure (key) across `studies` (every study when empty), in the given order. Availability is drawn as
// downtime per year (lower is better) or as nines (higher is better), never as 99.95 vs 99.999 on a % axis.
// A measure of each study's own main request whose studies name different requests labels each bar
// "Study: request" and says in the subtitle that the requests differ and the bars are not a ranking.
MeasureChartData buildMeasureChart(const LibraryMetrics &data, const QString &measureKey,
                                   const QStringList &studies = {},
                                   AvailabilityScale availability = AvailabilityScale::Downtime);

// One study's measures as improvement factors (baseline → result, > 1 improved), on a log axis around 1x;
// rows without a baseline or a direction are listed in notes, not drawn.
MeasureChartData buildBeforeAfterChart(const LibraryMetrics &data, const QString &studyPath);

// Measure keys that `studies` report, in catalog order, each with how many of them report it.
struct MeasureUse
{
    QString key;
    QString name;
    int studies = 0;
};
QVector<MeasureUse> measuresReported(const LibraryMetrics &data, const QStringList &studies = {});

// Key of a measure named by the user: a key ("latency-p99"), an id, or a display name, case-insensitive.
QString findMeasureKey(const LibraryMetrics &data, const QString &name);

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// The data behind a compare chart: case studies (series) x metrics (categories) in one canonical unit.
#pragma once

#include "metrics/metric.h"

#include <QStringList>
#include <optional>

namespace ae::metrics {

struct ComparisonCell {
    int metricIndex = -1; // into ComparisonSet::metrics; -1 when the study has no such row
    Value::Kind kind = Value::Kind::Missing;
    double value = 0;     // canonical unit: the value, the bound or the middle of a range; 0 when absent
    double low = 0, high = 0; // a range's ends (equal to value otherwise)
    std::optional<double> relative; // value relative to the category's best (best = 1.0, larger is worse)
    QString label;        // what a chart prints on the bar: "120", "<10", "~9500", "2–5", "missing", "unreadable"

    bool isPresent() const { return kind != Value::Kind::Missing && kind != Value::Kind::Invalid; }
};

struct ComparisonCategory {
    QString key;  // Metric::key() or Metric::family()
    QString name; // as first written (by name), or the family
    Better better = Better::Unspecified;
    std::optional<double> best; // best present value in the canonical unit
};

struct ComparisonSeries {
    QString studyPath;
    QString studyTitle;
    QVector<ComparisonCell> cells; // one per category, in category order
};

struct ComparisonSet {
    Dimension dimension = Dimension::Unknown;
    QString unit;     // canonical unit of every value ("ms", "/s", "USD/month", "x")
    QString valueAxisTitle; // "Time (ms)", "Improvement factor (x, higher is better)"
    QVector<ComparisonCategory> categories;
    QVector<ComparisonSeries> series;
    Metrics metrics;  // the rows the cells point at
    QStringList excluded; // metrics of the chosen studies left out of the chart, each with the reason

    int barCount() const { return int(categories.size() * series.size()); }
    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

enum class SeriesOrder { AsGiven, BestFirst };
// ByName: one category per Metric::key(). ByFamily: one per Metric::family(), so "Checkout p99 latency" and
// "Authorisation p99 latency" share the "p99 latency" category (a study's first row of a family is charted, later
// ones are listed in ComparisonSet::excluded).
enum class Grouping { ByName, ByFamily };

struct ComparisonOptions {
    Dimension dimension = Dimension::Time;
    QStringList studies;    // study paths, in series order; empty: every study with a metric in the dimension
    QStringList metricKeys; // Metric::key() (or family(), when grouping by family); empty: every metric
    SeriesOrder order = SeriesOrder::AsGiven;
    Grouping grouping = Grouping::ByName;
};

// Studies x metrics of one dimension. Missing values stay missing; bounds stay bounds (drawn at the bound, labelled);
// metrics whose canonical unit differs from the dimension's most common one (EUR next to USD) are excluded with a
// reason. BestFirst orders series by the geometric mean of their relative-to-best values (ClickBench's summary)
// over the metrics every chosen study reports.
ComparisonSet buildComparison(const Metrics &all, const ComparisonOptions &options);

// One study's improvement factor per metric (Metric::improvementFactor), as a one-series set in the Factor
// dimension; metrics without a baseline or a direction are kept as missing cells.
ComparisonSet buildBeforeAfter(const Metrics &all, const QString &studyPath);

// Dimensions that have at least one chartable metric, in display order.
QVector<Dimension> dimensionsPresent(const Metrics &all);

} // namespace ae::metrics

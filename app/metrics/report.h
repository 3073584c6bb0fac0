// SPDX-License-Identifier: MIT
// Tabular forms of metrics and comparisons, for CSV export and the `metrics` command's JSON.
#pragma once

#include "metrics/comparison.h"
#include "metrics/csv.h"

#include <QJsonArray>

namespace ae::metrics {

// Header + one row per metric: study, title, metric, baseline, result, unit, dimension, canonical unit,
// normalised baseline, normalised result, better, improvement factor, source, anchor, line, column.
CsvRows metricsTable(const Metrics &metrics);
// The same fields as JSON objects (numbers as numbers, missing as null).
QJsonArray metricsJson(const Metrics &metrics);
// Header + one row per (series, category): study, metric, original text, value in the canonical unit, value kind,
// relative to best, unit, source location. What the compare page's "Export data" writes.
CsvRows comparisonTable(const ComparisonSet &set);

// "exact", "approximate", "less-than", "greater-than", "range", "missing", "invalid".
QString kindId(Value::Kind kind);

} // namespace ae::metrics

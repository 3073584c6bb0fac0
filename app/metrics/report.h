// SPDX-License-Identifier: MIT
// Tabular forms of metrics and comparisons, for CSV export and the `metrics` command's JSON.
#pragma once

#include "metrics/csv.h"
#include "metrics/matrix.h"
#include "metrics/measurechart.h"

#include <QJsonArray>

namespace ae::metrics {

// Header + one row per metric: study, title, metric, measure, baseline, result, unit, dimension, canonical
// unit, normalised baseline, normalised result, better, improvement factor, source, anchor, line, column.
CsvRows metricsTable(const Metrics &metrics);
// The same fields as JSON objects (numbers as numbers, missing as null).
QJsonArray metricsJson(const Metrics &metrics);
// The matrix as rows: measure key, name, better, ranked ("yes", or "no: " and why), then per study its value
// (canonical unit), the text as written, the request (on rows of each study's own main request) and the
// ratio to the row's best (empty on a row that is not ranked).
CsvRows matrixTable(const MeasureMatrix &matrix, const Metrics &metrics);
// A chart's bars: label, study, baseline and result (chart unit), their texts, the row as written, its
// source and the request (on a chart of each study's own main request).
CsvRows chartTable(const MeasureChartData &chart, const Metrics &metrics);

// "exact", "approximate", "less-than", "greater-than", "range", "missing", "invalid".
QString kindId(Value::Kind kind);

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Reads the metrics table(s) of a case study's "Performance Metrics" section (format:
// content/guide/metrics.md).
#pragma once

#include "common/diagnostic.h"
#include "metrics/metric.h"

namespace ae::markdown {
struct MarkdownDocument;
}

namespace ae::metrics {

// A row of a "Derived | Formula | Value | Unit" table: a number the prose derives from the metrics, with the
// formula that derives it ({Metric name} is that row's Result, {Metric name:baseline} its Baseline). Checked
// by derived.h.
struct DerivedNumber
{
    QString name;
    QString formula;
    QString valueText;
    QString unit;
    int line = 0;
    int formulaColumn = 0;
    int valueColumn = 0;
};

struct Extraction
{
    bool hasSection = false;        // the document has a Performance Metrics section
    Metrics metrics;                // every row, in table order, including rows whose cells did not parse
    QVector<DerivedNumber> derived; // the section's derived-number tables, in order
    Diagnostics diagnostics;        // warnings, each at the line:column of the cell (or table) it is about
};

// Every table in the section (and its subsections) whose header has Metric, Result/After/Value and Unit
// columns is read. A cell that does not parse keeps its row (with an Invalid value or unit) and gets a
// warning; nothing is dropped silently.
Extraction extractMetrics(const markdown::MarkdownDocument &doc, const QString &studyPath,
                          const QString &studyTitle);

// True for a section title the extractor reads ("Performance Metrics", "Performance metrics", "Metrics").
bool isMetricsSectionTitle(const QString &title);

} // namespace ae::metrics

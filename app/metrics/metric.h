// SPDX-License-Identifier: MIT
// One row of a case study's metrics table: what was measured, before and after, in which unit, and where it
// is.
#pragma once

#include "metrics/unit.h"
#include "metrics/value.h"

#include <QVector>
#include <optional>

namespace ae::metrics {

struct Metric
{
    QString studyPath; // the case study's path in its library ("case-studies/ecommerce.md")
    QString studyTitle;
    QString name;                        // as written in the Metric column
    Value baseline;                      // Baseline/Before column; Missing when the table has none
    Value result;                        // Result/After/Value column
    Unit unit;                           // parsed from the Unit column (unit.text is the cell as written)
    Better better = Better::Unspecified; // from the Better column, else defaultBetter()
    bool betterGiven = false;            // true when the table said which way is better
    QString source;                      // Source/Notes column
    QString measureText; // the Measure cell as written (empty when the table has no Measure column)
    int measureLine = 0, measureColumn = 0;
    // What the row is about (assignMeasures, measure.h): the catalog id, a qualifier, and the key both make.
    // Rows are compared across studies only when their keys are equal; an empty key is a row that maps to
    // nothing.
    QString measureId;
    QString measureQualifier;
    QString measure;
    QString sectionAnchor; // anchor of the section holding the table ("performance-metrics")
    int line = 0;          // the row's line and the Metric cell's column, 1-based
    int column = 0;
    int resultLine = 0, resultColumn = 0;     // the Result cell
    int baselineLine = 0, baselineColumn = 0; // the Baseline cell (0 when absent)

    // True when the result can be charted: a number and a known unit.
    bool isChartable() const { return result.hasNumber() && unit.isValid(); }
    // Values in the dimension's canonical unit (the representative number: bound or middle of a range).
    std::optional<double> normalisedResult() const { return normalise(result); }
    std::optional<double> normalisedBaseline() const { return normalise(baseline); }
    std::optional<double> normalise(const Value &v) const;
    // How many times better the result is than the baseline (> 1 improved, < 1 worse), in the metric's better
    // direction. For percentages where higher is better (availability, hit ratio) the factor compares what is
    // left to 100 %: 99.9 → 99.99 is 10x less downtime. Empty when either value is missing or the direction
    // unknown.
    std::optional<double> improvementFactor() const;
    // The key that groups the same metric across case studies: the name lower-cased, spaces collapsed.
    QString key() const;
    // A coarser key for comparing studies that name their metrics differently: "p99 latency" for any time
    // metric naming a percentile ("Checkout p99 latency", "Risk decision p99"), "availability", "cost per
    // month" (every periodic cost), "cost per unit"; key() for everything else.
    QString family() const;
    // "case-studies/x.md:12:3" for messages and tooltips.
    QString location() const;
};

using Metrics = QVector<Metric>;

} // namespace ae::metrics

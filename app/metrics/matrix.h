// SPDX-License-Identifier: MIT
// The Compare matrix: measures as rows, studies as columns, each cell a study's result for that measure, with
// its ratio to the best result of the row (ClickBench's shading) and its before→after factor. Only rows of
// one measure key are ever put in one row, and a row is ranked only when its studies measure the same thing:
// an unqualified latency row whose studies name different requests (request.h) has no ratio, and each cell
// names its request.
#pragma once
#include "metrics/collect.h"

#include <optional>

namespace ae::metrics {

struct MatrixCell
{
    int metricIndex = -1; // into LibraryMetrics::metrics; -1 when the study does not report the measure
    std::optional<double> value; // the result in the canonical unit (bound, or middle of a range)
    std::optional<double>
        ratio; // to the row's best: 1 is the best, 3 is three times worse; empty without direction
    std::optional<double> factor; // before→after improvement factor (> 1 improved)
    QString text; // "28 ms", "99.999 % (5.3 min/yr)", "missing", "6 ms: online feature lookup"
    // The figure the study's own diagram gives for the measure (its request path), in the canonical unit,
    // and "computed 151 ms, measured 180 ms, +19 %"; empty without one (set by Compare, not buildMatrix).
    std::optional<double> computed;
    QString computedText;
    bool isMissing() const { return metricIndex < 0 || !value; }
    // The request the study measured ("online feature lookup"), on rows of each study's own main request;
    // empty otherwise.
    QString request;
};

struct MatrixRow
{
    QString key;   // measure key ("latency-p99", "peak-throughput (writes)")
    QString name;  // "p99 latency", "Peak throughput (writes/s)"
    QString about; // the measure's one-line description
    Dimension dimension = Dimension::Unknown;
    Better better = Better::Unspecified;
    int reported = 0;          // studies with a value
    QVector<MatrixCell> cells; // one per study, in MeasureMatrix::studies order
    // True when the row holds each study's own main request and the studies name different requests (the
    // unqualified latency rows): no ratio, no shading, no best; each cell names its request.
    bool ownRequests = false;
    // True when the cells have a ratio to the row's best: a direction, and like measured beside like.
    bool isRanked() const { return !ownRequests && better != Better::Unspecified; }
};

struct MeasureMatrix
{
    QStringList studies;    // paths, column order
    QStringList shortNames; // column heads
    QStringList titles;     // tooltips
    QVector<MatrixRow> rows;
    int hiddenRows = 0; // measures left out for being reported by fewer than `minStudies` studies
};

// Rows are the measure keys reported by at least `minStudies` of `studies` (every study when empty), in
// catalog order; within a row the ratio to best follows the measure's direction. A row of each study's own
// main request (request.h) whose studies name different requests is not ranked: ownRequests, no ratio, and
// each cell's text ends with its request. For percentages where higher
// is better (availability, hit ratio) the ratio compares what is left to 100 %: 99.95 % is 50x the downtime
// of 99.999 %.
MeasureMatrix buildMatrix(const LibraryMetrics &data, const QStringList &studies = {}, int minStudies = 2);

// Ratio of `value` to `best` in direction `better` (1 for the best; larger is worse); nothing for no
// direction or a non-positive denominator.
std::optional<double> ratioToBest(double value, double best, Better better, Dimension dimension);

} // namespace ae::metrics

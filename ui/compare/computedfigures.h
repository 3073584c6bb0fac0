// SPDX-License-Identifier: MIT
// Computed vs measured: the figures a case study's own diagram gives for its request path (the first `path`
// or dynamic view with latency or availability on it), set beside the study's measured p50, p99 and
// availability in the Compare matrix, with the difference. Widget-free; a study whose diagrams have no such
// path gets nothing (no empty line, no empty column).
#pragma once

#include "content/library.h"
#include "diagram/checks/paths.h"
#include "metrics/matrix.h"

#include <QHash>

namespace ae::ui::compare {

struct StudyPath
{
    diagram::checks::PathFigures figures;
    QString location;  // "case-studies/shop.md:42": where the path is declared
    QString qualifier; // the path's `measure:` ("risk decision"); empty: the study's main request path
};

// By study path: the first computed path (with a latency or an availability) of the study's diagram blocks.
QHash<QString, StudyPath> studyPaths(const QVector<content::Document> &documents, const QStringList &studies);

// The computed figure of a study's path for a measure key ("latency-p50", "latency-p99", "availability", each
// with the path's qualifier in parentheses when it has one) in the canonical unit (ms, %); nothing for
// another measure or a figure the path does not carry.
std::optional<double> computedValue(const StudyPath &path, const QString &measureKey);

// "computed 151 ms, measured 180 ms, +19 %" (latency: the measured figure's difference to the computed one,
// in percent of it); "computed 99.94 %, measured 99.99 %, +0.05 points" (availability).
QString comparisonText(const QString &measureKey, double computed, double measured);

// Sets MatrixCell::computed and computedText of every measured cell whose study has a computed figure for
// the row's measure.
void addComputedFigures(metrics::MeasureMatrix &matrix, const QHash<QString, StudyPath> &paths);

} // namespace ae::ui::compare

// SPDX-License-Identifier: MIT
// A ComparisonSet as a Qt Charts grouped bar chart: one QBarSet per study (series), one category per metric,
// with a label on every bar (the value as written: "<10", "~9500") and "missing" where there is no value.
#pragma once

#include "metrics/comparison.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QChart;
class QBarSeries;
class QBarSet;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace ae::ui::compare {

struct ChartOptions {
    bool logScale = false; // QLogValueAxis instead of QValueAxis
    bool relative = false; // draw ComparisonCell::relative (best = 1.0) instead of the value
    bool dark = false;     // Qt Charts' dark theme
    bool animate = false;  // animations are for the screen only, never for exports
    QString title;
};

// The value a bar is drawn with, or nothing (missing, unreadable, no relative value).
std::optional<double> barValue(const metrics::ComparisonCell &cell, const ChartOptions &options);

// Builds the chart (the caller owns it). Missing bars get height 0 (linear) or the axis minimum (log), so they are
// never drawn as a value, and a "missing" label. Bar labels are child items of the chart, repositioned whenever
// the plot area changes; call updateBarLabels() after setGeometry() when rendering off-screen.
QChart *buildChart(const metrics::ComparisonSet &set, const ChartOptions &options);
void updateBarLabels(QChart *chart);

// The chart's bar series (nullptr when the set was empty).
QBarSeries *barSeries(QChart *chart);

// Axis title for the options: the set's value axis title, or the relative-mode title.
QString valueAxisTitle(const metrics::ComparisonSet &set, const ChartOptions &options);

} // namespace ae::ui::compare

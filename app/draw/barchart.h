// SPDX-License-Identifier: MIT
// Lays a MeasureChartData out as a horizontal bar chart in a drawing list: categories on the left, wrapped
// (never elided), a pale baseline bar above each solid result bar, the value written at every bar's end, a
// value axis with human tick labels, a legend. The height follows from the content; nothing is ever cut.
#pragma once
#include "draw/chartstyle.h"
#include "draw/drawlist.h"
#include "metrics/measurechart.h"

namespace ae::draw {

struct BarChartStyle
{
    ChartPalette palette;
    QVector<QColor> barColors; // one per bar (the study's colour); studyColor(0) when short
    qreal fontSize = 13;
};

// Every op a bar or its label draws has target = the bar's index, so a click can open its source.
DrawList layoutBarChart(const metrics::MeasureChartData &chart, const BarChartStyle &style, qreal width);

// Tick values of a value axis from `lo` to `hi` (log: powers of ten that cover the range; linear: 4 to 6
// round steps from zero).
QVector<double> axisTicks(double lo, double hi, bool log);

} // namespace ae::draw

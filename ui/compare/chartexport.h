// SPDX-License-Identifier: MIT
// Off-screen rendering and export of compare charts: SVG (QSvgGenerator, 96 dpi, explicit size and viewBox),
// PNG at 2x, data as CSV. Functions take a path and return an error; dialogs are the page's business.
#pragma once

#include "ui/compare/chartbuilder.h"

#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace ae::ui::compare {

// Lays a fresh chart of `set` out in a QGraphicsScene of `size` and paints it (a QChartView never shown renders
// collapsed, see PLATFORM-NOTES).
void renderChart(const metrics::ComparisonSet &set, const ChartOptions &options, QPainter *painter, QSize size);

// Chart of `set`, laid out at `size` inside a scene the caller owns through the returned chart's scene().
// For tests that inspect bar geometry.
QChart *layOutChart(const metrics::ComparisonSet &set, const ChartOptions &options, QSize size);

// The chart as SVG / PNG bytes (PNG: 2 * size pixels, device pixel ratio 2; empty if encoding failed).
QByteArray chartSvg(const metrics::ComparisonSet &set, const ChartOptions &options, QSize size);
QByteArray chartPng(const metrics::ComparisonSet &set, const ChartOptions &options, QSize size);

bool exportSvg(const metrics::ComparisonSet &set, const ChartOptions &options, const QString &path, QSize size,
               QString *error);
bool exportPng(const metrics::ComparisonSet &set, const ChartOptions &options, const QString &path, QSize size,
               QString *error); // the image is 2 * size pixels (device pixel ratio 2)
bool exportCsv(const metrics::ComparisonSet &set, const QString &path, QString *error);

// By file suffix: .svg, .png, .csv; anything else is an error.
bool exportByExtension(const metrics::ComparisonSet &set, const ChartOptions &options, const QString &path,
                       QSize size, QString *error);

constexpr QSize defaultExportSize{1200, 700};

} // namespace ae::ui::compare

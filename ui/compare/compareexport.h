// SPDX-License-Identifier: MIT
// Compare's exports, shared by the workspace and the `compare` command: a chart or the matrix as SVG 1.1 (our
// own writer, real text), PNG at 1x or 2x, or CSV. Each picture is laid out once into a drawing list that
// every format replays; files are written atomically.
#pragma once
#include "draw/barchart.h"
#include "draw/matrixdraw.h"
#include "metrics/collect.h"
#include "metrics/csv.h"

namespace ae::ui::compare {

// Chart width for exports (the height follows from the content).
constexpr qreal defaultExportWidth = 960;

// Bar colours of a chart: each bar in the colour of its study (fixed by the study's position in the library).
QVector<QColor> barColors(const metrics::MeasureChartData &chart, const metrics::LibraryMetrics &data);

draw::DrawList chartDrawing(const metrics::MeasureChartData &chart, const metrics::LibraryMetrics &data,
                            bool dark, qreal width = defaultExportWidth);
// The matrix; the head of a row of each study's own main request says it is not ranked.
draw::DrawList matrixDrawing(const metrics::MeasureMatrix &matrix, bool dark);

// Bytes for a path by its suffix: .svg, .png (scale 1 or 2), .csv (`csv` rows). Empty with `error` set
// otherwise.
QByteArray encode(const draw::DrawList &drawing, const metrics::CsvRows &csv, const QString &path,
                  qreal pngScale, QString *error);
bool exportTo(const draw::DrawList &drawing, const metrics::CsvRows &csv, const QString &path, qreal pngScale,
              QString *error);

} // namespace ae::ui::compare

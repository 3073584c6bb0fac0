// SPDX-License-Identifier: MIT
// The Compare matrix (measures x studies) as a drawing list, for SVG and PNG export: measure names wrapped in
// the first column, study short names as column heads, each cell shaded by its ratio to the row's best, with
// the value and its before→after factor; missing cells marked.
#pragma once
#include "draw/chartstyle.h"
#include "draw/drawlist.h"
#include "metrics/matrix.h"

namespace ae::draw {

DrawList layoutMatrix(const metrics::MeasureMatrix &matrix, const ChartPalette &palette, qreal fontSize = 13);

} // namespace ae::draw

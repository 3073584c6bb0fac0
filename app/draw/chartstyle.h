// SPDX-License-Identifier: MIT
// Colours of Compare's charts and matrix. Study colours are fixed per study (by its position in the library)
// and identical in light and dark themes and in every export; text colours meet WCAG AA on their backgrounds.
#pragma once
#include <QColor>
#include <optional>

namespace ae::draw {

struct ChartPalette
{
    bool dark = false;
    QColor background, text, mutedText, grid, axis, missingFill, missingText, cellBorder;
    static ChartPalette forTheme(bool dark);
};

// The colour of the study at `index` in the library's study list (cycles after 8).
QColor studyColor(int index);
// The same colour, paler, for a baseline bar drawn beside the result.
QColor baselineColor(const QColor &study, const ChartPalette &palette);
// Matrix cell background for a ratio to the row's best (1 = best, green; 100x or worse = red); neutral when
// empty.
QColor shade(std::optional<double> ratio, const ChartPalette &palette);
// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ae::draw

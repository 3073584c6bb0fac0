// SPDX-License-Identifier: MIT
// The document view's style sheet, derived from the palette so light and dark themes both read well.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace ae::ui {

// Fills resources/styles/document.css from the palette: basePt is the body size in points before zoom.
QString documentStyleSheet(const QPalette &palette, qreal basePt, int zoomPercent);

// a blended towards b by t (0..1): the muted colours of the page.
QColor mixColors(const QColor &a, const QColor &b, qreal t);

// The colours of code blocks, from the palette: token colours in the order of markdown::kTokenClasses
// ("ktscnfpv": keyword, type, string, comment, number, function, preprocessor, variable), each
// kCodeContrast:1 on background.
struct CodeColors
{
    QColor background; // the code lines
    QColor label;      // the language name above the lines
    QColor tokens[8];
};
CodeColors codeColors(const QPalette &palette);
inline constexpr double kCodeContrast = 4.6; // WCAG AA is 4.5:1; a little margin for rounding to #rrggbb

// How wide the text column is, in characters: the comfortable reading measure.
constexpr int kReadingMeasureChars = 75;

} // namespace ae::ui

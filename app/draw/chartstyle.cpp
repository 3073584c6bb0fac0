// SPDX-License-Identifier: MIT
#include "draw/chartstyle.h"

#include <cmath>

namespace ae::draw {

ChartPalette ChartPalette::forTheme(bool dark)
{
    ChartPalette p;
    p.dark = dark;
    if (dark) {
        p.background = QColor(0x1e, 0x1f, 0x22);
        p.text = QColor(0xe8, 0xe8, 0xe8);
        p.mutedText = QColor(0xc4, 0xc8, 0xce);
        p.grid = QColor(0x3a, 0x3d, 0x42);
        p.axis = QColor(0x8a, 0x8f, 0x96);
        p.missingFill = QColor(0x2a, 0x2c, 0x30);
        p.missingText = QColor(0xc4, 0xc8, 0xce);
        p.cellBorder = QColor(0x44, 0x47, 0x4d);
    } else {
        p.background = QColor(0xff, 0xff, 0xff);
        p.text = QColor(0x1f, 0x23, 0x28);
        p.mutedText = QColor(0x4d, 0x53, 0x5a);
        p.grid = QColor(0xe1, 0xe4, 0xe8);
        p.axis = QColor(0x6e, 0x76, 0x81);
        p.missingFill = QColor(0xf0, 0xf1, 0xf3);
        p.missingText = QColor(0x4d, 0x53, 0x5a);
        p.cellBorder = QColor(0xd0, 0xd7, 0xde);
    }
    return p;
}

QColor studyColor(int index)
{
    // Mid-luminance hues that keep 3:1 against both the light and the dark chart background.
    static const QColor colors[] = {QColor(0x3b, 0x7d, 0xd8), QColor(0xd9, 0x6c, 0x1e),
                                    QColor(0x2e, 0x9a, 0x5b), QColor(0xb8, 0x5c, 0xc4),
                                    QColor(0xc7, 0x4b, 0x5b), QColor(0x1b, 0x95, 0x9a),
                                    QColor(0x9a, 0x84, 0x1c), QColor(0x6f, 0x78, 0xd6)};
    const int n = int(sizeof(colors) / sizeof(colors[0]));
    return colors[((index % n) + n) % n];
}

QColor baselineColor(const QColor &study, const ChartPalette &palette)
{
    // Blend towards the background: the pair reads as "before" and "after" of one study.
    const QColor bg = palette.background;
    const qreal t = 0.55;
    return QColor::fromRgbF(study.redF() * (1 - t) + bg.redF() * t,
                            study.greenF() * (1 - t) + bg.greenF() * t,
                            study.blueF() * (1 - t) + bg.blueF() * t);
}

QColor shade(std::optional<double> ratio, const ChartPalette &palette)
{
    if (!ratio || *ratio <= 0)
        return palette.background;
    // 1x green, 10x amber, 100x and worse red, on a log scale (ClickBench's reading of ratios).
    const double t = std::clamp(std::log10(*ratio) / 2.0, 0.0, 1.0);
    const double hue = 130.0 * (1.0 - t);
    return palette.dark ? QColor::fromHslF(hue / 360.0, 0.45, 0.22)
                        : QColor::fromHslF(hue / 360.0, 0.70, 0.86);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ae::draw

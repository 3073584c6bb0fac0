// SPDX-License-Identifier: MIT
#include "draw/barchart.h"

#include "metrics/format.h"

#include <QFontMetricsF>
#include <QObject>

#include <cmath>

namespace ae::draw {

namespace {

constexpr qreal margin = 16;
constexpr qreal gap = 8;

struct Range
{
    double lo = 0, hi = 1;
};

// Durations people read (in ms): a log time axis ticks at these, not at 16.7 min or 2.78 h.
const QVector<double> &niceDurations()
{
    static const QVector<double> d = {0.001, 0.01, 0.1,   1,     10,     100,    1e3,   1e4,
                                      6e4,   6e5,  3.6e6, 3.6e7, 8.64e7, 8.64e8, 8.64e9};
    return d;
}

Range valueRange(const metrics::MeasureChartData &c)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (const metrics::ChartBar &b : c.bars)
        for (const auto &v : {b.baseline, b.result})
            if (v && (!c.logScale || *v > 0)) {
                lo = any ? std::min(lo, *v) : *v;
                hi = any ? std::max(hi, *v) : *v;
                any = true;
            }
    if (!any)
        return {c.logScale ? 1.0 : 0.0, c.logScale ? 10.0 : 1.0};
    if (c.logScale) {
        if (c.factorChart) { // always show 1x
            lo = std::min(lo, 1.0);
            hi = std::max(hi, 1.0);
        }
        if (c.unit.dimension == metrics::Dimension::Time) {
            const QVector<double> &nice = niceDurations();
            double a = nice.first(), b = nice.last();
            for (double t : nice)
                if (t <= lo * 1.0000001)
                    a = t;
            for (int i = int(nice.size()) - 1; i >= 0; --i)
                if (nice.at(i) >= hi / 1.0000001)
                    b = nice.at(i);
            if (b > a)
                return {a, b};
        }
        return {std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi) + 1e-9))};
    }
    const QVector<double> ticks = axisTicks(0, hi, false);
    return {std::min(0.0, lo), ticks.isEmpty() ? hi : ticks.last()};
}

} // namespace

QVector<double> axisTicks(double lo, double hi, bool log)
{
    QVector<double> out;
    if (log) {
        for (double t = lo; t <= hi * 1.0001 && out.size() < 40; t *= 10)
            out << t;
        return out;
    }
    if (hi <= 0)
        hi = 1;
    const double raw = hi / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    for (double t = 0; t <= hi + step * 0.999 && out.size() < 12; t += step)
        out << t;
    return out;
}

DrawList layoutBarChart(const metrics::MeasureChartData &c, const BarChartStyle &style, qreal width)
{
    const ChartPalette &p = style.palette;
    const qreal fs = style.fontSize;
    const QFont titleFont = font(fs * 1.25, true), textFont = font(fs), smallFont = font(fs * 0.9);
    const QFontMetricsF tm(titleFont), fm(textFont), sm(smallFont);
    DrawList list;
    list.background = p.background;
    list.title = c.title;
    width = std::max<qreal>(width, 360);
    qreal y = margin;
    auto paragraph = [&](const QString &text, const QFont &f, const QColor &color, bool bold,
                         const QString &role) {
        const QFontMetricsF m(f);
        for (const QString &line : wrapText(text, f, width - 2 * margin)) {
            Op &op = list.text(QRectF(margin, y, width - 2 * margin, m.height()), line, color, f.pixelSize(),
                               bold);
            op.role = role;
            y += m.height();
        }
    };
    paragraph(c.title, titleFont, p.text, true, QStringLiteral("title"));
    y += 2;
    paragraph(c.subtitle, smallFont, p.mutedText, false, QStringLiteral("subtitle"));
    y += gap;

    // Legend: pale = baseline, solid = result (a neutral swatch: the colours belong to the studies).
    if (!c.factorChart) {
        const QColor neutral = p.axis;
        qreal x = margin;
        const qreal h = sm.height();
        Op &pale = list.rect(QRectF(x, y + h * 0.2, 18, h * 0.6), baselineColor(neutral, p), neutral, 1);
        pale.role = QStringLiteral("legend"); // outlined like the baseline bars it stands for
        x += 24;
        Op &b = list.text(QRectF(x, y, sm.horizontalAdvance(QObject::tr("Baseline")) + 1, h),
                          QObject::tr("Baseline"), p.text, smallFont.pixelSize());
        b.role = QStringLiteral("legend");
        x += b.rect.width() + 16;
        list.rect(QRectF(x, y + h * 0.2, 18, h * 0.6), neutral).role = QStringLiteral("legend");
        x += 24;
        list.text(QRectF(x, y, sm.horizontalAdvance(QObject::tr("Result")) + 1, h), QObject::tr("Result"),
                  p.text, smallFont.pixelSize())
            .role = QStringLiteral("legend");
        y += h + gap;
    }

    // Category labels: wrapped within at most 35 % of the width, but never narrower than their longest word.
    qreal labelWidth = 0;
    for (const metrics::ChartBar &b : c.bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
    const qreal maxLabel = width * 0.35;
    if (labelWidth > maxLabel) {
        qreal longestWord = 0;
        for (const metrics::ChartBar &b : c.bars)
            for (const QString &w : b.label.split(u' ', Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, fm.horizontalAdvance(w));
        labelWidth = std::max(maxLabel, longestWord);
    }
    labelWidth = std::ceil(labelWidth) + 1;
    // Value texts sit right of the bars: reserve the widest.
    qreal valueWidth = 0;
    for (const metrics::ChartBar &b : c.bars)
        valueWidth =
            std::max({valueWidth, sm.horizontalAdvance(b.resultText), sm.horizontalAdvance(b.baselineText)});
    valueWidth = std::ceil(valueWidth) + gap;
    const qreal plotLeft = margin + labelWidth + gap;
    const qreal plotRight = std::max(plotLeft + 80, width - margin - valueWidth);
    if (plotRight + valueWidth + margin > width)
        width = plotRight + valueWidth + margin; // a very long value: widen rather than cut
    const Range range = valueRange(c);
    auto xOf = [&](double v) {
        double t;
        if (c.logScale)
            t = (std::log10(std::max(v, range.lo)) - std::log10(range.lo)) /
                (std::log10(range.hi) - std::log10(range.lo));
        else
            t = (v - range.lo) / (range.hi - range.lo);
        return plotLeft + std::clamp(t, 0.0, 1.0) * (plotRight - plotLeft);
    };
    const double origin = c.factorChart ? 1.0 : (c.logScale ? range.lo : 0.0);
    const qreal plotTop = y;
    const qreal barH = std::round(fs * 1.1);
    const qreal baseH = std::round(fs * 0.7);
    for (int i = 0; i < c.bars.size(); ++i) {
        const metrics::ChartBar &b = c.bars.at(i);
        const QStringList lines = wrapText(b.label, textFont, labelWidth);
        const bool hasBaseline = b.baseline.has_value() && !c.factorChart;
        const qreal barsH = (hasBaseline ? baseH + 2 : 0) + barH;
        const qreal rowH = std::max<qreal>(lines.size() * fm.height(), barsH + sm.height() * 0) + gap * 1.5;
        const QColor color = i < style.barColors.size() ? style.barColors.at(i) : studyColor(0);
        // Label, vertically centred on the row.
        qreal ly = y + (rowH - lines.size() * fm.height()) / 2;
        for (const QString &line : lines) {
            Op &op = list.text(QRectF(margin, ly, labelWidth, fm.height()), line, p.text,
                               textFont.pixelSize(), false, Qt::AlignRight | Qt::AlignVCenter);
            op.role = QStringLiteral("axis-label");
            op.tip = b.tooltip;
            op.target = i;
            ly += fm.height();
        }
        qreal by = y + (rowH - barsH) / 2;
        auto bar = [&](double v, qreal top, qreal h, const QColor &fill, const QString &text,
                       const QString &role) {
            const qreal x0 = xOf(origin), x1 = xOf(v);
            QRectF r(std::min(x0, x1), top, std::max<qreal>(1.5, std::abs(x1 - x0)), h);
            Op &op = list.rect(r, fill);
            if (role == QLatin1String(
                            "baseline-bar")) { // pale fill, outlined in the study colour: 3:1 on both themes
                op.stroke = color;
                op.strokeWidth = 1;
            }
            op.role = role;
            op.tip = b.tooltip;
            op.target = i;
            Op &t =
                list.text(QRectF(std::max(x0, x1) + 4, top + h / 2 - sm.height() / 2,
                                 sm.horizontalAdvance(text) + 1, sm.height()),
                          text, role == QLatin1String("bar") ? p.text : p.mutedText, smallFont.pixelSize());
            t.role = QStringLiteral("value");
            t.tip = b.tooltip;
            t.target = i;
        };
        if (hasBaseline) {
            bar(*b.baseline, by, baseH, baselineColor(color, p), b.baselineText,
                QStringLiteral("baseline-bar"));
            by += baseH + 2;
        }
        if (b.result) {
            bar(*b.result, by, barH, color, b.resultText, QStringLiteral("bar"));
        } else {
            Op &t = list.text(QRectF(plotLeft + 4, by + barH / 2 - sm.height() / 2,
                                     sm.horizontalAdvance(b.resultText) + 1, sm.height()),
                              b.resultText, p.mutedText, smallFont.pixelSize());
            t.role = QStringLiteral("missing");
            t.tip = b.tooltip;
            t.target = i;
        }
        y += rowH;
    }
    const qreal plotBottom = y;
    // Grid and ticks under the bars: insert them before the first bar op so bars paint over them.
    DrawList grid;
    QVector<double> ticks = axisTicks(range.lo, range.hi, c.logScale);
    if (c.logScale && c.unit.dimension == metrics::Dimension::Time) {
        ticks.clear();
        for (double t : niceDurations())
            if (t >= range.lo / 1.0000001 && t <= range.hi * 1.0000001)
                ticks << t;
    }
    qreal lastTickRight = -1e9;
    for (double t : ticks) {
        const qreal x = xOf(t);
        grid.line(QLineF(x, plotTop, x, plotBottom), p.grid, 1).role = QStringLiteral("grid");
        const QString label =
            t == 0 ? QStringLiteral("0") : metrics::formatQuantity(t, c.unit); // no unit of its own
        const qreal w = sm.horizontalAdvance(label) + 1;
        QRectF box(x - w / 2, plotBottom + 4, w, sm.height());
        if (box.left() <= lastTickRight + 6)
            continue; // ticks too dense for their labels: keep every label whole by skipping the next one
        lastTickRight = box.right();
        grid.text(box, label, p.mutedText, smallFont.pixelSize(), false, Qt::AlignCenter).role =
            QStringLiteral("tick-label");
    }
    grid.line(QLineF(xOf(origin), plotTop, xOf(origin), plotBottom), p.axis, 1).role = QStringLiteral("axis");
    int insertAt = int(list.ops.size());
    for (int i = 0; i < list.ops.size(); ++i)
        if (list.ops.at(i).role == QLatin1String("axis-label") ||
            list.ops.at(i).role.endsWith(QLatin1String("bar")) ||
            list.ops.at(i).role == QLatin1String("value") ||
            list.ops.at(i).role == QLatin1String("missing")) {
            insertAt = i;
            break;
        }
    list.ops = list.ops.mid(0, insertAt) + grid.ops + list.ops.mid(insertAt);
    y = plotBottom + 4 + sm.height() + 4;
    const QString axis = c.axisTitle;
    const qreal aw = std::min(plotRight - plotLeft, sm.horizontalAdvance(axis) + 1);
    for (const QString &line : wrapText(axis, smallFont, std::max(aw, plotRight - plotLeft))) {
        list.text(QRectF(plotLeft, y, plotRight - plotLeft, sm.height()), line, p.mutedText,
                  smallFont.pixelSize(), false, Qt::AlignCenter)
            .role = QStringLiteral("axis-title");
        y += sm.height();
    }
    if (!c.notes.isEmpty()) {
        y += gap;
        for (const QString &note : c.notes)
            paragraph(QStringLiteral("• ") + note, smallFont, p.mutedText, false, QStringLiteral("note"));
    }
    list.size = QSizeF(width, std::ceil(y + margin));
    return list;
}

} // namespace ae::draw

// SPDX-License-Identifier: MIT
// Builds the document style sheet from the palette (colours) and the zoomed base font (sizes).
#include "ui/reader/documentstyle.h"

#include "markdown/highlight.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcStyle, "archexplorer.ui")

namespace ae::ui {

QColor mixColors(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

namespace {

// WCAG 2 contrast ratio of two colours (1..21).
double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// color, darkened or lightened (away from background) until it has `ratio`:1 on background.
QColor readableOn(const QColor &color, const QColor &background, double ratio)
{
    if (contrastRatio(color, background) >= ratio)
        return color;
    // Towards black on a light background, towards white on a dark one, in small steps: the hue stays
    // recognisable.
    const QColor extreme = background.lightnessF() > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mixColors(color, extreme, step / 20.0);
        if (contrastRatio(c, background) >= ratio)
            return c;
    }
    return extreme;
}

} // namespace

CodeColors codeColors(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < text.lightnessF();
    CodeColors c;
    c.background = mixColors(base, text, dark ? 0.09 : 0.055);
    c.label = readableOn(mixColors(text, base, 0.35), c.background, kCodeContrast);
    // Hues after GitHub's Primer light and dark code themes, made 4.5:1 (with a margin) on our code
    // background.
    static const char *const light[] = {"#cf222e", "#953800", "#0a3069", "#6e7781",
                                        "#0550ae", "#8250df", "#116329", "#953800"};
    static const char *const darkHues[] = {"#ff7b72", "#ffa657", "#a5d6ff", "#8b949e",
                                           "#79c0ff", "#d2a8ff", "#7ee787", "#ffa657"};
    for (int i = 0; i < 8; ++i)
        c.tokens[i] =
            readableOn(QColor(QLatin1String(dark ? darkHues[i] : light[i])), c.background, kCodeContrast);
    return c;
}

QString documentStyleSheet(const QPalette &palette, qreal basePt, int zoomPercent)
{
    static const QString templ = [] {
        QFile f(QStringLiteral(":/ae/styles/document.css"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcStyle) << "document style sheet missing from resources";
            return QString();
        }
        return QString::fromUtf8(f.readAll());
    }();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < text.lightnessF();
    const qreal pt = basePt * zoomPercent / 100.0;
    auto size = [pt](qreal factor) { return QString::number(pt * factor, 'f', 1); };
    auto px = [pt](qreal factor) { return QString::number(qRound(pt * factor)); };
    QString css = templ;
    const CodeColors code = codeColors(palette);
    // The hanging indents of wrapped code lines (markdown.cpp's <pre class="cN">), in pixels of the code
    // font.
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QFont codeFont(mono);
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(pt * 0.92);
    const qreal charWidth = QFontMetricsF(codeFont).horizontalAdvance(QLatin1Char(' '));
    QString wrap;
    for (int n = markdown::kCodeWrapHang; n <= markdown::kMaxCodeWrapIndent; ++n) {
        const QString w = QString::number(qRound(n * charWidth));
        wrap +=
            QStringLiteral(
                "pre.c%1 { margin-top: 0px; margin-bottom: 0px; margin-left: %2px; text-indent: -%2px; }\n")
                .arg(n)
                .arg(w);
    }
    const std::pair<const char *, QString> values[] = {
        {"codewrap", wrap},
        {"codelabel", code.label.name()},
        {"codesmall", size(0.8)},
        {"tk", code.tokens[0].name()},
        {"tt", code.tokens[1].name()},
        {"ts", code.tokens[2].name()},
        {"tc", code.tokens[3].name()},
        {"tn", code.tokens[4].name()},
        {"tf", code.tokens[5].name()},
        {"tp", code.tokens[6].name()},
        {"tv", code.tokens[7].name()},
        {"text", text.name()},
        {"heading", (dark ? mixColors(text, Qt::white, 0.4) : mixColors(text, Qt::black, 0.4)).name()},
        {"muted", mixColors(text, base, 0.35).name()},
        {"link", palette.color(QPalette::Link).name()},
        {"codebg", code.background.name()},
        {"thbg", mixColors(base, text, dark ? 0.14 : 0.08).name()},
        {"rule", mixColors(base, text, dark ? 0.3 : 0.22).name()},
        {"mono", mono},
        {"base", size(1.0)},
        {"code", size(0.92)},
        {"table", size(0.9)},
        {"h1", size(1.9)},
        {"h2", size(1.45)},
        {"h3", size(1.18)},
        {"gap", px(1.0)},
        {"gap2", px(1.9)},
        {"gaphalf", px(0.55)},
    };
    for (const auto &[name, value] : values)
        css.replace(QLatin1Char('@') + QLatin1String(name) + QLatin1Char('@'), value);
    return css;
}

} // namespace ae::ui

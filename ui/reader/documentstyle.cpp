// SPDX-License-Identifier: MIT
// Builds the document style sheet from the palette (colours) and the zoomed base font (sizes).
#include "ui/reader/documentstyle.h"

#include <QFile>
#include <QFontDatabase>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStyle, "archexplorer.ui")

namespace ae::ui {

QColor mixColors(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
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
    const std::pair<const char *, QString> values[] = {
        {"text", text.name()},
        {"heading", (dark ? mixColors(text, Qt::white, 0.4) : mixColors(text, Qt::black, 0.4)).name()},
        {"muted", mixColors(text, base, 0.35).name()},
        {"link", palette.color(QPalette::Link).name()},
        {"codebg", mixColors(base, text, dark ? 0.09 : 0.055).name()},
        {"thbg", mixColors(base, text, dark ? 0.14 : 0.08).name()},
        {"rule", mixColors(base, text, dark ? 0.3 : 0.22).name()},
        {"mono", QFontDatabase::systemFont(QFontDatabase::FixedFont).family()},
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

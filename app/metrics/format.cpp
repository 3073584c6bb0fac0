// SPDX-License-Identifier: MIT
// Formatting of values with units for people; see format.h.
#include "format.h"

#include "metrics/measure.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::Format", text);
}

// Rounds to `significant` digits and prints without exponent or trailing zeros.
QString plain(double v, int significant)
{
    if (v == 0 || !std::isfinite(v))
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::abs(v))));
    const int decimals = std::max(0, significant - 1 - magnitude);
    const double factor = std::pow(10.0, decimals);
    double rounded = std::round(v * factor) / factor;
    if (decimals == 0) {
        const double unit = std::pow(10.0, magnitude + 1 - significant);
        rounded = std::round(v / unit) * unit;
    }
    QString s = QString::number(rounded, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

QString currencyPrefix(const QString &code)
{
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    return code + u' ';
}

QString sizeText(double gigabytes)
{
    static const char *units[] = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    double bytes = gigabytes * 1e9;
    int i = 0;
    while (std::abs(bytes) >= 1000 && i < 6) {
        bytes /= 1000;
        ++i;
    }
    return plain(bytes, 3) + u' ' + QLatin1String(units[i]);
}

QString nounOf(const Unit &unit)
{
    QString noun = canonicalNoun(unit.noun);
    return noun.isEmpty() ? QStringLiteral("units") : noun;
}

} // namespace

QString humanNumber(double v, int significant)
{
    const double a = std::abs(v);
    if (a >= 1e4 || (a >= 1e3 && significant < 4)) {
        static const struct
        {
            double scale;
            const char *suffix;
        } steps[] = {{1e3, "k"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
        for (const auto &s : steps) {
            const QString n = plain(v / s.scale, significant);
            if (std::abs(n.toDouble()) < 1000 || s.scale == 1e12)
                return n + QLatin1String(s.suffix);
        }
    }
    return plain(v, significant);
}

QString formatDuration(double ms)
{
    const double a = std::abs(ms);
    if (a == 0)
        return QStringLiteral("0 s");
    if (a < 1)
        return plain(ms * 1000, 3) + QStringLiteral(" µs");
    if (a < 1000)
        return plain(ms, 3) + QStringLiteral(" ms");
    if (a < 120'000)
        return plain(ms / 1000, 3) + QStringLiteral(" s");
    if (a < 120 * 60'000.0)
        return plain(ms / 60'000, 3) + QStringLiteral(" min");
    if (a < 48 * 3'600'000.0)
        return plain(ms / 3'600'000, 3) + QStringLiteral(" h");
    return plain(ms / 86'400'000, 3) + QStringLiteral(" days");
}

double downtimeMinutesPerYear(double availabilityPercent)
{
    return std::max(0.0, 100.0 - availabilityPercent) / 100.0 * 525'960.0;
}

double nines(double availabilityPercent)
{
    const double left = 1.0 - availabilityPercent / 100.0;
    return left <= 0 ? 9.0 : -std::log10(left);
}

QString formatQuantity(double v, const Unit &unit, bool availability)
{
    switch (unit.dimension) {
    case Dimension::Time:
        return formatDuration(v);
    case Dimension::Rate:
        return humanNumber(v, 3) + u' ' + nounOf(unit) + QStringLiteral("/s");
    case Dimension::Size:
        return sizeText(v);
    case Dimension::SizeRate: { // canonical MB/s; people think of ingest per day
        const QString perDay = sizeText(v * 86400 / 1000);
        return perDay + QStringLiteral("/day");
    }
    case Dimension::Percent: {
        // Enough decimals that 99.95 and 99.999 never print alike.
        QString s = std::abs(v) >= 99 && std::abs(v) < 100 ? plain(v, 6) : plain(v, 3);
        s += QStringLiteral(" %");
        if (availability && v > 0 && v <= 100)
            s += QStringLiteral(" (") + formatDuration(downtimeMinutesPerYear(v) * 60'000) +
                 QStringLiteral("/yr)");
        return s;
    }
    case Dimension::Money:
        return currencyPrefix(unit.currency) + humanNumber(v, 3);
    case Dimension::MoneyRate:
        return currencyPrefix(unit.currency) + humanNumber(v, 3) + QStringLiteral("/month");
    case Dimension::MoneyPerUnit: { // canonical: per 1M units; choose the count that gives a readable amount
        static const struct
        {
            double per;
            const char *label;
        } steps[] = {{1, ""}, {1e3, "1k "}, {1e6, "1M "}, {1e9, "1B "}};
        for (const auto &s : steps) {
            const double amount = v / 1e6 * s.per;
            if (std::abs(amount) >= 0.1 || s.per == 1e9)
                return currencyPrefix(unit.currency) + plain(amount, 3) + QStringLiteral(" per ") +
                       QLatin1String(s.label) +
                       (s.per == 1 ? canonicalNoun(unit.noun).chopped(1) : nounOf(unit));
        }
        break;
    }
    case Dimension::Count: {
        QString noun = unit.noun;
        if (noun.isEmpty() || noun == QLatin1String("count"))
            return humanNumber(v, 3);
        QString per;
        if (noun.endsWith(QLatin1String("/year"))) {
            noun.chop(5);
            per = QStringLiteral("/yr");
        }
        if (v == 1 && noun.endsWith(u's'))
            noun.chop(1); // "1 incident/yr"
        return humanNumber(v, 3) + u' ' + noun + per;
    }
    case Dimension::Factor:
        if (unit.canonical == QLatin1String("nines"))
            return plain(v, 2) + QStringLiteral(" nines");
        return formatFactor(v);
    case Dimension::Unknown:
        break;
    }
    return humanNumber(v, 3);
}

QString formatValue(const Metric &metric, const Value &value, bool availability)
{
    if (value.hasNumber() && !metric.unit.isValid())
        return tr("unreadable");
    if (!value.hasNumber())
        return value.decorate({}); // "missing" / "unreadable"
    const double scale = metric.unit.scale;
    const bool isAvailability = availability && metric.unit.dimension == Dimension::Percent;
    if (value.kind == Value::Kind::Range) // "2–5 ms": the unit once, after the high end
        return value.decorate(formatQuantity(value.number * scale, metric.unit).section(u' ', 0, 0),
                              formatQuantity(value.high * scale, metric.unit, isAvailability));
    return value.decorate(formatQuantity(value.number * scale, metric.unit, isAvailability));
}

QString formatFactor(double factor)
{
    return plain(factor, 2) + u'x';
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Normalisation and the improvement factor of one metric.
#include "metric.h"

#include <QRegularExpression>

#include <cmath>

namespace ae::metrics {

std::optional<double> Metric::normalise(const Value &v) const
{
    if (!v.hasNumber() || !unit.isValid())
        return std::nullopt;
    return v.representative() * unit.scale;
}

std::optional<double> Metric::improvementFactor() const
{
    const auto before = normalisedBaseline();
    const auto after = normalisedResult();
    if (!before || !after || better == Better::Unspecified)
        return std::nullopt;
    double b = *before;
    double a = *after;
    if (unit.dimension == Dimension::Percent && better == Better::Higher && b <= 100 && a <= 100) {
        b = 100 - b;
        a = 100 - a;
        if (a <= 0 || b <= 0)
            return std::nullopt; // 100 % leaves nothing to compare
        return b / a;
    }
    if (a <= 0 || b <= 0)
        return std::nullopt;
    return better == Better::Lower ? b / a : a / b;
}

QString Metric::key() const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return name.toLower().replace(spaces, QStringLiteral(" ")).trimmed();
}

QString Metric::family() const
{
    const QString n = key();
    switch (unit.dimension) {
    case Dimension::Time: {
        static const QRegularExpression percentile(QStringLiteral("\\b(p\\d{2,3}(?:\\.\\d+)?)\\b"));
        const QRegularExpressionMatch m = percentile.match(n);
        if (m.hasMatch())
            return m.captured(1) + QStringLiteral(" latency");
        break;
    }
    case Dimension::Percent:
        if (n.contains(QLatin1String("availability")) || n.contains(QLatin1String("uptime")))
            return QStringLiteral("availability");
        break;
    case Dimension::MoneyRate:
        return QStringLiteral("cost per month");
    case Dimension::MoneyPerUnit:
        return QStringLiteral("cost per unit");
    default:
        break;
    }
    return n;
}

QString Metric::location() const
{
    return studyPath + u':' + QString::number(line) + u':' + QString::number(column);
}

} // namespace ae::metrics

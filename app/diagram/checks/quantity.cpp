// SPDX-License-Identifier: MIT
// Small grammar for annotation values; errors name what was expected so the parser can show them as hints.
#include "diagram/checks/quantity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ae::diagram::checks {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

// A number and the rest of the text after it (spaces skipped). Thousands may be grouped with commas, as the
// studies' prose writes them ("1,500/s").
bool takeNumber(QStringView text, double *value, QStringView *rest)
{
    static const QRegularExpression number(
        QStringLiteral("^\\s*([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return false;
    *value = m.captured(1).remove(QLatin1Char(',')).toDouble();
    *rest = text.mid(m.capturedEnd(0)).trimmed();
    return true;
}

// Milliseconds per unit, 0 when `unit` is not a time unit.
double msPerUnit(QStringView unit)
{
    static const QList<std::pair<QString, double>> units{
        {QStringLiteral("ns"), 1e-6},      {QStringLiteral("us"), 1e-3},  {QStringLiteral("\u00b5s"), 1e-3},
        {QStringLiteral("\u03bcs"), 1e-3}, {QStringLiteral("ms"), 1.0},   {QStringLiteral("s"), 1e3},
        {QStringLiteral("sec"), 1e3},      {QStringLiteral("min"), 60e3}, {QStringLiteral("h"), 3600e3}};
    for (const auto &[name, scale] : units)
        if (unit.compare(name, Qt::CaseInsensitive) == 0)
            return scale;
    return 0;
}

bool takeDuration(QStringView text, double *ms, QString *error)
{
    double value = 0;
    QStringView unit;
    if (!takeNumber(text, &value, &unit) || unit.isEmpty()) {
        *error = unit.isEmpty() && takeNumber(text, &value, &unit)
                     ? tr("`%1` has no unit; write e.g. `%1 ms`").arg(text.trimmed().toString())
                     : tr("`%1` is not a duration; write e.g. `12 ms`, `800 µs` or `1.5 s`")
                           .arg(text.trimmed().toString());
        return false;
    }
    const double scale = msPerUnit(unit);
    if (scale == 0) {
        *error = tr("unknown time unit `%1`; use µs (or us), ms, s or min").arg(unit.toString());
        return false;
    }
    *ms = value * scale;
    return true;
}

// Seconds in the period of a rate's denominator; 0 when unknown.
double secondsPer(QStringView period)
{
    static const QList<std::pair<QString, double>> periods{
        {QStringLiteral("s"), 1},       {QStringLiteral("sec"), 1},     {QStringLiteral("second"), 1},
        {QStringLiteral("min"), 60},    {QStringLiteral("minute"), 60}, {QStringLiteral("h"), 3600},
        {QStringLiteral("hour"), 3600}, {QStringLiteral("day"), 86400}};
    for (const auto &[name, seconds] : periods)
        if (period.compare(name, Qt::CaseInsensitive) == 0)
            return seconds;
    return 0;
}
} // namespace

bool parseLatency(const QString &text, Latency *out, QString *error)
{
    static const QRegularExpression separator(QStringLiteral("[,;/]"));
    static const QRegularExpression percentile(QStringLiteral("^\\s*[pP]([0-9]+(?:\\.[0-9]+)?)\\s*:?\\s*"));
    const QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = tr("empty latency; write e.g. `12 ms` or `p50: 3 ms, p99: 12 ms`");
        return false;
    }
    bool hasP50 = false, hasP99 = false, hasPlain = false;
    Latency result;
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = percentile.match(part);
        double ms = 0;
        if (!takeDuration(m.hasMatch() ? QStringView(part).mid(m.capturedEnd(0)) : QStringView(part), &ms,
                          error))
            return false;
        if (!m.hasMatch()) {
            if (hasPlain || parts.size() > 1) {
                *error = tr("a latency with several figures names each: `p50: 3 ms, p99: 12 ms`");
                return false;
            }
            hasPlain = true;
            result.p50 = result.p99 = ms;
        } else if (m.captured(1) == u"50") {
            hasP50 = true;
            result.p50 = ms;
        } else if (m.captured(1) == u"99") {
            hasP99 = true;
            result.p99 = ms;
        } else {
            *error = tr("p%1 is not used by path budgets; give p50 and/or p99").arg(m.captured(1));
            return false;
        }
    }
    if (hasP50 && !hasP99)
        result.p99 = result.p50;
    if (hasP99 && !hasP50)
        result.p50 = result.p99;
    if (hasP50 && hasP99 && result.p99 < result.p50) {
        *error = tr("p99 (%1) is below p50 (%2)").arg(formatMs(result.p99), formatMs(result.p50));
        return false;
    }
    *out = result;
    return true;
}

bool parseAvailability(const QString &text, double *fraction, QString *error)
{
    double value = 0;
    QStringView rest;
    if (!takeNumber(text, &value, &rest) || rest != u"%") {
        *error = tr("`%1` is not an availability; write a percentage such as `99.95 %`").arg(text.trimmed());
        return false;
    }
    if (value <= 0 || value > 100) {
        *error = tr("an availability is above 0 % and at most 100 %");
        return false;
    }
    *fraction = value / 100.0;
    return true;
}

bool parseCapacity(const QString &text, double *perSecond, QString *error)
{
    const QString bad =
        tr("`%1` is not a rate; write e.g. `5000 req/s`, `5k/s` or `300 rps`").arg(text.trimmed());
    double value = 0;
    QStringView rest;
    if (!takeNumber(text, &value, &rest)) {
        *error = bad;
        return false;
    }
    // A multiplier glued to the number or standing alone: 5k/s, 5 k req/s, 1.2M/min.
    static const QRegularExpression multiplier(QStringLiteral("^([kKMG])(?![A-Za-z])\\s*"));
    const QRegularExpressionMatch m = multiplier.match(rest);
    if (m.hasMatch()) {
        const QChar c = m.capturedView(1).at(0);
        value *= c == u'G' ? 1e9 : c == u'M' ? 1e6 : 1e3;
        rest = rest.mid(m.capturedEnd(0));
    }
    const QString unit = rest.toString().simplified().remove(QLatin1Char(' '));
    double seconds = 0;
    if (unit.compare(QLatin1String("rps"), Qt::CaseInsensitive) == 0 ||
        unit.compare(QLatin1String("qps"), Qt::CaseInsensitive) == 0 ||
        unit.compare(QLatin1String("tps"), Qt::CaseInsensitive) == 0) {
        seconds = 1;
    } else if (const int slash = unit.lastIndexOf(QLatin1Char('/')); slash >= 0) {
        // What is counted before the slash is a word ("req", "writes") or nothing: "1.500/s" or "1;500/s" is
        // not a rate.
        static const QRegularExpression noun(QStringLiteral("^[A-Za-z-]*$"));
        if (noun.match(QStringView(unit).left(slash)).hasMatch())
            seconds = secondsPer(QStringView(unit).mid(slash + 1));
    }
    if (seconds == 0) {
        *error = bad;
        return false;
    }
    *perSecond = value / seconds;
    return true;
}

bool BudgetTerm::holds(double actual) const
{
    switch (op) {
    case Op::Less:
        return actual < value;
    case Op::LessOrEqual:
        return actual <= value;
    case Op::Greater:
        return actual > value;
    case Op::GreaterOrEqual:
        return actual >= value;
    }
    return false;
}

bool parseBudget(const QString &text, QVector<BudgetTerm> *out, QString *error)
{
    static const QRegularExpression term(
        QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9-]*)\\s*(<=|>=|<|>|\u2264|\u2265)\\s*(.+?)\\s*$"));
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = tr("empty budget; write e.g. `p99 < 200 ms, availability >= 99.99 %`");
        return false;
    }
    QVector<BudgetTerm> terms;
    for (const QString &part : parts) {
        const QRegularExpressionMatch m = term.match(part);
        if (!m.hasMatch()) {
            *error = tr("`%1` is not a budget term; write MEASURE OPERATOR VALUE, e.g. `p99 < 200 ms`")
                         .arg(part.trimmed());
            return false;
        }
        BudgetTerm t;
        t.text = part.trimmed();
        const QString measure = m.captured(1).toLower();
        const QString op = m.captured(2);
        t.op = op == u"<"                       ? BudgetTerm::Op::Less
               : op == u">"                     ? BudgetTerm::Op::Greater
               : op == u">=" || op == u"\u2265" ? BudgetTerm::Op::GreaterOrEqual
                                                : BudgetTerm::Op::LessOrEqual;
        const QString value = m.captured(3);
        Latency latency;
        if (measure == u"p50" || measure == u"p99" || measure == u"latency") {
            t.measure = measure == u"p99" ? BudgetTerm::Measure::P99 : BudgetTerm::Measure::P50;
            if (!takeDuration(value, &t.value, error))
                return false;
        } else if (measure == u"availability") {
            t.measure = BudgetTerm::Measure::Availability;
            if (!parseAvailability(value, &t.value, error))
                return false;
        } else if (measure == u"capacity" || measure == u"throughput") {
            t.measure = BudgetTerm::Measure::Capacity;
            if (!parseCapacity(value, &t.value, error))
                return false;
        } else {
            *error = tr("unknown budget measure `%1`; use p50, p99, latency, availability or capacity")
                         .arg(m.captured(1));
            return false;
        }
        terms.append(t);
    }
    *out = terms;
    return true;
}

QString formatMs(double ms)
{
    const int decimals = ms >= 100 ? 0 : ms >= 10 ? 1 : ms >= 1 ? 2 : 3;
    return QLocale::c().toString(ms, 'f', decimals) + QStringLiteral(" ms");
}

// Enough decimals to show the nines: 99.9999 %, 99.95 %, 100 %.
QString formatPercent(double fraction)
{
    const double percent = fraction * 100.0;
    if (percent >= 100.0 - 1e-12)
        return QStringLiteral("100 %");
    const double down = 100.0 - percent;
    int decimals = qBound(2, int(std::ceil(-std::log10(down))) + 2, 8);
    QString s = QLocale::c().toString(percent, 'f', decimals);
    while (s.contains(QLatin1Char('.')) && s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s + QStringLiteral(" %");
}

QString formatRate(double perSecond)
{
    QLocale c = QLocale::c();
    c.setNumberOptions({});
    return c.toString(perSecond, 'f', perSecond >= 100 ? 0 : 2) + QStringLiteral("/s");
}

} // namespace ae::diagram::checks

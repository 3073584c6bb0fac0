// SPDX-License-Identifier: MIT
// Chart data of one measure across studies, and of one study's before/after factors.
#include "measurechart.h"

#include "metrics/format.h"
#include "metrics/matrix.h"
#include "metrics/request.h"

#include <QCoreApplication>

#include <cmath>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::MeasureChart", text);
}

QString betterText(Better b)
{
    switch (b) {
    case Better::Lower:
        return tr("lower is better");
    case Better::Higher:
        return tr("higher is better");
    case Better::Unspecified:
        break;
    }
    return tr("no better direction");
}

QString axisUnitName(const Unit &unit)
{
    switch (unit.dimension) {
    case Dimension::Time:
        return tr("time");
    case Dimension::Rate:
        return canonicalNoun(unit.noun) + tr(" per second");
    case Dimension::Size:
        return tr("bytes stored");
    case Dimension::SizeRate:
        return tr("bytes per day");
    case Dimension::Percent:
        return tr("percent");
    case Dimension::Money:
        return unit.currency;
    case Dimension::MoneyRate:
        return unit.currency + tr(" per month");
    case Dimension::MoneyPerUnit:
        return unit.currency + tr(" per unit");
    case Dimension::Count:
        return unit.noun.isEmpty() ? tr("count") : unit.noun;
    case Dimension::Factor:
        return tr("factor");
    case Dimension::Unknown:
        break;
    }
    return {};
}

QString tooltipOf(const LibraryMetrics &data, const Metric &m)
{
    QString t = data.title(m.studyPath) + u'\n' + m.name + QStringLiteral(": ");
    if (!m.baseline.text.isEmpty())
        t += m.baseline.text + QStringLiteral(" → ");
    t += m.result.text + u' ' + m.unit.text;
    if (!m.source.isEmpty())
        t += QStringLiteral("\n") + tr("Source: ") + m.source;
    t += u'\n' + m.location();
    return t;
}

bool spans(const QVector<ChartBar> &bars, double ratio)
{
    double lo = 0, hi = 0;
    for (const ChartBar &b : bars)
        for (const auto &v : {b.baseline, b.result})
            if (v && *v > 0) {
                lo = lo == 0 ? *v : std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    return lo > 0 && hi / lo >= ratio;
}

} // namespace

MeasureChartData buildMeasureChart(const LibraryMetrics &data, const QString &measureKey,
                                   const QStringList &studies, AvailabilityScale availability)
{
    MeasureChartData chart;
    const QStringList order = studies.isEmpty() ? data.studies : studies;
    const Metric *first = nullptr;
    for (const Metric &m : data.metrics)
        if (m.measure == measureKey && order.contains(m.studyPath)) {
            first = &m;
            break;
        }
    if (!first)
        return chart;
    const bool isAvailability = first->measureId == QLatin1String("availability");
    chart.better = first->better;
    chart.unit = first->unit;
    Metric shown = *first;
    chart.title = measureDisplayName(data.catalog, *first);
    if (isAvailability) {
        if (availability == AvailabilityScale::Downtime) {
            chart.title = tr("Availability as downtime per year");
            chart.better = Better::Lower;
            chart.unit = Unit{QStringLiteral("min"), Dimension::Time, 60'000.0, QStringLiteral("ms"), {}, {}};
        } else {
            chart.title = tr("Availability in nines");
            chart.better = Better::Higher;
            chart.unit =
                Unit{QStringLiteral("nines"), Dimension::Factor, 1.0, QStringLiteral("nines"), {}, {}};
        }
    }
    for (const QString &study : order) {
        ChartBar bar;
        bar.study = study;
        bar.label = data.shortName(study);
        for (int i = 0; i < data.metrics.size(); ++i) {
            const Metric &m = data.metrics.at(i);
            if (m.studyPath != study || m.measure != measureKey)
                continue;
            if (m.unit.canonical != first->unit.canonical || m.unit.currency != first->unit.currency) {
                chart.notes << tr("%1: %2 is in %3, not converted").arg(bar.label, m.name, m.unit.text);
                break;
            }
            bar.metricIndex = i;
            bar.tooltip = tooltipOf(data, m);
            auto convert = [&](const Value &v) -> std::optional<double> {
                const auto n = m.normalise(v);
                if (!n || !isAvailability)
                    return n;
                if (availability == AvailabilityScale::Downtime)
                    return downtimeMinutesPerYear(*n) * 60'000.0; // ms, like every time
                return nines(*n);
            };
            auto text = [&](const Value &v, const std::optional<double> &converted) -> QString {
                if (!converted)
                    return formatValue(m, v);
                if (isAvailability)
                    return (availability == AvailabilityScale::Downtime
                                ? formatDuration(*converted) + tr("/yr")
                                : QString::number(*converted, 'f', 1) + tr(" nines")) +
                           QStringLiteral(" (") + v.text + QStringLiteral(" %)");
                return formatValue(m, v);
            };
            bar.result = convert(m.result);
            bar.resultText = text(m.result, bar.result);
            if (m.baseline.kind != Value::Kind::Missing || !m.baseline.text.isEmpty()) {
                bar.baseline = convert(m.baseline);
                bar.baselineText = text(m.baseline, bar.baseline);
            }
            break;
        }
        if (bar.metricIndex < 0) {
            bar.resultText = tr("not reported");
            bar.tooltip = data.title(study) + u'\n' + tr("does not report this measure");
        }
        chart.bars.append(bar);
    }
    if (isOwnRequestMeasure(*first)) {
        chart.ownRequests = nameOwnRequests(data.metrics, chart.bars, &ChartBar::label);
        if (chart.ownRequests)
            chart.title += tr(", each study's own main request");
    }
    chart.logScale = spans(chart.bars, 100.0);
    QStringList sub;
    if (chart.ownRequests)
        sub << tr("each bar is its study's own main request, named beside it: the requests differ, so the "
                  "bars are not a ranking");
    else if (const MeasureDef *def = data.catalog.find(first->measureId); def && !isAvailability)
        sub << def->about + (first->measureQualifier.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": ") + first->measureQualifier);
    sub << (chart.ownRequests ? betterText(chart.better) + tr(" within each study (baseline → result)")
                              : betterText(chart.better));
    if (chart.logScale)
        sub << tr("log scale (values span 100x or more)");
    sub << tr("pale bar: baseline, solid bar: result");
    chart.subtitle = sub.join(QStringLiteral(" · "));
    chart.axisTitle = axisUnitName(chart.unit) + (chart.logScale ? tr(" (log scale)") : QString());
    return chart;
}

MeasureChartData buildBeforeAfterChart(const LibraryMetrics &data, const QString &studyPath)
{
    MeasureChartData chart;
    chart.factorChart = true;
    chart.logScale = true;
    chart.better = Better::Higher;
    chart.unit = Unit{QStringLiteral("x"), Dimension::Factor, 1.0, QStringLiteral("x"), {}, {}};
    chart.title = tr("%1: before → after").arg(data.shortName(studyPath));
    chart.subtitle = tr("improvement factor per measure, 1x = unchanged · right of 1x is better · log scale");
    chart.axisTitle = tr("improvement factor (log scale)");
    for (int i = 0; i < data.metrics.size(); ++i) {
        const Metric &m = data.metrics.at(i);
        if (m.studyPath != studyPath)
            continue;
        const auto factor = m.improvementFactor();
        if (!factor) {
            const QString why = !m.baseline.hasNumber() || !m.result.hasNumber() ? tr("no baseline or result")
                                : m.better == Better::Unspecified
                                    ? tr("no better direction")
                                    : tr("a value of zero or 100 % has no ratio");
            chart.notes << tr("%1: no factor (%2)").arg(m.name, why);
            continue;
        }
        ChartBar bar;
        bar.study = studyPath;
        bar.metricIndex = i;
        bar.label = m.name;
        bar.result = *factor;
        bar.resultText = formatFactor(*factor) + QStringLiteral(" (") + formatValue(m, m.baseline) +
                         QStringLiteral(" → ") + formatValue(m, m.result) + u')';
        bar.tooltip = tooltipOf(data, m);
        chart.bars.append(bar);
    }
    return chart;
}

QVector<MeasureUse> measuresReported(const LibraryMetrics &data, const QStringList &studies)
{
    const MeasureMatrix matrix = buildMatrix(data, studies, 1);
    QVector<MeasureUse> out;
    for (const MatrixRow &r : matrix.rows)
        out.append({r.key, r.name, r.reported});
    return out;
}

QString findMeasureKey(const LibraryMetrics &data, const QString &name)
{
    const QString want = name.simplified().toLower();
    for (const Metric &m : data.metrics)
        if (!m.measure.isEmpty() &&
            (m.measure == want || measureDisplayName(data.catalog, m).toLower() == want))
            return m.measure;
    // An id alone names its unqualified key, if some study reports it.
    for (const Metric &m : data.metrics)
        if (m.measureId == want && m.measureQualifier.isEmpty())
            return m.measure;
    return {};
}

} // namespace ae::metrics

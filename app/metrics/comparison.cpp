// SPDX-License-Identifier: MIT
// Building comparison sets: grouping by metric key, unit agreement, best values and relative ratios.
#include "comparison.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace ae::metrics {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ae::metrics::Comparison", text); }

ComparisonCell cellFor(const Metric &m, int index)
{
    ComparisonCell c;
    c.metricIndex = index;
    c.kind = m.unit.isValid() ? m.result.kind : Value::Kind::Invalid;
    if (c.isPresent()) {
        c.value = m.result.representative() * m.unit.scale;
        c.low = m.result.number * m.unit.scale;
        c.high = m.result.high * m.unit.scale;
        // In the unit it was written in, the label is the text itself ("99.999", "~9,500"): no rounding.
        c.label = m.unit.scale == 1.0 ? m.result.text : m.result.decorate(formatNumber(c.low), formatNumber(c.high));
    } else {
        c.label = m.result.decorate({});
    }
    return c;
}

void computeBest(ComparisonSet &set)
{
    for (int k = 0; k < set.categories.size(); ++k) {
        ComparisonCategory &cat = set.categories[k];
        if (cat.better == Better::Unspecified)
            continue;
        for (const ComparisonSeries &s : std::as_const(set.series)) {
            const ComparisonCell &c = s.cells.at(k);
            if (!c.isPresent() || c.value <= 0)
                continue;
            if (!cat.best || (cat.better == Better::Lower ? c.value < *cat.best : c.value > *cat.best))
                cat.best = c.value;
        }
        if (!cat.best)
            continue;
        for (ComparisonSeries &s : set.series) {
            ComparisonCell &c = s.cells[k];
            if (c.isPresent() && c.value > 0)
                c.relative = cat.better == Better::Lower ? c.value / *cat.best : *cat.best / c.value;
        }
    }
}

// Over the categories every series has a relative value for (so a study is not ranked better for leaving a
// metric out); over all its values when no category is shared by all.
QVector<bool> sharedCategories(const ComparisonSet &set)
{
    QVector<bool> shared(set.categories.size(), true);
    bool any = false;
    for (int k = 0; k < shared.size(); ++k) {
        for (const ComparisonSeries &s : set.series)
            shared[k] = shared[k] && s.cells.at(k).relative.has_value();
        any = any || shared[k];
    }
    if (!any)
        shared.fill(true);
    return shared;
}

double geometricMeanRelative(const ComparisonSeries &s, const QVector<bool> &use)
{
    double logSum = 0;
    int n = 0;
    for (int k = 0; k < s.cells.size(); ++k)
        if (const ComparisonCell &c = s.cells.at(k); use.at(k) && c.relative) {
            logSum += std::log(*c.relative);
            ++n;
        }
    return n ? std::exp(logSum / n) : std::numeric_limits<double>::infinity();
}

} // namespace

ComparisonSet buildComparison(const Metrics &all, const ComparisonOptions &options)
{
    ComparisonSet set;
    set.dimension = options.dimension;

    // The dimension's canonical unit: the most common among its metrics (only money can disagree).
    QHash<QString, int> unitVotes;
    for (const Metric &m : all)
        if (m.unit.dimension == options.dimension)
            ++unitVotes[m.unit.canonical];
    int votes = 0;
    for (auto it = unitVotes.cbegin(); it != unitVotes.cend(); ++it)
        if (it.value() > votes || (it.value() == votes && it.key() < set.unit)) {
            votes = it.value();
            set.unit = it.key();
        }
    set.valueAxisTitle = set.unit.isEmpty() ? dimensionDisplayName(options.dimension)
                                            : dimensionDisplayName(options.dimension) + QStringLiteral(" (") +
                                                  set.unit + u')';

    QStringList studies = options.studies;
    QHash<QString, QString> titles;
    for (const Metric &m : all) {
        titles.insert(m.studyPath, m.studyTitle);
        if (options.studies.isEmpty() && m.unit.dimension == options.dimension && !studies.contains(m.studyPath))
            studies.append(m.studyPath);
    }
    QHash<QString, int> seriesIndex;
    for (const QString &path : std::as_const(studies)) {
        seriesIndex.insert(path, int(set.series.size()));
        set.series.append(ComparisonSeries{path, titles.value(path, path), {}});
    }

    QHash<QString, int> categoryIndex;
    QVector<QHash<int, int>> placed; // category -> series -> metric index
    for (const Metric &m : all) {
        if (m.unit.dimension != options.dimension || !seriesIndex.contains(m.studyPath))
            continue;
        const QString key = options.grouping == Grouping::ByFamily ? m.family() : m.key();
        if (!options.metricKeys.isEmpty() && !options.metricKeys.contains(key))
            continue;
        if (m.unit.canonical != set.unit) {
            set.excluded.append(tr("%1 — %2: in %3, not comparable with %4 (%5)")
                                    .arg(m.studyTitle, m.name, m.unit.canonical, set.unit, m.location()));
            continue;
        }
        int k = categoryIndex.value(key, -1);
        if (k < 0) {
            k = int(set.categories.size());
            categoryIndex.insert(key, k);
            const QString name = options.grouping == Grouping::ByFamily && key != m.key() ? key : m.name;
            set.categories.append(ComparisonCategory{key, name, m.better, std::nullopt});
            placed.append(QHash<int, int>());
        } else if (set.categories[k].better != m.better) {
            set.categories[k].better = Better::Unspecified; // studies disagree: no best
        }
        const int s = seriesIndex.value(m.studyPath);
        if (placed[k].contains(s)) {
            set.excluded.append(tr("%1 — %2: another row of the study is charted as \"%3\" (%4)")
                                    .arg(m.studyTitle, m.name, set.categories.at(k).name, m.location()));
            continue;
        }
        placed[k].insert(s, int(set.metrics.size()));
        if (!m.isChartable() && m.result.kind == Value::Kind::Invalid)
            set.excluded.append(tr("%1 — %2: value `%3` cannot be read (%4)")
                                    .arg(m.studyTitle, m.name, m.result.text, m.location()));
        set.metrics.append(m);
    }

    for (int s = 0; s < set.series.size(); ++s) {
        ComparisonSeries &series = set.series[s];
        for (int k = 0; k < set.categories.size(); ++k) {
            const int mi = placed.at(k).value(s, -1);
            if (mi < 0) {
                ComparisonCell missing;
                missing.label = tr("missing");
                series.cells.append(missing);
            } else {
                series.cells.append(cellFor(set.metrics.at(mi), mi));
            }
        }
    }
    computeBest(set);
    if (options.order == SeriesOrder::BestFirst) {
        const QVector<bool> use = sharedCategories(set);
        std::stable_sort(set.series.begin(), set.series.end(), [&use](const auto &a, const auto &b) {
            return geometricMeanRelative(a, use) < geometricMeanRelative(b, use);
        });
    }
    return set;
}

ComparisonSet buildBeforeAfter(const Metrics &all, const QString &studyPath)
{
    ComparisonSet set;
    set.dimension = Dimension::Factor;
    set.unit = QStringLiteral("x");
    set.valueAxisTitle = tr("Improvement factor (x, higher is better)");
    ComparisonSeries series;
    series.studyPath = studyPath;
    series.studyTitle = tr("Improvement");
    for (const Metric &m : all) {
        if (m.studyPath != studyPath)
            continue;
        series.studyTitle = m.studyTitle;
        ComparisonCell c;
        c.metricIndex = int(set.metrics.size());
        const auto factor = m.improvementFactor();
        if (factor) {
            // A bound on either side makes the factor a bound too; a range or ~ makes it approximate.
            const bool bound = m.result.isBound() || m.baseline.isBound();
            c.kind = bound ? Value::Kind::Approximate : Value::Kind::Exact;
            if (m.result.kind == Value::Kind::Approximate || m.baseline.kind == Value::Kind::Approximate ||
                m.result.kind == Value::Kind::Range || m.baseline.kind == Value::Kind::Range)
                c.kind = Value::Kind::Approximate;
            c.value = c.low = c.high = *factor;
            c.label = (c.kind == Value::Kind::Approximate ? QStringLiteral("~") : QString()) +
                      formatNumber(*factor) + u'x';
            c.relative = 1.0 / *factor;
        } else {
            c.kind = Value::Kind::Missing;
            c.label = !m.baseline.hasNumber()         ? tr("no baseline")
                      : !m.isChartable()              ? tr("unreadable")
                      : m.better == Better::Unspecified ? tr("no direction")
                                                      : tr("from or to zero");
        }
        set.categories.append(ComparisonCategory{m.key(), m.name, Better::Higher, std::nullopt});
        set.metrics.append(m);
        series.cells.append(c);
    }
    if (!set.categories.isEmpty())
        set.series.append(series);
    return set;
}

QVector<Dimension> dimensionsPresent(const Metrics &all)
{
    QVector<Dimension> out;
    for (Dimension d : allDimensions())
        if (std::any_of(all.cbegin(), all.cend(),
                        [d](const Metric &m) { return m.unit.dimension == d && m.isChartable(); }))
            out.append(d);
    return out;
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Building the measures x studies matrix.
#include "matrix.h"

#include "metrics/format.h"
#include "metrics/request.h"

#include <QHash>

#include <limits>

namespace ae::metrics {

namespace {

bool higherIsBetterPercent(Better better, Dimension dimension, double a, double b)
{
    return better == Better::Higher && dimension == Dimension::Percent && a <= 100 && b <= 100;
}

} // namespace

std::optional<double> ratioToBest(double value, double best, Better better, Dimension dimension)
{
    if (better == Better::Unspecified)
        return std::nullopt;
    if (higherIsBetterPercent(better, dimension, value, best)) {
        const double left = 100 - value, bestLeft = 100 - best;
        if (bestLeft <= 0)
            return left <= 0 ? std::optional<double>(1.0) : std::nullopt;
        return left / bestLeft;
    }
    if (better == Better::Lower) {
        if (best <= 0) // the best lost nothing (RPO 0 s): any loss is worse without bound
            return value <= best ? 1.0 : std::numeric_limits<double>::infinity();
        return value / best;
    }
    return value > 0 ? std::optional<double>(best / value) : std::nullopt;
}

MeasureMatrix buildMatrix(const LibraryMetrics &data, const QStringList &studies, int minStudies)
{
    MeasureMatrix m;
    m.studies = studies.isEmpty() ? data.studies : studies;
    for (const QString &s : m.studies) {
        m.shortNames << data.shortName(s);
        m.titles << data.title(s);
    }
    // key -> study -> row index; and the order keys first appear in, by catalog position.
    QHash<QString, QHash<QString, int>> byKey;
    QHash<QString, int> firstRow;
    for (int i = 0; i < data.metrics.size(); ++i) {
        const Metric &row = data.metrics.at(i);
        if (row.measure.isEmpty() || !m.studies.contains(row.studyPath))
            continue;
        byKey[row.measure].insert(row.studyPath, i);
        if (!firstRow.contains(row.measure))
            firstRow.insert(row.measure, i);
    }
    QStringList keys = byKey.keys();
    auto catalogIndex = [&](const QString &key) {
        const QString id = data.metrics.at(firstRow.value(key)).measureId;
        for (int i = 0; i < data.catalog.measures().size(); ++i)
            if (data.catalog.measures().at(i).id == id)
                return i;
        return int(data.catalog.measures().size());
    };
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int ca = catalogIndex(a), cb = catalogIndex(b);
        if (ca != cb)
            return ca < cb;
        if (byKey.value(a).size() != byKey.value(b).size())
            return byKey.value(a).size() > byKey.value(b).size();
        return a < b;
    });
    for (const QString &key : keys) {
        const QHash<QString, int> &rows = byKey.value(key);
        if (rows.size() < minStudies) {
            ++m.hiddenRows;
            continue;
        }
        const Metric &first = data.metrics.at(firstRow.value(key));
        MatrixRow r;
        r.key = key;
        r.name = measureDisplayName(data.catalog, first);
        if (const MeasureDef *def = data.catalog.find(first.measureId))
            r.about = def->about;
        r.dimension = first.unit.dimension;
        r.better = first.better;
        const bool availability = first.measureId == QLatin1String("availability");
        std::optional<double> best;
        for (const QString &study : m.studies) {
            MatrixCell c;
            if (rows.contains(study)) {
                c.metricIndex = rows.value(study);
                const Metric &metric = data.metrics.at(c.metricIndex);
                c.value = metric.normalisedResult();
                c.factor = metric.improvementFactor();
                c.text = formatValue(metric, metric.result, availability);
                if (c.value) {
                    ++r.reported;
                    if (!best || (r.better == Better::Lower ? *c.value < *best : *c.value > *best))
                        best = c.value;
                }
            } else {
                c.text = QStringLiteral("—");
            }
            r.cells.append(c);
        }
        if (isOwnRequestMeasure(first))
            r.ownRequests = nameOwnRequests(data.metrics, r.cells, &MatrixCell::text);
        if (best && !r.ownRequests)
            for (MatrixCell &c : r.cells)
                if (c.value)
                    c.ratio = ratioToBest(*c.value, *best, r.better, r.dimension);
        m.rows.append(r);
    }
    return m;
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Metrics and comparison sets as rows and JSON; numbers are written with full precision for re-import.
#include "report.h"

#include <QJsonObject>

namespace ae::metrics {

namespace {

QString number(const std::optional<double> &v) { return v ? QString::number(*v, 'g', 15) : QString(); }
QJsonValue json(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

} // namespace

QString kindId(Value::Kind kind)
{
    switch (kind) {
    case Value::Kind::Exact: return QStringLiteral("exact");
    case Value::Kind::Approximate: return QStringLiteral("approximate");
    case Value::Kind::LessThan: return QStringLiteral("less-than");
    case Value::Kind::GreaterThan: return QStringLiteral("greater-than");
    case Value::Kind::Range: return QStringLiteral("range");
    case Value::Kind::Missing: return QStringLiteral("missing");
    case Value::Kind::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

CsvRows metricsTable(const Metrics &metrics)
{
    CsvRows rows;
    rows.append({QStringLiteral("study"), QStringLiteral("title"), QStringLiteral("metric"),
                 QStringLiteral("baseline"), QStringLiteral("result"), QStringLiteral("unit"),
                 QStringLiteral("dimension"), QStringLiteral("canonical_unit"), QStringLiteral("baseline_value"),
                 QStringLiteral("result_value"), QStringLiteral("result_kind"), QStringLiteral("better"),
                 QStringLiteral("improvement"), QStringLiteral("source"), QStringLiteral("anchor"),
                 QStringLiteral("line"), QStringLiteral("column")});
    for (const Metric &m : metrics)
        rows.append({m.studyPath, m.studyTitle, m.name, m.baseline.text, m.result.text, m.unit.text,
                     dimensionId(m.unit.dimension), m.unit.canonical, number(m.normalisedBaseline()),
                     number(m.normalisedResult()), kindId(m.result.kind), betterId(m.better),
                     number(m.improvementFactor()), m.source, m.sectionAnchor, QString::number(m.line),
                     QString::number(m.column)});
    return rows;
}

QJsonArray metricsJson(const Metrics &metrics)
{
    QJsonArray out;
    for (const Metric &m : metrics) {
        QJsonObject o;
        o.insert(QStringLiteral("study"), m.studyPath);
        o.insert(QStringLiteral("title"), m.studyTitle);
        o.insert(QStringLiteral("metric"), m.name);
        o.insert(QStringLiteral("baseline"), m.baseline.text);
        o.insert(QStringLiteral("result"), m.result.text);
        o.insert(QStringLiteral("unit"), m.unit.text);
        o.insert(QStringLiteral("dimension"), dimensionId(m.unit.dimension));
        o.insert(QStringLiteral("canonicalUnit"), m.unit.canonical);
        o.insert(QStringLiteral("baselineValue"), json(m.normalisedBaseline()));
        o.insert(QStringLiteral("resultValue"), json(m.normalisedResult()));
        o.insert(QStringLiteral("resultKind"), kindId(m.result.kind));
        o.insert(QStringLiteral("better"), betterId(m.better));
        o.insert(QStringLiteral("improvement"), json(m.improvementFactor()));
        o.insert(QStringLiteral("source"), m.source);
        o.insert(QStringLiteral("anchor"), m.sectionAnchor);
        o.insert(QStringLiteral("line"), m.line);
        o.insert(QStringLiteral("column"), m.column);
        out.append(o);
    }
    return out;
}

CsvRows comparisonTable(const ComparisonSet &set)
{
    CsvRows rows;
    rows.append({QStringLiteral("study"), QStringLiteral("title"), QStringLiteral("metric"),
                 QStringLiteral("text"), QStringLiteral("value"), QStringLiteral("kind"),
                 QStringLiteral("relative_to_best"), QStringLiteral("unit"), QStringLiteral("source")});
    for (const ComparisonSeries &s : set.series)
        for (int k = 0; k < set.categories.size(); ++k) {
            const ComparisonCell &c = s.cells.at(k);
            const Metric *m = c.metricIndex >= 0 ? &set.metrics.at(c.metricIndex) : nullptr;
            rows.append({s.studyPath, s.studyTitle, set.categories.at(k).name, m ? m->result.text : QString(),
                         c.isPresent() ? QString::number(c.value, 'g', 15) : QString(), kindId(c.kind),
                         number(c.relative), set.unit, m ? m->location() : QString()});
        }
    return rows;
}

} // namespace ae::metrics

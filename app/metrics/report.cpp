// SPDX-License-Identifier: MIT
// Metrics and comparison sets as rows and JSON; numbers are written with full precision for re-import.
#include "report.h"

#include "metrics/request.h"

#include <QJsonObject>

namespace ae::metrics {

namespace {

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}
QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString kindId(Value::Kind kind)
{
    switch (kind) {
    case Value::Kind::Exact:
        return QStringLiteral("exact");
    case Value::Kind::Approximate:
        return QStringLiteral("approximate");
    case Value::Kind::LessThan:
        return QStringLiteral("less-than");
    case Value::Kind::GreaterThan:
        return QStringLiteral("greater-than");
    case Value::Kind::Range:
        return QStringLiteral("range");
    case Value::Kind::Missing:
        return QStringLiteral("missing");
    case Value::Kind::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

CsvRows metricsTable(const Metrics &metrics)
{
    CsvRows rows;
    rows.append({QStringLiteral("study"), QStringLiteral("title"), QStringLiteral("metric"),
                 QStringLiteral("measure"), QStringLiteral("baseline"), QStringLiteral("result"),
                 QStringLiteral("unit"), QStringLiteral("dimension"), QStringLiteral("canonical_unit"),
                 QStringLiteral("baseline_value"), QStringLiteral("result_value"),
                 QStringLiteral("result_kind"), QStringLiteral("better"), QStringLiteral("improvement"),
                 QStringLiteral("source"), QStringLiteral("anchor"), QStringLiteral("line"),
                 QStringLiteral("column")});
    for (const Metric &m : metrics)
        rows.append({m.studyPath, m.studyTitle, m.name, m.measure, m.baseline.text, m.result.text,
                     m.unit.text, dimensionId(m.unit.dimension), m.unit.canonical,
                     number(m.normalisedBaseline()), number(m.normalisedResult()), kindId(m.result.kind),
                     betterId(m.better), number(m.improvementFactor()), m.source, m.sectionAnchor,
                     QString::number(m.line), QString::number(m.column)});
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
        o.insert(QStringLiteral("measure"),
                 m.measure.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.measure));
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

CsvRows matrixTable(const MeasureMatrix &matrix, const Metrics &metrics)
{
    CsvRows rows;
    // Columns for a figure computed from a study's diagram only for the studies that have one.
    QVector<bool> computed(matrix.studies.size(), false);
    for (const MatrixRow &r : matrix.rows)
        for (int i = 0; i < r.cells.size() && i < computed.size(); ++i)
            computed[i] = computed[i] || r.cells[i].computed.has_value();
    // `ranked`: "yes" when the ratio columns rank the row; "no: ..." with why (no direction, or each study's
    // own main request, named in the request columns).
    QStringList head{QStringLiteral("measure"), QStringLiteral("name"), QStringLiteral("better"),
                     QStringLiteral("ranked")};
    for (int i = 0; i < matrix.studies.size(); ++i) {
        const QString &s = matrix.studies[i];
        head << s + QStringLiteral(" value") << s + QStringLiteral(" as written")
             << s + QStringLiteral(" request") << s + QStringLiteral(" ratio");
        if (computed[i])
            head << s + QStringLiteral(" computed") << s + QStringLiteral(" computed vs measured");
    }
    rows.append(head);
    for (const MatrixRow &r : matrix.rows) {
        QStringList row{r.key, r.name, betterId(r.better),
                        r.isRanked() ? QStringLiteral("yes")
                        : r.ownRequests
                            ? QStringLiteral("no: each study's own main request, the requests differ")
                            : QStringLiteral("no: no better direction")};
        for (int i = 0; i < r.cells.size(); ++i) {
            const MatrixCell &c = r.cells[i];
            const Metric *m = c.metricIndex >= 0 ? &metrics.at(c.metricIndex) : nullptr;
            row << number(c.value) << (m ? m->result.text + u' ' + m->unit.text : QString()) << c.request
                << number(c.ratio);
            if (i < computed.size() && computed[i])
                row << number(c.computed) << c.computedText;
        }
        rows.append(row);
    }
    return rows;
}

CsvRows chartTable(const MeasureChartData &chart, const Metrics &metrics)
{
    CsvRows rows;
    rows.append({QStringLiteral("label"), QStringLiteral("study"), QStringLiteral("baseline"),
                 QStringLiteral("result"), QStringLiteral("baseline_text"), QStringLiteral("result_text"),
                 QStringLiteral("as_written"), QStringLiteral("source"), QStringLiteral("request")});
    for (const ChartBar &b : chart.bars) {
        const Metric *m = b.metricIndex >= 0 ? &metrics.at(b.metricIndex) : nullptr;
        rows.append({b.label, b.study, number(b.baseline), number(b.result), b.baselineText, b.resultText,
                     m ? m->result.text + u' ' + m->unit.text : QString(), m ? m->location() : QString(),
                     b.request});
    }
    return rows;
}

} // namespace ae::metrics

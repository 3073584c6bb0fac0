// SPDX-License-Identifier: MIT
// Extraction: find the section, map header names to columns, parse each row's cells into a Metric.
#include "extract.h"

#include "markdown/markdowndocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::metrics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::metrics::Extract", text);
}

struct Columns
{
    int metric = -1, measure = -1, baseline = -1, result = -1, unit = -1, better = -1, source = -1;
    int derived = -1,
        formula = -1; // a "How the numbers fit together" table: Derived | Formula | Value | Unit
};

// The header's first word decides ("Before (2019)" is a Before column).
QString headerWord(const QString &text)
{
    QString t = text.trimmed().toLower();
    const int cut = t.indexOf(QRegularExpression(QStringLiteral("[\\s(/:]")));
    return cut > 0 ? t.left(cut) : t;
}

Columns mapColumns(const QVector<markdown::TableCell> &header)
{
    Columns c;
    for (int i = 0; i < header.size(); ++i) {
        const QString w = headerWord(header.at(i).text);
        auto take = [&](int &slot) {
            if (slot < 0)
                slot = i;
        };
        if (w == QLatin1String("metric") || w == QLatin1String("kpi"))
            take(c.metric);
        else if (w == QLatin1String("measure"))
            take(c.measure);
        else if (w == QLatin1String("derived"))
            take(c.derived);
        else if (w == QLatin1String("formula"))
            take(c.formula);
        else if (w == QLatin1String("baseline") || w == QLatin1String("before") ||
                 w == QLatin1String("old") || w == QLatin1String("previous"))
            take(c.baseline);
        else if (w == QLatin1String("result") || w == QLatin1String("after") || w == QLatin1String("value") ||
                 w == QLatin1String("current") || w == QLatin1String("new"))
            take(c.result);
        else if (w == QLatin1String("unit") || w == QLatin1String("units"))
            take(c.unit);
        else if (w == QLatin1String("better") || w == QLatin1String("direction"))
            take(c.better);
        else if (w == QLatin1String("source") || w == QLatin1String("notes") || w == QLatin1String("note") ||
                 w == QLatin1String("evidence"))
            take(c.source);
    }
    // Before the Measure column existed, "Measure" named the metric: a table without a Metric column still
    // reads so.
    if (c.metric < 0 && c.measure >= 0)
        std::swap(c.metric, c.measure);
    return c;
}

markdown::TableCell cellAt(const QVector<markdown::TableCell> &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index) : markdown::TableCell{};
}

Diagnostic warning(int line, int column, const QString &message, const QString &hint = {})
{
    return Diagnostic{Diagnostic::Severity::Warning, line, column, message, hint};
}

void readRow(const QVector<markdown::TableCell> &row, const Columns &c, Metric &m, Diagnostics &out)
{
    const markdown::TableCell nameCell = cellAt(row, c.metric);
    m.name = nameCell.text.trimmed();
    m.line = nameCell.line;
    m.column = nameCell.column;
    if (m.name.isEmpty())
        out.append(warning(m.line, m.column, tr("metric row without a name"), tr("write what was measured")));

    const markdown::TableCell resultCell = cellAt(row, c.result);
    m.resultLine = resultCell.line ? resultCell.line : m.line;
    m.resultColumn = resultCell.column;
    QString error;
    m.result = parseValue(resultCell.text, &error);
    if (m.result.kind == Value::Kind::Invalid)
        out.append(warning(m.resultLine, m.resultColumn,
                           tr("cannot read value `%1`: %2").arg(m.result.text, error),
                           tr("write a number such as 1,200, ~45, <10, 2–5, 1.2k or n/a")));

    if (c.baseline >= 0) {
        const markdown::TableCell baseCell = cellAt(row, c.baseline);
        m.baselineLine = baseCell.line ? baseCell.line : m.line;
        m.baselineColumn = baseCell.column;
        m.baseline = parseValue(baseCell.text, &error);
        if (m.baseline.kind == Value::Kind::Invalid)
            out.append(warning(m.baselineLine, m.baselineColumn,
                               tr("cannot read baseline `%1`: %2").arg(m.baseline.text, error),
                               tr("write a number such as 1,200, ~45, <10, 2–5, 1.2k or n/a")));
    }

    const markdown::TableCell unitCell = cellAt(row, c.unit);
    QString unitText = unitCell.text.trimmed();
    // A bare "$" or "%" in the value says the unit when the Unit cell is empty.
    if (unitText.isEmpty() && !m.result.currency.isEmpty())
        unitText = m.result.currency;
    else if (unitText.isEmpty() && m.result.percent)
        unitText = QStringLiteral("%");
    m.unit = parseUnit(unitText, &error);
    if (!m.unit.isValid()) {
        m.unit.text = unitText;
        out.append(
            warning(unitCell.line ? unitCell.line : m.line, unitCell.column ? unitCell.column : m.column,
                    tr("cannot read unit: %1").arg(error),
                    tr("see the unit list in the metrics guide (ms, orders/s, GB, %, USD/month, ...)")));
    } else {
        const QString currency = !m.result.currency.isEmpty() ? m.result.currency : m.baseline.currency;
        if (!currency.isEmpty() && currency != m.unit.currency)
            out.append(warning(m.resultLine, m.resultColumn,
                               tr("the value is in %1 but the unit is `%2`").arg(currency, m.unit.text)));
        if ((m.result.percent || m.baseline.percent) && m.unit.dimension != Dimension::Percent)
            out.append(warning(m.resultLine, m.resultColumn,
                               tr("the value has a %-sign but the unit is `%1`").arg(m.unit.text)));
    }

    if (c.better >= 0) {
        const markdown::TableCell betterCell = cellAt(row, c.better);
        bool ok = true;
        m.better = betterFromText(betterCell.text, &ok);
        m.betterGiven = m.better != Better::Unspecified;
        if (!ok)
            out.append(warning(betterCell.line, betterCell.column,
                               tr("cannot read `%1` as a direction").arg(betterCell.text.trimmed()),
                               tr("write lower or higher")));
    }
    if (m.better == Better::Unspecified)
        m.better = defaultBetter(m.unit.dimension, m.name);
    m.source = cellAt(row, c.source).text.trimmed();
    if (c.measure >= 0) {
        const markdown::TableCell measureCell = cellAt(row, c.measure);
        m.measureText = measureCell.text.trimmed();
        m.measureLine = measureCell.line ? measureCell.line : m.line;
        m.measureColumn = measureCell.column ? measureCell.column : m.column;
    }
}

void readDerived(const markdown::Table &table, const Columns &c, Extraction &ex)
{
    for (const auto &row : table.rows) {
        DerivedNumber d;
        const markdown::TableCell name = cellAt(row, c.derived);
        const markdown::TableCell formula = cellAt(row, c.formula);
        const markdown::TableCell value = cellAt(row, c.result);
        d.name = name.text.trimmed();
        d.formula = formula.text.trimmed();
        d.valueText = value.text.trimmed();
        d.unit = cellAt(row, c.unit).text.trimmed();
        d.line = name.line ? name.line : table.line;
        d.formulaColumn = formula.column;
        d.valueColumn = value.column;
        ex.derived.append(d);
    }
}

} // namespace

bool isMetricsSectionTitle(const QString &title)
{
    const QString t = title.trimmed().toLower();
    return t.contains(QLatin1String("performance metrics")) || t == QLatin1String("metrics") ||
           t == QLatin1String("performance");
}

Extraction extractMetrics(const markdown::MarkdownDocument &doc, const QString &studyPath,
                          const QString &studyTitle)
{
    Extraction ex;
    for (int s = 0; s < doc.sections.size(); ++s) {
        const markdown::Section &section = doc.sections.at(s);
        if (!isMetricsSectionTitle(section.title))
            continue;
        ex.hasSection = true;
        // The section and its subsections: up to the next heading of the same or a higher level.
        int end = s + 1;
        while (end < doc.sections.size() && doc.sections.at(end).level > section.level)
            ++end;
        int tablesRead = 0;
        for (const markdown::Table &table : doc.tables) {
            if (table.sectionIndex < s || table.sectionIndex >= end)
                continue;
            const Columns c = mapColumns(table.header);
            if (c.derived >= 0 && c.formula >= 0 && c.result >= 0) {
                readDerived(table, c, ex);
                continue;
            }
            if (c.metric < 0 && c.unit < 0)
                continue; // not an attempt at a metrics table (a worked example, a component list)
            if (c.metric < 0 || c.result < 0 || c.unit < 0) {
                QStringList missing;
                if (c.metric < 0)
                    missing << QStringLiteral("Metric");
                if (c.result < 0)
                    missing << QStringLiteral("Result");
                if (c.unit < 0)
                    missing << QStringLiteral("Unit");
                ex.diagnostics.append(
                    warning(table.line, 1,
                            tr("table in \"%1\" is not read as metrics: no %2 column")
                                .arg(section.title, missing.join(QStringLiteral(", "))),
                            tr("name the columns Metric, Baseline, Result, Unit, Better, Source")));
                continue;
            }
            ++tablesRead;
            const QString anchor = doc.sections.at(table.sectionIndex).anchor;
            for (const auto &row : table.rows) {
                Metric m;
                m.studyPath = studyPath;
                m.studyTitle = studyTitle;
                m.sectionAnchor = anchor;
                readRow(row, c, m, ex.diagnostics);
                if (m.line == 0)
                    m.line = table.line;
                ex.metrics.append(m);
            }
        }
        if (tablesRead == 0)
            ex.diagnostics.append(warning(section.line, 1,
                                          tr("section \"%1\" has no metrics table").arg(section.title),
                                          tr("add a table with Metric, Result and Unit columns")));
        s = end - 1;
    }
    return ex;
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
#include "ui/compare/computedfigures.h"

#include "diagram/checks/check.h"
#include "diagram/checks/quantity.h"
#include "diagram/import/import.h"
#include "diagram/views.h"
#include "markdown/markdown.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ae::ui::compare {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::ui::compare", text);
}

bool carriesFigures(const diagram::checks::PathFigures &p)
{
    return p.computed && (p.latencyAnnotated > 0 || p.availabilityAnnotated > 0);
}

QString signedNumber(double value, int decimals)
{
    const QString digits = QLocale::c().toString(std::abs(value), 'f', decimals);
    if (QLocale::c().toDouble(digits) == 0)
        return QLocale::c().toString(0.0, 'f', decimals);
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + digits;
}
} // namespace

QHash<QString, StudyPath> studyPaths(const QVector<content::Document> &documents, const QStringList &studies)
{
    QHash<QString, StudyPath> out;
    for (const content::Document &doc : documents) {
        if (!studies.contains(doc.path))
            continue;
        for (const markdown::CodeBlock &block : doc.md.codeBlocks) {
            const std::optional<diagram::DiagramFormat> format = diagram::diagramFormatFromInfo(block.info);
            if (!markdown::isDiagramInfo(block.info) || !format)
                continue;
            const diagram::ParseResult parsed = diagram::parseAnyDiagram(block.text, *format);
            if (hasErrors(parsed.diagnostics) || parsed.diagram.views.isEmpty())
                continue;
            const diagram::checks::CheckReport report = diagram::checks::checkDiagram(parsed.diagram);
            for (const diagram::checks::PathFigures &p : report.paths) {
                if (!carriesFigures(p))
                    continue;
                const int line = p.location.line > 0 ? block.contentLine - 1 + p.location.line : block.line;
                const int v = diagram::indexOfView(parsed.diagram, p.id);
                const QString qualifier =
                    v >= 0 ? parsed.diagram.views[v].properties.value(QStringLiteral("measure")).trimmed()
                           : QString();
                out.insert(doc.path, {p, doc.path + u':' + QString::number(line), qualifier});
                break;
            }
            if (out.contains(doc.path))
                break;
        }
    }
    return out;
}

std::optional<double> computedValue(const StudyPath &path, const QString &measureKey)
{
    const diagram::checks::PathFigures &f = path.figures;
    const auto key = [&path](const char *base) {
        return path.qualifier.isEmpty()
                   ? QString::fromLatin1(base)
                   : QString::fromLatin1(base) + QStringLiteral(" (") + path.qualifier + u')';
    };
    if (measureKey == key("latency-p50") && f.latencyAnnotated > 0)
        return f.p50Ms;
    if (measureKey == key("latency-p99") && f.latencyAnnotated > 0)
        return f.p99Ms;
    if (measureKey == key("availability") && f.availabilityAnnotated > 0)
        return f.availability * 100.0;
    return std::nullopt;
}

QString comparisonText(const QString &measureKey, double computed, double measured)
{
    if (measureKey.startsWith(QLatin1String("availability"))) {
        const QString c = diagram::checks::formatPercent(computed / 100.0);
        const QString m = diagram::checks::formatPercent(measured / 100.0);
        const double points = measured - computed;
        // Two significant digits: +0.05, −0.0099, +1.2 points.
        const int decimals =
            points == 0 ? 0 : qBound(0, 1 - int(std::floor(std::log10(std::abs(points)))), 8);
        QString number = signedNumber(points, decimals);
        while (number.contains(u'.') && number.endsWith(u'0'))
            number.chop(1);
        if (number.endsWith(u'.'))
            number.chop(1);
        return tr("computed %1, measured %2, %3 points").arg(c, m, number);
    }
    const QString c = diagram::checks::formatMs(computed);
    const QString m = diagram::checks::formatMs(measured);
    if (computed <= 0)
        return tr("computed %1, measured %2").arg(c, m);
    return tr("computed %1, measured %2, %3 %")
        .arg(c, m, signedNumber((measured - computed) / computed * 100, 0));
}

void addComputedFigures(metrics::MeasureMatrix &matrix, const QHash<QString, StudyPath> &paths)
{
    if (paths.isEmpty())
        return;
    for (metrics::MatrixRow &row : matrix.rows) {
        for (int c = 0; c < row.cells.size() && c < matrix.studies.size(); ++c) {
            metrics::MatrixCell &cell = row.cells[c];
            const auto found = paths.constFind(matrix.studies[c]);
            if (found == paths.cend() || cell.isMissing())
                continue;
            const std::optional<double> computed = computedValue(*found, row.key);
            if (!computed)
                continue;
            cell.computed = computed;
            cell.computedText = comparisonText(row.key, *computed, *cell.value);
        }
    }
}

} // namespace ae::ui::compare

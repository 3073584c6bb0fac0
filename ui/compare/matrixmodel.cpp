// SPDX-License-Identifier: MIT
#include "ui/compare/matrixmodel.h"

#include "draw/chartstyle.h"
#include "metrics/format.h"
#include "metrics/request.h"

#include <QBrush>

#include <cmath>

namespace ae::ui::compare {

MatrixModel::MatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void MatrixModel::setMatrix(const metrics::MeasureMatrix &matrix, const metrics::LibraryMetrics *data,
                            bool dark)
{
    beginResetModel();
    m_matrix = matrix;
    m_data = data;
    m_dark = dark;
    endResetModel();
}

QString MatrixModel::measureAt(int row) const
{
    return row >= 0 && row < m_matrix.rows.size() ? m_matrix.rows.at(row).key : QString();
}

QString MatrixModel::studyAtColumn(int column) const
{
    return column >= 1 ? m_matrix.studies.value(column - 1) : QString();
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.studies.size()) + 1;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.rows.size())
        return {};
    const metrics::MatrixRow &row = m_matrix.rows.at(index.row());
    const draw::ChartPalette palette = draw::ChartPalette::forTheme(m_dark);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            // Short, so the table keeps its height; the tooltip and the exports say it in full.
            return row.ownRequests ? QString(row.name + u'\n' + tr("each study's own request: not ranked"))
                                   : row.name;
        case Qt::ToolTipRole:
            if (row.ownRequests)
                return QString(row.name + u'\n' + row.about + u'\n' + metrics::ownRequestsNote() + u'\n' +
                               tr("Each study's own main request, named in its cell: the requests differ, so "
                                  "they are not ranked against each other and no cell is shaded. To compare "
                                  "one request across studies, give it the same qualifier in their Measure "
                                  "columns (latency-p99 (checkout))."));
            return QString(row.name + QStringLiteral("\n") + row.about + QStringLiteral("\n") +
                           (row.better == metrics::Better::Lower ? tr("Lower is better.")
                            : row.better == metrics::Better::Higher
                                ? tr("Higher is better.")
                                : tr("No better direction: not ranked.")));
        default:
            return {};
        }
    }
    const metrics::MatrixCell &cell = row.cells.at(index.column() - 1);
    const metrics::Metric *m =
        m_data && cell.metricIndex >= 0 ? &m_data->metrics.at(cell.metricIndex) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (!m)
            return tr("not reported");
        return QString((cell.factor ? QString(cell.text + u'\n' + metrics::formatFactor(*cell.factor) +
                                              tr(" vs baseline"))
                                    : cell.text) +
                       (cell.computedText.isEmpty() ? QString() : u'\n' + cell.computedText));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return QBrush(cell.isMissing() ? palette.missingFill : draw::shade(cell.ratio, palette));
    case Qt::ForegroundRole:
        return QBrush(cell.isMissing() ? palette.missingText : palette.text);
    case Qt::ToolTipRole: {
        QString tip = m_matrix.titles.value(index.column() - 1) + u'\n' + row.name + QStringLiteral(": ");
        if (!m)
            return QString(tip + tr("not reported"));
        tip += m->result.text + u' ' + m->unit.text + QStringLiteral(" (") + m->name + u')';
        if (row.ownRequests)
            tip += u'\n' + tr("Request: %1, this study's own; not ranked against the other studies' requests")
                               .arg(cell.request);
        if (cell.ratio)
            tip += u'\n' + (*cell.ratio <= 1.0001 ? tr("best of the row")
                            : std::isinf(*cell.ratio)
                                ? tr("worse than the best of the row, which is zero")
                                : tr("%1 the best of the row").arg(metrics::formatFactor(*cell.ratio)));
        if (!m->source.isEmpty())
            tip += u'\n' + tr("Source: ") + m->source;
        if (!cell.computedText.isEmpty())
            tip += u'\n' + tr("From the study's diagram (its request path): %1").arg(cell.computedText);
        return QString(tip + u'\n' + m->location());
    }
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Measure") : m_matrix.shortNames.value(section - 1);
    if (role == Qt::ToolTipRole && section > 0)
        return QString(m_matrix.titles.value(section - 1) + u'\n' +
                       tr("Click for this study's before and after"));
    return {};
}

} // namespace ae::ui::compare

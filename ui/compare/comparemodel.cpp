// SPDX-License-Identifier: MIT
// Table model over a ComparisonSet; missing and unreadable cells are rows too, labelled, never zero.
#include "ui/compare/comparemodel.h"

#include <QBrush>
#include <QtNumeric>
#include <QGuiApplication>
#include <QPalette>

namespace ae::ui::compare {

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareModel::setComparison(const metrics::ComparisonSet &set)
{
    beginResetModel();
    m_set = set;
    m_rows.clear();
    for (int k = 0; k < m_set.categories.size(); ++k)
        for (int s = 0; s < m_set.series.size(); ++s)
            m_rows.append(Row{s, k});
    endResetModel();
}

const metrics::ComparisonCell &CompareModel::cellAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_set.series.at(r.series).cells.at(r.category);
}

const metrics::Metric *CompareModel::metricAt(int row) const
{
    const int mi = cellAt(row).metricIndex;
    return mi >= 0 ? &m_set.metrics.at(mi) : nullptr;
}

QString CompareModel::studyAt(int row) const { return m_set.series.at(m_rows.at(row).series).studyPath; }

int CompareModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CompareModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const metrics::ComparisonCell &c = cellAt(index.row());
    const metrics::Metric *m = metricAt(index.row());
    // NaN when there is no factor (std::optional here trips GCC 12's maybe-uninitialized at -O2).
    const double improvement = m ? m->improvementFactor().value_or(qQNaN()) : qQNaN();
    const bool hasImprovement = !qIsNaN(improvement);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Study: return m_set.series.at(r.series).studyTitle;
        case Metric: return m ? m->name : m_set.categories.at(r.category).name;
        case Baseline: return m ? m->baseline.text : QString();
        case Result: return m ? m->result.text : tr("missing");
        case Value: return c.isPresent() ? c.label : (m ? tr("unreadable") : tr("missing"));
        case Relative: return c.relative ? QString::number(*c.relative, 'f', 2) : QString();
        case Improvement: return hasImprovement ? metrics::formatNumber(improvement) + u'x' : QString();
        case Unit: return m ? m->unit.text : QString();
        case Source:
            return m ? (m->source.isEmpty() ? m->location() : m->source + QStringLiteral(" — ") + m->location())
                     : QString();
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Value: return c.isPresent() ? QVariant(c.value) : QVariant(std::numeric_limits<double>::max());
        case Relative: return c.relative ? QVariant(*c.relative) : QVariant(std::numeric_limits<double>::max());
        case Improvement: return hasImprovement ? QVariant(improvement) : QVariant(-1.0);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && !c.isPresent() &&
        (index.column() == Value || index.column() == Result))
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && index.column() >= Baseline && index.column() <= Improvement)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Study: return tr("Case study");
    case Metric: return tr("Metric");
    case Baseline: return tr("Baseline");
    case Result: return tr("Result");
    case Value: return m_set.unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(m_set.unit);
    case Relative: return tr("vs best");
    case Improvement: return tr("Improvement");
    case Unit: return tr("Unit");
    case Source: return tr("Source");
    }
    return {};
}

} // namespace ae::ui::compare

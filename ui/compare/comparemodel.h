// SPDX-License-Identifier: MIT
// The numbers behind the chart as a table: one row per (study, metric), with the original text beside the
// normalised value. Numeric columns sort by number (Qt::UserRole) through a QSortFilterProxyModel.
#pragma once

#include "metrics/comparison.h"

#include <QAbstractTableModel>

namespace ae::ui::compare {

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Study, Metric, Baseline, Result, Value, Relative, Improvement, Unit, Source, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit CompareModel(QObject *parent = nullptr);

    void setComparison(const metrics::ComparisonSet &set);
    const metrics::ComparisonSet &comparison() const { return m_set; }

    // The metric a row shows; nullptr for a missing cell.
    const metrics::Metric *metricAt(int row) const;
    const metrics::ComparisonCell &cellAt(int row) const;
    QString studyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int series = 0;
        int category = 0;
    };
    metrics::ComparisonSet m_set;
    QVector<Row> m_rows;
};

} // namespace ae::ui::compare

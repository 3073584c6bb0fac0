// SPDX-License-Identifier: MIT
// The Compare matrix as a table model: the first column names the measure, then one column per study; each
// cell shows the result in readable form and its before→after factor, shaded by its ratio to the row's best
// (the same colours as the exported matrix), with the original text and its source line in the tooltip.
#pragma once
#include "metrics/matrix.h"

#include <QAbstractTableModel>

namespace ae::ui::compare {

class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MatrixModel(QObject *parent = nullptr);
    void setMatrix(const metrics::MeasureMatrix &matrix, const metrics::LibraryMetrics *data, bool dark);
    const metrics::MeasureMatrix &matrix() const { return m_matrix; }
    QString measureAt(int row) const;
    QString studyAtColumn(int column) const; // empty for the measure column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    metrics::MeasureMatrix m_matrix;
    const metrics::LibraryMetrics *m_data = nullptr;
    bool m_dark = false;
};

} // namespace ae::ui::compare

// SPDX-License-Identifier: MIT
// The ranked technologies: one row each with rank, name, category and total, and under it a bar of the points
// each factor gave (one colour per factor, points against drawn in red at the left).
#pragma once

#include "advisor/advisor.h"

#include <QListWidget>

namespace ae::ui::advisor {

// The colour of factor `index` in the bars and the legend (stable order, readable on light and dark themes).
QColor factorColor(int index);

class ResultsList : public QListWidget
{
    Q_OBJECT
public:
    explicit ResultsList(QWidget *parent = nullptr);

    // Shows the first `limit` ranked technologies; the selection moves to the first row.
    void setRecommendation(const ae::advisor::Recommendation &recommendation, int limit);
    // The technology id on a row ("" when out of range).
    QString technologyAt(int row) const;

    enum Role { TechnologyIdRole = Qt::UserRole + 1, TotalRole, FactorPointsRole, CategoryRole, RankRole };
};

} // namespace ae::ui::advisor

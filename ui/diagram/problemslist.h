// SPDX-License-Identifier: MIT
// The problems list under the editor: one row per diagnostic (severity icon, line:col, message, hint).
// Clicking a row or pressing Enter on it asks for the editor to jump there.
#pragma once

#include "common/diagnostic.h"

#include <QTreeWidget>

namespace ae::ui {

class ProblemsList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, HintColumn };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole };

    explicit ProblemsList(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    // "2 errors, 1 warning", or "No problems".
    QString summary() const;

Q_SIGNALS:
    void problemActivated(int line, int column);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);

    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace ae::ui

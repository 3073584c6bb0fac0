// SPDX-License-Identifier: MIT
// The problems list under the editor: one row per diagnostic (severity icon, line:col, message, hint), then
// one row per architecture-check finding, set apart by its own icon and colour (theme-aware, 4.5:1 against
// the list). Clicking a row or pressing Enter on it asks for the editor to jump there.
#pragma once

#include "common/diagnostic.h"
#include "diagram/checks/check.h"

#include <QTreeWidget>

namespace ae::ui {

class ProblemsList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, HintColumn };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, RuleRole }; // RuleRole: the rule id of a finding row

    explicit ProblemsList(QWidget *parent = nullptr);

    // Finding rows listed at most; a last row says how many more there are (summary() counts them all).
    static constexpr int kMaxFindingRows = 100;

    void setDiagnostics(const Diagnostics &diagnostics,
                        const QVector<diagram::checks::Finding> &findings = {});
    // Makes the row of finding `index` (of the list setDiagnostics was given) current and scrolls to it; the
    // "more" row when it is past kMaxFindingRows.
    void selectFinding(int index);
    // "2 errors, 1 warning", "…, 3 findings", or "No problems".
    QString summary() const;

    // The colour of finding rows for a palette: violet, dark on light lists and light on dark ones, at
    // least 4.5:1 against the list's base and alternate base (the palette's text colour when neither violet
    // reaches it).
    static QColor findingColor(const QPalette &palette);
    // The icon of finding rows: a diamond with a check mark, in findingColor(palette).
    static QIcon findingIcon(const QPalette &palette);

Q_SIGNALS:
    void problemActivated(int line, int column);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void activate(QTreeWidgetItem *item);

    Diagnostics m_diagnostics;
    QVector<diagram::checks::Finding> m_findingList;
    int m_errors = 0;
    int m_warnings = 0;
    int m_findings = 0;
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// The "Technologies" panel: every technology with its category (filterable); the selected one's summary and
// every section, diagram node and metric that involves it, each opened with a click.
#pragma once

#include "search/technologies.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ae::ui::explore {

class SearchController;

class TechnologyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TechnologyPanel(SearchController *controller, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTreeWidget *uses() const { return m_uses; }
    // Selects a technology by name, alias or tech attribute; false when unknown.
    bool selectTechnology(const QString &name);
    QString currentTechnology() const; // name, empty when none

Q_SIGNALS:
    void useActivated(const ae::search::TechnologyUse &use);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void applyFilter(const QString &text);
    void showUses();
    void onUseActivated(QTreeWidgetItem *item);

    SearchController *m_controller = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_uses = nullptr;
    QVector<search::TechnologyUse> m_shown; // row data of m_uses
};

} // namespace ae::ui::explore

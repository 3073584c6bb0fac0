// SPDX-License-Identifier: MIT
// The toolbar's search field: results appear under it as the user types (a panel floating over the window, so
// focus stays in the field); Up/Down pick a hit, Enter opens it, Escape closes the panel.
#pragma once

#include "search/searchindex.h"

#include <QLineEdit>

class QFrame;
class QTimer;

namespace ae::ui::explore {

class SearchController;
class SearchResultsView;

class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    // The panel is a child of `host` (the main window), laid over its content under the field.
    SearchField(SearchController *controller, QWidget *host, QWidget *parent = nullptr);

    // The results panel, built when first needed (the first query, or asked for here).
    SearchResultsView *results();
    QFrame *panel();
    // Runs the query now (normally a few milliseconds after the last keystroke).
    void runQuery();
    void hidePanel();

Q_SIGNALS:
    void hitActivated(const ae::search::SearchHit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placePanel();
    bool panelShown() const;
    void onFocusChanged(QWidget *old, QWidget *now);

    SearchController *m_controller = nullptr;
    QWidget *m_host = nullptr;
    QFrame *m_panel = nullptr;
    SearchResultsView *m_results = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace ae::ui::explore

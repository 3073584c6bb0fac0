// SPDX-License-Identifier: MIT
// How search and the technology index plug into the main window: the search field (Ctrl+K) in the toolbar, the
// "Technologies" dock, and opening what they point at (a section with its hits highlighted, a diagram's section,
// a metric's section).
#pragma once

#include <QObject>

class QAction;
class QDockWidget;

namespace ae::search {
struct Entry;
struct TechnologyUse;
}

namespace ae::ui {
class MainWindow;
}

namespace ae::ui::explore {

class SearchController;
class SearchField;
class TechnologyPanel;

class Explore : public QObject
{
    Q_OBJECT
public:
    explicit Explore(MainWindow *window);

    SearchController *controller() const { return m_controller; }
    SearchField *searchField() const { return m_field; }
    TechnologyPanel *technologyPanel() const { return m_panel; }
    QDockWidget *technologyDock() const { return m_dock; }

    // Opens the place an entry points at and highlights findText there (a word or phrase; may be empty).
    // Diagram nodes and metrics open their section: neither the Draw nor the Compare workspace has an API to
    // highlight a node or select a metric yet.
    bool open(const search::Entry &entry, const QString &findText);
    bool open(const search::TechnologyUse &use, const QString &technology);

private:
    bool openAt(const QString &path, const QString &anchor, const QString &title, const QString &findText);

    MainWindow *m_window = nullptr;
    SearchController *m_controller = nullptr;
    SearchField *m_field = nullptr;
    TechnologyPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_focusSearch = nullptr;
};

// Creates the Explore parts in window (call once, after its toolbar exists). Owned by the window.
Explore *installExplore(MainWindow *window);

} // namespace ae::ui::explore

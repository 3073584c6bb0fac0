// SPDX-License-Identifier: MIT
// How search and the technology index plug into the main window: the search field (Ctrl+K) in the toolbar,
// the "Technologies" dock, and opening what they point at (a section with its hits highlighted, a diagram in
// the Draw workspace with the node outlined, a metric in the Compare workspace); and the "discussed in" menu
// of a clicked diagram node, in documents and in the Draw preview.
#pragma once

#include <QObject>
#include <QPoint>

class QAction;
class QDockWidget;
class QMenu;

namespace ae::search {
struct Entry;
struct NodeSubject;
struct TechnologyUse;
} // namespace ae::search

namespace ae::ui {
class DiagramWorkspace;
class WorkspaceHost;
struct DiagramHotspot;
} // namespace ae::ui

namespace ae::ui::explore {

class SearchController;
class SearchField;
class TechnologyPanel;

class Explore : public QObject
{
    Q_OBJECT
public:
    // Adds the search field and the Technologies panel to the host (its toolbar, View menu and right dock).
    Explore(WorkspaceHost *host, QObject *parent);

    SearchController *controller() const { return m_controller; }
    SearchField *searchField() const { return m_field; }
    // Built when the dock is first shown (or asked for here): it is hidden in most sessions.
    TechnologyPanel *technologyPanel();
    QDockWidget *technologyDock() const { return m_dock; }

    // Opens the place an entry points at: a section with findText (a word or phrase; may be empty)
    // highlighted, a diagram node outlined in the Draw workspace, a metric charted in the Compare workspace.
    bool open(const search::Entry &entry, const QString &findText);
    bool open(const search::TechnologyUse &use, const QString &technology);
    // Diagram block `block` of a library document in the Draw workspace with node `nodeId` outlined (asks to
    // save unsaved diagram text first; false when the user cancels or there is no such block).
    bool openDiagramNode(const QString &docPath, int block, const QString &nodeId);
    // The Compare workspace on one metric of one case study; false when it has no such metric.
    bool openMetric(const QString &docPath, const QString &metricName);
    // Pops up the sections of docPath (the whole library when it is not a library document) that discuss a
    // node, at globalPos; block is the node's diagram block in docPath (-1: unknown). With offerDraw the menu
    // also opens that diagram in the Draw workspace. Returns the menu (it deletes itself when closed). Opens
    // a section with `findText` highlighted, its heading at the top of the view (the match stays in view).
    bool openAt(const QString &path, const QString &anchor, const QString &title, const QString &findText);
    QMenu *showDiscussions(const DiagramHotspot &node, const QString &docPath, int block,
                           const QPoint &globalPos, bool offerDraw = true);
    // A node clicked in Draw's preview: the sections of its source document (else the library) that discuss
    // it.
    void showPreviewNodeDiscussions(const DiagramWorkspace *draw, int nodeIndex, const QPoint &globalPos);

private:
    search::NodeSubject subjectOf(const QString &label, const QString &technology) const;

    WorkspaceHost *m_host = nullptr;
    SearchController *m_controller = nullptr;
    SearchField *m_field = nullptr;
    TechnologyPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_focusSearch = nullptr;
};

} // namespace ae::ui::explore

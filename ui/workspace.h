// SPDX-License-Identifier: MIT
// What a workspace (Read, Draw, Compare, Decide) or a panel (Explore) may ask of the window it lives in. The
// main window implements it; workspaces get a WorkspaceHost, never the MainWindow, and never find the
// window's widgets by object name. Each workspace owns its actions and toolbar; the window only places what
// it is given.
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAction;
class QDockWidget;
class QWidget;

namespace ae::content {
class Library;
}

namespace ae::ui {

class DocumentView;
class Theme;

class WorkspaceHost
{
public:
    // The shared model and look.
    virtual content::Library *library() const = 0;
    virtual Theme *theme() const = 0;
    // The Read workspace's page view (diagrams drawn in documents, find-in-page highlighting).
    virtual DocumentView *documentView() const = 0;
    // The parent for menus and dialogs.
    virtual QWidget *hostWidget() = 0;

    // Navigation. Each brings its workspace to the front (building it on first use) and returns false when
    // there is no such target (nothing then changes but a message).
    // A library document in Read, scrolled to a heading anchor (slug) when given.
    virtual bool openDocument(const QString &path, const QString &anchor = {}) = 0;
    // Diagram block `block` of a library document in Draw, node `nodeId` outlined when given (asks to save
    // unsaved diagram text first; false when the user keeps it).
    virtual bool openDiagram(const QString &docPath, int block, const QString &nodeId = {}) = 0;
    // One metric row of a case study, charted across the studies in Compare.
    virtual bool openMetric(const QString &docPath, const QString &metricName) = 0;

    // A message in the status bar for `timeoutMs` (0: until the next one).
    virtual void showStatus(const QString &message, int timeoutMs = 6000) = 0;
    // A message with a button beside it (“Open folder”), both until the next message.
    virtual void showStatus(const QString &message, const QString &buttonText,
                            std::function<void()> onClick) = 0;

    // A side panel: docked on the right, hidden until `toggle` (placed in the View menu and the toolbar)
    // shows it at a readable width; `toolWidget` (may be null) goes at the toolbar's right end.
    // `windowActions` have shortcuts that work in every workspace.
    virtual void addPanel(QDockWidget *panel, QAction *toggle, QWidget *toolWidget,
                          const QList<QAction *> &windowActions) = 0;
    // Asked before the window closes; returning false keeps it open (unsaved work the user wants to keep).
    virtual void addCloseGuard(std::function<bool()> mayClose) = 0;

protected:
    ~WorkspaceHost() = default;
};

} // namespace ae::ui

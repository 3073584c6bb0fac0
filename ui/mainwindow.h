// SPDX-License-Identifier: MIT
// The window: workspaces as tabs (Read, Draw, Compare, Decide), menus, toolbar, status bar; owns the Library,
// the Theme and the Settings, and is the one place that wires the workspaces together (each sees only the
// WorkspaceHost it implements). Read is built at once; the others when their tab is first shown (or something
// opens in them), so start-up pays only for what the first frame shows.
#pragma once

#include "ui/workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace ae::content {
class Library;
}
namespace ae::ui::explore {
class Explore;
}

namespace ae::ui {

class DiagramWorkspace;
class DocumentView;
class ReaderPage;
class Settings;
class Theme;

class MainWindow : public QMainWindow, public WorkspaceHost
{
    Q_OBJECT
public:
    // startPaths: what the command line opens (as openPath does). A library among them (a folder or a
    // Markdown file) starts loading before the window is built and replaces the last session's, which is not
    // loaded.
    explicit MainWindow(QWidget *parent = nullptr, const QStringList &startPaths = {});
    ~MainWindow() override;

    // Opens a library folder, a Markdown file (its folder becomes the library) or a diagram file (in Draw).
    void openPath(const QString &path);

    // Adds a workspace tab after the existing ones; page's objectName identifies it for workspace().
    void addWorkspace(QWidget *page, const QString &title);
    // Adds a tab whose page `make` builds (with that objectName) when the tab is first shown or
    // workspace(name) first asks for it.
    void addWorkspace(const QString &name, const QString &title, std::function<QWidget *()> make);
    // The workspace with that objectName, built now if it was not yet; null when there is none.
    QWidget *workspace(const QString &objectName);
    // Brings a workspace (by objectName) to the front; false when there is none.
    bool showWorkspace(const QString &objectName);
    // Builds every workspace not built yet (the shortcuts dialog lists every key).
    void buildAllWorkspaces();

    // Shows the window at start. While the page asked for at start (the command line's, else the last one
    // read) is being read, the window is shown as it arrives, at most maxWaitMs later: its first frame shows
    // that page, not an empty reader painted a few milliseconds before it.
    void showWhenFirstPageReady(int maxWaitMs = 150);

    // How long a library loads before the status bar shows a progress bar and a Cancel button.
    static constexpr int kLoadProgressDelayMs = 400;

    // Loads a library folder (recursively, off the UI thread) or ":/library" (at once). Progress and errors
    // go to the status bar; the previous library stays when loading fails. With no library open yet, the
    // document `first` (library-relative) is parsed and shown before the rest of the folder has loaded.
    void openLibrary(const QString &root, const QString &first = {});

    QTabWidget *workspaceTabs() const { return m_workspaces; }
    // The menus desktop integration extends.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    ReaderPage *readerPage() const;

    // WorkspaceHost
    content::Library *library() const override;
    Theme *theme() const override;
    DocumentView *documentView() const override;
    QWidget *hostWidget() override { return this; }
    // Shows a library document in Read, scrolled to a heading anchor (slug) when given. Returns false when
    // path is not in the library (the view then says so).
    bool openDocument(const QString &path, const QString &anchor = {}) override;
    bool openDiagram(const QString &docPath, int block, const QString &nodeId = {}) override;
    bool openMetric(const QString &docPath, const QString &metricName) override;
    void showStatus(const QString &message, int timeoutMs = 6000) override;
    void showStatus(const QString &message, const QString &buttonText,
                    std::function<void()> onClick) override;
    void addPanel(QDockWidget *panel, QAction *toggle, QWidget *toolWidget,
                  const QList<QAction *> &windowActions) override;
    void addCloseGuard(std::function<bool()> mayClose) override;

Q_SIGNALS:
    // A document is now shown in the Read workspace (by a click, a link, history or openDocument()).
    void documentOpened(const QString &path, const QString &anchor);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PendingWorkspace
    {
        QString name;
        std::function<QWidget *()> make;
    };
    QWidget *buildWorkspace(int index);
    void onWorkspaceChanged(int index);
    void showReaderChrome();
    DiagramWorkspace *drawWorkspace();
    void installWorkspaces();
    void createActions();
    void createMenus();
    void createToolBar();
    void refreshIcons();
    void restoreSettings(bool restoreLibrary);
    void showLoadProgress(const QString &root);
    void saveSettings();
    void chooseLibrary();
    void onLibraryLoaded();
    void onFirstDocumentLoaded(const QString &path);
    void onLibraryFailed(const QString &error);
    void showIfWaiting();
    void updateNavigation();
    void updateTitle();
    void printCurrent();
    void exportPdfCurrent();
    void showFind();
    void showAbout();

    QTabWidget *m_workspaces = nullptr;
    QHash<QWidget *, PendingWorkspace> m_pending; // placeholder tab page -> how to build the real one
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_readToolBar = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QList<QAction *> m_panelToggles;
    QList<std::function<bool()>> m_closeGuards;
    explore::Explore *m_explore = nullptr;
    content::Library *m_library = nullptr;
    ReaderPage *m_reader = nullptr;
    Theme *m_theme = nullptr;
    std::unique_ptr<Settings> m_settings;
    QString m_pendingDocument; // opened once the library being loaded arrives
    QString m_pendingAnchor;
    bool m_showWaiting = false; // showWhenFirstPageReady() waits for the first page
    QLabel *m_zoomLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelLoad = nullptr;

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_openLibrary = nullptr;
    QAction *m_openBundled = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_togglePanel = nullptr;
    QAction *m_home = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace ae::ui

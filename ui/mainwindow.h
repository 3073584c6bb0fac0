// SPDX-License-Identifier: MIT
// The window: workspaces as tabs (Read first, then the Draw/Compare/Decide pages others add), menus, toolbar,
// status bar; owns the Library, the Theme and the Settings.
#pragma once

#include <QMainWindow>

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

namespace ae::ui {

class DocumentView;
class ReaderPage;
class Settings;
class Theme;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library folder, or a Markdown file (its folder becomes the library), given on the command line.
    void openPath(const QString &path);

    // Adds a workspace tab after the existing ones; page's objectName identifies it for workspace().
    void addWorkspace(QWidget *page, const QString &title);
    QWidget *workspace(const QString &objectName) const;
    // Brings a workspace (by objectName) to the front; false when there is none.
    bool showWorkspace(const QString &objectName);

    // Shows a library document in the Read workspace (brought to the front), scrolled to a heading anchor
    // (slug) when given. Returns false when path is not in the library (the view then says so).
    bool openDocument(const QString &path, const QString &anchor = {});
    // Loads a library folder (recursively, off the UI thread) or ":/library" (at once). Progress and errors
    // go to the status bar; the previous library stays when loading fails.
    void openLibrary(const QString &root);

    // The window's parts a workspace may extend (instead of finding them by object name).
    QTabWidget *workspaceTabs() const { return m_workspaces; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_mainToolBar; }
    // A message in the status bar for `timeoutMs` (0: until the next one).
    void showStatus(const QString &message, int timeoutMs = 6000);

    content::Library *library() const;
    DocumentView *documentView() const;
    ReaderPage *readerPage() const;
    Theme *theme() const;

Q_SIGNALS:
    // A document is now shown in the Read workspace (by a click, a link, history or openDocument()).
    void documentOpened(const QString &path, const QString &anchor);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void refreshIcons();
    void restoreSettings();
    void saveSettings();
    void chooseLibrary();
    void onLibraryLoaded();
    void onLibraryFailed(const QString &error);
    void updateNavigation();
    void updateTitle();
    void printCurrent();
    void exportPdfCurrent();
    void showFind();
    void showAbout();

    QTabWidget *m_workspaces = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    content::Library *m_library = nullptr;
    ReaderPage *m_reader = nullptr;
    Theme *m_theme = nullptr;
    std::unique_ptr<Settings> m_settings;
    QString m_pendingDocument; // opened once the library being loaded arrives
    QString m_pendingAnchor;
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

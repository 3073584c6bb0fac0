// SPDX-License-Identifier: MIT
// The window: workspaces as tabs (Read first, then the Draw/Compare/Decide pages others add), menus, toolbar,
// status bar; owns the Library, the Theme and the Settings.
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace ae::content {
class Library;
}

namespace ae::ui {

class ReaderPage;
class DocumentView;
class Theme;
class Settings;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library folder, a Markdown document or a diagram file given on the command line or dropped.
    void openPath(const QString &path);

    // Adds a workspace tab after the existing ones; page's objectName identifies it for workspace().
    void addWorkspace(QWidget *page, const QString &title);
    QWidget *workspace(const QString &objectName) const;
    // Brings a workspace (by objectName) to the front; false when there is none.
    bool showWorkspace(const QString &objectName);

    // Shows a library document in the Read workspace, scrolled to a heading anchor (slug) when given.
    // Returns false when path is not in the library (the view then says so).
    bool openDocument(const QString &path, const QString &anchor = {});
    // Loads a library folder (recursively) or ":/library"; returns false with the error shown in the status bar.
    bool openLibrary(const QString &root);

    content::Library *library() const;
    DocumentView *documentView() const;
    Theme *theme() const;

Q_SIGNALS:
    // Another part of the app asks for a document (connect search hits, compare bars here or call openDocument).
    void documentOpened(const QString &path, const QString &anchor);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings();
    void chooseLibrary();
    void printDocument();
    void exportPdf();
    void showAbout();

    QTabWidget *m_workspaces = nullptr;
    content::Library *m_library = nullptr;
    ReaderPage *m_reader = nullptr;
    Theme *m_theme = nullptr;
    Settings *m_settings = nullptr;
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// MainWindow's actions, menus and main toolbar: what each command is called, its key, its icon, and where it
// sits; the icons recoloured when the theme changes.
#include "content/library.h"
#include "ui/advisor/decideview.h"
#include "ui/compare/comparepage.h"
#include "ui/desktopintegration.h"
#include "ui/diagram/diagramintegration.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/explore/explore.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"
#include "ui/reader/findbar.h"
#include "ui/reader/icons.h"
#include "ui/reader/librarypanel.h"
#include "ui/reader/printing.h"
#include "ui/reader/readerpage.h"
#include "ui/settings.h"
#include "ui/shortcutscope.h"
#include "ui/theme.h"
#include "ui/wheelguard.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <algorithm>

namespace ae::ui {

void MainWindow::createActions()
{
    DocumentView *view = m_reader->view();
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_back = make(QStringLiteral("actionBack"), tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = make(QStringLiteral("actionForward"), tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right));
    m_home = make(QStringLiteral("actionHome"), tr("&Overview"), QKeySequence(Qt::ALT | Qt::Key_Home));
    m_openLibrary = make(QStringLiteral("actionOpenLibrary"), tr("&Open Library\u2026"), QKeySequence::Open);
    m_openBundled = make(QStringLiteral("actionOpenBundled"), tr("Open &Bundled Library"));
    m_print = make(QStringLiteral("actionPrint"), tr("&Print\u2026"), QKeySequence::Print);
    m_exportPdf = make(QStringLiteral("actionExportPdf"), tr("&Export PDF\u2026"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_copy = make(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy);
    m_find = make(QStringLiteral("actionFind"), tr("&Find\u2026"), QKeySequence::Find);
    m_findNext = make(QStringLiteral("actionFindNext"), tr("Find &Next"), QKeySequence::FindNext);
    m_findPrevious =
        make(QStringLiteral("actionFindPrevious"), tr("Find &Previous"), QKeySequence::FindPrevious);
    m_zoomIn = make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_zoomReset =
        make(QStringLiteral("actionZoomReset"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_togglePanel = make(QStringLiteral("actionToggleLibraryPanel"), tr("&Library Panel"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_togglePanel->setCheckable(true);
    m_togglePanel->setChecked(true);
    m_about = make(QStringLiteral("actionAbout"), tr("&About Architecture Explorer"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));

    connect(m_back, &QAction::triggered, view, &DocumentView::goBack);
    connect(m_forward, &QAction::triggered, view, &DocumentView::goForward);
    connect(m_home, &QAction::triggered, this, [this] {
        if (!openDocument(QStringLiteral("overview.md")) && !m_library->documents().isEmpty())
            openDocument(m_library->documents().first().path);
    });
    connect(m_openLibrary, &QAction::triggered, this, &MainWindow::chooseLibrary);
    connect(m_openBundled, &QAction::triggered, this,
            [this] { openLibrary(content::Library::bundledRoot()); });
    connect(m_print, &QAction::triggered, this, &MainWindow::printCurrent);
    connect(m_exportPdf, &QAction::triggered, this, &MainWindow::exportPdfCurrent);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_copy, &QAction::triggered, view, &DocumentView::copy);
    connect(m_find, &QAction::triggered, this, &MainWindow::showFind);
    connect(m_findNext, &QAction::triggered, view, &DocumentView::findNext);
    connect(m_findPrevious, &QAction::triggered, view, &DocumentView::findPrevious);
    connect(m_zoomIn, &QAction::triggered, view, [view] { view->zoomBy(10); });
    connect(m_zoomOut, &QAction::triggered, view, [view] { view->zoomBy(-10); });
    connect(m_zoomReset, &QAction::triggered, view, [view] { view->setZoomPercent(Settings::kDefaultZoom); });
    connect(m_togglePanel, &QAction::toggled, m_reader->panel(), &QWidget::setVisible);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(view, &QTextBrowser::copyAvailable, m_copy, &QAction::setEnabled);
    m_copy->setEnabled(false);

    m_themeGroup = new QActionGroup(this);
    const std::pair<Theme::Mode, QString> modes[] = {{Theme::Mode::System, tr("&System")},
                                                     {Theme::Mode::Light, tr("&Light")},
                                                     {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, label] : modes) {
        QAction *a = m_themeGroup->addAction(label);
        a->setObjectName(QStringLiteral("actionTheme_") + Theme::modeName(mode));
        a->setCheckable(true);
        a->setData(Theme::modeName(mode));
        connect(a, &QAction::triggered, this, [this, mode = mode] {
            m_theme->setMode(mode);
            m_settings->setTheme(Theme::modeName(mode));
        });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu = file;
    file->addAction(m_openLibrary);
    file->addAction(m_openBundled);
    file->addSeparator();
    file->addAction(m_print);
    file->addAction(m_exportPdf);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_copy);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_findNext);
    edit->addAction(m_findPrevious);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu = viewMenu;
    viewMenu->addAction(m_zoomIn);
    viewMenu->addAction(m_zoomOut);
    viewMenu->addAction(m_zoomReset);
    viewMenu->addSeparator();
    viewMenu->addAction(m_togglePanel);
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    themeMenu->addActions(m_themeGroup->actions());
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    go->addAction(m_back);
    go->addAction(m_forward);
    go->addAction(m_home);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu = help;
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    // Read's own toolbar, shown only with Read (its keys are live only there too), then the window's (panels,
    // search) on the same row.
    QToolBar *bar = addToolBar(tr("Read"));
    bar->setObjectName(QStringLiteral("readToolBar"));
    m_readToolBar = bar;
    m_mainToolBar = addToolBar(tr("Navigation"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    for (QToolBar *b : {m_readToolBar, m_mainToolBar}) {
        b->setMovable(false);
        b->setIconSize(QSize(20, 20));
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addAction(m_togglePanel);
    bar->addSeparator();
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addAction(m_home);
    bar->addSeparator();
    bar->addAction(m_openLibrary);
    bar->addAction(m_find);
    bar->addAction(m_zoomOut);
    bar->addAction(m_zoomIn);
    bar->addSeparator();
    bar->addAction(m_print);
    bar->addAction(m_exportPdf);
}

void MainWindow::refreshIcons()
{
    const QPalette pal = palette();
    // Freedesktop names, files in resources/icons/yaru. Panels (Technologies) open on the right.
    const std::pair<QAction *, const char *> icons[] = {
        {m_back, "go-previous"},         {m_forward, "go-next"},         {m_home, "go-home"},
        {m_openLibrary, "folder-open"},  {m_find, "edit-find"},          {m_zoomIn, "zoom-in"},
        {m_zoomOut, "zoom-out"},         {m_print, "document-print"},    {m_exportPdf, "document-save-as"},
        {m_togglePanel, "sidebar-show"}, {m_copy, "edit-copy"},          {m_findNext, "go-down"},
        {m_findPrevious, "go-up"},       {m_zoomReset, "zoom-original"}, {m_quit, "application-exit"}};
    for (const auto &[action, name] : icons)
        setThemedIcon(action, QString::fromLatin1(name), pal);
    for (QAction *toggle : std::as_const(m_panelToggles))
        setThemedIcon(toggle, QStringLiteral("sidebar-show-right"), pal);
    refreshThemedIcons(this); // the workspaces' own actions and buttons (Draw's toolbar) follow the theme too
    if (m_reader)
        m_reader->refreshIcons();
}

} // namespace ae::ui

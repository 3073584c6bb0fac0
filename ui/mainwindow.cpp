// SPDX-License-Identifier: MIT
// MainWindow: workspace tabs, the workspace host, settings persistence (library loading:
// mainwindowlibrary.cpp).
#include "ui/mainwindow.h"
#include "ui/advisor/decideview.h"
#include "ui/compare/comparepage.h"
#include "ui/desktopintegration.h"
#include "ui/diagram/diagramintegration.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/explore/explore.h"
#include "ui/shortcutscope.h"
#include "ui/wheelguard.h"

#include "content/library.h"
#include "ui/reader/documentview.h"
#include "ui/reader/findbar.h"
#include "ui/reader/icons.h"
#include "ui/reader/librarypanel.h"
#include "ui/reader/printing.h"
#include "ui/reader/readerpage.h"
#include "ui/settings.h"
#include "ui/theme.h"

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
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace ae::ui {

namespace {
const QString kDraw = QStringLiteral("diagramWorkspace");
const QString kCompare = QStringLiteral("comparePage");
const QString kDecide = QStringLiteral("advisorView");

// A folder, or a Markdown file (its folder becomes the library).
bool opensLibrary(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isDir() || (fi.isFile() && fi.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0);
}
} // namespace

MainWindow::MainWindow(QWidget *parent, const QStringList &startPaths)
    : QMainWindow(parent), m_library(new content::Library(this)), m_theme(new Theme(this)),
      m_settings(std::make_unique<Settings>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QGuiApplication::applicationDisplayName());
    m_settings->migrate();
    // A library given on the command line starts loading on a worker now, while the window is built.
    QString startLibrary;
    for (const QString &p : startPaths)
        if (opensLibrary(p))
            startLibrary = p;
    if (!startLibrary.isEmpty())
        openPath(startLibrary);
    // The palette before any widget or icon is made: each icon is then drawn once, in the colours it keeps.
    m_theme->setMode(Theme::modeFromName(m_settings->theme()));

    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setAccessibleName(tr("Workspaces"));
    m_workspaces->setDocumentMode(true);
    m_reader = new ReaderPage(m_library, m_workspaces);
    m_workspaces->addTab(m_reader, tr("Read"));
    setCentralWidget(m_workspaces);

    createActions();
    createMenus();
    createToolBar();

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading library"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setAccessibleName(tr("Cancel loading"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_zoomLabel);

    DocumentView *view = m_reader->view();
    connect(view, &DocumentView::historyChanged, this, &MainWindow::updateNavigation);
    connect(view, &DocumentView::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(view, &DocumentView::zoomChanged, this, [this](int z) {
        m_zoomLabel->setText(tr("%1%").arg(z));
        m_settings->setZoomPercent(z);
    });
    connect(view, &DocumentView::documentShown, this, [this](const QString &path, const QString &anchor) {
        updateTitle();
        if (!path.isEmpty())
            m_settings->setLastDocument(path);
        Q_EMIT documentOpened(path, anchor);
    });
    connect(m_theme, &Theme::themeChanged, this, [this, view](bool dark) {
        view->setDark(dark);
        refreshIcons();
    });
    connect(m_library, &content::Library::loaded, this, &MainWindow::onLibraryLoaded);
    connect(m_library, &content::Library::firstDocumentLoaded, this, &MainWindow::onFirstDocumentLoaded);
    connect(m_library, &content::Library::loadFailed, this, &MainWindow::onLibraryFailed);
    connect(m_library, &content::Library::loadProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_cancelLoad, &QToolButton::clicked, this, [this] {
        m_library->cancelLoad();
        m_progress->hide();
        m_cancelLoad->hide();
        statusBar()->showMessage(tr("Loading cancelled; the previous library stays open"), 6000);
    });

    installWorkspaces();
    installDesktopIntegration(this); // drops, Open Diagram/Recent, Full Screen, Help guides
    refreshIcons(); // the toolbar actions the workspaces just added (Technologies) get theirs
    // The tool bars' icons, as the first frame will ask for them, are drawn on a worker meanwhile.
    for (QToolBar *bar : {m_readToolBar, m_mainToolBar}) {
        for (QAction *a : bar->actions())
            prepareIcon(a->icon(), bar->iconSize().width(), a->isEnabled() ? QIcon::Normal : QIcon::Disabled,
                        devicePixelRatioF());
    }
    // First start: 1280x800 where it fits, else the screen's free area (a 2400 px screen at 2x has 1200; the
    // window manager keeps the frame on screen).
    if (const QScreen *s = screen())
        resize(QSize(1280, 800).boundedTo(s->availableGeometry().size()));
    else
        resize(1280, 800);
    // Read's own keys (Ctrl+0 Actual Size, Ctrl+O Open Library, zoom, find, print) are live only in Read;
    // Draw and the other workspaces scope theirs the same way (shortcutscope.h).
    for (QAction *a : {m_back, m_forward, m_openLibrary, m_print, m_exportPdf, m_copy, m_find, m_findNext,
                       m_findPrevious, m_zoomIn, m_zoomOut, m_zoomReset, m_togglePanel})
        shortcuts::scope(a, m_reader);
    connect(m_workspaces, &QTabWidget::currentChanged, this, &MainWindow::onWorkspaceChanged);
    shortcuts::apply(this, m_workspaces->currentWidget());
    restoreSettings(startLibrary.isEmpty());
    WheelGuard::install();
    shortcuts::installPriority();
    updateNavigation();
    if (m_library->isLoading()) // the library given on the command line
        showLoadProgress(QFileInfo(startLibrary).isDir() ? startLibrary
                                                         : QFileInfo(startLibrary).absolutePath());
    for (const QString &p : startPaths) // diagrams (Draw), and a sentence for what cannot be opened
        if (!opensLibrary(p))
            openPath(p);
}

MainWindow::~MainWindow() = default;

void MainWindow::installWorkspaces()
{
    // Diagrams in documents are drawn from the first page on; the Draw workspace waits for its tab.
    installDocumentDiagrams(m_reader->view(), this);
    connect(m_reader->view(), &DocumentView::diagramActivated, this,
            [this](const QString &info, const QString &text) {
                if (isDiagramInfo(info) &&
                    openDiagramText(drawWorkspace(), info, text, m_reader->view()->currentPath()))
                    showWorkspace(kDraw);
            });
    addWorkspace(kDraw, tr("Draw"), [this] {
        DiagramWorkspace *draw = createDiagramWorkspace(this);
        QPointer<DiagramWorkspace> guarded(draw);
        addCloseGuard([guarded] { return !guarded || guarded->maybeSave(); });
        connect(draw->preview(), &DiagramPreview::nodeActivated, this,
                [this, draw](int node, const QPoint &at) {
                    if (m_explore)
                        m_explore->showPreviewNodeDiscussions(draw, node, at);
                });
        return draw;
    });
    addWorkspace(kCompare, tr("Compare"), [this] { return new compare::ComparePage(this, nullptr); });
    m_explore = new explore::Explore(this, this); // search field, Technologies panel
    addWorkspace(kDecide, tr("Decide"), [this] { return new advisor::DecideView(this, nullptr); });
}

void MainWindow::addWorkspace(const QString &name, const QString &title, std::function<QWidget *()> make)
{
    auto *placeholder = new QWidget;
    placeholder->setAccessibleName(title);
    m_pending.insert(placeholder, {name, std::move(make)});
    m_workspaces->addTab(placeholder, title);
}

QWidget *MainWindow::buildWorkspace(int index)
{
    QWidget *placeholder = m_workspaces->widget(index);
    const auto it = m_pending.find(placeholder);
    if (it == m_pending.end())
        return placeholder; // built already
    const PendingWorkspace pending = it.value();
    m_pending.erase(it);
    QWidget *page = pending.make();
    Q_ASSERT(page->objectName() == pending.name);
    {
        // The real page takes the placeholder's place without a tab change anyone could see.
        const QSignalBlocker block(m_workspaces);
        const bool current = m_workspaces->currentIndex() == index;
        m_workspaces->insertTab(index, page, m_workspaces->tabText(index));
        m_workspaces->removeTab(index + 1);
        if (current)
            m_workspaces->setCurrentIndex(index);
    }
    delete placeholder;
    refreshThemedIcons(page);
    // Its actions were created with live shortcuts: only the current workspace's may stay live.
    shortcuts::apply(this, m_workspaces->currentWidget());
    return page;
}

void MainWindow::onWorkspaceChanged(int index)
{
    QWidget *page = buildWorkspace(index);
    shortcuts::apply(this, m_workspaces->currentWidget());
    showReaderChrome();
    if (page)
        m_settings->setWorkspace(page->objectName());
}

void MainWindow::showReaderChrome()
{
    // Read's toolbar and zoom level, only where they act: Draw, Compare and Decide have their own.
    const bool reading = m_workspaces->currentWidget() == m_reader;
    m_readToolBar->setVisible(reading);
    m_zoomLabel->setVisible(reading);
}

void MainWindow::buildAllWorkspaces()
{
    for (int i = 0; i < m_workspaces->count(); ++i)
        buildWorkspace(i);
}

DiagramWorkspace *MainWindow::drawWorkspace()
{
    return qobject_cast<DiagramWorkspace *>(workspace(kDraw));
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::showStatus(const QString &message, const QString &buttonText, std::function<void()> onClick)
{
    QStatusBar *bar = statusBar();
    auto *button = new QPushButton(buttonText, bar);
    button->setObjectName(QStringLiteral("statusAction"));
    button->setFlat(true);
    connect(button, &QPushButton::clicked, this, [onClick = std::move(onClick)] { onClick(); });
    bar->addWidget(button);
    bar->showMessage(message);
    // The button goes with its message.
    connect(bar, &QStatusBar::messageChanged, button, [button, message](const QString &m) {
        if (m != message)
            button->deleteLater();
    });
}

void MainWindow::addPanel(QDockWidget *panel, QAction *toggle, QWidget *toolWidget,
                          const QList<QAction *> &windowActions)
{
    addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    m_viewMenu->addAction(toggle);
    m_mainToolBar->addAction(toggle);
    if (toolWidget) {
        auto *spacer = new QWidget(m_mainToolBar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_mainToolBar->addWidget(spacer);
        m_mainToolBar->addWidget(toolWidget);
    }
    addActions(windowActions);
    m_panelToggles << toggle;
    setThemedIcon(toggle, QStringLiteral("sidebar-show-right"), palette());
    // A readable first width (over a quarter of a 1280 px window), then whatever the user drags it to.
    auto sized = std::make_shared<bool>(false);
    connect(panel, &QDockWidget::visibilityChanged, this, [this, panel, sized](bool visible) {
        if (!visible || *sized)
            return;
        *sized = true;
        if (panel->width() < 300)
            resizeDocks({panel}, {360}, Qt::Horizontal);
    });
}

void MainWindow::addCloseGuard(std::function<bool()> mayClose)
{
    m_closeGuards << std::move(mayClose);
}

void MainWindow::addWorkspace(QWidget *page, const QString &title)
{
    m_workspaces->addTab(page, title);
}

QWidget *MainWindow::workspace(const QString &objectName)
{
    for (int i = 0; i < m_workspaces->count(); ++i) {
        QWidget *w = m_workspaces->widget(i);
        const auto pending = m_pending.constFind(w);
        if ((pending != m_pending.cend() ? pending->name : w->objectName()) == objectName)
            return buildWorkspace(i);
    }
    return nullptr;
}

bool MainWindow::showWorkspace(const QString &objectName)
{
    QWidget *w = workspace(objectName);
    if (w)
        m_workspaces->setCurrentWidget(w);
    return w != nullptr;
}

bool MainWindow::openDocument(const QString &path, const QString &anchor)
{
    m_workspaces->setCurrentWidget(m_reader);
    return m_reader->openDocument(path, anchor);
}

bool MainWindow::openDiagram(const QString &docPath, int block, const QString &nodeId)
{
    DiagramWorkspace *draw = drawWorkspace();
    if (!openDiagramBlock(this, draw, docPath, block))
        return false;
    showWorkspace(kDraw);
    outlineDiagramNode(this, draw, nodeId); // once shown, so the node can be scrolled into view
    return true;
}

bool MainWindow::openMetric(const QString &docPath, const QString &metricName)
{
    auto *compare = qobject_cast<compare::ComparePage *>(workspace(kCompare));
    if (!compare || !compare->showMetric(docPath, metricName))
        return false;
    showWorkspace(kCompare);
    showStatus(tr("Comparing “%1” across the ticked case studies").arg(metricName), 8000);
    return true;
}

void MainWindow::openPath(const QString &path)
{
    if (isDiagramPath(path)) { // .arch, .dot, .mmd files open in Draw
        DiagramWorkspace *draw = drawWorkspace();
        showWorkspace(kDraw);
        QString error;
        if (draw->maybeSave() && !draw->openFile(path, &error))
            showStatus(error, 10000);
        return;
    }
    const QFileInfo fi(path);
    if (!opensLibrary(path)) {
        statusBar()->showMessage(tr("Cannot open %1: not a folder or a Markdown file").arg(path), 8000);
    } else if (fi.isDir()) {
        openLibrary(fi.absoluteFilePath());
    } else {
        m_pendingDocument = fi.fileName();
        m_pendingAnchor.clear();
        openLibrary(fi.absolutePath(), m_pendingDocument);
    }
}

void MainWindow::updateNavigation()
{
    DocumentView *view = m_reader->view();
    m_back->setEnabled(view->canGoBack());
    m_forward->setEnabled(view->canGoForward());
}

void MainWindow::updateTitle()
{
    const QString title = m_reader->view()->currentTitle();
    setWindowTitle(title.isEmpty() ? QGuiApplication::applicationDisplayName() : title);
    const bool hasDoc = !m_reader->view()->currentPath().isEmpty();
    m_print->setEnabled(hasDoc);
    m_exportPdf->setEnabled(hasDoc);
}

void MainWindow::showFind()
{
    m_workspaces->setCurrentWidget(m_reader);
    m_reader->findBar()->activate();
}

void MainWindow::printCurrent()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_reader->view()->currentTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Document"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printDocument(m_reader->view(), &printer);
    statusBar()->showMessage(tr("Sent \u201c%1\u201d to the printer").arg(m_reader->view()->currentTitle()),
                             6000);
}

void MainWindow::exportPdfCurrent()
{
    const QString base = QFileInfo(m_reader->view()->currentPath()).completeBaseName();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(m_reader->view(), path, &error))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 6000);
    else
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Architecture Explorer"),
        tr("<h3>Architecture Explorer %1</h3><p>Read, draw, compare and decide: database-architecture "
           "case studies on your desktop.</p><p>Works offline; never uses the network.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings(bool restoreLibrary)
{
    restoreGeometry(m_settings->geometry());
    restoreState(m_settings->windowState());
    showReaderChrome(); // whatever the saved state says
    const QByteArray split = m_settings->readerSplitter();
    if (!split.isEmpty())
        m_reader->splitter()->restoreState(split);
    const Theme::Mode mode = m_theme->mode();
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::modeName(mode));
    m_reader->view()->setDark(m_theme->isDark());
    m_reader->view()->setZoomPercent(m_settings->zoomPercent());
    m_zoomLabel->setText(tr("%1%").arg(m_reader->view()->zoomPercent()));
    // The workspace the user left (built now: it is what the first frame shows).
    const QString last = m_settings->workspace();
    if (!last.isEmpty())
        showWorkspace(last);
    if (!restoreLibrary) // a library given on the command line replaces the last session's
        return;
    const QString root = m_settings->libraryRoot();
    if (!root.isEmpty() && QFileInfo(root).isDir())
        openLibrary(root, m_settings->lastDocument());
    else
        openLibrary(content::Library::bundledRoot());
}

void MainWindow::saveSettings()
{
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setReaderSplitter(m_reader->splitter()->saveState());
    m_settings->setZoomPercent(m_reader->view()->zoomPercent());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const auto &mayClose : std::as_const(m_closeGuards)) {
        if (!mayClose()) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_back)
        refreshIcons();
}

content::Library *MainWindow::library() const
{
    return m_library;
}

DocumentView *MainWindow::documentView() const
{
    return m_reader->view();
}

ReaderPage *MainWindow::readerPage() const
{
    return m_reader;
}

Theme *MainWindow::theme() const
{
    return m_theme;
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// MainWindow's library: opening a folder (the requested document first, the rest on the loader's worker), the
// progress shown meanwhile, and what the window does when the library, its first document or an error
// arrives.
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
#include <QPointer>
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
#include <utility>

namespace ae::ui {

namespace {
// Calls `then` once, after `widget` has next been painted; a child of widget, gone after that.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, std::function<void()> then) : QObject(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After the paint event has been handled: the frame is drawn.
            QTimer::singleShot(0, parent(), std::move(m_then));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};
} // namespace

void MainWindow::openLibrary(const QString &root, const QString &first)
{
    if (root.startsWith(QLatin1Char(':'))) {
        QString error;
        if (!m_library->load(root, &error))
            onLibraryFailed(error);
        return;
    }
    // At start, the rest of the folder waits for the first document's first frame (onFirstDocumentLoaded).
    m_library->loadAsync(root, first, !first.isEmpty() && m_library->documents().isEmpty());
    if (m_progress) // else the constructor shows it once the status bar exists
        showLoadProgress(root);
}

void MainWindow::showLoadProgress(const QString &root)
{
    statusBar()->showMessage(tr("Loading %1\u2026").arg(QDir::toNativeSeparators(root)));
    m_progress->setRange(0, 0);
    // The bar and its Cancel button only for a load that takes a while: a library of a few documents is in
    // before they could be read, and would only flash them (the window's first frame among them).
    QTimer::singleShot(kLoadProgressDelayMs, this, [this] {
        if (!m_library->isLoading())
            return;
        m_progress->show();
        m_cancelLoad->show();
    });
}

void MainWindow::chooseLibrary()
{
    const QString start = m_library->isBundled()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : m_library->root();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Library"), start);
    if (!dir.isEmpty())
        openLibrary(dir);
}

void MainWindow::onLibraryLoaded()
{
    showIfWaiting();
    m_progress->hide();
    m_cancelLoad->hide();
    m_settings->setLibraryRoot(m_library->isBundled() ? QString() : m_library->root());
    const int count = m_library->documents().size();
    const QString where =
        m_library->isBundled() ? tr("Bundled library") : QDir::toNativeSeparators(m_library->root());
    QString message =
        count == 1 ? tr("%1: 1 document").arg(where) : tr("%1: %2 documents").arg(where).arg(count);
    if (!m_library->warnings().isEmpty())
        message += QStringLiteral(" \u2014 ") + m_library->warnings().join(QStringLiteral("; "));
    statusBar()->showMessage(message, 8000);
    QString path = m_pendingDocument;
    QString anchor = m_pendingAnchor;
    m_pendingDocument.clear();
    m_pendingAnchor.clear();
    if (path.isEmpty() || !m_library->find(path)) {
        path = m_settings->lastDocument();
        anchor.clear();
    }
    if (!m_library->find(path))
        path = QStringLiteral("overview.md");
    if (!m_library->find(path) && count > 0)
        path = m_library->documents().first().path;
    // The document shown before the rest of the folder arrived stays where the reader is.
    const bool shownAlready =
        !path.isEmpty() && path == m_library->firstDocument() && m_reader->view()->currentPath() == path;
    if (!path.isEmpty() && !shownAlready)
        m_reader->openDocument(path, anchor);
    updateTitle();
}

void MainWindow::showWhenFirstPageReady(int maxWaitMs)
{
    // Only Read shows that page; another workspace left open last time is shown at once.
    m_showWaiting = m_library->isLoading() && m_library->documents().isEmpty() &&
                    m_workspaces->currentWidget() == m_reader;
    if (!m_showWaiting) {
        show();
        return;
    }
    QTimer::singleShot(maxWaitMs, this, &MainWindow::showIfWaiting);
}

void MainWindow::showIfWaiting()
{
    if (std::exchange(m_showWaiting, false))
        show();
}

void MainWindow::onFirstDocumentLoaded(const QString &path)
{
    // The one document asked for (command line, or the last one read), shown while the rest loads; the
    // library panel, search and the technologies fill in once the whole folder has loaded. A long one shows
    // its first screen in the window's first frame, and the rest of its page right after.
    showIfWaiting(); // first: the first screen is measured in the shown view
    m_reader->view()->showFirstScreenFirst();
    m_reader->openDocument(path, m_pendingAnchor);
    // The rest of the folder loads once that page is on screen (at once when the window is not).
    QWidget *page = m_reader->view()->viewport();
    if (!page->isVisible()) {
        m_library->resumeLoad();
        return;
    }
    new FirstPaint(page, [library = QPointer<content::Library>(m_library)] {
        if (library)
            library->resumeLoad();
    });
}

void MainWindow::onLibraryFailed(const QString &error)
{
    showIfWaiting();
    m_progress->hide();
    m_cancelLoad->hide();
    statusBar()->showMessage(tr("Could not open the library: %1").arg(error), 10000);
    if (m_library->documents().isEmpty() && !m_library->isBundled())
        openLibrary(content::Library::bundledRoot());
}

} // namespace ae::ui

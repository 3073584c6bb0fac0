// SPDX-License-Identifier: MIT
// Wiring between MainWindow, the reader's DocumentView and the Draw workspace.
#include "ui/diagram/diagramintegration.h"

#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/documentdiagramrenderer.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"
#include "ui/theme.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace ae::ui {

namespace {
const QString kWorkspaceName = QStringLiteral("diagramWorkspace");

// Owns the renderer for the window's lifetime and detaches it from the view first; also vetoes closing the
// window while the diagram has unsaved changes the user wants to keep.
class DiagramHooks : public QObject
{
public:
    DiagramHooks(MainWindow *window, DiagramWorkspace *workspace)
        : QObject(window), m_view(window->documentView()), m_workspace(workspace)
    {
        if (m_view)
            m_view->setDiagramRenderer(&m_renderer);
        window->installEventFilter(this);
    }
    ~DiagramHooks() override
    {
        if (m_view)
            m_view->setDiagramRenderer(nullptr);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close && m_workspace && !m_workspace->maybeSave()) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<DocumentView> m_view;
    QPointer<DiagramWorkspace> m_workspace;
    DocumentDiagramRenderer m_renderer;
};
} // namespace

DiagramWorkspace *installDiagramWorkspace(MainWindow *window)
{
    auto *workspace = new DiagramWorkspace(window);
    window->addWorkspace(workspace, DiagramWorkspace::tr("Draw"));
    // Where an export went, with its folder one click away (until the next message).
    QObject::connect(workspace, &DiagramWorkspace::exported, window, [window](const QString &path) {
        QStatusBar *bar = window->statusBar();
        auto *open = new QPushButton(DiagramWorkspace::tr("Open folder"), bar);
        open->setObjectName(QStringLiteral("openExportFolder"));
        open->setFlat(true);
        const QString folder = QFileInfo(path).absolutePath();
        QObject::connect(open, &QPushButton::clicked, window,
                         [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        bar->addWidget(open);
        bar->showMessage(DiagramWorkspace::tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        QObject::connect(bar, &QStatusBar::messageChanged, open, [open](const QString &m) {
            if (m.isEmpty() || !m.startsWith(DiagramWorkspace::tr("Exported to ").trimmed()))
                open->deleteLater();
        });
    });
    new DiagramHooks(window, workspace);
    if (Theme *theme = window->theme()) {
        workspace->setDark(theme->isDark());
        QObject::connect(theme, &Theme::themeChanged, workspace, &DiagramWorkspace::setDark);
    }
    if (DocumentView *view = window->documentView()) {
        QObject::connect(view, &DocumentView::diagramActivated, workspace,
                         [window, workspace](const QString &info, const QString &text) {
                             const auto format = diagram::diagramFormatFromInfo(info.trimmed().toLower());
                             if (!format || !workspace->maybeSave())
                                 return; // not a diagram notation, or the user kept the current text
                             workspace->openText(text, *format, window->documentView()->currentPath());
                             window->showWorkspace(kWorkspaceName);
                         });
    }
    return workspace;
}

bool openDiagramPath(MainWindow *window, const QString &path)
{
    if (!diagram::diagramFormatFromPath(path))
        return false;
    auto *workspace = qobject_cast<DiagramWorkspace *>(window->workspace(kWorkspaceName));
    if (!workspace)
        return false;
    window->showWorkspace(kWorkspaceName);
    QString error;
    if (workspace->maybeSave() && !workspace->openFile(path, &error))
        window->statusBar()->showMessage(error, 10000);
    return true;
}

} // namespace ae::ui

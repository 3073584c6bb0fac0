// SPDX-License-Identifier: MIT
// Wiring between a WorkspaceHost, the reader's DocumentView and the Draw workspace.
#include "ui/diagram/diagramintegration.h"

#include "content/library.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/documentdiagramrenderer.h"
#include "ui/reader/documentview.h"
#include "ui/theme.h"
#include "ui/workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QUrl>

namespace ae::ui {

namespace {
// Owns the renderer for its owner's lifetime and detaches it from the view first.
class DocumentDiagrams : public QObject
{
public:
    DocumentDiagrams(DocumentView *view, QObject *owner) : QObject(owner), m_view(view)
    {
        m_view->setDiagramRenderer(&m_renderer);
    }
    ~DocumentDiagrams() override
    {
        if (m_view)
            m_view->setDiagramRenderer(nullptr);
    }

private:
    QPointer<DocumentView> m_view;
    DocumentDiagramRenderer m_renderer;
};
} // namespace

DiagramWorkspace *createDiagramWorkspace(WorkspaceHost *host, QWidget *parent)
{
    auto *workspace = new DiagramWorkspace(parent);
    QObject::connect(workspace, &DiagramWorkspace::exported, workspace, [host](const QString &path) {
        const QString folder = QFileInfo(path).absolutePath();
        host->showStatus(DiagramWorkspace::tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                         DiagramWorkspace::tr("Open folder"),
                         [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    });
    if (Theme *theme = host->theme()) {
        workspace->setDark(theme->isDark());
        QObject::connect(theme, &Theme::themeChanged, workspace, &DiagramWorkspace::setDark);
    }
    return workspace;
}

void installDocumentDiagrams(DocumentView *view, QObject *owner)
{
    if (view)
        new DocumentDiagrams(view, owner);
}

bool isDiagramInfo(const QString &info)
{
    return diagram::diagramFormatFromInfo(info.trimmed().toLower()).has_value();
}

bool isDiagramPath(const QString &path)
{
    return diagram::diagramFormatFromPath(path).has_value();
}

bool openDiagramText(DiagramWorkspace *draw, const QString &info, const QString &text, const QString &docPath)
{
    const auto format = diagram::diagramFormatFromInfo(info.trimmed().toLower());
    if (!draw || !format || !draw->maybeSave())
        return false; // not a diagram notation, or the user kept the current text
    draw->openText(text, *format, docPath);
    return true;
}

bool openDiagramBlock(WorkspaceHost *host, DiagramWorkspace *draw, const QString &docPath, int block)
{
    const content::Document *doc = host->library() ? host->library()->find(docPath) : nullptr;
    if (!draw || !doc || block < 0 || block >= doc->md.codeBlocks.size())
        return false;
    const markdown::CodeBlock &cb = doc->md.codeBlocks.at(block);
    const std::optional<diagram::DiagramFormat> format =
        diagram::diagramFormatFromInfo(cb.info.trimmed().toLower());
    if (!format)
        return false;
    if (draw->text() != cb.text || draw->format() != *format) {
        if (!draw->maybeSave())
            return false;
        draw->openText(cb.text, *format, docPath);
    }
    return true;
}

void outlineDiagramNode(WorkspaceHost *host, DiagramWorkspace *draw, const QString &nodeId)
{
    QString label;
    if (!draw || nodeId.isEmpty() || !draw->highlightNode(nodeId, &label))
        return; // the node went away with an edit of the file
    const content::Document *doc = host->library() ? host->library()->find(draw->sourceDocument()) : nullptr;
    host->showStatus(
        DiagramWorkspace::tr("“%1” in a diagram of %2: click a node to see where the text discusses it")
            .arg(label.isEmpty() ? nodeId : label, doc ? doc->title : draw->sourceDocument()),
        8000);
}

} // namespace ae::ui

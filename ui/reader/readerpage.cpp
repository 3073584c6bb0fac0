// SPDX-License-Identifier: MIT
// ReaderPage: wires the library panel, the document view and the find bar together.
#include "ui/reader/readerpage.h"

#include "content/library.h"
#include "ui/reader/diagramviewer.h"
#include "ui/reader/documentview.h"
#include "ui/reader/findbar.h"
#include "ui/reader/librarypanel.h"

#include <QFrame>
#include <QSplitter>
#include <QVBoxLayout>

namespace ae::ui {

ReaderPage::ReaderPage(content::Library *library, QWidget *parent) : QWidget(parent), m_library(library)
{
    setObjectName(QStringLiteral("readWorkspace"));
    m_panel = new LibraryPanel(this);
    m_view = new DocumentView(this);
    m_view->setLibrary(library);
    auto *right = new QWidget(this);
    m_right = right;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_view, 1);
    auto *rule = new QFrame(right);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    rule->setVisible(false);
    rightLayout->addWidget(rule);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 980});
    m_splitter->setChildrenCollapsible(false);
    m_panel->setMinimumWidth(180);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_panel, &LibraryPanel::documentActivated, this,
            [this](const QString &path, const QString &anchor) { m_view->showDocument(path, anchor); });
    connect(m_view, &DocumentView::documentShown, m_panel, &LibraryPanel::selectDocument);
    connect(m_view, &DocumentView::sectionScrolled, m_panel, &LibraryPanel::selectDocument);
    connect(m_view, &DocumentView::diagramViewRequested, this, &ReaderPage::showDiagramFullSize);
    connect(m_library, &content::Library::loaded, this, &ReaderPage::onLibraryLoaded);
    connect(m_library, &content::Library::documentChanged, this, &ReaderPage::onDocumentChanged);
    m_panel->setLibrary(library);
}

DocumentView *ReaderPage::view() const
{
    return m_view;
}

LibraryPanel *ReaderPage::panel() const
{
    return m_panel;
}

FindBar *ReaderPage::findBar()
{
    if (!m_findBar) { // built when first asked for: most sessions never search a page
        m_findBar = new FindBar(m_view, m_right);
        m_findBar->hide();
        m_right->layout()->addWidget(m_findBar);
    }
    return m_findBar;
}

QSplitter *ReaderPage::splitter() const
{
    return m_splitter;
}

bool ReaderPage::openDocument(const QString &path, const QString &anchor)
{
    return m_view->showDocument(path, anchor);
}

bool ReaderPage::showDiagramFullSize(int block)
{
    const content::Document *doc = m_library->find(m_view->currentPath());
    DiagramRenderer *renderer = m_view->diagramRenderer();
    if (!doc || !renderer || block < 0 || block >= doc->md.codeBlocks.size())
        return false;
    const markdown::CodeBlock &cb = doc->md.codeBlocks.at(block);
    QString info, text;
    if (!m_view->diagramBlock(block, &info, &text))
        return false;
    const DiagramViewerParts parts =
        renderer->createViewer(info, text, m_view->isDark(), nullptr,
                               [view = m_view, block](const DiagramHotspot &node, const QPoint &globalPos) {
                                   view->activateDiagramNode(block, node, globalPos);
                               });
    if (!parts.widget) {
        Q_EMIT m_view->statusMessage(tr("This diagram is still being laid out; try again in a moment"));
        return false;
    }
    // Titled after the section the diagram is in, so the reader knows which picture this is.
    QString title = doc->title;
    if (cb.sectionIndex >= 0 && cb.sectionIndex < doc->md.sections.size() &&
        !doc->md.sections.at(cb.sectionIndex).title.isEmpty())
        title += QStringLiteral(" \u203a ") + doc->md.sections.at(cb.sectionIndex).title;
    auto *viewer = new DiagramViewer(parts, title, this);
    connect(viewer, &DiagramViewer::editRequested, m_view,
            [view = m_view, block] { view->editDiagram(block); });
    connect(viewer, &DiagramViewer::closed, m_view,
            [view = m_view] { view->setFocus(Qt::OtherFocusReason); });
    // A node's "where is this discussed" went to a section: the viewer makes way for it.
    connect(m_view, &DocumentView::documentShown, viewer, &DiagramViewer::close);
    return true;
}

void ReaderPage::refreshIcons()
{
    m_panel->refreshIcons();
    if (m_findBar)
        m_findBar->refreshIcons();
    m_panel->selectDocument(m_view->currentPath(), m_view->currentAnchor());
}

void ReaderPage::onLibraryLoaded()
{
    m_panel->rebuild();
    // A document shown before the rest of its folder had loaded (Library::firstDocument) is the one being
    // read: it stays, history and place kept; any other page belonged to the previous library.
    const QString shown = m_view->currentPath();
    if (!shown.isEmpty() && shown == m_library->firstDocument() && m_library->find(shown))
        m_panel->selectDocument(shown, m_view->currentAnchor());
    else
        m_view->clearDocument();
}

void ReaderPage::onDocumentChanged(const QString &path)
{
    m_panel->rebuild();
    if (path == m_view->currentPath())
        m_view->refresh();
    m_panel->selectDocument(m_view->currentPath(), m_view->currentAnchor());
}

} // namespace ae::ui

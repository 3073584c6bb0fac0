// SPDX-License-Identifier: MIT
// Explore: wires the search field, the technology dock and the navigation they trigger into the main window.
#include "ui/explore/explore.h"

#include "content/library.h"
#include "diagram/import/import.h"
#include "search/discussions.h"
#include "search/entries.h"
#include "search/technologies.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/documentdiagramrenderer.h"
#include "ui/explore/discussionmenu.h"
#include "ui/explore/searchcontroller.h"
#include "ui/explore/searchfield.h"
#include "ui/explore/searchresultsview.h"
#include "ui/explore/technologypanel.h"
#include "ui/reader/documentview.h"
#include "ui/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace ae::ui::explore {

namespace {

// Where the heading with this anchor (or, failing that, this title: a heading is a block of its own) starts
// in the shown document; 0 when neither is found.
int headingPosition(const QTextDocument *doc, const QString &anchor, const QString &title)
{
    if (anchor.isEmpty())
        return 0;
    int byTitle = -1;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.charFormat().anchorNames().contains(anchor))
            return b.position();
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return it.fragment().position();
        }
        if (byTitle < 0 && !title.isEmpty() && b.text().trimmed() == title)
            byTitle = b.position();
    }
    return qMax(0, byTitle);
}

// Highlights every occurrence of text and makes the first one at or after `from` the current one.
void highlightFrom(DocumentView *view, const QString &text, int from)
{
    const int count = view->findAll(text);
    for (int i = 0; i < count && view->textCursor().position() < from; ++i) {
        view->findNext();
        if (view->currentMatch() == 0)
            break; // wrapped: every match is before the section
    }
}

} // namespace

Explore::Explore(WorkspaceHost *host, QObject *parent) : QObject(parent), m_host(host)
{
    setObjectName(QStringLiteral("explore"));
    QWidget *window = host->hostWidget();
    m_controller = new SearchController(host->library(), this);

    m_field = new SearchField(m_controller, window);
    connect(m_field, &SearchField::hitActivated, this,
            [this](const search::SearchHit &hit) { open(hit.entry, hit.findText); });

    m_dock = new QDockWidget(tr("Technologies"), window);
    m_dock->setObjectName(QStringLiteral("technologyDock"));
    m_dock->setAccessibleName(tr("Technologies"));
    // The panel is built when the dock is first shown (at start when it was left open): a hidden one costs
    // the window's start nothing.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            technologyPanel();
    });

    m_focusSearch = new QAction(tr("Search the Library"), window);
    m_focusSearch->setObjectName(QStringLiteral("actionSearch"));
    m_focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusSearch->setShortcutContext(Qt::WindowShortcut);
    connect(m_focusSearch, &QAction::triggered, this, [this] {
        m_field->setFocus(Qt::ShortcutFocusReason);
        m_field->selectAll();
        if (!m_field->text().trimmed().isEmpty())
            m_field->runQuery();
    });

    if (DocumentView *view = host->documentView()) {
        connect(view, &DocumentView::diagramNodeActivated, this,
                [this, view](int block, const DiagramHotspot &node, const QPoint &globalPos) {
                    showDiscussions(node, view->currentPath(), block, globalPos);
                });
    }

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionTechnologies"));
    toggle->setText(tr("&Technologies"));
    toggle->setToolTip(tr("Show the technology index"));
    // The window state the main window saves includes the dock's width.
    m_dock->setMinimumWidth(220);
    host->addPanel(m_dock, toggle, m_field, {m_focusSearch});
}

TechnologyPanel *Explore::technologyPanel()
{
    if (!m_panel) {
        m_panel = new TechnologyPanel(m_controller);
        m_dock->setWidget(m_panel);
        connect(m_panel, &TechnologyPanel::useActivated, this,
                [this](const search::TechnologyUse &use) { open(use, m_panel->currentTechnology()); });
    }
    return m_panel;
}

bool Explore::openAt(const QString &path, const QString &anchor, const QString &title,
                     const QString &findText)
{
    if (!m_host->openDocument(path, anchor))
        return false;
    DocumentView *view = m_host->documentView();
    if (findText.trimmed().isEmpty())
        return true;
    highlightFrom(view, findText.trimmed(), headingPosition(view->document(), anchor, title));
    // Finding scrolled just far enough to show the match (often at the bottom of the view): put the section's
    // heading back at the top, unless that hides the match, which then goes a third of the way down.
    // After the event loop has shown the reader (coming from another workspace resizes and lays the page out
    // again).
    if (!anchor.isEmpty()) {
        const auto place = [view, anchor, path] {
            if (view->currentPath() != path)
                return;
            view->scrollToAnchor(anchor);
            const QRect match = view->cursorRect();
            const int height = view->viewport()->height();
            if (match.bottom() > height || match.top() < 0) {
                QScrollBar *bar = view->verticalScrollBar();
                bar->setValue(bar->value() + match.top() - height / 3);
            }
        };
        place();
        QTimer::singleShot(0, view, place);
    }
    return true;
}

bool Explore::open(const search::Entry &entry, const QString &findText)
{
    switch (entry.kind) {
    case search::EntryKind::DiagramNode:
        if (openDiagramNode(entry.docPath, entry.block, entry.key))
            return true;
        break; // not drawable (or the user kept the current diagram): the section instead
    case search::EntryKind::Metric:
        if (openMetric(entry.docPath, entry.key))
            return true;
        return openAt(entry.docPath, entry.anchor, entry.sectionTitle, entry.key);
    case search::EntryKind::Technology:
        technologyPanel()->selectTechnology(entry.key);
        break;
    case search::EntryKind::Title:
    case search::EntryKind::Section:
        break;
    }
    return openAt(entry.docPath, entry.anchor, entry.sectionTitle, findText);
}

bool Explore::open(const search::TechnologyUse &use, const QString &technology)
{
    switch (use.kind) {
    case search::TechnologyUse::Kind::Section:
        return openAt(use.docPath, use.anchor, use.sectionTitle, technology);
    case search::TechnologyUse::Kind::DiagramNode:
        return openDiagramNode(use.docPath, use.block, use.key) ||
               openAt(use.docPath, use.anchor, use.sectionTitle, QString());
    case search::TechnologyUse::Kind::Metric:
        return openMetric(use.docPath, use.key) || openAt(use.docPath, use.anchor, use.sectionTitle, use.key);
    }
    return false;
}

bool Explore::openDiagramNode(const QString &docPath, int block, const QString &nodeId)
{
    return m_host->openDiagram(docPath, block, nodeId);
}

bool Explore::openMetric(const QString &docPath, const QString &metricName)
{
    return m_host->openMetric(docPath, metricName);
}

search::NodeSubject Explore::subjectOf(const QString &label, const QString &technology) const
{
    search::NodeSubject subject{label, {}};
    if (technology.isEmpty())
        return subject;
    subject.technologyNames << technology;
    const search::TechnologyIndex &index = m_controller->technologies();
    const int i = index.find(technology);
    if (i >= 0) {
        const search::Technology &t = index.technologies().at(i);
        subject.technologyNames << t.name << t.aliases;
    }
    return subject;
}

QMenu *Explore::showDiscussions(const DiagramHotspot &node, const QString &docPath, int block,
                                const QPoint &globalPos, bool offerDraw)
{
    const content::Library *library = m_host->library();
    if (!library)
        return nullptr;
    QVector<const content::Document *> documents;
    search::DiagramPlace place;
    if (const content::Document *doc = library->find(docPath)) {
        documents << doc;
        place.docPath = docPath;
        if (block >= 0 && block < doc->md.codeBlocks.size())
            place.sectionIndex = doc->md.codeBlocks.at(block).sectionIndex;
    } else {
        for (const content::Document &d : library->documents())
            documents << &d;
    }
    const QVector<search::Discussion> found =
        search::findDiscussions(documents, subjectOf(node.label, node.technology), place);
    QString heading = node.label.simplified() + QStringLiteral(" — ") + node.kind;
    if (!node.technology.isEmpty())
        heading += QStringLiteral(", ") + node.technology;
    QMenu *menu =
        discussionMenu(m_host->hostWidget(), heading, found, docPath, [this](const search::Discussion &d) {
            openAt(d.docPath, d.anchor, d.sectionTitle, d.matched);
        });
    if (offerDraw && block >= 0) {
        menu->addSeparator();
        QAction *draw = menu->addAction(tr("Open the Diagram in Draw"));
        draw->setObjectName(QStringLiteral("openInDraw"));
        const QString id = node.id;
        connect(draw, &QAction::triggered, this,
                [this, docPath, block, id] { openDiagramNode(docPath, block, id); });
    }
    menu->popup(globalPos);
    return menu;
}

void Explore::showPreviewNodeDiscussions(const DiagramWorkspace *draw, int nodeIndex, const QPoint &globalPos)
{
    if (!draw)
        return;
    const diagram::Diagram &d = draw->preview()->diagram().diagram;
    if (nodeIndex < 0 || nodeIndex >= d.nodes.size())
        return;
    const DiagramHotspot node = hotspotOf(d.nodes.at(nodeIndex));
    // The source document's sections when the text came from one (its block, if the text is still that
    // block's), else the whole library.
    const QString docPath = draw->sourceDocument();
    int block = -1;
    if (const content::Document *doc = m_host->library() ? m_host->library()->find(docPath) : nullptr) {
        for (int i = 0; i < doc->md.codeBlocks.size() && block < 0; ++i)
            if (doc->md.codeBlocks.at(i).text == draw->text())
                block = i;
    }
    showDiscussions(node, docPath, block, globalPos, false);
}

} // namespace ae::ui::explore

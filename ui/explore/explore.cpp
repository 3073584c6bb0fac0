// SPDX-License-Identifier: MIT
// Explore: wires the search field, the technology dock and the navigation they trigger into the main window.
#include "ui/explore/explore.h"

#include "content/library.h"
#include "diagram/import/import.h"
#include "search/discussions.h"
#include "search/entries.h"
#include "search/technologies.h"
#include "ui/compare/comparepage.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/documentdiagramrenderer.h"
#include "ui/explore/discussionmenu.h"
#include "ui/explore/searchcontroller.h"
#include "ui/explore/searchfield.h"
#include "ui/explore/searchresultsview.h"
#include "ui/explore/technologypanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>

namespace ae::ui::explore {

namespace {

const QString kDrawWorkspace = QStringLiteral("diagramWorkspace");
const QString kCompareWorkspace = QStringLiteral("comparePage");

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

Explore::Explore(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("explore"));
    m_controller = new SearchController(window->library(), this);

    m_field = new SearchField(m_controller, window);
    connect(m_field, &SearchField::hitActivated, this,
            [this](const search::SearchHit &hit) { open(hit.entry, hit.findText); });

    m_panel = new TechnologyPanel(m_controller);
    m_dock = new QDockWidget(tr("Technologies"), window);
    m_dock->setObjectName(QStringLiteral("technologyDock"));
    m_dock->setAccessibleName(tr("Technologies"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &TechnologyPanel::useActivated, this,
            [this](const search::TechnologyUse &use) { open(use, m_panel->currentTechnology()); });

    m_focusSearch = new QAction(tr("Search the Library"), window);
    m_focusSearch->setObjectName(QStringLiteral("actionSearch"));
    m_focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusSearch->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_focusSearch);
    connect(m_focusSearch, &QAction::triggered, this, [this] {
        m_field->setFocus(Qt::ShortcutFocusReason);
        m_field->selectAll();
        if (!m_field->text().trimmed().isEmpty())
            m_field->runQuery();
    });

    if (DocumentView *view = window->documentView()) {
        connect(view, &DocumentView::diagramNodeActivated, this,
                [this, view](int block, const DiagramHotspot &node, const QPoint &globalPos) {
                    showDiscussions(node, view->currentPath(), block, globalPos);
                });
    }
    if (auto *draw = qobject_cast<DiagramWorkspace *>(window->workspace(kDrawWorkspace)))
        connect(draw->preview(), &DiagramPreview::nodeActivated, this, &Explore::onPreviewNodeActivated);

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionTechnologies"));
    toggle->setText(tr("&Technologies"));
    toggle->setToolTip(tr("Show the technology index"));
    if (QMenu *viewMenu = window->viewMenu())
        viewMenu->addAction(toggle);
    // A readable first width (a third of a 1280 px window), then whatever the user drags it to: the window
    // state the main window saves includes the dock's width.
    m_dock->setMinimumWidth(220);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this, window](bool visible) {
        if (!visible || m_dockSized)
            return;
        m_dockSized = true;
        if (m_dock->width() < 300)
            window->resizeDocks({m_dock}, {360}, Qt::Horizontal);
    });
    if (QToolBar *bar = window->mainToolBar()) {
        bar->addSeparator();
        bar->addAction(toggle);
        auto *spacer = new QWidget(bar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bar->addWidget(spacer);
        bar->addWidget(m_field);
    } else {
        auto *own = window->addToolBar(tr("Search"));
        own->setObjectName(QStringLiteral("searchToolBar"));
        own->addAction(toggle);
        own->addWidget(m_field);
    }
}

bool Explore::openAt(const QString &path, const QString &anchor, const QString &title,
                     const QString &findText)
{
    if (!m_window->openDocument(path, anchor))
        return false;
    DocumentView *view = m_window->documentView();
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
        m_panel->selectTechnology(entry.key);
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
    auto *draw = qobject_cast<DiagramWorkspace *>(m_window->workspace(kDrawWorkspace));
    const content::Document *doc = m_window->library() ? m_window->library()->find(docPath) : nullptr;
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
    m_window->showWorkspace(kDrawWorkspace);
    QString label;
    if (!draw->highlightNode(nodeId, &label))
        return true; // the diagram is open; the node went away with an edit of the file
    m_window->statusBar()->showMessage(
        tr("“%1” in a diagram of %2: click a node to see where the text discusses it")
            .arg(label.isEmpty() ? nodeId : label, doc->title),
        8000);
    return true;
}

bool Explore::openMetric(const QString &docPath, const QString &metricName)
{
    auto *compare = qobject_cast<compare::ComparePage *>(m_window->workspace(kCompareWorkspace));
    if (!compare || !compare->showMetric(docPath, metricName))
        return false;
    m_window->showWorkspace(kCompareWorkspace);
    m_window->statusBar()->showMessage(tr("Comparing “%1” across the ticked case studies").arg(metricName),
                                       8000);
    return true;
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
    const content::Library *library = m_window->library();
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
    QMenu *menu = discussionMenu(m_window, heading, found, docPath, [this](const search::Discussion &d) {
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

void Explore::onPreviewNodeActivated(int nodeIndex, const QPoint &globalPos)
{
    auto *draw = qobject_cast<DiagramWorkspace *>(m_window->workspace(kDrawWorkspace));
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
    if (const content::Document *doc = m_window->library() ? m_window->library()->find(docPath) : nullptr) {
        for (int i = 0; i < doc->md.codeBlocks.size() && block < 0; ++i)
            if (doc->md.codeBlocks.at(i).text == draw->text())
                block = i;
    }
    showDiscussions(node, docPath, block, globalPos, false);
}

Explore *installExplore(MainWindow *window)
{
    return new Explore(window);
}

} // namespace ae::ui::explore

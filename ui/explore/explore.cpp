// SPDX-License-Identifier: MIT
// Explore: wires the search field, the technology dock and the navigation they trigger into the main window.
#include "ui/explore/explore.h"

#include "search/entries.h"
#include "search/technologies.h"
#include "ui/explore/searchcontroller.h"
#include "ui/explore/searchfield.h"
#include "ui/explore/searchresultsview.h"
#include "ui/explore/technologypanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>

namespace ae::ui::explore {

namespace {

// Where the heading with this anchor (or, failing that, this title: a heading is a block of its own) starts in
// the shown document; 0 when neither is found.
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

    QAction *toggle = m_dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionTechnologies"));
    toggle->setText(tr("Technologies"));
    toggle->setToolTip(tr("Show the technology index"));
    if (auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
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

bool Explore::openAt(const QString &path, const QString &anchor, const QString &title, const QString &findText)
{
    if (!m_window->openDocument(path, anchor))
        return false;
    DocumentView *view = m_window->documentView();
    if (!findText.trimmed().isEmpty())
        highlightFrom(view, findText.trimmed(), headingPosition(view->document(), anchor, title));
    return true;
}

bool Explore::open(const search::Entry &entry, const QString &findText)
{
    switch (entry.kind) {
    case search::EntryKind::DiagramNode:
        m_window->statusBar()->showMessage(
            tr("\u201c%1\u201d is a node of the diagram in this section").arg(entry.heading), 8000);
        return openAt(entry.docPath, entry.anchor, entry.sectionTitle, findText);
    case search::EntryKind::Metric:
        m_window->statusBar()->showMessage(tr("Metric \u201c%1\u201d").arg(entry.key), 8000);
        return openAt(entry.docPath, entry.anchor, entry.sectionTitle, entry.key);
    case search::EntryKind::Technology:
        m_panel->selectTechnology(entry.key);
        return openAt(entry.docPath, entry.anchor, entry.sectionTitle, findText);
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
        m_window->statusBar()->showMessage(
            tr("\u201c%1\u201d (%2) is a node of the diagram in this section").arg(use.label, use.detail), 8000);
        return openAt(use.docPath, use.anchor, use.sectionTitle, QString());
    case search::TechnologyUse::Kind::Metric:
        return openAt(use.docPath, use.anchor, use.sectionTitle, use.key);
    }
    return false;
}

Explore *installExplore(MainWindow *window)
{
    return new Explore(window);
}

} // namespace ae::ui::explore

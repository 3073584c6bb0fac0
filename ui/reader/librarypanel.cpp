// SPDX-License-Identifier: MIT
// LibraryPanel: builds the document/outline tree from the Library and reports what the user picks.
#include "ui/reader/librarypanel.h"

#include "content/library.h"
#include "ui/reader/icons.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ae::ui {

namespace {

// "case-studies" -> "Case studies": folder names as a reader would write them.
QString folderLabel(const QString &folder)
{
    QString label = folder;
    label.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    label.replace(QLatin1Char('/'), QStringLiteral(" \u203a "));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setAccessibleName(tr("Filter documents"));
    m_filter->setPlaceholderText(tr("Filter documents and sections"));
    m_filter->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setAccessibleName(tr("Library"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setIndentation(16);
    // One line per row (uniform heights keep a large library's tree fast); a title longer than the panel is
    // elided, and every document, section and folder row carries its whole title as a tooltip (rebuild), and
    // the panel can be widened with its splitter.
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setExpandsOnDoubleClick(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
        // The highlighted row stays the page the reader shows; when the filter hides it, no row is: Qt would
        // move the highlight to a neighbour, a document that is not open.
        QModelIndex idx;
        for (const QString &anchor : {m_shownAnchor, QString()}) { // its section's row, else its own
            const QStandardItem *shown = m_shownPath.isEmpty() ? nullptr : findItem(m_shownPath, anchor);
            if (!idx.isValid() && shown)
                idx = m_proxy->mapFromSource(shown->index());
        }
        m_syncing = true;
        if (idx.isValid()) {
            m_tree->setCurrentIndex(idx);
        } else {
            m_tree->selectionModel()->clearCurrentIndex();
            m_tree->clearSelection();
        }
        m_syncing = false;
    });
    connect(m_tree, &QTreeView::clicked, this, &LibraryPanel::onActivated);
    connect(m_tree, &QTreeView::activated, this, &LibraryPanel::onActivated);
}

void LibraryPanel::setLibrary(const content::Library *library)
{
    m_library = library;
    rebuild();
}

QTreeView *LibraryPanel::tree() const
{
    return m_tree;
}

void LibraryPanel::rebuild()
{
    m_model->clear();
    if (!m_library)
        return;
    const QIcon docIcon = themedIcon(QStringLiteral("text-x-generic"), window()->palette());
    const QIcon folderIcon = themedIcon(QStringLiteral("folder"), window()->palette());
    const QIcon warnIcon = themedIcon(QStringLiteral("dialog-warning"), window()->palette());
    QMap<QString, QStandardItem *> folders; // sorted by folder path
    QList<QStandardItem *> topDocs;
    for (const content::Document &doc : m_library->documents()) {
        auto *item = new QStandardItem(doc.warnings.isEmpty() ? docIcon : warnIcon, doc.title);
        item->setData(doc.path, PathRole);
        // The whole title (the row may be cut at the panel's width), then the file and any warnings.
        item->setToolTip(
            doc.title + QLatin1Char('\n') + doc.path +
            (doc.warnings.isEmpty() ? QString() : QLatin1Char('\n') + doc.warnings.join(QLatin1Char('\n'))));
        item->setData(doc.title, Qt::AccessibleTextRole);
        QStandardItem *h2 = nullptr;
        for (const markdown::Heading &h : doc.md.headings) {
            // The document's own H1 is its title, already the row's text.
            if (h.level == 1 && (&h == &doc.md.headings.first() || h.text == doc.title))
                continue;
            if (h.level > 3)
                continue;
            auto *child = new QStandardItem(h.text);
            child->setData(doc.path, PathRole);
            child->setData(h.anchor, AnchorRole);
            child->setToolTip(h.text);
            if (h.level == 3 && h2) {
                h2->appendRow(child);
            } else {
                item->appendRow(child);
                h2 = child;
            }
        }
        const int slash = doc.path.lastIndexOf(QLatin1Char('/'));
        if (slash < 0) {
            topDocs.append(item);
            continue;
        }
        const QString folder = doc.path.left(slash);
        QStandardItem *&group = folders[folder];
        if (!group) {
            group = new QStandardItem(folderIcon, folderLabel(folder));
            group->setSelectable(false);
            group->setToolTip(folderLabel(folder) + QLatin1Char('\n') + folder); // whole label, then the path
        }
        group->appendRow(item);
    }
    for (QStandardItem *item : qAsConst(topDocs))
        m_model->appendRow(item);
    for (QStandardItem *group : qAsConst(folders))
        m_model->appendRow(group);
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const QModelIndex idx = m_proxy->index(i, 0);
        if (idx.data(PathRole).toString().isEmpty())
            m_tree->expand(idx);
    }
}

void LibraryPanel::refreshIcons()
{
    rebuild();
}

QStandardItem *LibraryPanel::findItem(const QString &path, const QString &anchor) const
{
    QStandardItem *docItem = nullptr;
    QList<QStandardItem *> stack;
    for (int i = 0; i < m_model->rowCount(); ++i)
        stack.append(m_model->item(i));
    while (!stack.isEmpty()) {
        QStandardItem *it = stack.takeFirst();
        if (it->data(PathRole).toString() == path) {
            const QString a = it->data(AnchorRole).toString();
            if (a.isEmpty())
                docItem = it;
            else if (!anchor.isEmpty() && a == anchor)
                return it;
        }
        for (int r = 0; r < it->rowCount(); ++r)
            stack.append(it->child(r));
    }
    return docItem;
}

void LibraryPanel::selectDocument(const QString &path, const QString &anchor)
{
    m_shownPath = path;
    m_shownAnchor = anchor;
    QStandardItem *item = findItem(path, anchor);
    if (!item) {
        m_tree->clearSelection();
        return;
    }
    const QModelIndex idx = m_proxy->mapFromSource(item->index());
    if (!idx.isValid())
        return;
    m_syncing = true;
    m_tree->setCurrentIndex(idx);
    for (QModelIndex p = idx.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    // The document's outline opens with it.
    if (anchor.isEmpty())
        m_tree->expand(idx);
    m_tree->scrollTo(idx);
    m_syncing = false;
}

void LibraryPanel::onActivated(const QModelIndex &proxyIndex)
{
    if (m_syncing || !proxyIndex.isValid())
        return;
    const QString path = proxyIndex.data(PathRole).toString();
    if (path.isEmpty()) {
        m_tree->setExpanded(proxyIndex, !m_tree->isExpanded(proxyIndex));
        return;
    }
    Q_EMIT documentActivated(path, proxyIndex.data(AnchorRole).toString());
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// The library panel: a filter field over a tree of documents (grouped by folder), each with its section
// outline.
#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace ae::content {
class Library;
}

namespace ae::ui {

class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, AnchorRole };

    explicit LibraryPanel(QWidget *parent = nullptr);

    // Rebuilds the tree from the library (after loaded() or documentChanged()).
    void setLibrary(const content::Library *library);
    void rebuild();
    // Selects the document's row (or its section's row) without emitting documentActivated.
    void selectDocument(const QString &path, const QString &anchor = {});
    QTreeView *tree() const;
    void refreshIcons();

Q_SIGNALS:
    void documentActivated(const QString &path, const QString &anchor);

private:
    void onActivated(const QModelIndex &proxyIndex);
    QStandardItem *findItem(const QString &path, const QString &anchor) const;

    const content::Library *m_library = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_syncing = false;
    QString m_shownPath, m_shownAnchor; // what selectDocument last selected: the page the reader shows
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// The Read workspace: library panel on the left, the document with its find bar on the right.
#pragma once

#include <QWidget>

class QSplitter;

namespace ae::content {
class Library;
}

namespace ae::ui {

class DocumentView;
class FindBar;
class LibraryPanel;

class ReaderPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPage(content::Library *library, QWidget *parent = nullptr);

    DocumentView *view() const;
    LibraryPanel *panel() const;
    // The find bar under the page, built when first asked for.
    FindBar *findBar();
    QSplitter *splitter() const;

    // Shows path (at anchor) and selects it in the panel; false when not in the library.
    bool openDocument(const QString &path, const QString &anchor = {});
    // Covers the workspace with diagram block `block` of the shown document at full size (DiagramViewer);
    // false when it cannot be drawn (yet). Esc brings the reader back to the same place.
    bool showDiagramFullSize(int block);
    void refreshIcons();

private:
    void onLibraryLoaded();
    void onDocumentChanged(const QString &path);

    content::Library *m_library = nullptr;
    QSplitter *m_splitter = nullptr;
    LibraryPanel *m_panel = nullptr;
    DocumentView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    QWidget *m_right = nullptr; // the page and, under it, the find bar
};

} // namespace ae::ui

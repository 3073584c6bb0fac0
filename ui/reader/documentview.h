// SPDX-License-Identifier: MIT
// The reading surface: a QTextBrowser showing one library document's HTML with a palette-derived style sheet,
// diagrams drawn by a DiagramRenderer, links routed through content::resolveLink, back/forward, find and zoom.
#pragma once

#include "content/library.h"

#include <QTextBrowser>
#include <QTextCursor>

namespace ae::ui {

class DiagramRenderer;

class DocumentView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    void setLibrary(const content::Library *library);
    // Not owned; may be nullptr (diagram blocks are then shown as code).
    void setDiagramRenderer(DiagramRenderer *renderer);
    void setDark(bool dark); // re-styles and re-renders diagrams

    // Shows a library document, scrolled to anchor (a heading slug) when given. Returns false (and shows a
    // "not part of this library" page) when path is not in the library. Adds to history unless it is the same
    // document and anchor already shown.
    bool showDocument(const QString &path, const QString &anchor = {});
    // The page shown for a link to a file the library does not have: names href as written.
    void showMissing(const QString &href);
    QString currentPath() const; // empty when no document (or the missing page) is shown
    QString currentAnchor() const;

    // History (Alt+Left / Alt+Right are bound by the main window's actions).
    bool canGoBack() const;
    bool canGoForward() const;
    void goBack();
    void goForward();

    // Find: highlights every match, selects the current one. Returns the number of matches.
    int findAll(const QString &text, bool caseSensitive = false);
    void findNext();
    void findPrevious();
    void clearFind();
    int matchCount() const;
    int currentMatch() const; // 0-based; -1 when none

    // Zoom in percent of the base font (50..300), persisted by the main window.
    void setZoomPercent(int percent);
    int zoomPercent() const;

    // The HTML (with inline images already resolved) as a QTextDocument clone for printing/exporting.
    QString currentTitle() const;

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // The user clicked a drawn diagram (or its placeholder).
    void diagramActivated(const QString &info, const QString &text);
    // Navigation happened (link click, history, showDocument): path may be empty for the missing page.
    void documentShown(const QString &path, const QString &anchor);
    // A link asks for a document: the main window syncs its library panel then calls showDocument().
    void openDocumentRequested(const QString &path, const QString &anchor);
    void historyChanged();
    void findResultsChanged(int current, int count);
    void zoomChanged(int percent);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Location {
        QString path;
        QString anchor;
        QString missingHref;
    };
    void onAnchorClicked(const QUrl &url);
    void display(const Location &loc);
    void navigate(const Location &loc);
    void applyStyle();
    void applyFindSelections();
    QString renderHtml(const content::Document &doc) const;

    const content::Library *m_library = nullptr;
    DiagramRenderer *m_renderer = nullptr;
    bool m_dark = false;
    QVector<Location> m_history;
    int m_historyIndex = -1;
    Location m_current;
    QString m_findText;
    bool m_findCase = false;
    QVector<QTextCursor> m_matches;
    int m_currentMatch = -1;
    int m_zoom = 100;
    qreal m_baseFontPt = 0;
};

} // namespace ae::ui

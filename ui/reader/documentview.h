// SPDX-License-Identifier: MIT
// The reading surface: a QTextBrowser showing one library document's HTML with a palette-derived style sheet,
// diagrams drawn by a DiagramRenderer, links routed through content::resolveLink, back/forward, find and
// zoom.
#pragma once

#include "content/library.h"
#include "ui/reader/diagramrenderer.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>

template <typename T> class QFutureWatcher;
class QTimer;

namespace ae::ui {

class DocumentView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    void setLibrary(const content::Library *library);
    const content::Library *library() const { return m_library; }
    // Not owned; may be nullptr (diagram blocks are then shown as code). Re-renders the current document.
    void setDiagramRenderer(DiagramRenderer *renderer);
    // Some diagram of the page is still being laid out (shown as a placeholder until it is drawn).
    bool hasPendingDiagrams() const;
    void setDark(bool dark); // re-styles and re-renders diagrams
    bool isDark() const;

    // Shows a library document, scrolled to anchor (a heading slug) when given, and records it in the
    // history. Returns false (and shows the "not part of this library" page) when path is not in the library.
    bool showDocument(const QString &path, const QString &anchor = {});
    // The next long page shown from its top, in a view on screen, shows its first screen at once and the
    // rest once that screen is painted (the window's first frame at start comes sooner): documentview.cpp.
    void showFirstScreenFirst() { m_firstScreenFirst = true; }
    // The first screen is shown and the rest of the page not yet in.
    bool restOfPageDue() const { return m_restOfPageDue; }
    // Runs the event loop until the page's diagrams are laid out and drawn in it, at most ms milliseconds
    // (printing and export; a page just opened may still have some coming).
    void waitForDiagrams(int ms);
    // The page for a link to a file the library does not have: "`href` is not part of this library".
    void showMissing(const QString &href);
    // Re-renders the current document (after the library reloaded it); keeps the scroll position.
    void refresh();
    void clearDocument();
    QString currentPath() const; // empty when nothing or the missing page is shown
    QString currentAnchor() const;
    QString currentTitle() const;
    QString missingHref() const; // the href the missing page names, else empty

    // History (Alt+Left / Alt+Right are bound by the main window's actions).
    bool canGoBack() const;
    bool canGoForward() const;
    void goBack();
    void goForward();

    // Find: highlights every match and selects the current one; returns the number of matches.
    int findAll(const QString &text, bool caseSensitive = false);
    void findNext();
    void findPrevious();
    void clearFind();
    int matchCount() const;
    int currentMatch() const; // 0-based; -1 when none

    // Zoom in percent of the base font (50..300).
    void setZoomPercent(int percent);
    int zoomPercent() const;
    void zoomBy(int deltaPercent);

    // The current page as HTML with a light, printable style sheet, for printing and PDF export.
    QString printableHtml() const;
    QString printableStyleSheet() const;

    QVariant loadResource(int type, const QUrl &name) override;

    // Diagram nodes in the shown page (documentviewdiagrams.cpp). Where diagram block `block`'s picture is,
    // in viewport coordinates (empty when it is not drawn); the node under a viewport position (nullptr when
    // none, else *block is its diagram block); a node's rectangle in viewport coordinates (empty when not
    // drawn).
    QRectF diagramViewportRect(int block) const;
    const DiagramHotspot *diagramNodeAt(const QPoint &viewportPos, int *block = nullptr) const;
    QRectF diagramNodeViewportRect(int block, const QString &nodeId) const;
    // The scale diagram block `block` is drawn at on the shown page (1 = natural size; 0 = not drawn).
    qreal diagramScale(int block) const { return m_diagramScales.value(block); }

    // What a click does to diagram block `block` of the current page, for the full-size viewer too: open its
    // text in Draw (diagramActivated); a node clicked (diagramNodeActivated).
    void editDiagram(int block);
    // What the renderer draws for diagram block `block` of the current page: its info (with the view it
    // shows, "arch view=checkout") and its text (the model above it for a view-only block). False when not a
    // diagram.
    bool diagramBlock(int block, QString *info, QString *text) const;
    void activateDiagramNode(int block, const DiagramHotspot &node, const QPoint &globalPos);
    // The renderer given to setDiagramRenderer (may be nullptr).
    DiagramRenderer *diagramRenderer() const { return m_renderer; }
    // Diagrams are drawn at least this scale when the page can be that wide: 13 px node labels stay at 12 px
    // (9 pt) or more. A smaller one is shrunk to fit and its caption says so.
    static constexpr qreal kReadableDiagramScale = 12.0 / 13.0;
    static constexpr int kMinPageMargin = 24; // px on each side of the page, however wide a block is

    // Reading position (documentviewscroll.cpp): the text position at the top of the view and how far
    // (px) the view is scrolled past the top of its line; scrolling back to them after a relayout (zoom,
    // Back) puts the same line at the top.
    struct ReadingPosition
    {
        int position = -1;
        qreal into = 0;
    };
    ReadingPosition readingPosition() const;
    void scrollToReadingPosition(const ReadingPosition &where);
    // The anchor of the section being read: the last heading at or above the top third of the view.
    QString sectionInView() const;

Q_SIGNALS:
    // The user asked to see diagram block `block` of the current document full size.
    void diagramViewRequested(int block);
    // The section being read changed as the reader scrolled (anchor empty: above the first heading).
    void sectionScrolled(const QString &path, const QString &anchor);
    // The user clicked a drawn diagram (or its placeholder).
    void diagramActivated(const QString &info, const QString &text);
    // The user clicked a node of diagram block `block` in the current document (globalPos: where, for a
    // menu).
    void diagramNodeActivated(int block, const ae::ui::DiagramHotspot &node, const QPoint &globalPos);
    // A document (or the missing page: path empty) is now shown.
    void documentShown(const QString &path, const QString &anchor);
    void historyChanged();
    void findResultsChanged(int current, int count);
    void zoomChanged(int percent);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Location
    {
        QString path;
        QString anchor;
        QString missingHref;
        ReadingPosition reading; // where the reader was when they left it (Back/Forward come back there)
    };
    void onAnchorClicked(const QUrl &url);
    void onHighlighted(const QUrl &url);
    void display(const Location &loc, int scrollValue = -1);
    void finishDisplay(const Location &loc, int scrollValue);
    // Pages of more than kBackgroundHtmlChars of HTML (a document of a few hundred KB and up) are built into
    // a QTextDocument on a worker while a placeholder shows (QTextDocument::setHtml of a 5 MB document takes
    // ~4 s), then swapped in. A newer page drops a build still running. documentviewbackground.cpp.
    static constexpr qsizetype kBackgroundHtmlChars = 256 * 1024;
    void displayInBackground(const Location &loc, int scrollValue);
    void adoptBackgroundBuild(const Location &loc, int scrollValue, qreal side);
    void cancelBackgroundBuild();
    void navigate(const Location &loc);
    void applyStyle();
    // Puts a page's HTML in (setHtml), its measure applied before Qt lays it out (documentviewmeasure.cpp).
    void setPage(const QString &html);
    // The vertical scroll bar kept (or put) on while a page of about textChars characters replaces the
    // current one: true if it was, and releaseScrollBar(true) gives it back to the page.
    bool holdScrollBar(int textChars);
    void releaseScrollBar(bool held);
    bool pageSurelyLong(int textChars) const; // longer than the view, by a low estimate
    void measureNewPage(int position, int removed, int added);
    // The measure (documentviewmeasure.cpp): prose at kReadingMeasureChars, centred; diagrams and data
    // tables may use the whole page (the view less kMinPageMargin each side).
    void updateMeasure();
    // A data table wider than the page allows moves left (called when the page gains a horizontal scroll
    // bar, so pages without one never pay for it).
    void fitWideTables();
    qreal proseSide() const;           // the margin that brings prose from the page back to the measure
    qreal pageWidthForMeasure() const; // the page: the view less kMinPageMargin each side
    static void applyMeasure(QTextDocument *doc, qreal side, qreal page);

    void applyFindSelections();
    // The page's HTML with its diagrams and images, whole or its first htmlChars (of doc.md.html).
    QString renderHtml(const content::Document &doc, int htmlChars = -1);
    // Puts the pictures the renderer has drawn since the page was built in place of their blank ones
    // (documentviewdiagrams.cpp); a picture of another size builds the page again.
    void takeDrawnDiagrams();
    // A picture as a page resource (a pixmap, made on the UI thread).
    static QVariant pictureResource(const QImage &image);
    QString missingHtml(const QString &href) const;
    // Images (documentviewimages.cpp): every <img> of html settled once per render, as "aeimage:N" resources.
    QString layoutImages(const QString &html);
    QString settleImage(const QString &attrs, bool inLink);
    QImage imageBox(const QString &title, const QString &detail) const;
    QString addImageResource(const QImage &image);
    QImage libraryImage(const QString &src) const;
    int columnWidth() const;
    int diagramWidth() const; // the widest a diagram is drawn: the page
    QVector<QTextCursor> imageMatches(const QString &text, bool caseSensitive) const;
    void showFullImage(const QString &path);

    const content::Library *m_library = nullptr;
    DiagramRenderer *m_renderer = nullptr;
    bool m_dark = false;
    QVector<Location> m_history;
    int m_historyIndex = -1;
    Location m_current;
    QString m_html; // body HTML of what is shown
    QHash<int, QImage> m_diagrams;
    QHash<int, qreal> m_diagramScales;
    QHash<int, QImage> m_images; // "aeimage:N": library images sized for the page, and boxes for the others
    QHash<int, QVector<DiagramHotspot>> m_hotspots; // per diagram block, in image logical pixels
    int m_pressedBlock = -1; // a press on a node: the release on the same node activates it
    QString m_pressedNode;
    QString m_hoveredNode; // "block/id" of the node under the mouse, for the status line
    QString m_findText;
    bool m_findCase = false;
    QVector<QTextCursor> m_matches;
    int m_currentMatch = -1;
    int m_zoom = 100;
    qreal m_basePt = 10.5;
    QFutureWatcher<QTextDocument *> *m_build = nullptr;
    QTimer *m_diagramsArrived = nullptr; // coalesces the renderer's ready callbacks into one redraw
    QTimer *m_diagramsDrawn = nullptr;   // the same for pictures drawn in the background
    QSet<QUrl> m_givenResources;         // pictures given to the page by addResource (takeDrawnDiagrams)
    bool m_firstScreenFirst = false;     // showFirstScreenFirst: for the next page
    bool m_restOfPageDue = false;        // the page shows its first screen; the rest after it is painted
    int firstScreenEnd(const content::Document &doc) const;
    void putRestOfPage();
    void onDiagramsArrived();         // laid out in the background: the page built again with them
    int m_openedAtScroll = 0;         // where the last shown page left the scroll bar
    QTimer *m_sectionTimer = nullptr; // coalesces scrolling into one sectionScrolled
    QString m_sectionInView;
    int m_diagramWidth = 0;    // the width the shown page's diagrams were drawn for
    qreal m_measuredSide = -1; // the prose margin applied to the shown page (-1: none yet)
    bool m_pageComing = false; // setPage is putting a page in: its measure is due
    QTextCursor m_measureEdit; // the edit block a new page's measure is made in (setPage)
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// DocumentView: renders library documents, routes every link through content::resolveLink, serves images from
// the library only, and keeps history, find and zoom state.
#include "ui/reader/documentview.h"

#include "markdown/markdown.h"
#include "ui/reader/diagramrenderer.h"
#include "ui/reader/documentstyle.h"
#include "ui/theme.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ae::ui {

namespace {

// The code block (index in the document's codeBlocks) whose box holds the cursor, or -1. A code block is a
// one-cell table whose first line holds its "Copy" link, copy:N (markdown.cpp).
int codeBlockAt(const QTextCursor &cursor)
{
    QTextTable *table = cursor.currentTable();
    if (!table || table->rows() != 1 || table->columns() != 1)
        return -1;
    const QTextBlock head = table->cellAt(0, 0).firstCursorPosition().block();
    for (auto it = head.begin(); !it.atEnd(); ++it) {
        const QString href = it.fragment().charFormat().anchorHref();
        if (href.startsWith(QLatin1String("copy:"))) {
            bool ok = false;
            const int index = href.mid(5).toInt(&ok);
            return ok ? index : -1;
        }
    }
    return -1;
}

// Puts code block `index` of doc on the clipboard as written in the Markdown (not as laid out: no wrapping,
// tabs kept), without the newline that ends its last line. Returns what the status line says.
QString copyCodeBlock(const content::Document *doc, int index)
{
    if (!doc || index < 0 || index >= doc->md.codeBlocks.size())
        return QString();
    QString text = doc->md.codeBlocks.at(index).text;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QGuiApplication::clipboard()->setText(text);
    const int lines = text.isEmpty() ? 0 : int(text.count(QLatin1Char('\n'))) + 1;
    return lines == 1 ? DocumentView::tr("Copied the code block (1 line)")
                      : DocumentView::tr("Copied the code block (%1 lines)").arg(lines);
}

} // namespace

DocumentView::DocumentView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("documentView"));
    setAccessibleName(tr("Document"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setUndoRedoEnabled(false);
    // Wrap at word boundaries only. QTextEdit's default (WrapAtWordBoundaryOrAnywhere) also lets Qt size a
    // table's columns below their longest word and then break it ("Authorisati|on"); with word wrapping a
    // column is never narrower than its longest word, and a table that cannot fit scrolls sideways.
    setWordWrapMode(QTextOption::WordWrap);
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (max > 0)
            fitWideTables();
        // The page's right margin is part of the scrollable width: a table that runs into it but ends inside
        // the view hides nothing, and a scroll bar for those few pixels would only cover the view's last
        // line.
        setHorizontalScrollBarPolicy(horizontalScrollBar()->maximum() > kMinPageMargin
                                         ? Qt::ScrollBarAsNeeded
                                         : Qt::ScrollBarAlwaysOff);
    });
    // The standard menu (Copy, Select All, Copy Link Location) plus "Copy code block" over a code block.
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &viewportPos) {
        const QPoint docPos =
            viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
        QMenu *menu = createStandardContextMenu(docPos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        const int block = codeBlockAt(cursorForPosition(viewportPos));
        if (block >= 0) {
            QAction *copy = new QAction(tr("Copy code block"), menu);
            copy->setObjectName(QStringLiteral("copyCodeBlock"));
            connect(copy, &QAction::triggered, this, [this, block] {
                Q_EMIT statusMessage(
                    copyCodeBlock(m_library ? m_library->find(m_current.path) : nullptr, block));
            });
            QAction *first = menu->actions().value(0);
            menu->insertAction(first, copy);
            menu->insertSeparator(first);
        }
        menu->popup(viewport()->mapToGlobal(viewportPos));
    });
    m_basePt = qMax<qreal>(10.5, font().pointSizeF() * 1.15);
    m_dark = Theme::isDarkPalette(palette());
    connect(this, &QTextBrowser::anchorClicked, this, &DocumentView::onAnchorClicked);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &DocumentView::onHighlighted);
    m_diagramsArrived = new QTimer(this);
    m_diagramsArrived->setSingleShot(true);
    m_diagramsArrived->setInterval(30);
    connect(m_diagramsArrived, &QTimer::timeout, this, &DocumentView::onDiagramsArrived);
    m_diagramsDrawn = new QTimer(this);
    m_diagramsDrawn->setSingleShot(true);
    m_diagramsDrawn->setInterval(0);
    connect(m_diagramsDrawn, &QTimer::timeout, this, &DocumentView::takeDrawnDiagrams);
    // The outline follows the section being read, once scrolling pauses.
    m_sectionTimer = new QTimer(this);
    m_sectionTimer->setSingleShot(true);
    m_sectionTimer->setInterval(120);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_sectionTimer, qOverload<>(&QTimer::start));
    connect(m_sectionTimer, &QTimer::timeout, this, [this] {
        if (m_historyIndex < 0 || m_current.path.isEmpty())
            return;
        const QString anchor = sectionInView();
        if (anchor == m_sectionInView)
            return;
        m_sectionInView = anchor;
        Q_EMIT sectionScrolled(m_current.path, anchor);
    });
    applyStyle();
}

DocumentView::~DocumentView()
{
    if (m_renderer) {
        m_renderer->setReadyCallback({});
        m_renderer->setDrawnCallback({});
    }
    cancelBackgroundBuild();
}

void DocumentView::setLibrary(const content::Library *library)
{
    m_library = library;
}

void DocumentView::setDiagramRenderer(DiagramRenderer *renderer)
{
    if (m_renderer) {
        m_renderer->setReadyCallback({});
        m_renderer->setDrawnCallback({});
    }
    m_renderer = renderer;
    if (m_renderer) {
        // Diagrams laid out in the background arrive one by one: the page is drawn again once per burst (see
        // m_diagramsArrived for where the reader is left).
        m_renderer->setReadyCallback([this] {
            if (!m_diagramsArrived->isActive())
                m_diagramsArrived->start();
        });
        // Pictures drawn in the background take the place of their blank pictures, the page as it is.
        m_renderer->setDrawnCallback([this] {
            if (!m_diagramsDrawn->isActive())
                m_diagramsDrawn->start();
        });
    }
    refresh();
}

bool DocumentView::hasPendingDiagrams() const
{
    return m_renderer && m_renderer->hasPending();
}

void DocumentView::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    refresh();
}

bool DocumentView::isDark() const
{
    return m_dark;
}

bool DocumentView::showDocument(const QString &path, const QString &anchor)
{
    if (!m_library || !m_library->find(path)) {
        showMissing(path);
        return false;
    }
    navigate(Location{path, anchor, {}, {}});
    return true;
}

void DocumentView::showMissing(const QString &href)
{
    navigate(Location{{}, {}, href, {}});
}

void DocumentView::refresh()
{
    if (m_historyIndex < 0)
        return;
    display(m_current, verticalScrollBar()->value());
}

void DocumentView::clearDocument()
{
    m_history.clear();
    m_historyIndex = -1;
    m_current = Location{};
    m_html.clear();
    m_matches.clear();
    m_currentMatch = -1;
    cancelBackgroundBuild();
    clear();
    Q_EMIT historyChanged();
}

QString DocumentView::currentPath() const
{
    return m_current.path;
}

QString DocumentView::currentAnchor() const
{
    return m_current.anchor;
}

QString DocumentView::currentTitle() const
{
    if (!m_current.missingHref.isEmpty())
        return tr("Not in this library");
    const content::Document *doc = m_library ? m_library->find(m_current.path) : nullptr;
    return doc ? doc->title : QString();
}

QString DocumentView::missingHref() const
{
    return m_current.missingHref;
}

bool DocumentView::canGoBack() const
{
    return m_historyIndex > 0;
}

bool DocumentView::canGoForward() const
{
    return m_historyIndex >= 0 && m_historyIndex + 1 < m_history.size();
}

void DocumentView::goBack()
{
    if (!canGoBack())
        return;
    m_history[m_historyIndex].reading = readingPosition();
    --m_historyIndex;
    display(m_history.at(m_historyIndex));
    Q_EMIT historyChanged();
}

void DocumentView::goForward()
{
    if (!canGoForward())
        return;
    m_history[m_historyIndex].reading = readingPosition();
    ++m_historyIndex;
    display(m_history.at(m_historyIndex));
    Q_EMIT historyChanged();
}

void DocumentView::navigate(const Location &loc)
{
    const bool samePage =
        m_historyIndex >= 0 && loc.path == m_current.path && loc.missingHref == m_current.missingHref;
    if (samePage && loc.anchor == m_current.anchor && !loc.anchor.isEmpty()) {
        scrollToAnchor(loc.anchor);
        return;
    }
    if (m_historyIndex >= 0)
        m_history[m_historyIndex].reading = readingPosition();
    if (m_historyIndex + 1 < m_history.size())
        m_history.resize(m_historyIndex + 1);
    m_history.append(loc);
    m_historyIndex = m_history.size() - 1;
    if (samePage) {
        m_current = loc;
        if (loc.anchor.isEmpty())
            verticalScrollBar()->setValue(0);
        else
            scrollToAnchor(loc.anchor);
        m_openedAtScroll = verticalScrollBar()->value();
        m_sectionInView = loc.anchor; // what the outline now shows
        Q_EMIT documentShown(loc.path, loc.anchor);
    } else {
        display(loc);
    }
    Q_EMIT historyChanged();
}

void DocumentView::display(const Location &loc, int scrollValue)
{
    m_current = loc;
    const content::Document *doc =
        loc.missingHref.isEmpty() && m_library ? m_library->find(loc.path) : nullptr;
    m_restOfPageDue = false;
    const bool barHeld = holdScrollBar(doc ? int(doc->source.size()) : 0); // before diagrams are drawn
    // At start, a long page from its top: its first screen only (with only that screen's diagrams), the rest
    // after that screen is painted (putRestOfPage).
    const int firstScreen = std::exchange(m_firstScreenFirst, false) && doc && isVisible() &&
                                    scrollValue < 0 && loc.reading.position < 0 && loc.anchor.isEmpty()
                                ? firstScreenEnd(*doc)
                                : -1;
    if (doc)
        m_html = renderHtml(*doc, firstScreen);
    else
        m_html = missingHtml(loc.missingHref.isEmpty() ? loc.path : loc.missingHref);
    applyStyle();
    if (m_html.size() > kBackgroundHtmlChars) {
        displayInBackground(loc, scrollValue); // documentviewbackground.cpp
        releaseScrollBar(barHeld);
        return;
    }
    cancelBackgroundBuild();
    setPage(m_html);
    releaseScrollBar(barHeld);
    m_restOfPageDue = firstScreen > 0; // documentviewfirstscreen.cpp
    finishDisplay(loc, scrollValue);
}

// What follows putting a page's HTML in: the measure, the scroll position, find, the warnings, documentShown.
void DocumentView::finishDisplay(const Location &loc, int scrollValue)
{
    const content::Document *doc =
        loc.missingHref.isEmpty() && m_library ? m_library->find(loc.path) : nullptr;
    updateMeasure();
    if (scrollValue >= 0)
        verticalScrollBar()->setValue(scrollValue);
    else if (loc.reading.position >= 0) // Back/Forward: where the reader left the page
        scrollToReadingPosition(loc.reading);
    else if (!loc.anchor.isEmpty())
        scrollToAnchor(loc.anchor);
    else
        verticalScrollBar()->setValue(0);
    if (!m_findText.isEmpty())
        findAll(m_findText, m_findCase);
    if (doc) {
        for (const QString &w : doc->warnings)
            Q_EMIT statusMessage(w);
    }
    m_openedAtScroll = verticalScrollBar()->value();
    m_sectionInView = loc.anchor; // what the outline now shows
    Q_EMIT documentShown(doc ? loc.path : QString(), loc.anchor);
}

QString DocumentView::missingHtml(const QString &href) const
{
    return QStringLiteral("<h1>") + tr("Not in this library").toHtmlEscaped() + QStringLiteral("</h1><p>") +
           tr("%1 is not part of this library.")
               .toHtmlEscaped()
               .arg(QStringLiteral("<code>") + href.toHtmlEscaped() + QStringLiteral("</code>")) +
           QStringLiteral("</p><p class=\"notice\">") +
           tr("The link names a document that this collection refers to but does not include. "
              "Go back (Alt+Left) to return to the page you came from, or open a folder that contains it "
              "with File \u203a Open Library\u2026")
               .toHtmlEscaped() +
           QStringLiteral("</p>");
}

void DocumentView::onAnchorClicked(const QUrl &url)
{
    const QString href = url.toString();
    if (href.startsWith(QLatin1String("image:"))) { // a shrunk library image: shown whole
        showFullImage(QUrl::fromPercentEncoding(href.mid(6).toUtf8()));
        return;
    }
    if (href.startsWith(QLatin1String("diagramview:"))) { // a drawing or its "Open full size"
        const content::Document *doc = m_library ? m_library->find(m_current.path) : nullptr;
        bool ok = false;
        const int index = href.mid(12).toInt(&ok);
        if (doc && ok && index >= 0 && index < doc->md.codeBlocks.size())
            Q_EMIT diagramViewRequested(index);
        return;
    }
    if (href.startsWith(QLatin1String("copy:"))) { // a code block's Copy link
        const QString said =
            copyCodeBlock(m_library ? m_library->find(m_current.path) : nullptr, href.mid(5).toInt());
        if (!said.isEmpty())
            Q_EMIT statusMessage(said);
        return;
    }
    if (!m_library)
        return;
    const QString from = m_current.missingHref.isEmpty() ? m_current.path : QString();
    const content::LinkTarget t = content::resolveLink(*m_library, from, href);
    using Kind = content::LinkTarget::Kind;
    switch (t.kind) {
    case Kind::Internal:
        navigate(Location{t.path, t.anchor, {}, {}});
        break;
    case Kind::Anchor:
        if (!m_current.path.isEmpty())
            navigate(Location{m_current.path, t.anchor, {}, {}});
        break;
    case Kind::Missing:
        navigate(Location{{}, {}, t.path, {}});
        break;
    case Kind::External:
        if (QDesktopServices::openUrl(QUrl(t.url)))
            Q_EMIT statusMessage(tr("Opened %1 in your browser").arg(t.url));
        else
            Q_EMIT statusMessage(tr("No application could open %1").arg(t.url));
        break;
    case Kind::Diagram:
        editDiagram(t.diagramIndex);
        break;
    case Kind::Rejected:
        Q_EMIT statusMessage(tr("This link is not opened: %1").arg(href));
        break;
    }
}

void DocumentView::onHighlighted(const QUrl &url)
{
    if (url.isEmpty()) {
        Q_EMIT statusMessage(QString());
        return;
    }
    const QString href = url.toString();
    Q_EMIT statusMessage(
        href.startsWith(QLatin1String("diagramview:"))
            ? tr("Show this diagram full size (Esc comes back here)")
        : href.startsWith(QLatin1String("diagram:")) ? tr("Open this diagram in the Draw workspace")
        : href.startsWith(QLatin1String("copy:"))    ? tr("Copy this code block to the clipboard")
        : href.startsWith(QLatin1String("image:"))   ? tr("Show this image at full size")
                                                     : href);
}

QVariant DocumentView::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {}; // nothing else (style sheets, HTML) is ever loaded from outside
    if (name.scheme() == QLatin1String("diagram")) {
        bool ok = false;
        const int n = name.path().toInt(&ok);
        return ok && m_diagrams.contains(n) ? pictureResource(m_diagrams.value(n)) : QVariant();
    }
    if (name.scheme() == QLatin1String("aeimage")) {
        bool ok = false;
        const int n = name.path().toInt(&ok);
        return ok && m_images.contains(n) ? pictureResource(m_images.value(n)) : QVariant();
    }
    // Pages name only the above (layoutImages); anything else is a library file or nothing, never a fetch.
    const QImage image = libraryImage(name.toString());
    return image.isNull() ? QVariant() : pictureResource(image);
}

QVariant DocumentView::pictureResource(const QImage &image)
{
    // As a pixmap: Qt's picture handler converts an image resource into a pixmap each time it sizes or
    // paints it (each layout of its line, each frame); a pixmap it uses as it is. A blank stand-in for a
    // picture being drawn is one pixel of its colour, stretched by the page to the picture's size.
    if (!image.text(kBlankPicture).isEmpty()) {
        QPixmap one(1, 1);
        one.fill(QColor::fromRgba(image.color(0)));
        return QVariant(one);
    }
    return QVariant(QPixmap::fromImage(image));
}

void DocumentView::setZoomPercent(int percent)
{
    percent = qBound(50, percent, 300);
    if (percent == m_zoom)
        return;
    // The line at the top of the view stays at the top: the reader keeps their place.
    const ReadingPosition where = readingPosition();
    m_zoom = percent;
    applyStyle();
    if (m_historyIndex >= 0) {
        display(m_current, 0);
        scrollToReadingPosition(where);
    }
    Q_EMIT zoomChanged(m_zoom);
}

int DocumentView::zoomPercent() const
{
    return m_zoom;
}

void DocumentView::zoomBy(int deltaPercent)
{
    setZoomPercent(m_zoom + deltaPercent);
}

QString DocumentView::printableHtml() const
{
    // Paper has no clipboard: code blocks keep their language, not their Copy links.
    static const QRegularExpression copyLink(QStringLiteral("( \u00b7 )?<a href=\"copy:\\d+\">[^<]*</a>"));
    return QString(m_html).remove(copyLink);
}

QString DocumentView::printableStyleSheet() const
{
    return documentStyleSheet(Theme::lightPalette(), m_basePt, 100);
}

void DocumentView::applyStyle()
{
    // Only when they change: either call lays the current text out again in full, which on every page turn
    // was spent on the page being left.
    QFont f = document()->defaultFont();
    f.setPointSizeF(m_basePt * m_zoom / 100.0);
    if (f != document()->defaultFont())
        document()->setDefaultFont(f);
    const QString css = documentStyleSheet(palette(), m_basePt, m_zoom);
    if (css != document()->defaultStyleSheet())
        document()->setDefaultStyleSheet(css);
}

void DocumentView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_dark = Theme::isDarkPalette(palette());
        applyStyle();
        refresh();
    }
}

void DocumentView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(steps * 10);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    // A view resized while hidden is told when it is shown (or grabbed), with no old size: QTextEdit would
    // then lay the whole page out again, although it is laid out for this width already.
    if (!event->oldSize().isValid() && document()->pageSize().width() == event->size().width()) {
        QResizeEvent same(event->size(), event->size());
        QTextBrowser::resizeEvent(&same);
    } else {
        QTextBrowser::resizeEvent(event);
    }
    updateMeasure();
    // Diagrams were drawn for the page's old width: drawn again once the resizing pauses.
    if (!m_diagrams.isEmpty() && diagramWidth() != m_diagramWidth)
        m_diagramsArrived->start(150);
}

} // namespace ae::ui

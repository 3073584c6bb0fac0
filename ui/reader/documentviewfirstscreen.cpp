// SPDX-License-Identifier: MIT
// DocumentView's first screen first: at start (showFirstScreenFirst), a long page from its top is put in up
// to the first section heading after two screens of text, with only that part's diagrams, so the window's
// first frame shows it sooner; once that screen is painted, the whole page takes its place where the reader
// is. Every later page is built whole.
#include "ui/reader/documentstyle.h"
#include "ui/reader/documentview.h"

#include <QScrollBar>
#include <QTimer>

#include <utility>

namespace ae::ui {

int DocumentView::firstScreenEnd(const content::Document &doc) const
{
    // A page built on a worker (documentviewbackground.cpp) shows a placeholder at once already, and its
    // whole HTML must never be imported on the UI thread.
    const QString &html = doc.md.html;
    if (html.size() > kBackgroundHtmlChars)
        return -1;
    // Where two screens of text have been read, the next section starts: the first screen and some. A page
    // without such a heading, or not much longer, is shown whole.
    const qreal lines = 2.0 * viewport()->height() / QFontMetricsF(document()->defaultFont()).lineSpacing();
    const int from = int(lines * kReadingMeasureChars);
    int end = -1;
    for (const QLatin1String heading : {QLatin1String("\n<h2"), QLatin1String("\n<h3")}) {
        const int at = html.indexOf(heading, from);
        if (at > 0 && (end < 0 || at < end))
            end = at;
    }
    return end > 0 && end < html.size() / 2 ? end : -1;
}

void DocumentView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_restOfPageDue)
        QTimer::singleShot(0, this, &DocumentView::putRestOfPage);
}

void DocumentView::putRestOfPage()
{
    if (!std::exchange(m_restOfPageDue, false))
        return;
    const content::Document *doc = m_library ? m_library->find(m_current.path) : nullptr;
    if (!doc)
        return;
    // The page as it would have been shown whole, where the reader is (they may have scrolled meanwhile).
    m_html = renderHtml(*doc);
    const int scroll = verticalScrollBar()->value();
    const bool barHeld = holdScrollBar(int(doc->source.size()));
    setPage(m_html);
    releaseScrollBar(barHeld);
    verticalScrollBar()->setValue(scroll);
    if (!m_findText.isEmpty())
        findAll(m_findText, m_findCase);
}

} // namespace ae::ui

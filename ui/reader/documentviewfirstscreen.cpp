// SPDX-License-Identifier: MIT
// DocumentView's first screen first: at start (showFirstScreenFirst), a long page from its top is put in up
// to the first block of its own after a screen and a half of text, with only that part's diagrams, so the
// window's first frame shows it sooner; once that screen is painted, the whole page takes its place where the
// reader is. Every later page is built whole.
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
    // Where a screen and a half of text (tags not counted: a line of prose holds at most a measure of it;
    // headings, code, tables and pictures hold less and take more room) has been read, the next block of the
    // page's own starts: not one inside a list, quote or table, whose look may depend on what follows.
    // Prose lines are 145% of the font's spacing (p, li in resources/styles/document.css).
    const qreal line = 1.45 * QFontMetricsF(document()->defaultFont()).lineSpacing();
    const qreal lines = 1.5 * viewport()->height() / line;
    const int wanted = int(lines * kReadingMeasureChars);
    int text = 0;
    int depth = 0; // open lists, quotes and tables
    bool inTag = false;
    for (int i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const QStringView tag = QStringView(html).mid(i + 1, 12);
            const bool closing = tag.startsWith(QLatin1Char('/'));
            const QStringView name = closing ? tag.mid(1) : tag;
            for (const QLatin1String nesting : {QLatin1String("ul"), QLatin1String("ol"),
                                                QLatin1String("blockquote"), QLatin1String("table")}) {
                if (name.startsWith(nesting) &&
                    (name.size() == nesting.size() || !name.at(nesting.size()).isLetterOrNumber()))
                    depth += closing ? -1 : 1;
            }
            // A block of the page's own: at the start of a line, outside any list, quote or table.
            if (!closing && depth == 0 && text >= wanted && i > 0 && html.at(i - 1) == QLatin1Char('\n'))
                return i - 1 < html.size() / 2 ? i - 1 : -1;
            inTag = true;
        } else if (c == QLatin1Char('>')) {
            inTag = false;
        } else if (!inTag && c != QLatin1Char('\n')) {
            ++text;
        }
    }
    return -1; // a page without such a place, or not much longer: shown whole
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

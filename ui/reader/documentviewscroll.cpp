// SPDX-License-Identifier: MIT
// DocumentView's reading position: which line is at the top of the view (kept across zoom and Back/Forward)
// and which section is being read (the outline follows it).
#include "ui/reader/documentview.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace ae::ui {

namespace {

// The line of block b holding document position pos, and its top in document coordinates.
QTextLine lineAt(const QTextDocument *doc, const QTextBlock &b, int pos, qreal *top)
{
    const QRectF rect = doc->documentLayout()->blockBoundingRect(b);
    const QTextLine line = b.layout() ? b.layout()->lineForTextPosition(pos - b.position()) : QTextLine();
    *top = rect.top() + (line.isValid() ? line.y() : 0);
    return line;
}

} // namespace

DocumentView::ReadingPosition DocumentView::readingPosition() const
{
    const QTextDocument *doc = document();
    const qreal top = verticalScrollBar()->value();
    const qreal x = doc->rootFrame()->frameFormat().leftMargin() + 2;
    const int pos = doc->documentLayout()->hitTest(QPointF(x, top + 1), Qt::FuzzyHit);
    const QTextBlock b = doc->findBlock(qMax(0, pos));
    if (pos < 0 || !b.isValid())
        return {};
    qreal lineTop = 0;
    const QTextLine line = lineAt(doc, b, pos, &lineTop);
    const qreal height = line.isValid() && line.height() > 0 ? line.height() : 1.0;
    return {line.isValid() ? b.position() + line.textStart() : b.position(), (top - lineTop) / height};
}

void DocumentView::scrollToReadingPosition(const ReadingPosition &where)
{
    const QTextBlock b = document()->findBlock(where.position);
    if (where.position < 0 || !b.isValid())
        return;
    qreal lineTop = 0;
    const QTextLine line = lineAt(document(), b, where.position, &lineTop);
    const qreal height = line.isValid() && line.height() > 0 ? line.height() : 1.0;
    verticalScrollBar()->setValue(qRound(lineTop + where.into * height));
}

QString DocumentView::sectionInView() const
{
    const QTextDocument *doc = document();
    const qreal reading = verticalScrollBar()->value() + viewport()->height() / 3.0;
    QString anchor;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() <= 0)
            continue;
        if (doc->documentLayout()->blockBoundingRect(b).top() > reading)
            break;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty()) {
                anchor = names.constFirst();
                break;
            }
        }
    }
    // At the very top of a page the reader is reading its beginning, whatever the first third holds.
    return verticalScrollBar()->value() == 0 ? QString() : anchor;
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// DocumentView's measure. Prose keeps a readable line (kReadingMeasureChars), centred in the view; a diagram
// and a data table may use the whole page, so a wide architecture picture or a metrics table is not squeezed
// into the text column. QTextDocument has one column per frame, so the page is the root frame (the view less
// kMinPageMargin each side) and every prose block gets side margins that bring it back to the measure.
//
// A new page gets its measure before Qt lays it out (setPage), so it is laid out once; the measure moves
// only when the view's width or font changes (updateMeasure).
#include "ui/reader/documentstyle.h"
#include "ui/reader/documentview.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace ae::ui {

namespace {

// The margins the style sheet gave a block or frame (lists and quotes are indented), kept in a user
// property the first time the measure is applied, so applying it again never accumulates.
constexpr int kStyleLeft = QTextFormat::UserProperty + 11;
constexpr int kStyleRight = QTextFormat::UserProperty + 12;

// A paragraph that holds a drawn diagram (or its caption): laid out on the whole page.
bool isWideBlock(const QTextBlock &b)
{
    for (auto it = b.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat f = it.fragment().charFormat();
        if (f.isImageFormat() && f.toImageFormat().name().startsWith(QLatin1String("diagram:")))
            return true;
        if (f.anchorHref().startsWith(QLatin1String("diagramview:")))
            return true;
    }
    return false;
}

// A code block is a one-cell table whose first line holds its Copy link: it keeps the prose's width (its
// long lines wrap with a hanging indent). Read through the cell's frame iterator: a QTextCursor would lay
// the block out to place itself.
bool isCodeTable(QTextFrame *frame)
{
    auto *table = qobject_cast<QTextTable *>(frame);
    if (!table || table->rows() != 1 || table->columns() != 1)
        return false;
    const QTextBlock head = table->cellAt(0, 0).begin().currentBlock();
    for (auto it = head.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().anchorHref().startsWith(QLatin1String("copy:")))
            return true;
    return false;
}

// A paragraph holding only pictures (a README's centred figure, a diagram): its line is the picture's
// height. The prose's 145 % line height would add half a picture of blank under it.
bool isPictureBlock(const QTextBlock &b)
{
    bool picture = false;
    for (auto it = b.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        if (f.charFormat().isImageFormat())
            picture = true;
        else if (!f.text().trimmed().isEmpty())
            return false;
    }
    return picture;
}

template <typename Format> bool setSides(Format &fmt, qreal left, qreal right)
{
    if (!fmt.hasProperty(kStyleLeft)) {
        fmt.setProperty(kStyleLeft, fmt.leftMargin());
        fmt.setProperty(kStyleRight, fmt.rightMargin());
    }
    left += fmt.doubleProperty(kStyleLeft);
    right += fmt.doubleProperty(kStyleRight);
    if (qFuzzyCompare(fmt.leftMargin() + 1, left + 1) && qFuzzyCompare(fmt.rightMargin() + 1, right + 1))
        return false;
    fmt.setLeftMargin(left);
    fmt.setRightMargin(right);
    return true;
}

} // namespace

qreal DocumentView::pageWidthForMeasure() const
{
    // Two pixels of slack: a table whose collapsed borders make it a pixel wider than the page must not give
    // the view a horizontal scroll bar into blank margin.
    return qMax<qreal>(0.0, viewport()->width() - 2.0 * kMinPageMargin - 4.0);
}

qreal DocumentView::proseSide() const
{
    const qreal measure = kReadingMeasureChars * QFontMetricsF(document()->defaultFont()).averageCharWidth();
    return std::floor(qMax<qreal>(0.0, (pageWidthForMeasure() - measure) / 2.0));
}

void DocumentView::setPage(const QString &html)
{
    // setHtml lays the page out at its end (in a shown view, what is on screen at once): margins given after
    // it would lay the page out again. QTextDocument tells contentsChange just before it lays a change out,
    // so the measure goes in there (measureNewPage), inside an edit block held open until setHtml has
    // returned: Qt then lays the page out with its margins, once, and closing the block finds nothing left to
    // lay out. (An edit block closed inside contentsChange would lay the page out there and Qt again after
    // it.)
    connect(document(), &QTextDocument::contentsChange, this, &DocumentView::measureNewPage,
            Qt::UniqueConnection);
    m_measuredSide = -1; // a new page: no margins yet
    // Pictures given to the last page outright outlive setHtml (it forgets only what loadResource gave):
    // withdrawn, so this page asks loadResource for its own.
    for (const QUrl &name : std::as_const(m_givenResources))
        document()->addResource(QTextDocument::ImageResource, name, QVariant());
    m_givenResources.clear();
    m_pageComing = true;
    setHtml(html);
    m_pageComing = false;
    if (!m_measureEdit.isNull()) {
        m_measureEdit.endEditBlock();
        m_measureEdit = QTextCursor();
    }
}

bool DocumentView::holdScrollBar(int textChars)
{
    // setHtml empties the document first: a page with a vertical scroll bar would lose it, the viewport widen
    // by its width, and the new page be laid out at that width and again once the bar is back (its measure
    // moved twice, its diagrams drawn twice). The bar stays while the page is replaced; a page short enough
    // to need none loses it after. Likewise a view without a bar (a new view, or a short page before) about
    // to show a page that is surely longer than the view: the bar comes first, before the diagrams are drawn
    // for the page's width.
    if (verticalScrollBarPolicy() != Qt::ScrollBarAsNeeded)
        return false;
    if (!verticalScrollBar()->isVisibleTo(this) && !pageSurelyLong(textChars))
        return false;
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    return true;
}

void DocumentView::releaseScrollBar(bool held)
{
    if (held)
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

bool DocumentView::pageSurelyLong(int textChars) const
{
    // A low estimate of the page's height: its text in lines of the reading measure, each one line high (the
    // style gives 145 %), against one and a half views. A misjudged page is rare and costs no more than
    // before: one more layout when the bar goes or comes.
    const QFontMetricsF metrics(document()->defaultFont());
    const qreal lines = qreal(textChars) / kReadingMeasureChars;
    return lines * metrics.lineSpacing() > 1.5 * viewport()->height();
}

void DocumentView::measureNewPage(int, int, int added)
{
    // setHtml first empties the document (nothing added), then puts the page in.
    if (!m_pageComing || added <= 0)
        return;
    m_pageComing = false;
    m_measureEdit = QTextCursor(document());
    m_measureEdit.beginEditBlock();
    updateMeasure();
}

void DocumentView::updateMeasure()
{
    // While setHtml replaces the page, the view can be resized (emptying the document hides a horizontal
    // scroll bar): measuring the empty document then would leave the new page without its measure.
    if (m_pageComing)
        return;
    const qreal side = proseSide();
    // A page keeps its margins until the width changes: applying them again would lay the page out again.
    if (qFuzzyCompare(side + 1, m_measuredSide + 1))
        return;
    m_measuredSide = side;
    applyMeasure(document(), side, pageWidthForMeasure());
}

void DocumentView::applyMeasure(QTextDocument *doc, qreal side, qreal page)
{
    // One edit block for every change: the layout sees them as one change (laid out once, also when they are
    // made while a new page is coming in: setPage).
    QTextCursor cursor(doc);
    bool editing = false;
    const auto edit = [&] {
        if (!editing)
            cursor.beginEditBlock();
        editing = true;
    };
    QTextFrame *root = doc->rootFrame();
    QTextFrameFormat rootFmt = root->frameFormat();
    if (!(qFuzzyCompare(rootFmt.leftMargin(), qreal(kMinPageMargin)) &&
          qFuzzyCompare(rootFmt.topMargin(), 28.0))) {
        rootFmt.setLeftMargin(kMinPageMargin);
        rootFmt.setRightMargin(kMinPageMargin);
        rootFmt.setTopMargin(28);
        rootFmt.setBottomMargin(48);
        edit();
        root->setFrameFormat(rootFmt);
    }
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            // A data table starts where the prose does and may run on to the right edge of the page. A code
            // box (width="100%" of the page) gets the prose's width outright, centred as the prose is.
            QTextFrameFormat fmt = frame->frameFormat();
            bool changed = false;
            if (isCodeTable(frame)) {
                const QTextLength width(QTextLength::FixedLength, page - 2 * side);
                if (fmt.width() != width ||
                    fmt.intProperty(QTextFormat::BlockAlignment) != Qt::AlignHCenter) {
                    fmt.setWidth(width);
                    fmt.setProperty(QTextFormat::BlockAlignment, int(Qt::AlignHCenter));
                    changed = true;
                }
            } else {
                changed = setSides(fmt, side, 0.0);
            }
            if (changed) {
                edit();
                frame->setFrameFormat(fmt);
            }
            continue;
        }
        const QTextBlock b = it.currentBlock();
        QTextBlockFormat fmt = b.blockFormat();
        // Empty blocks (the one QTextDocument keeps after each table) take no measure: given one, Qt lays
        // them out beside the table, past the page's right edge.
        const qreal inset = b.length() <= 1 || isWideBlock(b) ? 0.0 : side;
        bool changed = setSides(fmt, inset, inset);
        if (isPictureBlock(b) && !(fmt.lineHeightType() == QTextBlockFormat::ProportionalHeight &&
                                   qFuzzyCompare(fmt.lineHeight(), 100.0))) {
            fmt.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            changed = true;
        }
        if (changed) {
            edit();
            cursor.setPosition(b.position());
            cursor.setBlockFormat(fmt);
        }
    }
    if (editing)
        cursor.endEditBlock();
}

void DocumentView::fitWideTables()
{
    QTextDocument *doc = document();
    QTextFrame *root = doc->rootFrame();
    const qreal page = pageWidthForMeasure();
    // A data table whose words cannot fit between the prose's left edge and the page's right one moves left,
    // as far as the page allows, rather than push the page into a horizontal scroll bar.
    const qreal pageRight = kMinPageMargin + page;
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        QTextFrame *frame = it.currentFrame();
        if (!frame || isCodeTable(frame))
            continue;
        const qreal overflow = doc->documentLayout()->frameBoundingRect(frame).right() - pageRight;
        QTextFrameFormat fmt = frame->frameFormat();
        const qreal left = fmt.leftMargin() - fmt.doubleProperty(kStyleLeft);
        if (overflow > 0.5 && left > 0 && setSides(fmt, qMax<qreal>(0.0, left - std::ceil(overflow)), 0.0))
            frame->setFrameFormat(fmt);
    }
}

} // namespace ae::ui

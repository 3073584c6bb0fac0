// SPDX-License-Identifier: MIT
// HtmlDelegate: the item background from the style, the text laid out by a QTextDocument in the palette's
// colours.
#include "ui/explore/htmldelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace ae::ui::explore {

namespace {

void setUp(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html)
{
    doc.setDocumentMargin(2);
    doc.setDefaultFont(option.font);
    doc.setHtml(html);
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 480);
}

} // namespace

void HtmlDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString html = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QStyleOptionViewItem sized = opt;
    sized.rect = textRect;
    QTextDocument doc;
    setUp(doc, sized, html);
    QAbstractTextDocumentLayout::PaintContext ctx;
    const bool selected = opt.state & QStyle::State_Selected;
    ctx.palette.setColor(QPalette::Text,
                         opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(textRect.topLeft());
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int indent = 40; // branch decoration and margins
    opt.rect.setWidth(qMax(200, (opt.widget ? opt.widget->width() : 520) - indent));
    QTextDocument doc;
    setUp(doc, opt, opt.text);
    return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
}

} // namespace ae::ui::explore

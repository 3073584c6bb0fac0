// SPDX-License-Identifier: MIT
// Draws an item's Qt::DisplayRole as rich text (bold matched words, a second line for the snippet).
#pragma once

#include <QStyledItemDelegate>

namespace ae::ui::explore {

class HtmlDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ae::ui::explore

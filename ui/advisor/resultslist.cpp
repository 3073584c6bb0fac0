// SPDX-License-Identifier: MIT
// Ranked results list and the delegate that draws each row's per-factor breakdown bar.
#include "ui/advisor/resultslist.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ae::ui::advisor {

QColor factorColor(int index)
{
    // Mid-luminance hues: 3:1 against the window in both themes (tested).
    static const QColor colors[] = {QColor(0x3b, 0x82, 0xc4), QColor(0x2b, 0x96, 0x65),
                                    QColor(0xc0, 0x76, 0x18), QColor(0x98, 0x66, 0xd2),
                                    QColor(0x1b, 0x90, 0x9a), QColor(0x9a, 0x8a, 0x30)};
    return colors[index % int(std::size(colors))];
}

namespace {

class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(200, option.fontMetrics.height() * 2 + 14);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        const QRect r = opt.rect.adjusted(8, 4, -8, -4);
        const int lineH = opt.fontMetrics.height();
        const double total = index.data(ResultsList::TotalRole).toDouble();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QString title = QStringLiteral("%1. %2")
                                  .arg(index.data(ResultsList::RankRole).toInt())
                                  .arg(index.data(Qt::DisplayRole).toString());
        painter->drawText(QRect(r.left(), r.top(), r.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                          title);
        painter->setFont(opt.font);
        const QString right = QStringLiteral("%1   %2").arg(index.data(ResultsList::CategoryRole).toString(),
                                                            QString::number(total, 'g', 4));
        painter->drawText(QRect(r.left(), r.top(), r.width(), lineH), Qt::AlignRight | Qt::AlignVCenter,
                          right);

        // The bar: scale so the list's best row fills the width.
        const double widest = index.model()->property("barWidest").toDouble();
        const QRect bar(r.left(), r.top() + lineH + 4, r.width(), std::max(6, lineH / 2));
        const double scale = widest > 0 ? (bar.width() - 2) / widest : 0.0;
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Mid).lighter(selected ? 100 : 160));
        painter->drawRect(bar);
        const QVariantList points = index.data(ResultsList::FactorPointsRole).toList();
        double negative = 0;
        for (const QVariant &p : points)
            negative += std::min(0.0, p.toDouble());
        double x = bar.left();
        if (negative < 0 && scale > 0) {
            const double w = std::min(double(bar.width()) / 4, -negative * scale);
            painter->setBrush(QColor(0xd0, 0x3b, 0x3b));
            painter->drawRect(QRectF(x, bar.top(), w, bar.height()));
            x += w + 2;
        }
        for (int i = 0; i < points.size(); ++i) {
            const double p = points.at(i).toDouble();
            if (p <= 0 || scale <= 0)
                continue;
            const double w = std::min(bar.right() - x, p * scale);
            painter->setBrush(factorColor(i));
            painter->drawRect(QRectF(x, bar.top(), w, bar.height()));
            x += w;
        }
        painter->restore();
    }
};

} // namespace

ResultsList::ResultsList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("advisorResults"));
    setAccessibleName(tr("Ranked technologies"));
    setItemDelegate(new ResultDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void ResultsList::setRecommendation(const ae::advisor::Recommendation &recommendation, int limit)
{
    clear();
    const int n = std::min(limit, int(recommendation.ranked.size()));
    double widest = 0;
    for (int i = 0; i < n; ++i) {
        double positive = 0;
        double negative = 0;
        for (double p : recommendation.ranked.at(i).factorPoints)
            (p > 0 ? positive : negative) += p;
        widest = std::max(widest, positive - negative);
    }
    // The delegate reads the widest row from the model, so every row shares one scale.
    model()->setProperty("barWidest", widest);
    for (int i = 0; i < n; ++i) {
        const auto &r = recommendation.ranked.at(i);
        auto *item = new QListWidgetItem(r.technology.name, this);
        item->setData(TechnologyIdRole, r.technology.id);
        item->setData(TotalRole, r.total);
        item->setData(CategoryRole, r.technology.category);
        item->setData(RankRole, i + 1);
        QVariantList points;
        for (double p : r.factorPoints)
            points << p;
        item->setData(FactorPointsRole, points);
        item->setToolTip(r.technology.summary);
    }
    if (count() > 0)
        setCurrentRow(0);
}

QString ResultsList::technologyAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(TechnologyIdRole).toString() : QString();
}

} // namespace ae::ui::advisor

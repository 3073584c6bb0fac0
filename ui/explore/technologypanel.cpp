// SPDX-License-Identifier: MIT
// TechnologyPanel: the filterable technology list and the grouped list of where the selected one is used.
#include "ui/explore/technologypanel.h"

#include "search/tokenizer.h"
#include "ui/explore/searchcontroller.h"

#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ae::ui::explore {

namespace {
// A catalogue category id ("distributed-sql") as a heading ("Distributed SQL").
QString categoryTitle(const QString &id)
{
    QString title = id;
    if (title != QLatin1String("key-value")) // a hyphenated word stays one
        title.replace(QLatin1Char('-'), QLatin1Char(' '));
    title.replace(QRegularExpression(QStringLiteral("\\bsql\\b")), QStringLiteral("SQL"));
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}
} // namespace

namespace {

constexpr int kTechRole = Qt::UserRole + 1;
constexpr int kUseRole = Qt::UserRole + 2;
constexpr int kCategoryRole = Qt::UserRole + 3;

// Rows as tall as their text wrapped in the width the tree gives them (the column, less the indentation of
// their depth): a long section title is read whole on two or three lines, without scrolling sideways.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        QStyleOptionViewItem opt = option;
        opt.features |= QStyleOptionViewItem::WrapText;
        opt.rect =
            QRect(0, 0, qMax(60, m_view->columnWidth(index.column()) - depth * m_view->indentation()), 1);
        // A little air above and below: where one row ends and the next begins stays plain when rows wrap.
        return QStyledItemDelegate::sizeHint(opt, index) + QSize(0, 4);
    }

private:
    QTreeView *m_view;
};

} // namespace

TechnologyPanel::TechnologyPanel(SearchController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("technologyIndex"));
    setAccessibleName(tr("Technology index"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("technologyFilter"));
    m_filter->setAccessibleName(tr("Filter technologies"));
    m_filter->setPlaceholderText(tr("Filter technologies"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("technologyList"));
    m_list->setAccessibleName(tr("Technologies"));
    m_list->setWordWrap(true); // a long name wraps in the panel's width: nothing is cut
    m_list->setTextElideMode(Qt::ElideNone);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("technologySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_uses = new QTreeWidget(this);
    m_uses->setObjectName(QStringLiteral("technologyUses"));
    m_uses->setAccessibleName(tr("Where the technology is used"));
    m_uses->setHeaderHidden(true);
    // The column is the panel's width and long rows wrap onto more lines: nothing is cut and nothing needs
    // scrolling sideways (every row also has its whole text, and its file, in its tooltip).
    m_uses->setTextElideMode(Qt::ElideNone);
    m_uses->setWordWrap(true);
    m_uses->setUniformRowHeights(false);
    m_uses->setAlternatingRowColors(true); // a wrapped row reads as one row
    m_uses->setItemDelegate(new WrappingDelegate(m_uses));
    m_uses->header()->setStretchLastSection(true);
    m_uses->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A new width wraps the rows again.
    connect(
        m_uses->header(), &QHeaderView::sectionResized, m_uses, [this] { m_uses->doItemsLayout(); },
        Qt::QueuedConnection);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_uses, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("technologySplitter"));
    split->addWidget(m_list);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TechnologyPanel::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &TechnologyPanel::showUses);
    // One click opens a use (itemClicked); Enter is handled in eventFilter. Not itemActivated, which some
    // styles also emit on a single click.
    connect(m_uses, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item, int) { onUseActivated(item); });
    m_uses->installEventFilter(this);
    connect(m_controller, &SearchController::indexReady, this, &TechnologyPanel::refill);
    refill();
}

void TechnologyPanel::refill()
{
    const QString current = currentTechnology();
    m_list->clear();
    const QVector<search::Technology> &items = m_controller->technologies().technologies();
    // Alphabetical within categories, categories alphabetical, technologies outside the catalogue last.
    QVector<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    // "Other" after the named categories.
    auto categoryOf = [&](int i) {
        const QString &id = items.at(i).category;
        return id == QLatin1String("other") ? QStringLiteral("\uffff") : categoryTitle(id);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const QString ca = categoryOf(a), cb = categoryOf(b);
        if (ca.isEmpty() != cb.isEmpty())
            return cb.isEmpty();
        const int c = QString::localeAwareCompare(ca.toLower(), cb.toLower());
        if (c != 0)
            return c < 0;
        return QString::localeAwareCompare(items.at(a).name.toLower(), items.at(b).name.toLower()) < 0;
    });
    QString lastCategory = QStringLiteral("\x01");
    for (int i : order) {
        const search::Technology &t = items.at(i);
        const QString category =
            t.category.isEmpty() ? tr("Seen in diagrams, not in the catalogue") : categoryTitle(t.category);
        if (category != lastCategory) {
            auto *head = new QListWidgetItem(category, m_list);
            QFont bold = head->font();
            bold.setBold(true);
            head->setFont(bold);
            head->setFlags(Qt::ItemIsEnabled); // a heading: not selectable
            head->setData(kTechRole, -1);
            head->setData(kCategoryRole, category);
            lastCategory = category;
        }
        const int documents = int(t.documents().size());
        const QString count = documents == 0   ? tr("not used in the library")
                              : documents == 1 ? tr("1 document")
                                               : tr("%1 documents").arg(documents);
        auto *item = new QListWidgetItem(t.name + QStringLiteral("  \u00b7  ") + count, m_list);
        item->setData(kTechRole, i);
        item->setData(kCategoryRole, category);
        item->setData(Qt::AccessibleTextRole, t.name);
        item->setToolTip(t.name + QStringLiteral(" (") + category + QStringLiteral(")") +
                         (t.summary.isEmpty() ? QString() : QStringLiteral("\n") + t.summary));
    }
    applyFilter(m_filter->text());
    if (!current.isEmpty())
        selectTechnology(current);
}

void TechnologyPanel::applyFilter(const QString &text)
{
    const QString needle = search::normalize(text.trimmed());
    const QVector<search::Technology> &items = m_controller->technologies().technologies();
    QListWidgetItem *heading = nullptr;
    bool headingHasMatch = false;
    auto closeHeading = [&] {
        if (heading)
            heading->setHidden(!headingHasMatch);
    };
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const int index = item->data(kTechRole).toInt();
        if (index < 0) {
            closeHeading();
            heading = item;
            headingHasMatch = false;
            continue;
        }
        const search::Technology &t = items.at(index);
        bool match = needle.isEmpty() || search::normalize(t.name).contains(needle) ||
                     search::normalize(t.category).contains(needle);
        for (int a = 0; !match && a < t.aliases.size(); ++a)
            match = search::normalize(t.aliases.at(a)).contains(needle);
        item->setHidden(!match);
        headingHasMatch |= match;
    }
    closeHeading();
}

bool TechnologyPanel::selectTechnology(const QString &name)
{
    const int index = m_controller->technologies().find(name);
    for (int row = 0; index >= 0 && row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kTechRole).toInt() == index) {
            m_list->item(row)->setHidden(false);
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return true;
        }
    }
    return false;
}

QString TechnologyPanel::currentTechnology() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    const QVector<search::Technology> &items = m_controller->technologies().technologies();
    const int i = item->data(kTechRole).toInt();
    return i >= 0 && i < items.size() ? items.at(i).name : QString(); // a category heading has -1
}

void TechnologyPanel::showUses()
{
    m_uses->clear();
    m_shown.clear();
    m_summary->clear();
    const QListWidgetItem *current = m_list->currentItem();
    if (!current)
        return;
    const search::Technology &t =
        m_controller->technologies().technologies().at(current->data(kTechRole).toInt());
    QString summary = t.summary;
    if (!t.writtenAs.isEmpty())
        summary += (summary.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("In diagrams as: %1").arg(t.writtenAs.join(QStringLiteral(", ")));
    m_summary->setText(summary);
    const std::pair<search::TechnologyUse::Kind, QString> groups[] = {
        {search::TechnologyUse::Kind::Section, tr("Sections")},
        {search::TechnologyUse::Kind::DiagramNode, tr("Diagram nodes")},
        {search::TechnologyUse::Kind::Metric, tr("Metrics")}};
    // Kind -> document -> distinct uses: each row says what it is (the section, the node), its document once
    // above it, and a use found several times is one row with a count.
    for (const auto &[kind, title] : groups) {
        auto *group = new QTreeWidgetItem(m_uses);
        group->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        QTreeWidgetItem *docItem = nullptr;
        QString docPath;
        QHash<QString, QTreeWidgetItem *> seen; // docPath + text -> row
        QHash<QTreeWidgetItem *, int> repeats;
        for (const search::TechnologyUse &u : t.uses) {
            if (u.kind != kind)
                continue;
            QString text = u.label;
            if (kind == search::TechnologyUse::Kind::DiagramNode && !u.detail.isEmpty())
                text += QStringLiteral(" (") + u.detail + QLatin1Char(')');
            if (QTreeWidgetItem *again = seen.value(u.docPath + u'\n' + text)) {
                const int n = ++repeats[again];
                again->setText(0, text + QStringLiteral("  \u00d7") + QString::number(n + 1));
                continue;
            }
            if (!docItem || docPath != u.docPath) {
                docItem = new QTreeWidgetItem(group);
                docItem->setFlags(Qt::ItemIsEnabled);
                docItem->setText(0, u.docTitle);
                docItem->setToolTip(0, u.docTitle + QStringLiteral("\n") + u.docPath);
                docItem->setExpanded(true);
                docPath = u.docPath;
            }
            ++count;
            auto *item = new QTreeWidgetItem(docItem);
            item->setText(0, text);
            item->setToolTip(0, u.docPath + QLatin1Char(':') + QString::number(u.line) +
                                    QStringLiteral("\n") + u.docTitle + QStringLiteral(" \u203a ") + text);
            item->setData(0, kUseRole, int(m_shown.size()));
            seen.insert(u.docPath + u'\n' + text, item);
            m_shown.append(u);
        }
        group->setText(0, tr("%1 (%2)").arg(title).arg(count));
        group->setExpanded(true);
    }
}

bool TechnologyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_uses && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            onUseActivated(m_uses->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TechnologyPanel::onUseActivated(QTreeWidgetItem *item)
{
    const QVariant v = item ? item->data(0, kUseRole) : QVariant();
    if (!v.isValid())
        return;
    const int i = v.toInt();
    if (i >= 0 && i < m_shown.size())
        Q_EMIT useActivated(m_shown.at(i));
}

} // namespace ae::ui::explore

// SPDX-License-Identifier: MIT
// TechnologyPanel: the filterable technology list and the grouped list of where the selected one is used.
#include "ui/explore/technologypanel.h"

#include "search/tokenizer.h"
#include "ui/explore/searchcontroller.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ae::ui::explore {

namespace {

constexpr int kTechRole = Qt::UserRole + 1;
constexpr int kUseRole = Qt::UserRole + 2;

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
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("technologySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_uses = new QTreeWidget(this);
    m_uses->setObjectName(QStringLiteral("technologyUses"));
    m_uses->setAccessibleName(tr("Where the technology is used"));
    m_uses->setHeaderHidden(true);

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
    // One click opens a use (itemClicked); Enter is handled in eventFilter. Not itemActivated, which some styles
    // also emit on a single click.
    connect(m_uses, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int) { onUseActivated(item); });
    m_uses->installEventFilter(this);
    connect(m_controller, &SearchController::indexReady, this, &TechnologyPanel::refill);
    refill();
}

void TechnologyPanel::refill()
{
    const QString current = currentTechnology();
    m_list->clear();
    const QVector<search::Technology> &items = m_controller->technologies().technologies();
    for (int i = 0; i < items.size(); ++i) {
        const search::Technology &t = items.at(i);
        const QString category = t.category.isEmpty() ? tr("not in the catalogue") : t.category;
        auto *item = new QListWidgetItem(tr("%1 \u2014 %2 (%n document(s))", nullptr, int(t.documents().size()))
                                             .arg(t.name, category),
                                         m_list);
        item->setData(kTechRole, i);
        item->setData(Qt::AccessibleTextRole, t.name);
        item->setToolTip(t.summary);
    }
    applyFilter(m_filter->text());
    if (!current.isEmpty())
        selectTechnology(current);
}

void TechnologyPanel::applyFilter(const QString &text)
{
    const QString needle = search::normalize(text.trimmed());
    const QVector<search::Technology> &items = m_controller->technologies().technologies();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const search::Technology &t = items.at(item->data(kTechRole).toInt());
        bool match = needle.isEmpty() || search::normalize(t.name).contains(needle) ||
                     search::normalize(t.category).contains(needle);
        for (int a = 0; !match && a < t.aliases.size(); ++a)
            match = search::normalize(t.aliases.at(a)).contains(needle);
        item->setHidden(!match);
    }
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
    return i >= 0 && i < items.size() ? items.at(i).name : QString();
}

void TechnologyPanel::showUses()
{
    m_uses->clear();
    m_shown.clear();
    m_summary->clear();
    const QListWidgetItem *current = m_list->currentItem();
    if (!current)
        return;
    const search::Technology &t = m_controller->technologies().technologies().at(current->data(kTechRole).toInt());
    QString summary = t.summary;
    if (!t.writtenAs.isEmpty())
        summary += (summary.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("In diagrams as: %1").arg(t.writtenAs.join(QStringLiteral(", ")));
    m_summary->setText(summary);
    const std::pair<search::TechnologyUse::Kind, QString> groups[] = {
        {search::TechnologyUse::Kind::Section, tr("Sections")},
        {search::TechnologyUse::Kind::DiagramNode, tr("Diagram nodes")},
        {search::TechnologyUse::Kind::Metric, tr("Metrics")}};
    for (const auto &[kind, title] : groups) {
        auto *group = new QTreeWidgetItem(m_uses);
        group->setFlags(Qt::ItemIsEnabled);
        int count = 0;
        for (const search::TechnologyUse &u : t.uses) {
            if (u.kind != kind)
                continue;
            ++count;
            auto *item = new QTreeWidgetItem(group);
            QString text = u.docTitle + QStringLiteral(" \u203a ") + u.label;
            if (kind == search::TechnologyUse::Kind::DiagramNode)
                text += QStringLiteral(" (") + u.detail + QLatin1Char(')');
            item->setText(0, text);
            item->setToolTip(0, u.docPath + QLatin1Char(':') + QString::number(u.line));
            item->setData(0, kUseRole, int(m_shown.size()));
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

// SPDX-License-Identifier: MIT
// SearchResultsView: fills the tree from grouped results and turns Enter/click into hitActivated.
#include "ui/explore/searchresultsview.h"

#include "ui/explore/htmldelegate.h"

#include <QKeyEvent>

namespace ae::ui::explore {

namespace {

constexpr int kHitRole = Qt::UserRole + 1;
constexpr int kMaxHitsPerDocument = 6;

QString kindLabel(search::EntryKind kind)
{
    switch (kind) {
    case search::EntryKind::Title:
        return SearchResultsView::tr("document");
    case search::EntryKind::Section:
        return SearchResultsView::tr("section");
    case search::EntryKind::DiagramNode:
        return SearchResultsView::tr("diagram node");
    case search::EntryKind::Technology:
        return SearchResultsView::tr("technology");
    case search::EntryKind::Metric:
        return SearchResultsView::tr("metric");
    }
    return {};
}

} // namespace

QString hitHtml(const search::SearchHit &hit)
{
    const search::Entry &e = hit.entry;
    QString html = search::highlightHtml(e.heading, hit.headingHighlights);
    if (html.isEmpty())
        html = e.docTitle.toHtmlEscaped();
    QString where = kindLabel(e.kind);
    if (e.kind != search::EntryKind::Section && e.kind != search::EntryKind::Title &&
        !e.sectionTitle.isEmpty())
        where += QStringLiteral(" \u00b7 ") + e.sectionTitle.toHtmlEscaped();
    html = QStringLiteral("<span style=\"font-weight:600\">") + html +
           QStringLiteral("</span> <small>\u2014 ") + where + QStringLiteral("</small>");
    if (!hit.snippet.text.isEmpty())
        html += QStringLiteral("<br/><small>") +
                search::highlightHtml(hit.snippet.text, hit.snippet.highlights) + QStringLiteral("</small>");
    return html;
}

SearchResultsView::SearchResultsView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("searchResults"));
    setAccessibleName(tr("Search results"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(false);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(new HtmlDelegate(this));
    // Clicks and Enter (keyPressEvent), not itemActivated: some styles activate on a single click as well,
    // and a hit must open once.
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int) { onActivated(item); });
}

void SearchResultsView::setResults(const search::SearchResults &results, const QString &query)
{
    clear();
    m_hits.clear();
    if (results.isEmpty()) {
        setMessage(tr("No matches for \u201c%1\u201d").arg(query.toHtmlEscaped()));
        return;
    }
    QTreeWidgetItem *first = nullptr;
    for (const search::SearchGroup &g : results.groups) {
        auto *doc = new QTreeWidgetItem(this);
        doc->setText(0, QStringLiteral("<b>") + g.docTitle.toHtmlEscaped() + QStringLiteral("</b>"));
        doc->setData(0, Qt::AccessibleTextRole, g.docTitle);
        doc->setFlags(Qt::ItemIsEnabled);
        for (int i = 0; i < g.hits.size() && i < kMaxHitsPerDocument; ++i) {
            const search::SearchHit &hit = g.hits.at(i);
            auto *item = new QTreeWidgetItem(doc);
            item->setText(0, hitHtml(hit));
            item->setData(0, Qt::AccessibleTextRole, hit.entry.heading);
            item->setData(0, kHitRole, int(m_hits.size()));
            item->setToolTip(0, hit.entry.docTitle + QStringLiteral(" \u203a ") + hit.entry.sectionTitle);
            m_hits.append(hit);
            if (!first)
                first = item;
        }
    }
    expandAll();
    if (first)
        setCurrentItem(first);
}

void SearchResultsView::setMessage(const QString &message)
{
    clear();
    m_hits.clear();
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, QStringLiteral("<i>") + message + QStringLiteral("</i>"));
    item->setFlags(Qt::ItemIsEnabled);
}

int SearchResultsView::hitCount() const
{
    return int(m_hits.size());
}

const search::SearchHit *SearchResultsView::hitOf(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const QVariant v = item->data(0, kHitRole);
    if (!v.isValid())
        return nullptr;
    const int i = v.toInt();
    return i >= 0 && i < m_hits.size() ? &m_hits.at(i) : nullptr;
}

const search::SearchHit *SearchResultsView::currentHit() const
{
    return hitOf(currentItem());
}

void SearchResultsView::moveCurrent(int delta)
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        item = topLevelItemCount() > 0 ? topLevelItem(0) : nullptr;
    while (item) {
        item = delta > 0 ? itemBelow(item) : itemAbove(item);
        if (item && hitOf(item)) {
            setCurrentItem(item);
            scrollToItem(item);
            return;
        }
    }
}

bool SearchResultsView::activateCurrent()
{
    const search::SearchHit *hit = currentHit();
    if (!hit)
        return false;
    Q_EMIT hitActivated(*hit);
    return true;
}

void SearchResultsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && activateCurrent())
        return;
    QTreeWidget::keyPressEvent(event);
}

void SearchResultsView::onActivated(QTreeWidgetItem *item)
{
    if (const search::SearchHit *hit = hitOf(item))
        Q_EMIT hitActivated(*hit);
}

} // namespace ae::ui::explore

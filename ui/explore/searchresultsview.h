// SPDX-License-Identifier: MIT
// The results list under the search field: one bold row per document, below it its hits (section, diagram
// node, technology or metric) with a snippet whose matched words are bold.
#pragma once

#include "search/searchindex.h"

#include <QTreeWidget>

namespace ae::ui::explore {

class SearchResultsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SearchResultsView(QWidget *parent = nullptr);

    void setResults(const search::SearchResults &results, const QString &query);
    // A single line of text instead of results ("Indexing…", "No matches").
    void setMessage(const QString &message);
    int hitCount() const; // hit rows shown

    // Moves the current row to the next/previous hit (skipping document rows); activates the current one.
    void moveCurrent(int delta);
    bool activateCurrent();
    const search::SearchHit *currentHit() const;

Q_SIGNALS:
    void hitActivated(const ae::search::SearchHit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onActivated(QTreeWidgetItem *item);
    const search::SearchHit *hitOf(const QTreeWidgetItem *item) const;

    QVector<search::SearchHit> m_hits; // row data: item's UserRole is an index into this
};

// The row text of a hit as HTML: "<b>Section</b> — kind" and the snippet below, matched words in bold.
QString hitHtml(const search::SearchHit &hit);

} // namespace ae::ui::explore

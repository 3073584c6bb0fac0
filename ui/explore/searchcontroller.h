// SPDX-License-Identifier: MIT
// Keeps a library's search index and technology index current: built on a worker thread when the library
// loads, updated for one document when a file changes, the newest result always winning (older jobs are
// cancelled).
#pragma once

#include "search/searchindex.h"
#include "search/technologies.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

namespace ae::content {
class Library;
}

namespace ae::ui::explore {

class SearchController : public QObject
{
    Q_OBJECT
public:
    explicit SearchController(content::Library *library, QObject *parent = nullptr);
    ~SearchController() override;

    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_busy || m_rebuildScheduled; }
    // Ranked results (empty until the first index is ready). Fast: call it on every keystroke.
    search::SearchResults search(const QString &text, int maxHits = 40) const;
    const search::TechnologyIndex &technologies() const { return *m_technologies; }
    const search::SearchIndex &index() const { return *m_index; }

    // Starts a full rebuild from the library's documents (done automatically when it loads).
    void rebuild();

Q_SIGNALS:
    // A new index (and technology index) is in place.
    void indexReady();

private:
    struct Built
    {
        std::shared_ptr<const search::SearchIndex> index;
        std::shared_ptr<const search::TechnologyIndex> technologies;
    };
    void scheduleRebuild();
    void onDocumentChanged(const QString &path);
    void start(bool full);
    void onFinished();
    QVector<search::CatalogueTechnology> catalogue() const;

    content::Library *m_library = nullptr;
    std::shared_ptr<const search::SearchIndex> m_index;
    std::shared_ptr<const search::TechnologyIndex> m_technologies;
    QFutureWatcher<Built> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QSet<QString> m_pending; // changed documents waiting for the running job to finish
    bool m_pendingFull = false;
    bool m_ready = false;
    bool m_busy = false;
    bool m_rebuildScheduled = false; // a rebuild waits for the event loop's next turn
};

} // namespace ae::ui::explore

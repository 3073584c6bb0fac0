// SPDX-License-Identifier: MIT
// SearchController: QtConcurrent jobs that build or patch the indexes, one at a time, cancellable.
#include "ui/explore/searchcontroller.h"

#include "content/library.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSearch, "archexplorer.search")

namespace ae::ui::explore {

SearchController::SearchController(content::Library *library, QObject *parent)
    : QObject(parent), m_library(library), m_index(std::make_shared<search::SearchIndex>()),
      m_technologies(std::make_shared<search::TechnologyIndex>()), m_watcher(new QFutureWatcher<Built>(this))
{
    connect(m_watcher, &QFutureWatcher<Built>::finished, this, &SearchController::onFinished);
    connect(m_library, &content::Library::loaded, this, &SearchController::scheduleRebuild);
    connect(m_library, &content::Library::documentChanged, this, &SearchController::onDocumentChanged);
    if (!m_library->documents().isEmpty())
        rebuild();
}

SearchController::~SearchController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

search::SearchResults SearchController::search(const QString &text, int maxHits) const
{
    return m_index->search(text, maxHits);
}

QVector<search::CatalogueTechnology> SearchController::catalogue() const
{
    // The opened library's own catalogue when it has one, else the bundled one.
    QByteArray json = m_library->readFile(QStringLiteral("technologies.json"));
    if (json.isEmpty()) {
        QFile bundled(content::Library::bundledRoot() + QStringLiteral("/technologies.json"));
        if (bundled.open(QIODevice::ReadOnly))
            json = bundled.readAll();
    }
    QString error;
    const QVector<search::CatalogueTechnology> items = search::parseCatalogue(json, &error);
    if (!error.isEmpty())
        qCWarning(lcSearch) << "technologies.json:" << error;
    return items;
}

void SearchController::scheduleRebuild()
{
    // A library that just loaded is first shown and painted (posted paint events run before a 0 ms timer):
    // the index job, on a worker, then does not compete with the first frame for the machine's cores.
    if (m_rebuildScheduled)
        return;
    m_rebuildScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildScheduled = false;
        rebuild();
    });
}

void SearchController::rebuild()
{
    m_pending.clear();
    if (m_busy) {
        m_pendingFull = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    start(true);
}

void SearchController::onDocumentChanged(const QString &path)
{
    m_pending.insert(path);
    if (!m_busy)
        start(false);
}

void SearchController::start(bool full)
{
    m_busy = true;
    m_pendingFull = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QVector<content::Document> docs = m_library->documents(); // implicitly shared snapshot
    const QVector<search::CatalogueTechnology> cat = catalogue();
    std::shared_ptr<const search::SearchIndex> base = m_index;
    QVector<content::Document> changed;
    QStringList removed;
    if (!full) {
        for (const QString &path : std::as_const(m_pending)) {
            if (const content::Document *d = m_library->find(path))
                changed.append(*d);
            else
                removed.append(path);
        }
    }
    m_pending.clear();
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run([full, docs, cat, base, changed, removed, cancel]() {
        Built out;
        if (full) {
            out.index = std::make_shared<search::SearchIndex>(search::buildIndex(docs, cancel.get()));
        } else {
            auto patched = std::make_shared<search::SearchIndex>(*base);
            for (const QString &path : removed)
                patched->removeDocument(path);
            for (const content::Document &d : changed)
                patched->updateDocument(d);
            out.index = patched;
        }
        if (!cancel->load())
            out.technologies =
                std::make_shared<search::TechnologyIndex>(search::TechnologyIndex::build(docs, cat));
        return out;
    }));
}

void SearchController::onFinished()
{
    m_busy = false;
    const bool cancelled = m_cancel && m_cancel->load();
    if (!cancelled) {
        const Built built = m_watcher->result();
        m_index = built.index;
        if (built.technologies)
            m_technologies = built.technologies;
        m_ready = true;
        qCInfo(lcSearch) << "index ready:" << m_index->documentCount() << "documents,"
                         << m_index->entryCount() << "entries";
        Q_EMIT indexReady();
    }
    if (m_pendingFull)
        start(true);
    else if (!m_pending.isEmpty())
        start(false);
}

} // namespace ae::ui::explore

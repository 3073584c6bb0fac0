// SPDX-License-Identifier: MIT
// Library: holds the loaded documents, loads synchronously or on a worker thread, and re-parses files that
// change on disk.
#include "content/library.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace ae::content {

Library::Library(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Library::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Library::onDirectoryChanged);
}

Library::~Library()
{
    cancelLoad();
}

QString Library::bundledRoot()
{
    return QStringLiteral(":/library");
}

bool Library::load(const QString &root, QString *error)
{
    cancelLoad();
    m_firstDocument.clear();
    LoadResult result = scanLibrary(root);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return false;
    }
    applyResult(std::move(result));
    return true;
}

void Library::loadAsync(const QString &root)
{
    loadAsync(root, QString());
}

void Library::loadAsync(const QString &root, const QString &first, bool restAfterResume)
{
    cancelLoad();
    m_firstDocument.clear();
    auto resume = std::make_shared<QSemaphore>(restAfterResume ? 0 : 1);
    m_resume = resume;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const int generation = ++m_generation;
    m_loading = true;
    QPointer<Library> self(this);
    auto progress = [self, generation](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, done, total] {
                if (self && self->m_generation == generation)
                    Q_EMIT self->loadProgress(done, total);
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded by a newer load
        m_loading = false;
        LoadResult result = watcher->result();
        if (result.cancelled)
            return;
        if (!result.error.isEmpty()) {
            Q_EMIT loadFailed(result.error);
            return;
        }
        applyResult(std::move(result));
    });
    // The first document, when the library is still empty, is its content until the rest arrives.
    auto onFirst = [self, generation, root](const Document &doc) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, root, doc] {
                if (!self || self->m_generation != generation || !self->m_documents.isEmpty())
                    return;
                self->m_root = root;
                self->m_documents = {doc};
                self->m_warnings.clear();
                self->m_firstDocument = doc.path;
                Q_EMIT self->firstDocumentLoaded(doc.path);
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run([root, first, onFirst, cancel, progress, resume] {
        return scanLibrary(
            root, first,
            [&](const Document &doc) {
                onFirst(doc);
                (void)resume->tryAcquire(1, 1000); // until resumeLoad(), or a second
            },
            cancel.get(), progress);
    }));
}

void Library::resumeLoad()
{
    if (m_resume && m_resume->available() == 0)
        m_resume->release();
}

void Library::cancelLoad()
{
    resumeLoad(); // a held worker notices the cancel at once
    m_resume.reset();
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
    m_loading = false;
}

QString Library::firstDocument() const
{
    return m_firstDocument;
}

bool Library::isLoading() const
{
    return m_loading;
}

QString Library::root() const
{
    return m_root;
}

bool Library::isBundled() const
{
    return m_root.startsWith(QLatin1Char(':'));
}

const QVector<Document> &Library::documents() const
{
    return m_documents;
}

const Document *Library::find(const QString &path) const
{
    for (const Document &d : m_documents) {
        if (d.path == path)
            return &d;
    }
    return nullptr;
}

QStringList Library::warnings() const
{
    return m_warnings;
}

QString Library::absolutePath(const QString &relPath) const
{
    if (m_root.isEmpty())
        return {};
    const QString clean = resolveRelative(QString(), relPath);
    if (clean.isEmpty())
        return {};
    const QString abs = m_root + QLatin1Char('/') + clean;
    if (isBundled())
        return abs;
    // A symlink inside the folder must not serve a file from outside it.
    const QString canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    const QString canonical = QFileInfo(abs).canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
        return {};
    return abs;
}

QByteArray Library::readFile(const QString &relPath) const
{
    const QString abs = absolutePath(relPath);
    if (abs.isEmpty())
        return {};
    QFile f(abs);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(maxFileBytes);
}

void Library::setDocuments(const QString &root, QVector<Document> documents)
{
    m_firstDocument.clear();
    LoadResult r;
    r.root = root;
    r.documents = std::move(documents);
    applyResult(std::move(r));
}

void Library::applyResult(LoadResult result)
{
    m_root = result.root;
    m_documents = std::move(result.documents);
    m_warnings = result.warnings;
    watchFiles();
    Q_EMIT loaded();
}

void Library::watchFiles()
{
    const QStringList old = m_watcher->files() + m_watcher->directories();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    if (isBundled() || m_root.isEmpty())
        return;
    QStringList paths;
    QSet<QString> dirs{m_root};
    for (const Document &d : qAsConst(m_documents)) {
        paths.append(m_root + QLatin1Char('/') + d.path);
        dirs.insert(QFileInfo(paths.last()).absolutePath());
    }
    paths += QStringList(dirs.begin(), dirs.end());
    m_watcher->addPaths(paths);
}

// A new Markdown file in a watched folder joins the library (documentChanged(path), find(path) then
// succeeds).
void Library::onDirectoryChanged(const QString &absoluteDir)
{
    const QString prefix = m_root + QLatin1Char('/');
    const QString canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    const QFileInfoList entries =
        QDir(absoluteDir)
            .entryInfoList({QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : entries) {
        const QString abs = fi.filePath();
        if (!abs.startsWith(prefix) && absoluteDir != m_root)
            continue;
        const QString rel = absoluteDir == m_root ? fi.fileName() : abs.mid(prefix.size());
        if (find(rel))
            continue;
        const QString canonical = fi.canonicalFilePath();
        if (canonical.isEmpty() || !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
            continue; // a link that leads out of the library
        m_documents.append(loadDocument(abs, rel));
        m_watcher->addPath(abs);
        Q_EMIT documentChanged(rel);
    }
}

void Library::onFileChanged(const QString &absolutePath)
{
    const QString prefix = m_root + QLatin1Char('/');
    if (!absolutePath.startsWith(prefix))
        return;
    const QString rel = absolutePath.mid(prefix.size());
    auto it = std::find_if(m_documents.begin(), m_documents.end(),
                           [&](const Document &d) { return d.path == rel; });
    if (it == m_documents.end())
        return;
    if (!QFileInfo::exists(absolutePath)) {
        m_documents.erase(it);
        Q_EMIT documentChanged(rel);
        return;
    }
    *it = loadDocument(absolutePath, rel);
    // Editors that save by renaming drop the path from the watcher: watch it again.
    if (!m_watcher->files().contains(absolutePath))
        m_watcher->addPath(absolutePath);
    Q_EMIT documentChanged(rel);
}

} // namespace ae::content

// SPDX-License-Identifier: MIT
// The library: a folder (or the bundled ":/library") of Markdown documents, each parsed once, kept in title
// order, reloaded when a file changes on disk.
#pragma once

#include "content/links.h"
#include "markdown/markdowndocument.h"
#include "metrics/extract.h"

#include <QFuture>
#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class QFileSystemWatcher;

namespace ae::content {

struct Document
{
    QString path;   // library-relative, '/' separated, e.g. "case-studies/fintech.md"
    QString title;  // front matter title, else first H1, else the file name without ".md"
    QString source; // the text as decoded (UTF-8; invalid bytes became U+FFFD)
    markdown::MarkdownDocument md;
    metrics::Extraction metrics; // the Performance Metrics tables, read once when the document is loaded
    QStringList warnings; // user-visible problems with this file ("not valid UTF-8", "empty file", ...)
};

// What scanning a folder produced; also the result of loadAsync's future.
struct LoadResult
{
    QString root;
    QVector<Document> documents; // sorted by title (case-insensitive), then path
    QString error;               // non-empty when nothing could be loaded ("no Markdown files in ...")
    QStringList warnings;        // library-level problems (unreadable files, skipped symlink loops, ...)
    bool cancelled = false;
};

// Scans root recursively for *.md (and *.markdown) files and parses each. Pure, thread-safe: the work behind
// load() and loadAsync(). Directory symlinks are never followed (no loops, nothing outside the tree); file
// symlinks are followed only when their target stays inside root. Files over maxFileBytes are truncated with
// a warning. `cancel` (may be null) is polled between files; `progress` (may be null) gets (done, total).
LoadResult scanLibrary(const QString &root, const std::atomic_bool *cancel = nullptr,
                       const std::function<void(int, int)> &progress = {});

// As above, but the document `first` (library-relative) is read and parsed before anything else and handed to
// `onFirst` (on the scanning thread) as soon as it is: the one document a reader waits for is not kept
// behind the rest of the folder. Nothing is handed over when `first` is not a Markdown file inside root.
LoadResult scanLibrary(const QString &root, const QString &first,
                       const std::function<void(const Document &)> &onFirst,
                       const std::atomic_bool *cancel = nullptr,
                       const std::function<void(int, int)> &progress = {});

// Everything derived from `doc.source` (Markdown, title, metrics), computed once: loadDocument calls it, and
// so must anything that builds a Document from text.
void analyse(Document &doc);

// Reads and parses one file into a Document (path is stored as given). Used by scanLibrary and reload.
Document loadDocument(const QString &absolutePath, const QString &relativePath);

constexpr qint64 maxFileBytes = 8 * 1024 * 1024;

class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // ":/library": the case studies compiled into the binary.
    static QString bundledRoot();

    // Loads synchronously (fine for the bundled library and small folders). On failure the previous content
    // is kept, *error says why, and false is returned. Emits loaded() on success.
    bool load(const QString &root, QString *error = nullptr);

    // Loads on a worker thread; progress(done, total) and loaded()/loadFailed(error) arrive on this object's
    // thread. A second call, or cancelLoad(), cancels the one running.
    void loadAsync(const QString &root);
    // The same, with the document `first` (library-relative) parsed before the rest. When the library is
    // empty (nothing loaded yet), that document alone becomes the library's content as soon as it is parsed
    // (firstDocumentLoaded(first)), while the rest loads; loaded() follows with the whole folder. A library
    // already open stays as it is until loaded(). With restAfterResume, the rest of the folder waits until
    // resumeLoad() (the window's first frame is drawn without a worker competing for the processor), or a
    // second at most.
    void loadAsync(const QString &root, const QString &first, bool restAfterResume = false);
    // Lets a load held by loadAsync(..., restAfterResume) read the rest of its folder now.
    void resumeLoad();
    void cancelLoad();
    bool isLoading() const;

    QString root() const;
    bool isBundled() const;
    const QVector<Document> &documents() const;
    const Document *find(const QString &path) const; // library-relative path; nullptr when absent
    // The document given to loadAsync(root, first) when it was shown before the rest of its folder had
    // loaded (firstDocumentLoaded); empty otherwise. True until the next load.
    QString firstDocument() const;
    QStringList warnings() const; // library-level warnings from the last load

    // Raw bytes of a file inside the library (images for the document view); empty when relPath escapes the
    // library root or does not exist.
    QByteArray readFile(const QString &relPath) const;
    // Absolute path (or ":/library/..." resource path) for a library-relative path, empty if it escapes the
    // root.
    QString absolutePath(const QString &relPath) const;

    // Replaces the documents directly (tests, and documents opened alone). Emits loaded().
    void setDocuments(const QString &root, QVector<Document> documents);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &error);
    void loadProgress(int done, int total);
    // The first document of loadAsync(root, first) is parsed and is, for now, the library's only document
    // (root() is the new root); the rest of the folder is still loading and loaded() follows.
    void firstDocumentLoaded(const QString &path);
    // A watched file changed on disk and was re-parsed, a new one appeared (added at the end of documents()),
    // or one was removed (find(path) is then nullptr).
    void documentChanged(const QString &path);

private:
    void applyResult(LoadResult result);
    void watchFiles();
    void onFileChanged(const QString &absolutePath);
    void onDirectoryChanged(const QString &absoluteDir);

    QString m_root;
    QVector<Document> m_documents;
    QStringList m_warnings;
    QFileSystemWatcher *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<QSemaphore> m_resume; // released by resumeLoad() and cancelLoad()
    int m_generation = 0;                 // discards results of superseded async loads
    QString m_firstDocument;
    bool m_loading = false;
};

} // namespace ae::content

// SPDX-License-Identifier: MIT
// Reading a library from disk (or from ":/library"): the pure, thread-safe half of Library.
#include "content/library.h"

#include "markdown/markdown.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcContent, "archexplorer.content")

namespace ae::content {

namespace {

bool isMarkdownFile(const QString &name)
{
    return name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot || canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'));
}

struct Walker
{
    QString rootCanonical;
    bool bundled = false;
    QStringList files; // library-relative paths
    QStringList warnings;
    QSet<QString> visited; // canonical directories, against loops that slip past the symlink check

    void walk(const QDir &dir, const QString &relDir, const std::atomic_bool *cancel)
    {
        if (cancel && cancel->load())
            return;
        const QString canonical = bundled ? dir.path() : QFileInfo(dir.path()).canonicalFilePath();
        if (visited.contains(canonical))
            return;
        visited.insert(canonical);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &fi : entries) {
            const QString rel = relDir.isEmpty() ? fi.fileName() : relDir + QLatin1Char('/') + fi.fileName();
            if (fi.isSymLink() && fi.isDir()) {
                // Directory symlinks are never followed: no loops, nothing from outside the tree.
                warnings.append(QObject::tr("Skipped folder link %1").arg(rel));
                continue;
            }
            if (fi.isDir()) {
                walk(QDir(fi.filePath()), rel, cancel);
                continue;
            }
            if (!isMarkdownFile(fi.fileName()))
                continue;
            if (fi.isSymLink() && !bundled) {
                const QString target = fi.canonicalFilePath();
                if (target.isEmpty() || !isInside(rootCanonical, target)) {
                    warnings.append(
                        QObject::tr("Skipped %1: it links to a file outside the library").arg(rel));
                    continue;
                }
            }
            files.append(rel);
        }
    }
};

QString fileBaseTitle(const QString &relPath)
{
    QString base = QFileInfo(relPath).completeBaseName();
    base.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return base;
}

} // namespace

Document loadDocument(const QString &absolutePath, const QString &relativePath)
{
    Document doc;
    doc.path = relativePath;
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.warnings.append(QObject::tr("%1 could not be read: %2").arg(relativePath, file.errorString()));
        doc.title = fileBaseTitle(relativePath);
        return doc;
    }
    QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        bytes.truncate(maxFileBytes);
        doc.warnings.append(QObject::tr("%1 is larger than %2 MB; only the beginning is shown")
                                .arg(relativePath)
                                .arg(maxFileBytes / (1024 * 1024)));
    }
    if (bytes.isEmpty() && file.error() != QFile::NoError)
        doc.warnings.append(QObject::tr("%1 could not be read: %2").arg(relativePath, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    doc.source = decoder.decode(bytes);
    if (decoder.hasError())
        doc.warnings.append(
            QObject::tr("%1 is not valid UTF-8; undecodable bytes are shown as \u201c\uFFFD\u201d")
                .arg(relativePath));
    if (doc.source.trimmed().isEmpty())
        doc.warnings.append(QObject::tr("%1 is empty").arg(relativePath));
    analyse(doc);
    return doc;
}

void analyse(Document &doc)
{
    doc.md = markdown::parse(doc.source);
    doc.title = doc.md.title.isEmpty() ? fileBaseTitle(doc.path) : doc.md.title;
    doc.metrics = metrics::extractMetrics(doc.md, doc.path, doc.title);
}

LoadResult scanLibrary(const QString &root, const std::atomic_bool *cancel,
                       const std::function<void(int, int)> &progress)
{
    return scanLibrary(root, QString(), {}, cancel, progress);
}

LoadResult scanLibrary(const QString &root, const QString &first,
                       const std::function<void(const Document &)> &onFirst, const std::atomic_bool *cancel,
                       const std::function<void(int, int)> &progress)
{
    LoadResult result;
    result.root = root;
    const bool bundled = root.startsWith(QLatin1Char(':'));
    const QFileInfo rootInfo(root);
    if (!rootInfo.exists() || !rootInfo.isDir()) {
        result.error = QObject::tr("%1 is not a folder").arg(QDir::toNativeSeparators(root));
        return result;
    }
    Walker walker;
    walker.bundled = bundled;
    walker.rootCanonical = bundled ? root : rootInfo.canonicalFilePath();
    // The document the reader asked for, before the folder is even listed; the listing below finds it again
    // and takes this copy instead of parsing it twice.
    std::optional<Document> firstDoc;
    if (!first.isEmpty() && isMarkdownFile(first)) {
        const QString clean = resolveRelative(QString(), first);
        const QFileInfo fi(root + QLatin1Char('/') + clean);
        const QString canonical = bundled ? fi.filePath() : fi.canonicalFilePath();
        if (!clean.isEmpty() && fi.isFile() && !canonical.isEmpty() &&
            (bundled || isInside(walker.rootCanonical, canonical))) {
            firstDoc = loadDocument(fi.filePath(), clean);
            if (onFirst)
                onFirst(*firstDoc);
        }
    }
    walker.walk(QDir(root), QString(), cancel);
    result.warnings = walker.warnings;
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    if (walker.files.isEmpty()) {
        result.error = QObject::tr("There are no Markdown documents (*.md) in %1 or its subfolders")
                           .arg(QDir::toNativeSeparators(root));
        return result;
    }
    const int total = walker.files.size();
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return result;
        }
        const QString &rel = walker.files.at(i);
        Document doc =
            firstDoc && firstDoc->path == rel ? *firstDoc : loadDocument(root + QLatin1Char('/') + rel, rel);
        if (doc.source.isEmpty() && !doc.warnings.isEmpty() &&
            !QFile::exists(root + QLatin1Char('/') + rel)) {
            result.warnings.append(doc.warnings); // vanished between listing and reading
        } else {
            result.documents.append(std::move(doc));
        }
        if (progress)
            progress(i + 1, total);
    }
    if (result.documents.isEmpty()) {
        result.error = QObject::tr("None of the Markdown documents in %1 could be read")
                           .arg(QDir::toNativeSeparators(root));
        return result;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(result.documents.begin(), result.documents.end(),
                     [&](const Document &a, const Document &b) {
                         const int c = collator.compare(a.title, b.title);
                         return c != 0 ? c < 0 : a.path < b.path;
                     });
    qCDebug(lcContent) << "loaded" << result.documents.size() << "documents from" << root;
    return result;
}

} // namespace ae::content

// SPDX-License-Identifier: MIT
// Answers kept by a hash of their question: in memory for the session and, when asked, on disk across
// sessions (QStandardPaths::CacheLocation/<folder>/<key>.txt, each written atomically). Thread-safe. A cache:
// anything missing, unreadable or from another format version is simply a miss.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace ae {

class KeyedCache
{
public:
    // folder: under the cache location; formatVersion: part of every key, so a change of what is stored (or
    // of how it is computed) leaves old entries unused; memoryBytes: the session cache's size.
    KeyedCache(const QString &folder, const QByteArray &formatVersion, qint64 memoryBytes);
    ~KeyedCache();
    KeyedCache(const KeyedCache &) = delete;
    KeyedCache &operator=(const KeyedCache &) = delete;

    QByteArray keyFor(const QByteArray &question) const;
    // The stored answer for `key`, or empty. Checks memory, then disk (when `disk`).
    QByteArray lookup(const QByteArray &key, bool disk);
    void store(const QByteArray &key, const QByteArray &answer, bool disk);
    void clearMemory();

private:
    QString diskPath(const QByteArray &key) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ae

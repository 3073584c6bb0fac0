// SPDX-License-Identifier: MIT
#include "common/keyedcache.h"

#include "common/savefile.h"

#include <QCache>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

namespace ae {

struct KeyedCache::Private
{
    QString folder;
    QByteArray formatVersion;
    QMutex mutex;
    QCache<QByteArray, QByteArray> memory; // cost = bytes
};

KeyedCache::KeyedCache(const QString &folder, const QByteArray &formatVersion, qint64 memoryBytes)
    : d(std::make_unique<Private>())
{
    d->folder = folder;
    d->formatVersion = formatVersion;
    d->memory.setMaxCost(memoryBytes);
}

KeyedCache::~KeyedCache() = default;

QByteArray KeyedCache::keyFor(const QByteArray &question) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(d->formatVersion);
    h.addData(question);
    return h.result().toHex();
}

QString KeyedCache::diskPath(const QByteArray &key) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        return {};
    return dir + QLatin1Char('/') + d->folder + QLatin1Char('/') + QString::fromLatin1(key) +
           QStringLiteral(".txt");
}

QByteArray KeyedCache::lookup(const QByteArray &key, bool disk)
{
    {
        QMutexLocker lock(&d->mutex);
        if (const QByteArray *hit = d->memory.object(key))
            return *hit;
    }
    if (!disk)
        return {};
    QFile f(diskPath(key));
    if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    if (data.isEmpty())
        return {};
    QMutexLocker lock(&d->mutex);
    d->memory.insert(key, new QByteArray(data), data.size());
    return data;
}

void KeyedCache::store(const QByteArray &key, const QByteArray &answer, bool disk)
{
    {
        QMutexLocker lock(&d->mutex);
        d->memory.insert(key, new QByteArray(answer), answer.size());
    }
    if (!disk)
        return;
    const QString path = diskPath(key);
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    saveFileAtomically(path, answer); // best effort: a failed write only means a later miss
}

void KeyedCache::clearMemory()
{
    QMutexLocker lock(&d->mutex);
    d->memory.clear();
}

} // namespace ae

// SPDX-License-Identifier: MIT
// Memory + disk cache of helper answers. Disk entries are written atomically, so a crash or a full disk never
// leaves a torn one.
#include "diagram/layoutcache.h"

#include "common/savefile.h"

#include <QCache>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

namespace ae::diagram {

namespace {

// Bump when the helper's output format or the layout input changes meaning, so old entries are ignored.
constexpr char kFormatVersion[] = "ae-layout-1";

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QCache<QByteArray, QByteArray> &memory()
{
    static QCache<QByteArray, QByteArray> c(64 * 1024 * 1024); // cost = bytes
    return c;
}

} // namespace

LayoutCache &LayoutCache::instance()
{
    static LayoutCache cache;
    return cache;
}

QByteArray LayoutCache::keyFor(const QByteArray &helperInput)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView(kFormatVersion));
    h.addData(helperInput);
    return h.result().toHex();
}

QString LayoutCache::diskPath(const QByteArray &key) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        return {};
    return dir + QStringLiteral("/layout/") + QString::fromLatin1(key) + QStringLiteral(".txt");
}

QByteArray LayoutCache::lookup(const QByteArray &key, bool disk)
{
    {
        QMutexLocker lock(&mutex());
        if (const QByteArray *hit = memory().object(key))
            return *hit;
    }
    if (!disk)
        return {};
    QFile f(diskPath(key));
    if (f.fileName().isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    if (!data.endsWith("end\n"))
        return {};
    QMutexLocker lock(&mutex());
    memory().insert(key, new QByteArray(data), data.size());
    return data;
}

void LayoutCache::store(const QByteArray &key, const QByteArray &output, bool disk)
{
    {
        QMutexLocker lock(&mutex());
        memory().insert(key, new QByteArray(output), output.size());
    }
    if (!disk)
        return;
    const QString path = diskPath(key);
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    saveFileAtomically(path, output); // best effort: a failed write only means a later cache miss
}

void LayoutCache::clearMemory()
{
    QMutexLocker lock(&mutex());
    memory().clear();
}

} // namespace ae::diagram

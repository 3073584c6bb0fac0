// SPDX-License-Identifier: MIT
// Autosave files: text + metadata written atomically (saveFileAtomically), liveness of the owning session
// told by a QLockFile.
#include "autosave.h"

#include "common/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAutosave, "archexplorer.ui.autosave")

namespace ae::ui {

namespace {
const QLatin1String kTextSuffix(".arch");
const QLatin1String kMetaSuffix(".json");
const QLatin1String kLockSuffix(".lock");

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return saveFileAtomically(path, data, error);
}
} // namespace

AutosaveStore::AutosaveStore(const QString &dir)
    : m_dir(dir.isEmpty() ? defaultDirectory() : dir),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AutosaveStore::~AutosaveStore() = default; // the lock is released; the text stays until discard()

QString AutosaveStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString AutosaveStore::pathFor(const QString &sessionId, const QString &suffix) const
{
    return m_dir + QLatin1Char('/') + sessionId + suffix;
}

bool AutosaveStore::save(const QString &text, const QString &filePath, QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(pathFor(m_sessionId, kLockSuffix));
        // Only a dead owner makes a lock stale; a long-running session must never look abandoned.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            if (error)
                *error = QStringLiteral("cannot lock %1").arg(m_lock->error());
            m_lock.reset();
            return false;
        }
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("file"), filePath);
    meta.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!writeAtomically(pathFor(m_sessionId, kTextSuffix), text.toUtf8(), error) ||
        !writeAtomically(pathFor(m_sessionId, kMetaSuffix), QJsonDocument(meta).toJson(), error)) {
        qCWarning(lcAutosave) << "autosave failed:" << (error ? *error : QString());
        return false;
    }
    m_saved = true;
    return true;
}

void AutosaveStore::discard()
{
    QFile::remove(pathFor(m_sessionId, kTextSuffix));
    QFile::remove(pathFor(m_sessionId, kMetaSuffix));
    m_saved = false;
    // The lock is kept: it is cheap and the next save() would take it again.
}

QVector<RecoverableText> AutosaveStore::recoverable() const
{
    QVector<RecoverableText> result;
    const QStringList texts = QDir(m_dir).entryList({QStringLiteral("*.arch")}, QDir::Files, QDir::Name);
    for (const QString &name : texts) {
        const QString id = name.chopped(kTextSuffix.size());
        if (id == m_sessionId)
            continue;
        QLockFile lock(pathFor(id, kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its process is still running: not ours to recover
        lock.unlock();
        QFile textFile(pathFor(id, kTextSuffix));
        if (!textFile.open(QIODevice::ReadOnly))
            continue;
        RecoverableText r;
        r.sessionId = id;
        r.text = QString::fromUtf8(textFile.readAll());
        QFile metaFile(pathFor(id, kMetaSuffix));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            r.filePath = meta.value(QStringLiteral("file")).toString();
            r.savedAt =
                QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        }
        if (!r.savedAt.isValid())
            r.savedAt = QFileInfo(textFile).lastModified().toUTC();
        result.append(r);
    }
    std::sort(result.begin(), result.end(),
              [](const RecoverableText &a, const RecoverableText &b) { return a.savedAt > b.savedAt; });
    return result;
}

bool AutosaveStore::remove(const QString &sessionId) const
{
    if (sessionId == m_sessionId || sessionId.contains(QLatin1Char('/')))
        return false;
    bool ok = QFile::remove(pathFor(sessionId, kTextSuffix));
    QFile::remove(pathFor(sessionId, kMetaSuffix));
    QFile::remove(pathFor(sessionId, kLockSuffix));
    return ok;
}

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// Crash-safe autosave of unsaved diagram text, and finding what a crashed session left behind. Widget-free.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

class QLockFile;

namespace ae::ui {

// One session's autosave left on disk by a process that is no longer running.
struct RecoverableText
{
    QString sessionId;
    QString text;
    QString filePath;  // the file the text belonged to; empty for an untitled diagram
    QDateTime savedAt; // UTC
};

// Each editing session owns "<id>.arch" (the text), "<id>.json" (where it came from) and "<id>.lock" (a
// QLockFile held while the session lives). A session whose lock can be taken belongs to a process that ended
// without discarding its text, i.e. crashed or was killed; its text is offered for recovery. Live sessions of
// other running instances keep their lock and are never offered.
class AutosaveStore
{
public:
    // dir empty = QStandardPaths::AppDataLocation + "/autosave".
    explicit AutosaveStore(const QString &dir = QString());
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_dir; }
    QString sessionId() const { return m_sessionId; }

    // Writes the text atomically (QSaveFile); the first call takes this session's lock. False + error on I/O
    // failure.
    bool save(const QString &text, const QString &filePath, QString *error = nullptr);
    // Removes this session's autosave (after a successful save, or when the text is no longer modified).
    void discard();
    bool hasSaved() const { return m_saved; }

    // Autosaves of sessions that are not running any more, newest first.
    QVector<RecoverableText> recoverable() const;
    // Deletes a recoverable session's files (after recovering or declining it).
    bool remove(const QString &sessionId) const;

private:
    QString pathFor(const QString &sessionId, const QString &suffix) const;

    QString m_dir;
    QString m_sessionId;
    std::unique_ptr<QLockFile> m_lock;
    bool m_saved = false;
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// saveFileAtomically: QSaveFile opened unbuffered, written in a loop until done or an error with its reason.
#include "common/savefile.h"

#include <QSaveFile>

namespace ae {

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    // Unbuffered: every write reaches the file at once, so a failure is reported by write(), not lost in
    // commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (why)
            *why = file.errorString();
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        // A short write is not an error by itself; writing the rest again yields the system's reason (ENOSPC,
        // EFBIG).
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != bytes.size() || file.error() != QFileDevice::NoError || !file.commit()) {
        if (why) {
            *why = file.errorString();
            if (file.error() == QFileDevice::NoError || why->isEmpty())
                *why = QStringLiteral("only %1 of %2 bytes could be written").arg(written).arg(bytes.size());
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace ae

// SPDX-License-Identifier: MIT
// Writing a whole file atomically: all the bytes under the final name, or no change at all (never a truncated
// file).
#pragma once

#include <QByteArray>
#include <QString>

namespace ae {

// Writes `bytes` to `path` through QSaveFile, unbuffered, so a short write (full disk, file size limit) is
// seen at write time with the system's reason. Plain QSaveFile::write + commit() can commit a truncated file:
// when the final flush inside commit() writes only part of the buffer, commit() still returns true (Qt 6.4).
// On failure returns false, leaves `path` as it was (no temporary left behind) and sets *why (if given) to
// the reason, e.g. "No space left on device".
bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *why = nullptr);

} // namespace ae

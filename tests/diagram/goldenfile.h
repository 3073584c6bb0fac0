// SPDX-License-Identifier: MIT
// Golden-file helpers for the diagram tests: read UTF-8 text, and rewrite an expected file when
// AE_UPDATE_GOLDEN=1 is set (then review the diff by eye before committing).
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

namespace ae::test {

inline QString readUtf8(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? QString::fromUtf8(file.readAll()) : QString();
}

inline bool updateGoldens()
{
    return qEnvironmentVariableIntValue("AE_UPDATE_GOLDEN") == 1;
}

inline bool writeUtf8(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace ae::test

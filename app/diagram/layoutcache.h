// SPDX-License-Identifier: MIT
// Helper answers cached by a hash of the helper's input: in memory for the session, on disk across sessions
// (QStandardPaths::CacheLocation/layout). Thread-safe. Internal to the layout.
#pragma once

#include <QByteArray>
#include <QString>

namespace ae::diagram {

class LayoutCache
{
public:
    static LayoutCache &instance();

    static QByteArray keyFor(const QByteArray &helperInput);
    // The cached helper output for `key`, or empty. Checks memory, then disk (when `disk`).
    QByteArray lookup(const QByteArray &key, bool disk);
    void store(const QByteArray &key, const QByteArray &output, bool disk);
    void clearMemory();
};

} // namespace ae::diagram

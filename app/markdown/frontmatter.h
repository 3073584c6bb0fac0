// SPDX-License-Identifier: MIT
// Front matter: the "---" / "key: value" / "---" block some documents start with.
#pragma once

#include <QMap>
#include <QString>

namespace ae::markdown {

// When text starts with a front matter block, fills *values (keys lower-case, values trimmed, surrounding
// quotes removed) and returns text with every line of the block blanked (newlines kept, so line numbers stay
// true). Without a complete block (no closing "---" or "..."), returns text unchanged and leaves *values
// empty.
QString stripFrontMatter(const QString &text, QMap<QString, QString> *values);

} // namespace ae::markdown

// SPDX-License-Identifier: MIT
// The node-kind vocabulary: canonical names, aliases, one-line descriptions, and "did you mean" suggestions.
#pragma once

#include "diagram/diagram.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ae::diagram {

QString kindName(NodeKind kind);                           // canonical name: "database", "loadbalancer"
std::optional<NodeKind> kindFromName(const QString &name); // canonical names and aliases, case-sensitive
QStringList kindNames();                                   // canonical names in NodeKind order
QStringList kindAliases(NodeKind kind);                    // e.g. database -> db, rdbms, sql
QStringList allKindWords();                                // canonical names and aliases
QString kindDescription(NodeKind kind);                    // translated one-liner, for tooltips and the guide

// The candidate closest to `word` by edit distance (Damerau: a swap counts 1), or empty when none is close
// enough (only a case difference below 3 characters, then distance <= 1, <= 2 from 5 characters, <= 3 from
// 9). Ties go to the earlier candidate.
QString suggestion(const QString &word, const QStringList &candidates);
int editDistance(QStringView a, QStringView b);

} // namespace ae::diagram

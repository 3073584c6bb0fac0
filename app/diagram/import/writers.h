// SPDX-License-Identifier: MIT
// Diagram -> text: .arch (what `convert` writes for users moving over), and back to DOT and Mermaid.
#pragma once

#include "diagram/diagram.h"

#include <QHash>
#include <QString>

namespace ae::diagram {

// Ids that are not valid in the target language (spaces, leading digits, keywords) are rewritten to valid,
// unique ones; `idMap` (if given) receives original id -> written id for every node and group.
QString writeArch(const Diagram &diagram, QHash<QString, QString> *idMap = nullptr);
QString writeDot(const Diagram &diagram, QHash<QString, QString> *idMap = nullptr);
QString writeMermaid(const Diagram &diagram, QHash<QString, QString> *idMap = nullptr);

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Diagram -> text: .arch (what `convert` writes for users moving over), and back to DOT and Mermaid.
#pragma once

#include "diagram/diagram.h"

#include <QHash>
#include <QString>

namespace ae::diagram {

// Ids that are not valid in the target language (spaces, leading digits, keywords) are rewritten to valid,
// unique ones; `idMap` (if given) receives original id -> written id for every node and group.
// Edges that end on a group (Mermaid `{group}`) as edges to the group's first node: what the DOT and Mermaid
// writers put out, since neither language has such an end (.arch writes the group's id). Edges to an empty
// group are dropped.
Diagram withGroupEndsOnNodes(const Diagram &diagram);

QString writeArch(const Diagram &diagram, QHash<QString, QString> *idMap = nullptr);
QString writeDot(const Diagram &diagram, QHash<QString, QString> *idMap = nullptr);
QString writeMermaid(const Diagram &diagram, QHash<QString, QString> *idMap = nullptr);

} // namespace ae::diagram

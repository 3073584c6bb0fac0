// SPDX-License-Identifier: MIT
// Mermaid flowcharts (`flowchart`/`graph`) -> Diagram, by a hand-written parser with located diagnostics.
#pragma once

#include "diagram/parser.h"

#include <QString>

namespace ae::diagram {

// Node shapes, links (all arrow forms, labels, long links), chains and `&`, nested subgraphs, classDef/class/
// style/linkStyle colours, comments, front matter title, quoted and markdown labels. Unsupported constructs
// are located warnings; malformed statements are located errors and skipped. Never hangs: linear in the
// input, at most kMaxMermaidElements nodes+edges and kMaxGroupDepth nested subgraphs.
ParseResult parseMermaid(const QString &text);

inline constexpr int kMaxMermaidElements = 50000;

// Mermaid v11 `architecture-beta` (mermaidarchitecture.cpp): groups, services (built-in icons database, disk,
// cloud, internet, server -> kinds), junctions (small points), edges `a:R --> L:b` (sides left to the layout)
// and `a{group}:B --> T:b` edges ending on a group. parseMermaid() hands such text here.
bool isMermaidArchitecture(const QString &text);
ParseResult parseMermaidArchitecture(const QString &text);

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// D2 (d2lang.com) -> Diagram: d2parser.cpp reads the syntax, d2builder.cpp folds it into objects and
// connections, d2emit.cpp writes the model.
#pragma once

#include "diagram/parser.h"

#include <QString>

namespace ae::diagram {

// Shapes (cylinder, queue, person, cloud, hexagon, sql_table as a record...), connections of every arrow kind
// with labels and chains, containers at any depth and dotted paths, direction, labels, styles, classes, vars.
// What is read but not drawn (near, icons, layers, globs, imports...) is one located warning per construct;
// syntax errors are located errors, all of them. Never hangs: linear in the input, at most kMaxGroupDepth
// nested containers and 50,000 elements.
ParseResult parseD2(const QString &text);

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// A deterministic, line-per-element text form of a Diagram, for golden tests and `archexplorer` debugging.
#pragma once

#include "diagram/diagram.h"

#include <QString>

namespace ae::diagram {

// Every field that is set, in model order; strings quoted with \n \" \\ escaped; colours as #rrggbb; ends
// with '\n'.
QString dumpDiagram(const Diagram &diagram);

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Graphviz DOT -> Diagram through cgraph (agmemread; parsing only, never layout), and the label helpers it
// uses.
#pragma once

#include "diagram/parser.h"

#include <QString>
#include <QStringList>

namespace ae::diagram {

// Nodes, labels (HTML labels become their text), shapes -> kinds, clusters -> groups, rankdir, edge labels,
// record fields. Graphviz's messages become diagnostics (with the line when Graphviz names one); attributes
// we do not use give one warning naming them. Thread-safe (cgraph's parser is global state, so calls are
// serialised).
ParseResult importDot(const QString &text);

namespace dot {
// The text of a Graphviz HTML-like label (<TABLE>, <B>, <BR/>, entities): rows and <BR/> become line breaks.
QString htmlLabelText(const QString &html);
// An ordinary label with its escapes resolved: \N node name, \G graph name, \E edge name, \n \l \r line
// breaks.
QString escapedLabelText(const QString &label, const QString &nodeName, const QString &graphName);
// The fields of a record label ("<f0> a|{b|c}"), in reading order, ports removed, escapes resolved.
QStringList recordFields(const QString &label);
} // namespace dot

} // namespace ae::diagram

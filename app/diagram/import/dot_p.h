// SPDX-License-Identifier: MIT
// Internals of the DOT reader: where things are written in the source text (cgraph keeps no columns), and
// how Graphviz's attribute values map onto the model (arrows, line styles, shapes).
#pragma once

#include "diagram/diagram.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace ae::diagram::dot {

// First places in the DOT text, found by a scan that skips comments, strings and HTML labels.
struct SourcePlaces
{
    QHash<QString, SourceLocation> attributes; // attribute name -> first `name =`
    QHash<QString, SourceLocation> ids;        // node/graph id -> first mention (not as a name or value)
    SourceLocation graph;                      // the `graph`/`digraph` keyword
    // Every edge written, tail id -> head id, at its head's place (as .arch locates an edge), in the order
    // written; `a -> {b c}` is two. The tail is empty when it is a `{...}` of several.
    struct EdgePlace
    {
        QString tail, head;
        SourceLocation at;
    };
    QVector<EdgePlace> edges;
};
SourcePlaces scanSource(const QString &text);

// An arrowType ("normal", "onormal", "empty", "odot", "lteeoldiamond"...) -> the nearest end we draw: the
// first shape of a multi-arrow; modifiers `o` (open) and `l`/`r` (half) read as the whole shape.
ArrowEnd arrowEnd(const QString &arrowType);
// The style list ("dashed, filled", "setlinewidth(2)") -> its line pattern, FromStyle when none.
LinePattern linePattern(const QString &style);
bool hasStyle(const QString &style, QStringView word);
bool isInvisible(const QString &style); // `invis` or `invisible`, as Graphviz reads both
// Graphviz's shape name -> the kind it stands for where one is meaningful (cylinder -> Database), else
// Generic.
NodeKind kindOfShape(const QString &shape, const QString &style);

} // namespace ae::diagram::dot

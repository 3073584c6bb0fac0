// SPDX-License-Identifier: MIT
// Views: the picture each named view of a model shows. A static view keeps the nodes its selectors choose,
// the groups around them and the edges between them; a dynamic view draws only its steps, numbered.
#pragma once

#include "diagram/diagram.h"

#include <QString>
#include <QVector>

namespace ae::diagram {

// Whether `selector` picks the node (kind and tag patterns match the node's kind name and tags; a group
// pattern matches any group that encloses the node). `*` matches any run of characters, `?` one.
bool selectorMatches(const Diagram &model, const ViewSelector &selector, const Node &node);
// Whether the selector picks any node of the model.
bool selectorMatchesAny(const Diagram &model, const ViewSelector &selector);

// The diagram `view` shows: a plain Diagram (no views) that lays out and draws like any other. Unknown ids
// are skipped (the parser has reported them).
Diagram applyView(const Diagram &model, const View &view);

// The step numbers of a dynamic view, in step order: "1", "2", a parallel run "3a", "3b"...
QStringList stepNumbers(const View &view);

// One picture per view, or the whole model when it has none: what `render --all-views` writes.
struct ViewPicture
{
    QString id; // the view's id, empty for the whole model
    Diagram diagram;
};
QVector<ViewPicture> viewPictures(const Diagram &model);

// The index of the view with this id, or -1.
int indexOfView(const Diagram &model, const QString &id);

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Architecture-check results on the drawing: a marker per element with findings (the problems list's
// violet diamond), and a summary box of one request path (latency, availability, bottleneck, async hops left
// out, budget met or violated in words). Items of the diagram's one drawing list (drawdiagram.h), so the
// preview and `render --checks` draw the same thing; plain exports leave them out.
#pragma once

#include "diagram/checks/check.h"
#include "diagram/laidout.h"
#include "diagram/theme.h"
#include "draw/drawlist.h"

#include <QSet>
#include <optional>

namespace ae::diagram {

// What the checks add to one picture of a diagram.
struct CheckOverlay
{
    QVector<checks::Finding> findings;
    std::optional<checks::PathFigures> path; // the path whose summary is shown
    QSet<QString> pathEdges;                 // edgeKey() of the path's steps (hover figures)

    bool isEmpty() const { return findings.isEmpty() && !path; }
};

// The overlay of a checked model for the picture of view `viewId` (empty: the whole model): every finding,
// and the path of that view when it is dynamic, else the model's first path.
CheckOverlay checkOverlay(const Diagram &model, const checks::CheckReport &report, const QString &viewId);

QString edgeKey(const QString &from, const QString &to);

// The colour of markers and the summary's frame on a theme: the problems list's violet, at least 4.5:1
// against the theme's background (the theme's text colour if neither violet reaches it).
QColor checkColor(const Theme &theme);
// Budget words: green "met" and red "violated", 4.5:1 against the summary's fill.
QColor budgetColor(const Theme &theme, bool met);

// The side of a marker in diagram units.
inline constexpr qreal kMarkerSize = 18;

// One marker per drawn element with findings, appended to `list`: on a node's top right corner, on an edge's
// middle (beside its label). Its op's target is the index into `findings` of the element's first finding,
// its tooltip names every finding of the element (rule id, summary, message, hint) and its role is
// "check-marker". Findings about no drawn element get no marker.
void addCheckMarkers(draw::DrawList &list, const LaidOutDiagram &d, const Theme &theme,
                     const QVector<checks::Finding> &findings);
// Where the marker of finding `index` is drawn (diagram coordinates); empty when it has none.
QRectF markerRect(const LaidOutDiagram &d, const QVector<checks::Finding> &findings, int index);

// The summary box of a path as a drawing of its own, its top left corner at (0, 0).
draw::DrawList pathSummaryDrawing(const checks::PathFigures &path, const Theme &theme);
// `box` drawn below `list`'s picture, left-aligned with it; the picture grows to hold it.
void appendBelow(draw::DrawList &list, const draw::DrawList &box);

// "latency 12.0 ms (p99 40.0 ms) · availability 99.95 % · capacity 2,000/s" from an element's annotations;
// empty when it carries none of them.
QString figuresText(const QMap<QString, QString> &properties);

// The diagram's drawing list with the markers and, below it, the path summary: what `render --checks` writes.
draw::DrawList checkedDrawList(const LaidOutDiagram &d, const Theme &theme, const CheckOverlay &overlay);

} // namespace ae::diagram

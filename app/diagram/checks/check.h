// SPDX-License-Identifier: MIT
// Architecture checks over a diagram model: the rules of the catalogue (rules.h) and the figures of every
// request path (a `path` statement or a dynamic view) against its budget. Widget-free, linear in the size of
// the diagram, so the Draw workspace can run it on every keystroke.
#pragma once

#include "common/diagnostic.h"
#include "diagram/checks/paths.h"
#include "diagram/checks/rules.h"
#include "diagram/diagram.h"

namespace ae::diagram::checks {

struct Finding
{
    QString rule;          // rule id
    Diagnostic diagnostic; // severity from the catalogue; line/column in the diagram's text (0 = unknown)
    QString why;           // library link to the section that shows why it matters
    // Where its marker goes on the drawing: the node it is about, else the edge (its two ends); all empty for
    // a finding about the whole file or a path's budget.
    QString node;
    QString edgeFrom, edgeTo;
};

struct CheckReport
{
    QVector<Finding> findings; // in source order, silenced ones left out
    QVector<PathFigures> paths;
    int silenced = 0; // findings a `silence` removed
};

CheckReport checkDiagram(const Diagram &diagram, const RuleCatalog &catalog = RuleCatalog::bundled());

// "warning: [rule-id] MESSAGE": the message a diagnostic list shows for a finding.
Diagnostic findingDiagnostic(const Finding &finding);

} // namespace ae::diagram::checks

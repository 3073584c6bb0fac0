// SPDX-License-Identifier: MIT
// The helper's input and output formats: our Diagram as DOT text for archexplorer-layout, and its coordinate
// lines back into a LaidOutDiagram. Internal to the layout; no Graphviz headers here.
#pragma once

#include "diagram/laidout.h"
#include "diagram/theme.h"

#include <QByteArray>
#include <QString>

class QProcess;

namespace ae::diagram {

// Above this many nodes the layout uses tuned limits (faster, less polished) and says so.
constexpr int kSimplifiedLayoutThreshold = 300;

struct HelperInput
{
    QByteArray dot;
    bool simplified = false;
};

// Every node `shape=box, fixedsize=true, label=""` sized from the theme's fonts, so Graphviz never measures
// text; groups as cluster_ subgraphs; edge labels as fixed-size label nodes (edge `label`s double-free
// in 2.42 with clusters); rank and order hints as rank=same subgraphs.
HelperInput buildHelperInput(const Diagram &diagram, const Theme &theme);

// Reads the helper's "graph/node/cluster/edge/end" lines (y already pointing down) into geometry for
// `diagram`.
bool parseHelperOutput(const QByteArray &output, const Diagram &diagram, const Theme &theme, bool simplified,
                       LaidOutDiagram *result, QString *error);

// A sentence for the user about why the helper process failed (could not start, crashed, exit code + stderr).
QString describeHelperFailure(QProcess &process, const QByteArray &stderrText);

} // namespace ae::diagram

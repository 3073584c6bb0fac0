// SPDX-License-Identifier: MIT
// Structurizr DSL workspaces -> Diagram: the model (people, software systems, containers, components,
// deployment) and its views. structurizrlexer.cpp splits the text into statements (and reads !include files),
// structurizrparser.cpp reads the model, structurizrviews.cpp the views and styles, structurizremit.cpp
// writes the Diagram.
#pragma once

#include "diagram/parser.h"

#include <QString>

namespace ae::diagram {

// A software system or container with children becomes a group holding them; relationships become edges
// (implied ones up the hierarchy, and between deployed instances, added as Structurizr does); views become
// Diagram::views. `!include` reads local files relative to `sourcePath`, inside its folder only (never the
// network); `!docs`, `!adrs`, `!script` and `!plugin` are warned about and never run. Never hangs.
ParseResult parseStructurizr(const QString &text, const QString &sourcePath = QString());

} // namespace ae::diagram

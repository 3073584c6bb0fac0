// SPDX-License-Identifier: MIT
// `archexplorer export DOC.md -o OUT.pdf|OUT.html [--library DIR] [--timeout S]`: a document as the reader
// shows it (diagrams drawn, tables and code as on screen), headless, as PDF or self-contained HTML.
#pragma once

#include "cli/cli.h"

namespace ae::ui {

cli::Command exportCommand();

} // namespace ae::ui

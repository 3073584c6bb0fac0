// SPDX-License-Identifier: MIT
#pragma once

#include "cli/cli.h"

class QApplication;

namespace ae::ui {

// Organisation/application names and version, so QSettings and QStandardPaths agree everywhere.
void setApplicationIdentity();

// Commands that live in the widget library (compare reuses the Compare workspace's export code) but need no
// window.
void addGuiCommands(std::vector<cli::Command> &commands);

// Shows the main window (files/folders given on the command line are opened) and runs the event loop.
int runGui(QApplication &app);

} // namespace ae::ui

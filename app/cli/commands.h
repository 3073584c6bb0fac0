// SPDX-License-Identifier: MIT
// Every widget-free command, one file each (render.cpp, lint.cpp, metrics.cpp, convert.cpp).
#pragma once

#include "cli.h"

namespace ae::cli {

// Appends the built-in commands to `list` in the order --help shows them (commands.cpp).
void registerBuiltinCommands(std::vector<Command> &list);

Command renderCommand();  // render.cpp
Command metricsCommand(); // metrics.cpp
Command lintCommand();    // lint.cpp
Command convertCommand(); // convert.cpp
Command checkCommand();   // check.cpp

} // namespace ae::cli

// SPDX-License-Identifier: MIT
// Every widget-free command, one file each (render.cpp, lint.cpp, metrics.cpp, convert.cpp).
#pragma once

#include "cli.h"

namespace ae::cli {

// Appends the built-in commands to `list` in the order --help shows them (commands.cpp).
void registerBuiltinCommands(std::vector<Command> &list);

Command lintCommand(); // lint.cpp

} // namespace ae::cli

// SPDX-License-Identifier: MIT
// The table of built-in commands. Each command's file provides a `Command xxxCommand()` declared here.
#include "commands.h"

namespace ae::cli {

void registerBuiltinCommands(std::vector<Command> &list)
{
    // Commands are appended here as they are written, e.g. list.push_back(renderCommand());
    extern Command renderCommand(); list.push_back(renderCommand()); // render.cpp
    extern Command metricsCommand(); list.push_back(metricsCommand()); // metrics.cpp
    list.push_back(lintCommand()); // lint.cpp
    extern Command convertCommand(); list.push_back(convertCommand()); // convert.cpp
    (void)list;
}

} // namespace ae::cli

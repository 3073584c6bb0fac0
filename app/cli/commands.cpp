// SPDX-License-Identifier: MIT
// The table of built-in commands. Each command's file provides a `Command xxxCommand()` declared here.
#include "commands.h"

namespace ae::cli {

void registerBuiltinCommands(std::vector<Command> &list)
{
    list.push_back(renderCommand());
    list.push_back(convertCommand());
    list.push_back(lintCommand());
    list.push_back(checkCommand());
    list.push_back(metricsCommand());
}

} // namespace ae::cli

// SPDX-License-Identifier: MIT
// The headless commands: `archexplorer COMMAND ...` runs one of them instead of the GUI.
#pragma once

#include <QStringList>
#include <QTextStream>
#include <functional>
#include <vector>

class QIODevice;

namespace ae::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, InputErrors = 1, UsageOrIoError = 2 };

struct Io
{
    QTextStream &out;
    QTextStream &err;
    QIODevice &in; // stdin, for INPUT "-"
};

struct Command
{
    QString name;
    QString synopsis; // one line for --help: "render INPUT [-o OUTPUT] ..."
    QString summary;  // what it does
    std::function<int(const QStringList &args, Io &io)> run; // args after the command name
};

// Reads INPUT for a command: a file, or "-" for stdin. On success fills *bytes and *displayName ("<stdin>" or
// the path, for diagnostics) and returns true; otherwise prints "archexplorer COMMAND: cannot read ..." to
// io.err.
bool readInput(const QString &command, const QString &input, Io &io, QByteArray *bytes, QString *displayName);

// The commands that need no widgets; main.cpp adds the ones that do (charts).
std::vector<Command> builtinCommands();

// True if argv[1] asks for the command line rather than the GUI.
bool isCommandLine(const QString &firstArgument, const std::vector<Command> &commands);

// Runs `args` (argv without the program name); returns the process exit code.
int run(const QStringList &args, const std::vector<Command> &commands, Io &io);

} // namespace ae::cli

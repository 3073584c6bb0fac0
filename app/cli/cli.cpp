// SPDX-License-Identifier: MIT
#include "cli.h"

#include "commands.h"

#include <QFile>

namespace ae::cli {

bool readInput(const QString &command, const QString &input, Io &io, QByteArray *bytes, QString *displayName)
{
    if (input == QLatin1String("-")) {
        *bytes = io.in.readAll();
        *displayName = QStringLiteral("<stdin>");
        return true;
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "archexplorer " << command << ": cannot read " << input << ": " << file.errorString()
               << "\n";
        return false;
    }
    *bytes = file.readAll();
    *displayName = input;
    return true;
}

std::vector<Command> builtinCommands()
{
    std::vector<Command> list;
    registerBuiltinCommands(list);
    return list;
}

static void printHelp(const std::vector<Command> &commands, QTextStream &out)
{
    out << "Usage: archexplorer [FILE|FOLDER...]          open the app (a library folder, .md, .arch, .dot, "
           ".mmd)\n"
        << "       archexplorer COMMAND [OPTIONS...]      run a command without a window\n\n"
        << "Commands:\n";
    for (const Command &c : commands)
        out << "  " << c.synopsis << "\n      " << c.summary << "\n";
    out << "\nOptions:\n  -h, --help     show this help\n  -v, --version  show the version\n\n"
        << "Exit status: 0 success, 1 the input has errors (nothing is written), 2 usage or I/O error.\n";
}

bool isCommandLine(const QString &first, const std::vector<Command> &commands)
{
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("help"))
        return true;
    for (const Command &c : commands)
        if (c.name == first)
            return true;
    return false;
}

int run(const QStringList &args, const std::vector<Command> &commands, Io &io)
{
    if (args.isEmpty()) {
        printHelp(commands, io.err);
        return UsageOrIoError;
    }
    const QString &first = args.first();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "archexplorer " << AE_VERSION << "\n";
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(commands, io.out);
        return Success;
    }
    for (const Command &c : commands) {
        if (c.name == first) {
            const QStringList rest = args.mid(1);
            if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
                io.out << "Usage: archexplorer " << c.synopsis << "\n" << c.summary << "\n";
                return Success;
            }
            return c.run(rest, io);
        }
    }
    io.err << "archexplorer: unknown command '" << first << "' (see archexplorer --help)\n";
    return UsageOrIoError;
}

} // namespace ae::cli

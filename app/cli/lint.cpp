// SPDX-License-Identifier: MIT
// `archexplorer lint [DIR]`: the linter's findings in compiler format; exit 1 when any is an error.
#include "cli/commands.h"
#include "cli/linter.h"

#include "content/library.h"

#include <QDir>

namespace ae::cli {

static int runLint(const QStringList &args, Io &io)
{
    QString dir;
    bool quiet = false;  // --quiet: errors and warnings only, no notes
    bool checks = false; // --checks: architecture-check findings at their rule's severity, not as notes
    for (const QString &a : args) {
        if (a == QLatin1String("--quiet") || a == QLatin1String("-q")) {
            quiet = true;
        } else if (a == QLatin1String("--checks")) {
            checks = true;
        } else if (a.startsWith(u'-')) {
            io.err << "archexplorer lint: unknown option '" << a << "'\n";
            return UsageOrIoError;
        } else if (dir.isEmpty()) {
            dir = a;
        } else {
            io.err << "archexplorer lint: only one folder can be linted at a time\n";
            return UsageOrIoError;
        }
    }
    const QString root = dir.isEmpty() ? content::Library::bundledRoot() : dir;
    content::Library library;
    QString error;
    if (!library.load(root, &error)) {
        io.err << "archexplorer lint: " << error << "\n";
        return UsageOrIoError;
    }
    const QString prefix = dir.isEmpty() ? QString() : QDir::cleanPath(dir) + u'/';
    int errors = 0, warnings = 0, notes = 0;
    for (const LintFinding &f : lintLibrary(library, checks)) {
        switch (f.diagnostic.severity) {
        case Diagnostic::Severity::Error:
            ++errors;
            break;
        case Diagnostic::Severity::Warning:
            ++warnings;
            break;
        case Diagnostic::Severity::Note:
            ++notes;
            if (quiet)
                continue;
            break;
        }
        io.err << formatDiagnostic(prefix + f.path, f.diagnostic) << "\n";
    }
    io.out << library.documents().size() << " documents: " << errors << " errors, " << warnings
           << " warnings, " << notes << " notes\n";
    return errors > 0 ? InputErrors : Success;
}

Command lintCommand()
{
    return {QStringLiteral("lint"), QStringLiteral("lint [DIR] [--quiet] [--checks]"),
            QStringLiteral(
                "check a library (default: the bundled one): the eight sections, front matter, diagrams, "
                "metrics tables, links; FILE:LINE:COL messages, exit 1 on errors; the diagrams' architecture "
                "checks are notes, or at their rule's severity with --checks"),
            runLint};
}

} // namespace ae::cli

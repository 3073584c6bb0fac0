// SPDX-License-Identifier: MIT
// `archexplorer metrics [LIBRARY_DIR] [--format csv|json]`: every metric of every case study, normalised, with its
// dimension and source row. Table warnings go to stderr as FILE:LINE:COL: warning: ...; they do not fail the run.
#include "cli.h"

#include "content/library.h"
#include "metrics/collect.h"
#include "metrics/report.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ae::cli {

namespace {

int runMetrics(const QStringList &args, Io &io)
{
    QString root;
    QString format = QStringLiteral("csv");
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--format") || a == QLatin1String("-f")) {
            if (i + 1 >= args.size()) {
                io.err << "archexplorer metrics: --format needs csv or json\n";
                return UsageOrIoError;
            }
            format = args.at(++i);
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a.startsWith(u'-')) {
            io.err << "archexplorer metrics: unknown option " << a << "\n";
            return UsageOrIoError;
        } else if (root.isEmpty()) {
            root = a;
        } else {
            io.err << "archexplorer metrics: more than one LIBRARY_DIR\n";
            return UsageOrIoError;
        }
    }
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << "archexplorer metrics: unknown format '" << format << "' (csv or json)\n";
        return UsageOrIoError;
    }
    const content::LoadResult loaded = content::scanLibrary(root.isEmpty() ? content::Library::bundledRoot() : root);
    if (!loaded.error.isEmpty()) {
        io.err << "archexplorer metrics: " << loaded.error << "\n";
        return UsageOrIoError;
    }
    const metrics::LibraryMetrics data = metrics::collectMetrics(loaded.documents);
    for (const auto &fd : data.diagnostics)
        io.err << formatDiagnostic(fd.path, fd.diagnostic) << "\n";
    if (format == QLatin1String("json")) {
        QJsonObject o;
        o.insert(QStringLiteral("studies"), QJsonArray::fromStringList(data.studies));
        o.insert(QStringLiteral("metrics"), metrics::metricsJson(data.metrics));
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        io.out << metrics::writeCsv(metrics::metricsTable(data.metrics));
    }
    return Success;
}

} // namespace

Command metricsCommand()
{
    return {QStringLiteral("metrics"), QStringLiteral("metrics [LIBRARY_DIR] [--format csv|json]"),
            QStringLiteral("list every case study's performance metrics with normalised value, dimension and source "
                           "row; default library: the bundled one"),
            runMetrics};
}

} // namespace ae::cli

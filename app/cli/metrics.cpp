// SPDX-License-Identifier: MIT
// `archexplorer metrics [LIBRARY_DIR] [--format csv|json]`: every metric of every case study, normalised,
// with its dimension and source row. Table warnings go to stderr as FILE:LINE:COL: warning: ...; they do not
// fail the run.
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
    bool listMeasures = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--format") || a == QLatin1String("-f")) {
            if (i + 1 >= args.size()) {
                io.err << "archexplorer metrics: --format needs csv or json\n";
                return UsageOrIoError;
            }
            format = args.at(++i);
        } else if (a == QLatin1String("--measures")) {
            listMeasures = true;
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
    const content::LoadResult loaded =
        content::scanLibrary(root.isEmpty() ? content::Library::bundledRoot() : root);
    if (!loaded.error.isEmpty()) {
        io.err << "archexplorer metrics: " << loaded.error << "\n";
        return UsageOrIoError;
    }
    const QString libraryRoot = root.isEmpty() ? content::Library::bundledRoot() : root;
    QString catalogError;
    const metrics::MeasureCatalog catalog = metrics::MeasureCatalog::forLibrary(libraryRoot, &catalogError);
    if (!catalogError.isEmpty())
        io.err << "archexplorer metrics: " << catalogError << "\n";
    const metrics::LibraryMetrics data = metrics::collectMetrics(loaded.documents, catalog);
    for (const auto &fd : data.diagnostics)
        io.err << formatDiagnostic(fd.path, fd.diagnostic) << "\n";
    if (listMeasures) {
        // Every measure some study reports, with the studies that report it.
        const metrics::MeasureMatrix matrix = metrics::buildMatrix(data, {}, 1);
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const metrics::MatrixRow &r : matrix.rows) {
                QJsonObject o;
                o.insert(QStringLiteral("measure"), r.key);
                o.insert(QStringLiteral("name"), r.name);
                QJsonArray studies;
                for (int c = 0; c < r.cells.size(); ++c)
                    if (r.cells.at(c).metricIndex >= 0)
                        studies.append(matrix.studies.at(c));
                o.insert(QStringLiteral("studies"), studies);
                list.append(o);
            }
            io.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            metrics::CsvRows rows{{QStringLiteral("measure"), QStringLiteral("name"), QStringLiteral("count"),
                                   QStringLiteral("studies")}};
            for (const metrics::MatrixRow &r : matrix.rows) {
                QStringList studies;
                for (int c = 0; c < r.cells.size(); ++c)
                    if (r.cells.at(c).metricIndex >= 0)
                        studies << matrix.shortNames.at(c);
                rows.append(
                    {r.key, r.name, QString::number(studies.size()), studies.join(QStringLiteral("; "))});
            }
            io.out << metrics::writeCsv(rows);
        }
        return Success;
    }
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
    return {
        QStringLiteral("metrics"), QStringLiteral("metrics [LIBRARY_DIR] [--format csv|json] [--measures]"),
        QStringLiteral("list every case study's performance metrics with their measure, normalised value and "
                       "source row; --measures lists every measure with the studies that report it; default "
                       "library: the bundled one"),
        runMetrics};
}

} // namespace ae::cli

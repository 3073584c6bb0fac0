// SPDX-License-Identifier: MIT
// The headless compare command: the same measures, charts and matrix as the Compare workspace, drawn
// off-screen. Exit codes as for render: 0 written, 1 nothing to chart (an unknown study, no study reports the
// measure), 2 usage or I/O error (an unknown measure lists the known ones).
#include "ui/compare/comparecommand.h"

#include "common/diagnostic.h"
#include "content/library.h"
#include "metrics/measurechart.h"
#include "metrics/report.h"
#include "ui/compare/compareexport.h"
#include "ui/compare/computedfigures.h"

#include <QCoreApplication>

namespace ae::ui::compare {

namespace {

int run(const QStringList &args, cli::Io &io)
{
    QString root, measureName, output, beforeAfter;
    QStringList studyNames;
    bool matrix = false, dark = false, nines = false;
    qreal width = defaultExportWidth;
    qreal scale = 2;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString &out) {
            if (i + 1 >= args.size())
                return false;
            out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--measure") || a == QLatin1String("-m")) {
            if (!value(measureName))
                return io.err << "archexplorer compare: --measure needs a NAME\n", cli::UsageOrIoError;
        } else if (a == QLatin1String("--dimension") || a == QLatin1String("-d")) {
            io.err
                << "archexplorer compare: --dimension is gone: a chart shows one measure, never unlike "
                   "numbers on "
                   "one axis; use --measure NAME (archexplorer metrics --measures lists them) or --matrix\n";
            return cli::UsageOrIoError;
        } else if (a == QLatin1String("--matrix")) {
            matrix = true;
        } else if (a == QLatin1String("--studies") || a == QLatin1String("-s")) {
            if (!value(v))
                return io.err << "archexplorer compare: --studies needs a list\n", cli::UsageOrIoError;
            studyNames = v.split(u',', Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--before-after")) {
            if (!value(beforeAfter))
                return io.err << "archexplorer compare: --before-after needs a STUDY\n", cli::UsageOrIoError;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(output))
                return io.err << "archexplorer compare: -o needs a FILE\n", cli::UsageOrIoError;
        } else if (a == QLatin1String("--width")) {
            bool ok = false;
            width = value(v) ? v.toDouble(&ok) : 0;
            if (!ok || width < 360 || width > 10000)
                return io.err << "archexplorer compare: --width needs a number from 360 to 10000\n",
                       cli::UsageOrIoError;
        } else if (a == QLatin1String("--scale")) {
            bool ok = false;
            scale = value(v) ? v.toDouble(&ok) : 0;
            if (!ok || scale < 1 || scale > 4)
                return io.err << "archexplorer compare: --scale needs 1 to 4\n", cli::UsageOrIoError;
        } else if (a == QLatin1String("--nines")) {
            nines = true;
        } else if (a == QLatin1String("--dark")) {
            dark = true;
        } else if (a.startsWith(u'-')) {
            io.err << "archexplorer compare: unknown option " << a << "\n";
            return cli::UsageOrIoError;
        } else if (root.isEmpty()) {
            root = a;
        } else {
            io.err << "archexplorer compare: more than one LIBRARY_DIR\n";
            return cli::UsageOrIoError;
        }
    }
    if (output.isEmpty() || int(!measureName.isEmpty()) + int(matrix) + int(!beforeAfter.isEmpty()) != 1) {
        io.err << "Usage: archexplorer " << compareCommand().synopsis << "\n";
        return cli::UsageOrIoError;
    }
    const QString libraryRoot = root.isEmpty() ? content::Library::bundledRoot() : root;
    const content::LoadResult loaded = content::scanLibrary(libraryRoot);
    if (!loaded.error.isEmpty()) {
        io.err << "archexplorer compare: " << loaded.error << "\n";
        return cli::UsageOrIoError;
    }
    QString catalogError;
    const metrics::MeasureCatalog catalog = metrics::MeasureCatalog::forLibrary(libraryRoot, &catalogError);
    if (!catalogError.isEmpty())
        io.err << "archexplorer compare: " << catalogError << "\n";
    const metrics::LibraryMetrics data = metrics::collectMetrics(loaded.documents, catalog);
    for (const auto &fd : data.diagnostics)
        io.err << formatDiagnostic(fd.path, fd.diagnostic) << "\n";

    QStringList studies;
    for (const QString &name : std::as_const(studyNames)) {
        const int i = metrics::findStudy(data, name);
        if (i < 0) {
            io.err << "archexplorer compare: no case study '" << name << "'\n";
            return cli::InputErrors;
        }
        studies << data.studies.at(i);
    }
    draw::DrawList drawing;
    metrics::CsvRows csv;
    if (matrix) {
        metrics::MeasureMatrix m = metrics::buildMatrix(data, studies);
        addComputedFigures(m, studyPaths(loaded.documents, data.studies));
        if (m.rows.isEmpty()) {
            io.err << "archexplorer compare: no measure is reported by two studies\n";
            return cli::InputErrors;
        }
        drawing = matrixDrawing(m, dark);
        csv = metrics::matrixTable(m, data.metrics);
    } else {
        metrics::MeasureChartData chart;
        if (!beforeAfter.isEmpty()) {
            const int i = metrics::findStudy(data, beforeAfter);
            if (i < 0) {
                io.err << "archexplorer compare: no case study '" << beforeAfter << "'\n";
                return cli::InputErrors;
            }
            chart = metrics::buildBeforeAfterChart(data, data.studies.at(i));
        } else {
            const QString key = metrics::findMeasureKey(data, measureName);
            if (key.isEmpty()) {
                QStringList known;
                for (const metrics::MeasureUse &m : metrics::measuresReported(data))
                    known << m.key;
                io.err << "archexplorer compare: unknown measure '" << measureName
                       << "'; known: " << known.join(QStringLiteral(", ")) << "\n";
                return cli::UsageOrIoError;
            }
            chart = metrics::buildMeasureChart(data, key, studies,
                                               nines ? metrics::AvailabilityScale::Nines
                                                     : metrics::AvailabilityScale::Downtime);
        }
        for (const QString &note : std::as_const(chart.notes))
            io.err << "archexplorer compare: note: " << note << "\n";
        if (chart.isEmpty()) {
            io.err << "archexplorer compare: nothing to chart\n";
            return cli::InputErrors;
        }
        drawing = chartDrawing(chart, data, dark, width);
        csv = metrics::chartTable(chart, data.metrics);
    }
    QString error;
    if (!exportTo(drawing, csv, output, scale, &error)) {
        io.err << "archexplorer compare: " << error << "\n";
        return cli::UsageOrIoError;
    }
    return cli::Success;
}

} // namespace

cli::Command compareCommand()
{
    return {
        QStringLiteral("compare"),
        QStringLiteral(
            "compare [LIBRARY_DIR] (--measure NAME [--studies a,b] [--nines] | --matrix [--studies a,b] "
            "| --before-after STUDY) [--dark] [--width PX] [--scale 1|2] -o FILE.svg|png|csv"),
        QStringLiteral("chart one measure across case studies, the measures x studies matrix, or one study's "
                       "before/after factors, as SVG, PNG or CSV; default library: the bundled one"),
        run};
}

} // namespace ae::ui::compare

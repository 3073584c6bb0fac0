// SPDX-License-Identifier: MIT
// The headless compare command: same data and chart code as the Compare workspace, drawn off-screen.
// Exit codes as for render: 0 written, 1 nothing to chart (the input has no such metrics), 2 usage or I/O error.
#include "ui/compare/comparecommand.h"

#include "common/diagnostic.h"
#include "content/library.h"
#include "metrics/collect.h"
#include "ui/compare/chartexport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::ui::compare {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ae::ui::compare::Command", text); }

int run(const QStringList &args, cli::Io &io)
{
    QString root;
    QString dimensionName;
    QString output;
    QStringList studyNames;
    QString beforeAfter;
    ChartOptions options;
    QSize size = defaultExportSize;
    metrics::Grouping grouping = metrics::Grouping::ByFamily;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString &out) {
            if (i + 1 >= args.size())
                return false;
            out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--dimension") || a == QLatin1String("-d")) {
            if (!value(dimensionName))
                return io.err << "archexplorer compare: --dimension needs a NAME\n", cli::UsageOrIoError;
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
        } else if (a == QLatin1String("--size")) {
            static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
            const auto m = value(v) ? re.match(v) : QRegularExpressionMatch();
            if (!m.hasMatch())
                return io.err << "archexplorer compare: --size needs WIDTHxHEIGHT\n", cli::UsageOrIoError;
            size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        } else if (a == QLatin1String("--exact-names")) {
            grouping = metrics::Grouping::ByName;
        } else if (a == QLatin1String("--log")) {
            options.logScale = true;
        } else if (a == QLatin1String("--relative")) {
            options.relative = true;
        } else if (a == QLatin1String("--dark")) {
            options.dark = true;
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
    if (output.isEmpty() || (dimensionName.isEmpty() && beforeAfter.isEmpty())) {
        io.err << "Usage: archexplorer " << compareCommand().synopsis << "\n";
        return cli::UsageOrIoError;
    }
    const metrics::Dimension dimension = metrics::dimensionFromId(dimensionName);
    if (beforeAfter.isEmpty() && dimension == metrics::Dimension::Unknown) {
        QStringList ids;
        for (metrics::Dimension d : metrics::allDimensions())
            ids << metrics::dimensionId(d);
        io.err << "archexplorer compare: unknown dimension '" << dimensionName << "' (one of "
               << ids.join(QStringLiteral(", ")) << ")\n";
        return cli::UsageOrIoError;
    }

    const content::LoadResult loaded = content::scanLibrary(root.isEmpty() ? content::Library::bundledRoot() : root);
    if (!loaded.error.isEmpty()) {
        io.err << "archexplorer compare: " << loaded.error << "\n";
        return cli::UsageOrIoError;
    }
    const metrics::LibraryMetrics data = metrics::collectMetrics(loaded.documents);
    for (const auto &fd : data.diagnostics)
        io.err << formatDiagnostic(fd.path, fd.diagnostic) << "\n";

    metrics::ComparisonSet set;
    if (!beforeAfter.isEmpty()) {
        const int i = metrics::findStudy(data, beforeAfter);
        if (i < 0) {
            io.err << "archexplorer compare: no case study '" << beforeAfter << "'\n";
            return cli::InputErrors;
        }
        set = metrics::buildBeforeAfter(data.metrics, data.studies.at(i));
        options.relative = false;
        options.title = tr("%1: improvement per metric").arg(data.studyTitles.at(i));
    } else {
        metrics::ComparisonOptions o;
        o.dimension = dimension;
        o.grouping = grouping;
        for (const QString &name : std::as_const(studyNames)) {
            const int i = metrics::findStudy(data, name);
            if (i < 0) {
                io.err << "archexplorer compare: no case study '" << name << "'\n";
                return cli::InputErrors;
            }
            o.studies << data.studies.at(i);
        }
        set = metrics::buildComparison(data.metrics, o);
        options.title = tr("%1 by case study").arg(metrics::dimensionDisplayName(dimension));
    }
    for (const QString &e : std::as_const(set.excluded))
        io.err << "archexplorer compare: left out: " << e << "\n";
    if (set.isEmpty()) {
        io.err << "archexplorer compare: no metrics to chart\n";
        return cli::InputErrors;
    }
    QString error;
    if (!exportByExtension(set, options, output, size, &error)) {
        io.err << "archexplorer compare: " << error << "\n";
        return cli::UsageOrIoError;
    }
    return cli::Success;
}

} // namespace

cli::Command compareCommand()
{
    return {QStringLiteral("compare"),
            QStringLiteral("compare [LIBRARY_DIR] (--dimension NAME | --before-after STUDY) [--studies a,b,...] "
                           "[--exact-names] [--log] [--relative] [--dark] [--size WxH] -o chart.svg|png|csv"),
            QStringLiteral("chart the case studies' metrics of one dimension (time, rate, percent, money-rate, ...) "
                           "side by side; default library: the bundled one"),
            run};
}

} // namespace ae::ui::compare

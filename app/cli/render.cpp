// SPDX-License-Identifier: MIT
// `archexplorer render INPUT [-o OUTPUT] [--format svg|png|pdf] [--theme light|dark] [--scale N]`: an .arch
// file (or - for stdin) to SVG, PNG or PDF, with every diagnostic on stderr as FILE:LINE:COL: error: MESSAGE.
#include "cli.h"

#include "common/diagnostic.h"
#include "diagram/export.h"
#include "diagram/import/import.h"
#include "diagram/layout.h"
#include "diagram/parser.h"

#include <QFile>
#include <QIODevice>

namespace ae::cli {

namespace {

struct RenderOptions
{
    QString input, output, format, theme = QStringLiteral("light");
    double scale = 2.0;
    std::optional<diagram::DiagramFormat> from; // --from overrides the detection
};

// Returns an error sentence, or empty when the arguments are usable.
QString parseArguments(const QStringList &args, RenderOptions *o)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString *into) {
            if (i + 1 >= args.size())
                return false;
            *into = args[++i];
            return true;
        };
        QString scale;
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&o->output))
                return QStringLiteral("%1 needs a file name").arg(a);
        } else if (a == QLatin1String("--format")) {
            if (!value(&o->format) || !diagram::formatFromName(o->format))
                return QStringLiteral("--format must be svg, png or pdf");
        } else if (a == QLatin1String("--theme")) {
            if (!value(&o->theme) ||
                (o->theme != QLatin1String("light") && o->theme != QLatin1String("dark")))
                return QStringLiteral("--theme must be light or dark");
        } else if (a == QLatin1String("--scale")) {
            bool ok = false;
            if (value(&scale))
                o->scale = scale.toDouble(&ok);
            if (!ok || o->scale <= 0 || o->scale > 16)
                return QStringLiteral("--scale must be a number greater than 0 and at most 16");
        } else if (a == QLatin1String("--from")) {
            QString name;
            if (!value(&name) || !(o->from = diagram::diagramFormatFromInfo(name)))
                return QStringLiteral("--from must be arch, dot or mermaid");
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return QStringLiteral("unknown option %1").arg(a);
        } else if (o->input.isEmpty()) {
            o->input = a;
        } else {
            return QStringLiteral("only one INPUT can be rendered at a time (extra: %1)").arg(a);
        }
    }
    if (o->input.isEmpty())
        return QStringLiteral("missing INPUT (a .arch, .dot, .gv or .mmd file, or - for standard input)");
    return {};
}

int runRender(const QStringList &args, Io &io)
{
    RenderOptions o;
    const QString usageError = parseArguments(args, &o);
    if (!usageError.isEmpty()) {
        io.err << "archexplorer render: " << usageError << "\n";
        return UsageOrIoError;
    }
    std::optional<diagram::ExportFormat> format = diagram::formatFromName(o.format);
    if (!format)
        format = o.output.isEmpty() ? diagram::ExportFormat::Svg : diagram::formatFromPath(o.output);
    if (!format) {
        io.err << "archexplorer render: cannot tell the format from " << o.output
               << "; use --format svg|png|pdf\n";
        return UsageOrIoError;
    }
    if (o.output.isEmpty() && *format != diagram::ExportFormat::Svg) {
        io.err << "archexplorer render: PNG and PDF need -o OUTPUT\n";
        return UsageOrIoError;
    }

    QByteArray bytes;
    QString fileName;
    if (!readInput(QStringLiteral("render"), o.input, io, &bytes, &fileName))
        return UsageOrIoError;

    // By --from, else by extension, else by the first line (stdin included); a language recognised but not
    // read (D2, Structurizr, PlantUML) is one clear line, not a page of .arch errors.
    diagram::DiagramFormat source = diagram::DiagramFormat::Arch;
    if (o.from) {
        source = *o.from;
    } else {
        const diagram::DetectedFormat detected =
            diagram::detectDiagramFormat(o.input, QString::fromUtf8(bytes.left(64 * 1024)));
        if (!detected.format) {
            io.err << diagram::unsupportedFormatMessage(fileName, detected) << "\n";
            return UsageOrIoError;
        }
        source = *detected.format;
    }
    const diagram::ParseResult parsed =
        diagram::parseAnyDiagram(diagram::decodeDiagramBytes(bytes, source), source);
    for (const Diagnostic &d : parsed.diagnostics)
        io.err << formatDiagnostic(fileName, d) << "\n";
    if (hasErrors(parsed.diagnostics))
        return InputErrors;

    const diagram::Theme theme = diagram::Theme::named(o.theme);
    const diagram::LayoutResult laid = diagram::layoutDiagram(parsed.diagram, theme, 60000, true);
    if (!laid.ok) {
        io.err << "archexplorer render: " << laid.error << "\n";
        return UsageOrIoError;
    }
    if (laid.diagram.simplifiedLayout)
        io.err << fileName << ": note: " << laid.diagram.notice << "\n";

    if (o.output.isEmpty()) {
        io.out << QString::fromUtf8(
            diagram::exportBytes(laid.diagram, theme, diagram::ExportFormat::Svg, 1, nullptr));
        return Success;
    }
    QString error;
    if (!diagram::exportDiagram(laid.diagram, theme, o.output, *format, o.scale, &error)) {
        io.err << "archexplorer render: " << error << "\n";
        return UsageOrIoError;
    }
    return Success;
}

} // namespace

Command renderCommand()
{
    return {QStringLiteral("render"),
            QStringLiteral("render INPUT [-o OUTPUT] [--format svg|png|pdf] [--theme light|dark] [--scale N] "
                           "[--from arch|dot|mermaid]"),
            QStringLiteral(
                "draw a diagram (.arch, .dot/.gv, .mmd; INPUT - reads .arch from standard input) as SVG "
                "(to standard output without "
                "-o), PNG or PDF"),
            runRender};
}

} // namespace ae::cli

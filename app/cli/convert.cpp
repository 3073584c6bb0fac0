// SPDX-License-Identifier: MIT
// `archexplorer convert INPUT [-o OUTPUT] [--from arch|dot|mermaid|d2|structurizr] [--to arch|dot|mermaid]`:
// a diagram from one language to another (DOT/Mermaid -> .arch for users moving over, and back), diagnostics
// on stderr.
#include "cli.h"

#include "common/diagnostic.h"
#include "common/savefile.h"
#include "diagram/import/import.h"
#include "diagram/import/writers.h"

#include <QFile>
#include <QIODevice>

namespace ae::cli {

namespace {

struct ConvertOptions
{
    QString input, output;
    std::optional<diagram::DiagramFormat> from, to;
};

QString parseArguments(const QStringList &args, ConvertOptions *o)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return QStringLiteral("%1 needs a file name").arg(a);
            o->output = args[++i];
        } else if (a == QLatin1String("--from") || a == QLatin1String("--to")) {
            if (i + 1 >= args.size())
                return QStringLiteral("%1 needs arch, dot, mermaid, d2 or structurizr").arg(a);
            const auto f = diagram::diagramFormatFromInfo(args[++i]);
            if (!f)
                return QStringLiteral("%1 must be arch, dot, mermaid, d2 or structurizr (not %2)")
                    .arg(a, args[i]);
            (a == QLatin1String("--from") ? o->from : o->to) = f;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return QStringLiteral("unknown option %1").arg(a);
        } else if (o->input.isEmpty()) {
            o->input = a;
        } else {
            return QStringLiteral("only one INPUT can be converted at a time (extra: %1)").arg(a);
        }
    }
    if (o->input.isEmpty())
        return QStringLiteral("missing INPUT (a .arch, .dot, .gv or .mmd file, or - for standard input)");
    if (!o->to)
        o->to =
            o->output.isEmpty() ? diagram::DiagramFormat::Arch : diagram::diagramFormatFromPath(o->output);
    if (!o->to)
        return QStringLiteral("cannot tell the language to write from %1; use --to arch|dot|mermaid")
            .arg(o->output);
    if (*o->to == diagram::DiagramFormat::D2 || *o->to == diagram::DiagramFormat::Structurizr)
        return QStringLiteral("%1 is read, not written; convert to arch, dot or mermaid")
            .arg(diagram::diagramFormatName(*o->to));
    return {};
}

int runConvert(const QStringList &args, Io &io)
{
    ConvertOptions o;
    const QString usageError = parseArguments(args, &o);
    if (!usageError.isEmpty()) {
        io.err << "archexplorer convert: " << usageError << "\n";
        return UsageOrIoError;
    }
    QByteArray bytes;
    QString fileName;
    if (!readInput(QStringLiteral("convert"), o.input, io, &bytes, &fileName))
        return UsageOrIoError;
    if (!o.from) { // by extension, else by the first line
        const diagram::DetectedFormat detected =
            diagram::detectDiagramFormat(o.input, QString::fromUtf8(bytes.left(64 * 1024)));
        if (!detected.format) {
            io.err << diagram::unsupportedFormatMessage(fileName, detected) << "\n";
            return UsageOrIoError;
        }
        o.from = detected.format;
    }
    const diagram::ParseResult parsed =
        diagram::parseAnyDiagram(diagram::decodeDiagramBytes(bytes, *o.from), *o.from,
                                 o.input == QLatin1String("-") ? QString() : o.input);
    for (const Diagnostic &d : parsed.diagnostics)
        io.err << formatDiagnostic(fileName, d) << "\n";
    if (hasErrors(parsed.diagnostics))
        return InputErrors;

    QString text;
    switch (*o.to) {
    case diagram::DiagramFormat::Arch:
        text = diagram::writeArch(parsed.diagram);
        break;
    case diagram::DiagramFormat::Dot:
        text = diagram::writeDot(parsed.diagram);
        break;
    case diagram::DiagramFormat::Mermaid:
        text = diagram::writeMermaid(parsed.diagram);
        break;
    case diagram::DiagramFormat::D2: // refused in parseArguments
    case diagram::DiagramFormat::Structurizr:
        return UsageOrIoError;
    }
    if (o.output.isEmpty() || o.output == QLatin1String("-")) {
        io.out << text;
        return Success;
    }
    QString why;
    if (!saveFileAtomically(o.output, text.toUtf8(), &why)) {
        io.err << "archexplorer convert: cannot write " << o.output << ": " << why << "\n";
        return UsageOrIoError;
    }
    return Success;
}

} // namespace

Command convertCommand()
{
    return {QStringLiteral("convert"),
            QStringLiteral(
                "convert INPUT [-o OUTPUT] [--from arch|dot|mermaid|d2|structurizr] [--to arch|dot|mermaid]"),
            QStringLiteral(
                "convert a diagram between .arch, Graphviz DOT (.dot, .gv) and Mermaid flowcharts (.mmd); "
                "writes .arch to standard output without -o"),
            runConvert};
}

} // namespace ae::cli

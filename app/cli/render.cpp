// SPDX-License-Identifier: MIT
// `archexplorer render INPUT [-o OUTPUT] [--format svg|png|pdf] [--theme light|dark] [--scale N] [--view NAME
// | --all-views] [--timeout SECONDS] [--engine NAME] [--checks]`: a diagram (or - for stdin) to SVG, PNG or
// PDF, with every diagnostic on stderr as FILE:LINE:COL: error: MESSAGE. --all-views writes one file per view
// into the directory -o names, also for every diagram of a Markdown document. --checks draws the
// architecture-check markers and the path summary, as Draw's preview shows them.
#include "cli.h"

#include "common/diagnostic.h"
#include "diagram/checks/check.h"
#include "diagram/drawchecks.h"
#include "diagram/export.h"
#include "diagram/import/import.h"
#include "diagram/kinds.h"
#include "diagram/layout.h"
#include "diagram/parser.h"
#include "diagram/views.h"
#include "markdown/markdown.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

namespace ae::cli {

namespace {

struct RenderOptions
{
    QString input, output, format, theme = QStringLiteral("light");
    double scale = 2.0;
    double timeout = 60;                        // seconds the layout may take
    QString engine;                             // empty: chosen by the diagram's size and kind
    std::optional<diagram::DiagramFormat> from; // --from overrides the detection
    QString view;                               // --view NAME
    bool allViews = false;                      // --all-views: -o names a directory
    bool checks = false;                        // --checks: markers and the path summary drawn too
};

// One picture to write: a view of a diagram (or a whole diagram), and the file name it gets.
struct Picture
{
    QString name; // without extension
    diagram::Diagram diagram;
    const diagram::Diagram *model = nullptr; // the model the picture is a view of (for --checks)
    QString viewId;                          // empty: the whole model
};

bool isMarkdownPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

// The diagrams of the input: one for a diagram file, every ```arch/dot/mermaid block of a Markdown document
// (diagnostics moved to the document's lines). Diagnostics go to stderr; false when any is an error.
struct Source
{
    diagram::Diagram diagram;
    QString baseName; // for a diagram without views
};

bool parseSources(const QString &fileName, const QString &input, const QByteArray &bytes,
                  diagram::DiagramFormat format, bool markdown, Io &io, QVector<Source> *sources)
{
    bool ok = true;
    auto report = [&](const diagram::ParseResult &parsed, int lineOffset) {
        for (Diagnostic d : parsed.diagnostics) {
            if (d.line > 0)
                d.line += lineOffset;
            io.err << formatDiagnostic(fileName, d) << "\n";
        }
        ok = ok && !hasErrors(parsed.diagnostics);
    };
    const QString base = input == u"-" ? QStringLiteral("diagram") : QFileInfo(input).completeBaseName();
    if (!markdown) {
        const diagram::ParseResult parsed = diagram::parseAnyDiagram(
            diagram::decodeDiagramBytes(bytes, format), format, input == u"-" ? QString() : input);
        report(parsed, 0);
        sources->append({parsed.diagram, base});
        return ok;
    }
    const markdown::MarkdownDocument doc = markdown::parse(QString::fromUtf8(bytes));
    int number = 0;
    for (const markdown::CodeBlock &block : doc.codeBlocks) {
        const std::optional<diagram::DiagramFormat> blockFormat = diagram::diagramFormatFromInfo(block.info);
        if (!markdown::isDiagramInfo(block.info) || !blockFormat)
            continue;
        ++number;
        const diagram::ParseResult parsed = diagram::parseAnyDiagram(block.text, *blockFormat);
        report(parsed, block.contentLine - 1);
        sources->append({parsed.diagram, base + u'-' + QString::number(number)});
    }
    return ok;
}

// The pictures --view / --all-views / neither ask for; an error sentence when a view is not there.
QString choosePictures(const QVector<Source> &sources, const RenderOptions &o, const QString &fileName,
                       QVector<Picture> *pictures)
{
    if (!o.view.isEmpty()) {
        QStringList known;
        for (const Source &source : sources) {
            const int index = diagram::indexOfView(source.diagram, o.view);
            if (index >= 0) {
                pictures->append({o.view, diagram::applyView(source.diagram, source.diagram.views[index]),
                                  &source.diagram, o.view});
                return {};
            }
            for (const diagram::View &v : source.diagram.views)
                known.append(v.id);
        }
        if (known.isEmpty())
            return QStringLiteral("%1 defines no views, so there is no view `%2`").arg(fileName, o.view);
        const QString guess = diagram::suggestion(o.view, known);
        return QStringLiteral("%1 has no view `%2`%3 (its views: %4)")
            .arg(fileName, o.view,
                 guess.isEmpty() ? QString() : QStringLiteral("; did you mean `%1`?").arg(guess),
                 known.join(QStringLiteral(", ")));
    }
    if (!o.allViews) {
        pictures->append({sources.first().baseName, sources.first().diagram, &sources.first().diagram, {}});
        return {};
    }
    QSet<QString> taken;
    for (int i = 0; i < sources.size(); ++i) {
        for (diagram::ViewPicture &view : diagram::viewPictures(sources[i].diagram)) {
            QString name = view.id.isEmpty() ? sources[i].baseName : view.id;
            // Two diagrams of one document may both have a view `system`: the later one is `system-2`...
            for (int n = 2; taken.contains(name); ++n)
                name = (view.id.isEmpty() ? sources[i].baseName : view.id) + u'-' + QString::number(n);
            taken.insert(name);
            pictures->append({name, std::move(view.diagram), &sources[i].diagram, view.id});
        }
    }
    return {};
}

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
        } else if (a == QLatin1String("--timeout")) {
            QString seconds;
            bool ok = false;
            if (value(&seconds))
                o->timeout = seconds.toDouble(&ok);
            if (!ok || o->timeout <= 0 || o->timeout > 86400)
                return QStringLiteral("--timeout must be a number of seconds greater than 0");
        } else if (a == QLatin1String("--engine")) {
            if (!value(&o->engine) ||
                !(o->engine == QLatin1String("auto") || diagram::layoutEngineNames().contains(o->engine)))
                return QStringLiteral("--engine must be auto or one of %1")
                    .arg(diagram::layoutEngineNames().join(QStringLiteral(", ")));
            if (o->engine == QLatin1String("auto"))
                o->engine.clear();
        } else if (a == QLatin1String("--view")) {
            if (!value(&o->view) || o->view.isEmpty())
                return QStringLiteral("--view needs the id of a view");
        } else if (a == QLatin1String("--all-views")) {
            o->allViews = true;
        } else if (a == QLatin1String("--checks")) {
            o->checks = true;
        } else if (a == QLatin1String("--from")) {
            QString name;
            if (!value(&name) || !(o->from = diagram::diagramFormatFromInfo(name)))
                return QStringLiteral("--from must be arch, dot, mermaid, d2 or structurizr");
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return QStringLiteral("unknown option %1").arg(a);
        } else if (o->input.isEmpty()) {
            o->input = a;
        } else {
            return QStringLiteral("only one INPUT can be rendered at a time (extra: %1)").arg(a);
        }
    }
    if (o->input.isEmpty())
        return QStringLiteral(
            "missing INPUT (a .arch, .dot, .gv, .mmd, .d2 or .dsl file, or - for standard input)");
    if (o->allViews && !o->view.isEmpty())
        return QStringLiteral("--view and --all-views cannot be used together");
    if (o->allViews && o->output.isEmpty())
        return QStringLiteral("--all-views needs -o DIRECTORY (one file per view is written there)");
    if (isMarkdownPath(o->input) && !o->allViews && o->view.isEmpty())
        return QStringLiteral(
            "a Markdown document may hold several diagrams: use --all-views -o DIRECTORY, or "
            "--view NAME");
    return {};
}

// Where a layout that ran out of time is reported: the graph statement of a DOT file, else the first line.
int graphLine(const QString &text)
{
    static const QRegularExpression graph(QStringLiteral("^[ \\t]*(strict\\s+)?(di)?graph\\b"),
                                          QRegularExpression::MultilineOption |
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = graph.match(text);
    return m.hasMatch() ? int(text.left(m.capturedStart()).count(u'\n')) + 1 : 1;
}

// FILE:LINE:1: error: the layout took longer than ... (hint: --engine sfdp / --timeout N).
QString timeoutMessage(const QString &fileName, int line, const diagram::Diagram &d,
                       const diagram::LayoutResult &laid, double timeout)
{
    const QString engine = diagram::layoutEngineFor(d);
    const QString hint =
        engine == QLatin1String("dot")
            ? QStringLiteral("try --engine sfdp (force-directed, seconds for big graphs) or a "
                             "longer --timeout, e.g. --timeout %1")
            : QStringLiteral("allow it more time, e.g. --timeout %1");
    return formatDiagnostic(fileName, {Diagnostic::Severity::Error, line, 1,
                                       QStringLiteral("%1 (engine %2, %3 nodes, %4 edges)")
                                           .arg(laid.error, engine)
                                           .arg(d.nodes.size())
                                           .arg(d.edges.size()),
                                       hint.arg(int(qMax(300.0, timeout * 5)))});
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
        format =
            o.output.isEmpty() || o.allViews ? diagram::ExportFormat::Svg : diagram::formatFromPath(o.output);
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
    // read (PlantUML) is one clear line, not a page of .arch errors.
    const bool markdown = isMarkdownPath(o.input) && !o.from;
    diagram::DiagramFormat source = diagram::DiagramFormat::Arch;
    if (o.from) {
        source = *o.from;
    } else if (!markdown) {
        const diagram::DetectedFormat detected =
            diagram::detectDiagramFormat(o.input, QString::fromUtf8(bytes.left(64 * 1024)));
        if (!detected.format) {
            io.err << diagram::unsupportedFormatMessage(fileName, detected) << "\n";
            return UsageOrIoError;
        }
        source = *detected.format;
    }
    QVector<Source> sources;
    if (!parseSources(fileName, o.input, bytes, source, markdown, io, &sources))
        return InputErrors;
    if (sources.isEmpty()) {
        io.err << "archexplorer render: " << fileName
               << " holds no diagram (no ```arch, ```dot, ```mermaid, ```d2 or ```structurizr block)\n";
        return InputErrors;
    }
    QVector<Picture> pictures;
    const QString viewError = choosePictures(sources, o, fileName, &pictures);
    if (!viewError.isEmpty()) {
        io.err << "archexplorer render: " << viewError << "\n";
        return UsageOrIoError;
    }

    // Every picture is laid out before the first file is written: a failure leaves no partial set behind.
    const diagram::Theme theme = diagram::Theme::named(o.theme);
    QVector<diagram::LaidOutDiagram> laidOut;
    for (Picture &picture : pictures) {
        if (!o.engine.isEmpty())
            picture.diagram.layoutEngine = o.engine;
        const diagram::LayoutResult laid =
            diagram::layoutDiagram(picture.diagram, theme, int(o.timeout * 1000), true);
        if (laid.timedOut) {
            const int line = markdown ? 1 : graphLine(diagram::decodeDiagramBytes(bytes, source));
            io.err << timeoutMessage(fileName, line, picture.diagram, laid, o.timeout) << "\n";
            return UsageOrIoError;
        }
        if (!laid.ok) {
            io.err << "archexplorer render: " << laid.error << "\n";
            return UsageOrIoError;
        }
        if (laid.diagram.simplifiedLayout)
            io.err << fileName << ": note: " << laid.diagram.notice << "\n";
        laidOut.append(laid.diagram);
    }

    // --checks: each picture's drawing with the findings of its model and the summary of its path.
    QVector<std::optional<draw::DrawList>> drawings(pictures.size());
    if (o.checks) {
        for (int i = 0; i < pictures.size(); ++i) {
            const diagram::Diagram &model = *pictures[i].model;
            const diagram::checks::CheckReport report = diagram::checks::checkDiagram(model);
            drawings[i] = diagram::checkedDrawList(laidOut[i], theme,
                                                   diagram::checkOverlay(model, report, pictures[i].viewId));
        }
    }
    const auto write = [&](int i, const QString &path, QString *error) {
        return drawings[i] ? diagram::exportDrawing(*drawings[i], path, *format, o.scale, error)
                           : diagram::exportDiagram(laidOut[i], theme, path, *format, o.scale, error);
    };

    if (o.output.isEmpty()) {
        io.out << QString::fromUtf8(
            drawings.first()
                ? draw::toSvg(*drawings.first())
                : diagram::exportBytes(laidOut.first(), theme, diagram::ExportFormat::Svg, 1, nullptr));
        return Success;
    }
    if (!o.allViews) {
        QString error;
        if (!write(0, o.output, &error)) {
            io.err << "archexplorer render: " << error << "\n";
            return UsageOrIoError;
        }
        return Success;
    }
    if (!QDir().mkpath(o.output)) {
        io.err << "archexplorer render: cannot create the directory " << o.output << "\n";
        return UsageOrIoError;
    }
    const QString extension = *format == diagram::ExportFormat::Svg   ? QStringLiteral(".svg")
                              : *format == diagram::ExportFormat::Png ? QStringLiteral(".png")
                                                                      : QStringLiteral(".pdf");
    for (int i = 0; i < pictures.size(); ++i) {
        const QString path = QDir(o.output).filePath(pictures[i].name + extension);
        QString error;
        if (!write(i, path, &error)) {
            io.err << "archexplorer render: " << error << "\n";
            return UsageOrIoError;
        }
        io.out << path << "\n";
    }
    return Success;
}

} // namespace

Command renderCommand()
{
    return {
        QStringLiteral("render"),
        QStringLiteral("render INPUT [-o OUTPUT] [--format svg|png|pdf] [--theme light|dark] [--scale N] "
                       "[--from arch|dot|mermaid|d2|structurizr] [--view NAME | --all-views -o DIRECTORY] "
                       "[--timeout SECONDS] [--engine auto|dot|neato|fdp|sfdp|circo|twopi|nop] [--checks]"),
        QStringLiteral(
            "draw a diagram (.arch, .dot/.gv, .mmd, .d2, .dsl; INPUT - reads standard input) as SVG "
            "(to standard output without "
            "-o), PNG or PDF; --checks draws the architecture-check markers and the path summary"),
        runRender};
}

} // namespace ae::cli

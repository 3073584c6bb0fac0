// SPDX-License-Identifier: MIT
// `archexplorer check FILE [--format text|json] [--paths] [--from arch|dot|mermaid|d2|structurizr]`: the
// architecture checks and path budgets of a diagram (any format the app reads) or of every diagram block of a
// Markdown document, with lines mapped to the document. Syntax errors come first (a diagram that does not
// parse is not checked further); exit 1 when any error is found, 0 with warnings only.
#include "cli/commands.h"

#include "diagram/checks/check.h"
#include "diagram/import/import.h"
#include "markdown/markdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ae::cli {

namespace {

struct Located
{
    Diagnostic diagnostic;
    QString rule; // empty: a syntax error or warning of the diagram text
    QString why;
};

struct CheckedDiagram
{
    int line = 1; // where the diagram starts in the file (a Markdown block's fence)
    QVector<Located> items;
    QVector<diagram::checks::PathFigures> paths;
};

// Parses and checks one diagram; `firstLine` is the file line of the text's line 1.
CheckedDiagram checkText(const QString &text, diagram::DiagramFormat format, int firstLine, int fenceLine,
                         const QString &path = {})
{
    CheckedDiagram out;
    out.line = fenceLine;
    const auto map = [firstLine, fenceLine](Diagnostic d) {
        d.line = d.line > 0 ? firstLine + d.line - 1 : fenceLine;
        return d;
    };
    const diagram::ParseResult parsed = diagram::parseAnyDiagram(text, format, path); // path: includes
    for (const Diagnostic &d : parsed.diagnostics)
        out.items.append({map(d), {}, {}});
    if (hasErrors(parsed.diagnostics))
        return out;
    const diagram::checks::CheckReport report = diagram::checks::checkDiagram(parsed.diagram);
    for (const diagram::checks::Finding &f : report.findings)
        out.items.append({map(f.diagnostic), f.rule, f.why});
    out.paths = report.paths;
    for (diagram::checks::PathFigures &p : out.paths)
        p.location.line = p.location.line > 0 ? firstLine + p.location.line - 1 : fenceLine;
    return out;
}

QString lineText(const QString &file, const Located &item)
{
    Diagnostic d = item.diagnostic;
    if (!item.rule.isEmpty())
        d.message = item.rule + QStringLiteral(": ") + d.message;
    return formatDiagnostic(file, d);
}

QJsonObject pathJson(const diagram::checks::PathFigures &p)
{
    QJsonObject o{{QStringLiteral("path"), p.id},
                  {QStringLiteral("line"), p.location.line},
                  {QStringLiteral("computed"), p.computed}};
    if (!p.computed)
        return o;
    o.insert(QStringLiteral("latencyP50Ms"), p.p50Ms);
    o.insert(QStringLiteral("latencyP99Ms"), p.p99Ms);
    if (p.availabilityAnnotated > 0)
        o.insert(QStringLiteral("availabilityPercent"), p.availability * 100.0);
    if (p.hasCapacity) {
        o.insert(QStringLiteral("capacityPerSecond"), p.capacity);
        o.insert(QStringLiteral("bottleneck"), p.bottleneck);
    }
    o.insert(QStringLiteral("asyncSteps"), QJsonArray::fromStringList(p.asyncSteps));
    QJsonArray budget;
    for (const diagram::checks::BudgetResult &b : p.budget)
        budget.append(QJsonObject{{QStringLiteral("term"), b.term.text},
                                  {QStringLiteral("known"), b.known},
                                  {QStringLiteral("met"), b.met}});
    o.insert(QStringLiteral("budget"), budget);
    return o;
}

int runCheck(const QStringList &args, Io &io)
{
    QString input, format = QStringLiteral("text");
    bool paths = false;
    std::optional<diagram::DiagramFormat> from;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--paths")) {
            paths = true;
        } else if (a == QLatin1String("--format") && i + 1 < args.size() &&
                   (args[i + 1] == QLatin1String("text") || args[i + 1] == QLatin1String("json"))) {
            format = args[++i];
        } else if (a == QLatin1String("--format")) {
            io.err << "archexplorer check: --format must be text or json\n";
            return UsageOrIoError;
        } else if (a == QLatin1String("--from") && i + 1 < args.size() &&
                   (from = diagram::diagramFormatFromInfo(args[i + 1]))) {
            ++i;
        } else if (a == QLatin1String("--from")) {
            io.err << "archexplorer check: --from must be arch, dot, mermaid, d2 or structurizr\n";
            return UsageOrIoError;
        } else if (a.startsWith(u'-') && a != QLatin1String("-")) {
            io.err << "archexplorer check: unknown option '" << a << "'\n";
            return UsageOrIoError;
        } else if (input.isEmpty()) {
            input = a;
        } else {
            io.err << "archexplorer check: only one FILE can be checked at a time (extra: " << a << ")\n";
            return UsageOrIoError;
        }
    }
    if (input.isEmpty()) {
        io.err << "archexplorer check: missing FILE (a diagram or a Markdown document)\n";
        return UsageOrIoError;
    }
    QByteArray bytes;
    QString fileName;
    if (!readInput(QStringLiteral("check"), input, io, &bytes, &fileName))
        return UsageOrIoError;

    QVector<CheckedDiagram> diagrams;
    const bool markdownFile = !from && (input.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
                                        input.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive));
    if (markdownFile) {
        const markdown::MarkdownDocument doc = markdown::parse(QString::fromUtf8(bytes));
        for (const markdown::CodeBlock &block : doc.codeBlocks)
            if (const auto blockFormat = diagram::diagramFormatFromInfo(block.info))
                diagrams.append(checkText(block.text, *blockFormat, block.contentLine, block.line));
    } else {
        diagram::DiagramFormat source = diagram::DiagramFormat::Arch;
        if (from) {
            source = *from;
        } else {
            const diagram::DetectedFormat detected =
                diagram::detectDiagramFormat(input, QString::fromUtf8(bytes.left(64 * 1024)));
            if (!detected.format) {
                io.err << diagram::unsupportedFormatMessage(fileName, detected) << "\n";
                return UsageOrIoError;
            }
            source = *detected.format;
        }
        diagrams.append(checkText(diagram::decodeDiagramBytes(bytes, source), source, 1, 1, input));
    }

    int errors = 0, warnings = 0;
    QJsonArray findings, pathList;
    for (const CheckedDiagram &d : diagrams) {
        for (const Located &item : d.items) {
            errors += item.diagnostic.severity == Diagnostic::Severity::Error ? 1 : 0;
            warnings += item.diagnostic.severity == Diagnostic::Severity::Warning ? 1 : 0;
            if (format == u"json") {
                findings.append(QJsonObject{
                    {QStringLiteral("file"), fileName},
                    {QStringLiteral("line"), item.diagnostic.line},
                    {QStringLiteral("column"), item.diagnostic.column},
                    {QStringLiteral("severity"), severityName(item.diagnostic.severity)},
                    {QStringLiteral("rule"), item.rule.isEmpty() ? QStringLiteral("syntax") : item.rule},
                    {QStringLiteral("message"), item.diagnostic.message},
                    {QStringLiteral("hint"), item.diagnostic.hint},
                    {QStringLiteral("why"), item.why}});
            } else {
                io.out << lineText(fileName, item) << "\n";
            }
        }
        for (const diagram::checks::PathFigures &p : d.paths) {
            if (format == u"json") {
                pathList.append(pathJson(p));
            } else if (paths) {
                io.out << fileName << ":" << p.location.line << ": path " << p.summary() << "\n";
                for (const diagram::checks::BudgetResult &b : p.budget)
                    io.out << "    budget " << b.term.text << ": "
                           << (!b.known ? "unknown"
                               : b.met  ? "met"
                                        : "missed")
                           << "\n";
            }
        }
    }
    if (format == u"json") {
        QJsonObject root{{QStringLiteral("file"), fileName},
                         {QStringLiteral("diagrams"), int(diagrams.size())},
                         {QStringLiteral("errors"), errors},
                         {QStringLiteral("warnings"), warnings},
                         {QStringLiteral("findings"), findings}};
        if (paths)
            root.insert(QStringLiteral("paths"), pathList);
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        io.out << fileName << ": " << diagrams.size() << (diagrams.size() == 1 ? " diagram: " : " diagrams: ")
               << errors << (errors == 1 ? " error, " : " errors, ") << warnings
               << (warnings == 1 ? " warning\n" : " warnings\n");
    }
    return errors > 0 ? InputErrors : Success;
}

} // namespace

Command checkCommand()
{
    return {
        QStringLiteral("check"),
        QStringLiteral("check FILE [--format text|json] [--paths] [--from arch|dot|mermaid|d2|structurizr]"),
        QStringLiteral(
            "architecture checks and path budgets of a diagram (.arch, .dot, .mmd, .d2, .dsl) or of every "
            "diagram "
            "in a Markdown document: FILE:LINE:COL severity rule-id message; --paths adds each path's "
            "latency, availability and bottleneck; exit 1 on errors, 0 on warnings only"),
        runCheck};
}

} // namespace ae::cli

// SPDX-License-Identifier: MIT
#include "cli/linter.h"

#include "content/library.h"
#include "content/links.h"
#include "diagram/checks/check.h"
#include "diagram/parser.h"
#include "markdown/imagesource.h"
#include "metrics/derived.h"
#include "metrics/extract.h"
#include "metrics/measure.h"

#include <algorithm>

namespace ae::cli {
namespace {

Diagnostic make(Diagnostic::Severity severity, int line, int column, const QString &message,
                const QString &hint = {})
{
    return Diagnostic{severity, line, column, message, hint};
}

void checkFrontMatter(const content::Document &doc, QVector<LintFinding> &out)
{
    for (const QString &key : requiredFrontMatter()) {
        if (doc.md.frontMatter.value(key).trimmed().isEmpty())
            out.append(
                {doc.path,
                 make(Diagnostic::Severity::Error, 1, 1, QStringLiteral("front matter has no `%1`").arg(key),
                      QStringLiteral("add `%1: ...` between the `---` lines at the top").arg(key))});
    }
}

void checkSections(const content::Document &doc, QVector<LintFinding> &out)
{
    const QStringList &wanted = caseStudySections();
    QVector<const markdown::Heading *> level2;
    for (const markdown::Heading &h : doc.md.headings)
        if (h.level == 2)
            level2.append(&h);

    int expected = 0; // index into wanted of the next section we expect
    for (const markdown::Heading *h : level2) {
        const int at = wanted.indexOf(h->text.trimmed());
        if (at < 0)
            continue; // extra sections are allowed anywhere
        if (at < expected) {
            out.append({doc.path,
                        make(Diagnostic::Severity::Error, h->line, 1,
                             QStringLiteral("section `%1` is out of order").arg(h->text),
                             QStringLiteral("the sections go: %1").arg(wanted.join(QStringLiteral(", "))))});
            continue;
        }
        expected = at + 1;
    }
    for (const QString &name : wanted) {
        const bool present = std::any_of(level2.cbegin(), level2.cend(), [&](const markdown::Heading *h) {
            return h->text.trimmed() == name;
        });
        if (!present)
            out.append(
                {doc.path,
                 make(Diagnostic::Severity::Error, 1, 1, QStringLiteral("missing section `## %1`").arg(name),
                      QStringLiteral("every case study has the eight sections of the guide"))});
    }
}

void checkDiagrams(const content::Document &doc, bool checksAtRuleSeverity, QVector<LintFinding> &out)
{
    for (int i = 0; i < doc.md.codeBlocks.size(); ++i) {
        const markdown::CodeBlock &block = doc.md.codeBlocks.at(i);
        if (block.info != QLatin1String("arch"))
            continue;
        // ```arch view=NAME draws that view: of its own model, or, for an empty block, of the model above it.
        // The view must exist.
        const QString view = block.viewName();
        const bool viewOnly = block.text.trimmed().isEmpty() && !view.isEmpty();
        int from = i;
        const diagram::ParseResult parsed =
            diagram::parseArch(viewOnly ? markdown::diagramSource(doc.md, i, &from) : block.text);
        if (!view.isEmpty()) {
            QStringList names;
            for (const diagram::View &v : parsed.diagram.views)
                names << v.id;
            if (from < 0 || !names.contains(view))
                out.append(
                    {doc.path, make(Diagnostic::Severity::Error, block.line, 1,
                                    QStringLiteral("diagram: no view named `%1` in %2")
                                        .arg(view, viewOnly ? QStringLiteral("the diagram above")
                                                            : QStringLiteral("this diagram")),
                                    names.isEmpty()
                                        ? QStringLiteral("define it with `view %1 { ... }` in "
                                                         "the model's ```arch block")
                                              .arg(view)
                                        : QStringLiteral("its views: ") + names.join(QStringLiteral(", ")))});
        }
        if (viewOnly)
            continue; // the model's own block reports its problems
        for (Diagnostic d : parsed.diagnostics) {
            // Diagram positions are relative to the block; report them in the Markdown file.
            d.line = d.line > 0 ? block.contentLine + d.line - 1 : block.line;
            d.message = QStringLiteral("diagram: ") + d.message;
            out.append({doc.path, d});
        }
        if (hasErrors(parsed.diagnostics))
            continue;
        // Architecture checks and path budgets (content/checks/rules.json), as `archexplorer check` reports
        // them.
        for (const diagram::checks::Finding &f : diagram::checks::checkDiagram(parsed.diagram).findings) {
            Diagnostic d = f.diagnostic;
            if (!checksAtRuleSeverity)
                d.severity = Diagnostic::Severity::Note;
            d.line = d.line > 0 ? block.contentLine + d.line - 1 : block.line;
            d.message = QStringLiteral("diagram check ") + f.rule + QStringLiteral(": ") + d.message;
            out.append({doc.path, d});
        }
    }
}

void checkMetrics(const content::Document &doc, const metrics::MeasureCatalog &catalog,
                  QVector<LintFinding> &out)
{
    const metrics::Extraction &extraction = doc.metrics;
    if (!extraction.hasSection)
        return; // the missing section is reported by checkSections
    if (extraction.metrics.isEmpty()) {
        int line = 1;
        for (const markdown::Heading &h : doc.md.headings)
            if (metrics::isMetricsSectionTitle(h.text))
                line = h.line;
        out.append({doc.path, make(Diagnostic::Severity::Error, line, 1,
                                   QStringLiteral("the Performance Metrics section has no metrics table"),
                                   QStringLiteral("add a table with Metric, Baseline, Result, Unit columns "
                                                  "(see guide/metrics.md)"))});
    }
    for (const Diagnostic &d : extraction.diagnostics)
        out.append({doc.path, d});
    // Every row names (or is matched to) a measure, so Compare never mixes unlike numbers.
    metrics::Metrics rows = extraction.metrics;
    QVector<metrics::MeasureDiagnostic> measureDiagnostics;
    metrics::assignMeasures(rows, catalog, &measureDiagnostics);
    for (const metrics::MeasureDiagnostic &d : measureDiagnostics)
        out.append({doc.path, d.diagnostic});
    for (const Diagnostic &d : metrics::checkDerived(extraction, doc.source))
        out.append({doc.path, d});
}

bool hasAnchor(const content::Document &doc, const QString &anchor)
{
    return std::any_of(doc.md.headings.cbegin(), doc.md.headings.cend(),
                       [&](const markdown::Heading &h) { return h.anchor == anchor; });
}

void checkLinks(const content::Library &library, const content::Document &doc, QVector<LintFinding> &out)
{
    using Kind = content::LinkTarget::Kind;
    for (const markdown::Link &link : doc.md.links) {
        const content::LinkTarget target = content::resolveLink(library, doc.path, link.target);
        switch (target.kind) {
        case Kind::Internal: {
            const content::Document *other = library.find(target.path);
            if (other && !target.anchor.isEmpty() && !hasAnchor(*other, target.anchor))
                out.append(
                    {doc.path, make(Diagnostic::Severity::Error, link.line, link.column,
                                    QStringLiteral("`%1` has no heading with anchor `#%2`")
                                        .arg(target.path, target.anchor),
                                    QStringLiteral("anchors are GitHub-style slugs of the heading text"))});
            break;
        }
        case Kind::Anchor:
            if (!target.anchor.isEmpty() && !hasAnchor(doc, target.anchor))
                out.append({doc.path, make(Diagnostic::Severity::Error, link.line, link.column,
                                           QStringLiteral("no heading with anchor `#%1` in this document")
                                               .arg(target.anchor))});
            break;
        case Kind::Missing:
            out.append({doc.path, make(Diagnostic::Severity::Note, link.line, link.column,
                                       QStringLiteral("`%1` is not part of this library").arg(link.target))});
            break;
        case Kind::Rejected:
            out.append(
                {doc.path,
                 make(
                     Diagnostic::Severity::Warning, link.line, link.column,
                     QStringLiteral("link `%1` leaves the library and will not be followed").arg(link.target),
                     QStringLiteral("link to documents inside the library, or to http(s) URLs"))});
            break;
        case Kind::External:
        case Kind::Diagram:
            break;
        }
    }
}

// Local images the document names that the library does not have (the reader shows a box in their place), and
// images it can never show: outside the library, or a scheme other than http(s). Remote images are fine:
// never fetched.
void checkImages(const content::Library &library, const content::Document &doc, QVector<LintFinding> &out)
{
    using Kind = markdown::ImageSource::Kind;
    for (const markdown::Image &image : doc.md.images) {
        const markdown::ImageSource source = markdown::classifyImageSource(image.src);
        if (source.kind == Kind::Remote)
            continue;
        const QString rel =
            source.kind == Kind::Local
                ? content::resolveRelative(source.rootRelative ? QString() : doc.path, source.path)
                : QString();
        if (source.kind == Kind::Refused || rel.isEmpty()) {
            out.append(
                {doc.path,
                 make(
                     Diagnostic::Severity::Warning, image.line, image.column,
                     QStringLiteral("image `%1` is outside the library and will not be shown").arg(image.src),
                     QStringLiteral("keep images inside the library and link them relatively"))});
        } else if (library.readFile(rel).isEmpty()) {
            out.append(
                {doc.path, make(Diagnostic::Severity::Error, image.line, image.column,
                                QStringLiteral("image `%1` not found (looked for `%2`)").arg(image.src, rel),
                                QStringLiteral("add the file to the library or fix the path"))});
        }
    }
}

} // namespace

const QStringList &caseStudySections()
{
    static const QStringList sections{QStringLiteral("Executive Summary"),
                                      QStringLiteral("Business Context"),
                                      QStringLiteral("Database Technology Choices"),
                                      QStringLiteral("Architecture Overview"),
                                      QStringLiteral("Implementation Details"),
                                      QStringLiteral("Performance Metrics"),
                                      QStringLiteral("Lessons Learned"),
                                      QStringLiteral("Trade-offs Made")};
    return sections;
}

const QStringList &requiredFrontMatter()
{
    static const QStringList keys{QStringLiteral("title"), QStringLiteral("domain"),
                                  QStringLiteral("technologies"), QStringLiteral("scale"),
                                  QStringLiteral("summary")};
    return keys;
}

bool isCaseStudy(const content::Document &doc)
{
    if (doc.path.startsWith(QLatin1String("case-studies/")))
        return true;
    const QString domain = doc.md.frontMatter.value(QStringLiteral("domain")).trimmed();
    return !domain.isEmpty() && domain != QLatin1String("overview") && domain != QLatin1String("guide");
}

QVector<LintFinding> lintLibrary(const content::Library &library, bool checksAtRuleSeverity)
{
    QVector<LintFinding> out;
    QString catalogError;
    const metrics::MeasureCatalog catalog =
        metrics::MeasureCatalog::forLibrary(library.root(), &catalogError);
    if (!catalogError.isEmpty())
        out.append(
            {QStringLiteral("metrics/measures.json"), make(Diagnostic::Severity::Error, 1, 1, catalogError)});
    for (const content::Document &doc : library.documents()) {
        QVector<LintFinding> found;
        for (const QString &w : doc.warnings)
            found.append({doc.path, make(Diagnostic::Severity::Warning, 1, 1, w)});
        if (isCaseStudy(doc)) {
            checkFrontMatter(doc, found);
            checkSections(doc, found);
            checkMetrics(doc, catalog, found);
        }
        checkDiagrams(doc, checksAtRuleSeverity, found);
        checkLinks(library, doc, found);
        checkImages(library, doc, found);
        std::stable_sort(found.begin(), found.end(), [](const LintFinding &a, const LintFinding &b) {
            return std::tie(a.diagnostic.line, a.diagnostic.column) <
                   std::tie(b.diagnostic.line, b.diagnostic.column);
        });
        out += found;
    }
    return out;
}

} // namespace ae::cli

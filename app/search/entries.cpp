// SPDX-License-Identifier: MIT
// entriesForDocument: turns a parsed document into search entries (sections, diagram nodes, technologies,
// metrics).
#include "search/entries.h"

#include "content/library.h"
#include "diagram/parser.h"
#include "metrics/extract.h"

#include <QSet>

namespace ae::search {

namespace {

const markdown::Section *sectionAt(const markdown::MarkdownDocument &md, int index)
{
    return index >= 0 && index < md.sections.size() ? &md.sections.at(index) : nullptr;
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

void addDiagramEntries(const content::Document &doc, int blockIndex, QVector<Entry> &out)
{
    const markdown::CodeBlock &block = doc.md.codeBlocks.at(blockIndex);
    const diagram::ParseResult parsed = diagram::parseArch(block.text);
    const markdown::Section *section = sectionAt(doc.md, block.sectionIndex);
    Entry base;
    base.docPath = doc.path;
    base.docTitle = doc.title;
    base.anchor = section ? section->anchor : QString();
    base.sectionTitle = section ? section->title : QString();
    base.block = blockIndex;
    QSet<QString> techs;
    for (const diagram::Node &node : parsed.diagram.nodes) {
        Entry e = base;
        e.kind = EntryKind::DiagramNode;
        e.heading = oneLine(node.label.isEmpty() ? node.id : node.label);
        if (!node.technology.isEmpty())
            e.heading += QStringLiteral(" \u2014 ") + node.technology;
        e.text = oneLine(node.note);
        if (!parsed.diagram.title.isEmpty())
            e.text += (e.text.isEmpty() ? QString() : QStringLiteral(". ")) + parsed.diagram.title;
        e.key = node.id;
        e.line = node.location.line > 0 ? block.contentLine + node.location.line - 1 : block.line;
        out.append(e);
        if (!node.technology.isEmpty() && !techs.contains(node.technology)) {
            techs.insert(node.technology);
            Entry t = base;
            t.kind = EntryKind::Technology;
            t.heading = node.technology;
            t.text = parsed.diagram.title;
            t.key = node.technology;
            t.line = e.line;
            out.append(t);
        }
    }
}

} // namespace

QVector<Entry> entriesForDocument(const content::Document &doc)
{
    QVector<Entry> out;
    Entry title;
    title.kind = EntryKind::Title;
    title.docPath = doc.path;
    title.docTitle = doc.title;
    title.heading = doc.title;
    title.text = doc.md.frontMatter.value(QStringLiteral("summary"));
    title.line = 1;
    out.append(title);

    for (const markdown::Section &s : doc.md.sections) {
        if (s.title.isEmpty() && s.text.trimmed().isEmpty())
            continue;
        Entry e;
        e.kind = EntryKind::Section;
        e.docPath = doc.path;
        e.docTitle = doc.title;
        e.anchor = s.anchor;
        e.sectionTitle = s.title;
        e.heading = s.title;
        e.text = s.text;
        e.line = s.line;
        out.append(e);
    }

    for (int i = 0; i < doc.md.codeBlocks.size(); ++i) {
        if (doc.md.codeBlocks.at(i).info == QLatin1String("arch"))
            addDiagramEntries(doc, i, out);
    }

    const metrics::Extraction &ex = doc.metrics;
    for (const metrics::Metric &m : ex.metrics) {
        Entry e;
        e.kind = EntryKind::Metric;
        e.docPath = doc.path;
        e.docTitle = doc.title;
        e.anchor = m.sectionAnchor;
        for (const markdown::Section &s : doc.md.sections) {
            if (s.anchor == m.sectionAnchor) {
                e.sectionTitle = s.title;
                break;
            }
        }
        e.heading = m.name;
        e.text = m.source;
        e.key = m.name;
        e.line = m.line;
        out.append(e);
    }
    return out;
}

} // namespace ae::search

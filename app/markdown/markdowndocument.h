// SPDX-License-Identifier: MIT
// What the rest of the app knows about a Markdown text: our own types, filled by the only code that calls
// cmark-gfm (markdown.cpp). Line and column numbers are 1-based and refer to the original file, front matter
// included.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::markdown {

struct Heading
{
    int level = 1;  // 1..6
    QString text;   // plain text of the heading
    QString anchor; // GitHub-style slug, unique within the document ("performance-metrics", "x-1")
    int line = 0;
};

struct Link
{
    QString
        target; // as written: "case-studies/fintech.md#lessons-learned", "#trade-offs-made", "https://..."
    QString text;
    int line = 0;
    int column = 0;
};

// An image: Markdown's ![alt](src), or an <img> (or the <source> a <picture> uses) in raw HTML. The reader
// loads local ones from the library only; the linter reports the ones that are missing.
struct Image
{
    QString
        src; // as written (references decoded): "images/a.png", "https://...", "file:///..." (never loaded)
    QString alt; // plain text; part of the section text, so search finds it
    int line = 0;
    int column = 0;
};

// A fenced code block. Blocks whose info is "arch", "dot" or "mermaid" are diagrams: the HTML shows an
// <img src="diagram:INDEX"> in their place (INDEX = position in codeBlocks), for the view to draw.
struct CodeBlock
{
    QString info;          // first word of the info string, lower-case ("arch", "sql", "")
    QString text;          // content, without the fences
    int line = 0;          // line of the opening fence
    int contentLine = 0;   // line of the first content line
    int sectionIndex = -1; // index into sections, -1 before the first heading
    QString infoRest;      // the info string after its first word ("example", "view=checkout")
    // A drawn block whose info string says `example` (```arch example): the reader shows its source above
    // the drawing, as a language guide needs.
    bool showsSource() const { return infoRest.split(QLatin1Char(' ')).contains(QLatin1String("example")); }
    // ```arch view=checkout: the block shows that view of a diagram model (empty when it names none).
    QString viewName() const
    {
        for (const QString &word : infoRest.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.startsWith(QLatin1String("view=")))
                return word.mid(5);
        return {};
    }
};

struct TableCell
{
    QString text; // plain text of the cell, inline markup removed
    int line = 0;
    int column = 0;
};

struct Table
{
    int line = 0;
    int sectionIndex = -1;
    QVector<TableCell> header;
    QVector<QVector<TableCell>> rows;
};

// The text between one heading and the next (of any level): what search and evidence point at.
struct Section
{
    QString title; // empty for the text before the first heading
    QString anchor;
    int level = 0;
    int line = 0;
    QString text; // plain text of the section body (paragraphs, list items, table cells, code excluded)
};

struct MarkdownDocument;

// The diagram text a drawn block shows: its own text, or, for an empty block that names a view
// (```arch view=checkout), the text of the nearest block of the same language above it that is not empty (a
// document defines a model once and shows its views in the sections that discuss them). *from receives the
// index of the block the text comes from (-1 when there is none).
QString diagramSource(const MarkdownDocument &doc, int block, int *from = nullptr);

struct MarkdownDocument
{
    QMap<QString, QString> frontMatter; // keys lower-case; from a leading "---" block of "key: value" lines
    QString title;                      // front matter "title", else the first level-1 heading, else empty
    QVector<Heading> headings;
    QVector<Section> sections;
    QVector<Link> links;
    QVector<Image> images;
    QVector<CodeBlock> codeBlocks;
    QVector<Table> tables;
    QString html; // body HTML for QTextBrowser: safe (raw HTML through markdown/htmlallow.h),
                  // heading anchors
};

} // namespace ae::markdown

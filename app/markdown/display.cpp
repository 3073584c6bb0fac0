// SPDX-License-Identifier: MIT
// Rewrites of the node tree for display only (display_p.h).
#include "markdown/display_p.h"

#include "markdown/cmarkutil_p.h"
#include "markdown/highlight.h"
#include "markdown/markdown.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>

#include <vector>

namespace ae::markdown {

namespace {

// Qt's HTML import slows down sharply with nesting: 30,000 nested block quotes took 35 s in setHtml, nested
// emphasis over a minute. Beyond kMaxNesting levels of one kind, the wrapper goes and its content stays (the
// text reads the same; the deeper indentation or emphasis adds nothing a reader could see anyway).
constexpr int kMaxNesting = 16;

void unwrap(cmark_node *node)
{
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_insert_before(node, child);
    cmark_node_unlink(node);
    cmark_node_free(node);
}

// A table's rows beyond what the reader lays out quickly (Qt took 2.8 s for 90,000 rows) are left out of the
// display with a sentence saying how many; search and metrics still read the whole table.
constexpr int kMaxTableRows = 5000;

void capTable(cmark_node *table)
{
    int rows = 0;
    cmark_node *row = cmark_node_first_child(table);
    for (; row && rows <= kMaxTableRows; row = cmark_node_next(row))
        ++rows; // the header row plus kMaxTableRows body rows stay
    if (!row)
        return;
    int dropped = 0;
    while (row) {
        cmark_node *next = cmark_node_next(row);
        cmark_node_unlink(row);
        cmark_node_free(row);
        row = next;
        ++dropped;
    }
    cmark_node *notice = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    const QByteArray html =
        "<p class=\"notice\">" +
        QString::fromUtf8("This table has %1 more rows, not shown here: the reader shows the first %2.")
            .arg(dropped)
            .arg(kMaxTableRows)
            .toUtf8() +
        "</p>\n";
    cmark_node_set_on_enter(notice, html.constData());
    cmark_node_set_on_exit(notice, "");
    cmark_node_insert_after(table, notice);
}

} // namespace

void capForDisplay(cmark_node *root)
{
    std::vector<cmark_node *> excess;
    std::vector<cmark_node *> tables;
    int quotes = 0, lists = 0, emphasis = 0;
    IterPtr it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER && isType(node, "table"))
            tables.push_back(node);
        int *depth = type == CMARK_NODE_BLOCK_QUOTE                           ? &quotes
                     : type == CMARK_NODE_LIST                                ? &lists
                     : (type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG) ? &emphasis
                                                                              : nullptr;
        if (!depth)
            continue;
        if (ev == CMARK_EVENT_ENTER) {
            if (++*depth > kMaxNesting)
                excess.push_back(node);
        } else {
            --*depth;
        }
    }
    for (cmark_node *node : excess) {
        if (cmark_node_get_type(node) == CMARK_NODE_LIST) {
            // A list's children are items; lifting items out of their list is not valid Markdown structure,
            // so the items' own content is lifted instead.
            while (cmark_node *item = cmark_node_first_child(node)) {
                while (cmark_node *child = cmark_node_first_child(item))
                    cmark_node_insert_before(node, child);
                cmark_node_unlink(item);
                cmark_node_free(item);
            }
            cmark_node_unlink(node);
            cmark_node_free(node);
        } else {
            unwrap(node);
        }
    }
    for (cmark_node *table : tables)
        capTable(table);
}

// What QTextBrowser cannot show as cmark writes it.
QString adaptHtmlForQt(QString html)
{
    // Data tables: no space between cells, so each row's rule runs unbroken (also in a browser, for export).
    html.replace(QLatin1String("<table>"), QLatin1String("<table cellspacing=\"0\">"));
    html.replace(QLatin1String("<del>"), QLatin1String("<s>"));
    html.replace(QLatin1String("</del>"), QLatin1String("</s>"));
    html.replace(QLatin1String("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"),
                 QStringLiteral("\u2611"));
    html.replace(QLatin1String("<input type=\"checkbox\" disabled=\"\" />"), QStringLiteral("\u2610"));
    // Footnotes: a rule, then the notes (each <li id="fn-N"> with its back-links); Qt knows no <section>.
    html.replace(QLatin1String("<section class=\"footnotes\" data-footnotes>"),
                 QLatin1String("<hr class=\"footnotes\"/>\n<div class=\"footnotes\">"));
    html.replace(QLatin1String("</section>"), QLatin1String("</div>"));
    return html;
}

namespace {

// Code blocks and tables as the reader shows them.
//
// A code block (every one that is not a diagram) becomes a one-cell table, the only box QTextDocument gives
// padding and a background to. Its first line, small and right-aligned, names the language and holds a "Copy"
// link (copy:N, N = index in codeBlocks; the view copies codeBlocks[N].text, the text as written); a header
// row of its own cost Qt a millisecond more per block to lay out. Its lines are highlighted here, on the
// thread that parses (the library's loader), never when a page opens. Long lines wrap at the view's width
// with a hanging indent (see kCodeWrapHang): a horizontal scroll bar would scroll the whole page, as
// QTextDocument has no per-block scrolling.
QString codeBlockHtml(int index, const CodeBlock &cb)
{
    const HighlightedCode code = highlightCode(cb.info, cb.text);
    QString html =
        QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td class=\"code\"><p class=\"codehead\" align=\"right\">");
    if (!code.label.isEmpty())
        html += code.label.toHtmlEscaped() + QStringLiteral(" \u00b7 ");
    html += QStringLiteral("<a href=\"copy:%1\">Copy</a></p>").arg(index);
    // Runs of lines with the same indentation share one <pre class="cN">; a blank line joins the run it is
    // in.
    int open = -1;
    for (int i = 0; i < code.lines.size(); ++i) {
        const int indent = code.indents.value(i, -1);
        const int hang =
            indent < 0 && open >= 0 ? open : qMin(qMax(indent, 0) + kCodeWrapHang, kMaxCodeWrapIndent);
        if (hang != open) {
            if (open >= 0)
                html += QStringLiteral("</pre>");
            html += QStringLiteral("<pre class=\"c%1\">").arg(hang);
            open = hang;
        } else {
            html += QLatin1Char('\n');
        }
        html += code.lines.at(i);
    }
    if (open < 0)
        html += QStringLiteral("<pre class=\"c%1\">").arg(kCodeWrapHang);
    html += QStringLiteral("</pre></td></tr></table>\n");
    return html;
}

} // namespace

// Every code block that is not a diagram, in document order: the same order the Extractor appended them in.
void dressCodeBlocks(cmark_node *root, const MarkdownDocument &doc)
{
    std::vector<cmark_node *> blocks;
    IterPtr it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK)
            blocks.push_back(node);
    }
    for (int i = 0; i < int(blocks.size()) && i < doc.codeBlocks.size(); ++i) {
        cmark_node *node = blocks[std::size_t(i)];
        int fenceLength = 0, fenceOffset = 0;
        char fenceChar = 0;
        const CodeBlock &cb = doc.codeBlocks.at(i);
        if (cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar) && isDiagramInfo(cb.info)) {
            // Drawn: rewriteForDisplay puts the picture in its place; an example keeps its source above it.
            if (cb.showsSource()) {
                cmark_node *source = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
                cmark_node_set_on_enter(source, codeBlockHtml(i, cb).toUtf8().constData());
                cmark_node_set_on_exit(source, "");
                cmark_node_insert_before(node, source);
            }
            continue;
        }
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(block, codeBlockHtml(i, doc.codeBlocks.at(i)).toUtf8().constData());
        cmark_node_set_on_exit(block, "");
        cmark_node_replace(node, block);
        cmark_node_free(node);
    }
}

namespace {

// A cell that reads as a number: "95", "3,900", "~35", "99.9992", "-4.5%", "$0.53", "12 ms", "1.2M", "3x".
// Empty cells and dashes say nothing either way.
enum class CellKind { Blank, Number, Text };

CellKind cellKind(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("^(?:|-|\u2013|\u2014|n/?a|\\?)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral(
        "^(?:[~\u2248<>\u2264\u2265\u00b1+\u2212$\u20ac\u00a3\u00a5-]\\s?)*\\d[\\d,.\u2009\u202f\u00a0]*"
        "(?:\\s?(?:[%\u00d7x]|[kKMGTB]|[A-Za-z\u00b5\u03bc]{1,8}(?:/[A-Za-z0-9]{1,6})?))?$"));
    const QString t = text.trimmed();
    if (blank.match(t).hasMatch())
        return CellKind::Blank;
    return number.match(t).hasMatch() ? CellKind::Number : CellKind::Text;
}

// Columns of numbers read right-aligned (digits line up); an alignment written in the table (":--", "--:")
// stays.
void alignNumericColumns(cmark_node *table)
{
    const int columns = cmark_gfm_extensions_get_table_columns(table);
    uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(table);
    if (!alignments || columns <= 0)
        return;
    std::vector<int> numbers(std::size_t(columns), 0), texts(std::size_t(columns), 0);
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
        if (row == cmark_node_first_child(table))
            continue; // the header row names the column, it is not one of its values
        int c = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell && c < columns;
             cell = cmark_node_next(cell), ++c) {
            const CellKind kind = cellKind(plainText(cell));
            if (kind == CellKind::Number)
                ++numbers[std::size_t(c)];
            else if (kind == CellKind::Text)
                ++texts[std::size_t(c)];
        }
    }
    for (int c = 0; c < columns; ++c) {
        if (alignments[c] == 0 && numbers[std::size_t(c)] > 0 && texts[std::size_t(c)] == 0)
            alignments[c] = 'r';
    }
}

} // namespace

void dressTables(cmark_node *root)
{
    std::vector<cmark_node *> tables;
    IterPtr it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && isType(node, "table"))
            tables.push_back(node);
    }
    for (cmark_node *table : tables)
        alignNumericColumns(table);
}

} // namespace ae::markdown

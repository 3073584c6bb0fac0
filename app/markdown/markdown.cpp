// SPDX-License-Identifier: MIT
// The only caller of cmark-gfm: parses GFM into a node tree, extracts our types from it, rewrites the nodes the
// reader shows differently (raw HTML, diagram blocks, heading anchors) and renders safe HTML.
#include "markdown/markdown.h"

#include "markdown/frontmatter.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcMarkdown, "archexplorer.markdown")

namespace ae::markdown {

namespace {

struct ParserDeleter {
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter {
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

void ensureExtensions()
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    (void)registered;
}

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

bool isType(cmark_node *node, const char *typeString)
{
    const char *t = cmark_node_get_type_string(node);
    return t && qstrcmp(t, typeString) == 0;
}

// Plain text of an inline subtree: text and code literals, breaks as spaces.
QString plainText(cmark_node *node)
{
    QString out;
    IterPtr iter(cmark_iter_new(node));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *cur = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(cur)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out += str(cmark_node_get_literal(cur));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return out.simplified();
}

QString escapeHtml(const QString &s)
{
    return s.toHtmlEscaped();
}

// Converts cmark's byte columns to 1-based character columns of the original text.
class ColumnMap
{
public:
    explicit ColumnMap(const QByteArray &utf8) : m_utf8(utf8)
    {
        m_lineStarts.append(0);
        for (int i = 0; i < utf8.size(); ++i) {
            if (utf8.at(i) == '\n')
                m_lineStarts.append(i + 1);
        }
    }
    int column(int line, int byteColumn) const
    {
        if (line < 1 || line > m_lineStarts.size() || byteColumn < 1)
            return byteColumn;
        const int start = m_lineStarts.at(line - 1);
        const int len = qMin(byteColumn - 1, m_utf8.size() - start);
        return QString::fromUtf8(m_utf8.constData() + start, qMax(0, len)).size() + 1;
    }

private:
    const QByteArray &m_utf8;
    QVector<int> m_lineStarts;
};

struct Extractor {
    MarkdownDocument &doc;
    const ColumnMap &columns;
    QHash<QString, int> slugCounts;
    QSet<QString> usedSlugs;
    QVector<cmark_node *> headingNodes;   // parallel to doc.headings
    QVector<cmark_node *> diagramNodes;   // with their codeBlocks index in diagramIndexes
    QVector<int> diagramIndexes;
    QVector<cmark_node *> rawBlocks;
    QVector<cmark_node *> rawInlines;

    int currentSection() const { return doc.sections.size() - 1; }

    void appendText(const QString &text)
    {
        if (text.isEmpty())
            return;
        QString &body = doc.sections.last().text;
        if (!body.isEmpty())
            body += QLatin1Char('\n');
        body += text;
    }

    // GitHub's rule: the first "x" keeps its slug, later ones get "x-1", "x-2", ... skipping slugs already taken.
    QString uniqueSlug(const QString &text)
    {
        const QString base = slugify(text);
        QString slug = base;
        int &n = slugCounts[base];
        while (usedSlugs.contains(slug))
            slug = base + QLatin1Char('-') + QString::number(++n);
        usedSlugs.insert(slug);
        return slug;
    }

    void run(cmark_node *root)
    {
        doc.sections.append(Section{}); // the text before the first heading
        IterPtr iter(cmark_iter_new(root));
        cmark_event_type ev;
        Table *table = nullptr;
        bool rowIsHeader = false;
        QStringList rowTexts;
        while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(node);
            const int line = cmark_node_get_start_line(node);
            if (ev == CMARK_EVENT_EXIT) {
                if (isType(node, "table")) {
                    table = nullptr;
                } else if ((isType(node, "table_row") || isType(node, "table_header")) && table) {
                    appendText(rowTexts.join(QLatin1Char('\t')));
                    rowTexts.clear();
                }
                continue;
            }
            if (type == CMARK_NODE_HEADING) {
                Heading h;
                h.level = cmark_node_get_heading_level(node);
                h.text = plainText(node);
                h.anchor = uniqueSlug(h.text);
                h.line = line;
                doc.headings.append(h);
                headingNodes.append(node);
                Section s;
                s.title = h.text;
                s.anchor = h.anchor;
                s.level = h.level;
                s.line = line;
                doc.sections.append(s);
                collectLinks(node);
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            } else if (type == CMARK_NODE_PARAGRAPH) {
                if (!table)
                    appendText(plainText(node));
                collectLinks(node);
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            } else if (type == CMARK_NODE_CODE_BLOCK) {
                CodeBlock cb;
                const QString info = str(cmark_node_get_fence_info(node)).trimmed();
                cb.info = info.section(QLatin1Char(' '), 0, 0).toLower();
                cb.text = str(cmark_node_get_literal(node));
                cb.line = line;
                int fenceLength = 0, fenceOffset = 0;
                char fenceChar = 0;
                const bool fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar) != 0;
                cb.contentLine = fenced ? line + 1 : line;
                cb.sectionIndex = doc.headings.isEmpty() ? -1 : currentSection();
                doc.codeBlocks.append(cb);
                if (fenced && isDiagramInfo(cb.info)) {
                    diagramNodes.append(node);
                    diagramIndexes.append(doc.codeBlocks.size() - 1);
                }
            } else if (type == CMARK_NODE_HTML_BLOCK) {
                rawBlocks.append(node);
            } else if (isType(node, "table")) {
                Table t;
                t.line = line;
                t.sectionIndex = doc.headings.isEmpty() ? -1 : currentSection();
                doc.tables.append(t);
                table = &doc.tables.last();
            } else if ((isType(node, "table_row") || isType(node, "table_header")) && table) {
                // cmark-gfm types the header row "table_header", data rows "table_row".
                rowIsHeader = isType(node, "table_header") || cmark_gfm_extensions_get_table_row_is_header(node) != 0;
                if (!rowIsHeader)
                    table->rows.append(QVector<TableCell>());
            } else if (isType(node, "table_cell") && table) {
                TableCell cell;
                cell.text = plainText(node);
                cell.line = line;
                cell.column = columns.column(line, cmark_node_get_start_column(node));
                if (rowIsHeader || table->rows.isEmpty())
                    table->header.append(cell);
                else
                    table->rows.last().append(cell);
                rowTexts.append(cell.text);
                collectLinks(node);
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            }
        }
        // The text before the first heading is a section only when there is some.
        if (doc.sections.first().text.isEmpty()) {
            doc.sections.removeFirst();
            for (CodeBlock &cb : doc.codeBlocks)
                cb.sectionIndex = cb.sectionIndex < 0 ? -1 : cb.sectionIndex - 1;
            for (Table &t : doc.tables)
                t.sectionIndex = t.sectionIndex < 0 ? -1 : t.sectionIndex - 1;
        }
    }

    void collectLinks(cmark_node *inlineRoot)
    {
        IterPtr iter(cmark_iter_new(inlineRoot));
        cmark_event_type ev;
        while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *cur = cmark_iter_get_node(iter.get());
            if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cur) == CMARK_NODE_HTML_INLINE)
                rawInlines.append(cur);
            if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(cur) != CMARK_NODE_LINK)
                continue;
            Link l;
            l.target = str(cmark_node_get_url(cur));
            l.text = plainText(cur);
            l.line = cmark_node_get_start_line(cur);
            l.column = columns.column(l.line, cmark_node_get_start_column(cur));
            doc.links.append(l);
        }
    }
};

void rewriteForDisplay(Extractor &ex)
{
    for (int i = 0; i < ex.headingNodes.size(); ++i) {
        cmark_node *anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        const QByteArray a = ex.doc.headings.at(i).anchor.toHtmlEscaped().toUtf8();
        cmark_node_set_on_enter(anchor, QByteArray("<a name=\"" + a + "\" id=\"" + a + "\"></a>").constData());
        cmark_node_set_on_exit(anchor, "");
        cmark_node_prepend_child(ex.headingNodes.at(i), anchor);
    }
    for (int i = 0; i < ex.diagramNodes.size(); ++i) {
        const QByteArray n = QByteArray::number(ex.diagramIndexes.at(i));
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(block, QByteArray("<p class=\"diagram\"><a href=\"diagram:" + n
                                                  + "\"><img src=\"diagram:" + n + "\"/></a></p>\n").constData());
        cmark_node_set_on_exit(block, "");
        cmark_node_replace(ex.diagramNodes.at(i), block);
        cmark_node_free(ex.diagramNodes.at(i));
    }
    // Raw HTML is shown as what it is, text, never interpreted (and never "raw HTML omitted").
    for (cmark_node *raw : ex.rawBlocks) {
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        QString literal = str(cmark_node_get_literal(raw));
        while (literal.endsWith(QLatin1Char('\n')))
            literal.chop(1);
        const QByteArray html = "<pre class=\"rawhtml\">" + escapeHtml(literal).toUtf8() + "</pre>\n";
        cmark_node_set_on_enter(block, html.constData());
        cmark_node_set_on_exit(block, "");
        cmark_node_replace(raw, block);
        cmark_node_free(raw);
    }
    for (cmark_node *raw : ex.rawInlines) {
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, cmark_node_get_literal(raw));
        cmark_node_replace(raw, text);
        cmark_node_free(raw);
    }
}

// Qt's HTML import slows down sharply with nesting: 30,000 nested block quotes took 35 s in setHtml, nested
// emphasis over a minute. Beyond kMaxNesting levels of one kind, the wrapper goes and its content stays (the text
// reads the same; the deeper indentation or emphasis adds nothing a reader could see anyway).
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
    const QByteArray html = "<p class=\"notice\">" +
                            QString::fromUtf8("This table has %1 more rows, not shown here: the reader shows the first %2.")
                                .arg(dropped)
                                .arg(kMaxTableRows)
                                .toUtf8() +
                            "</p>\n";
    cmark_node_set_on_enter(notice, html.constData());
    cmark_node_set_on_exit(notice, "");
    cmark_node_insert_after(table, notice);
}

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
        int *depth = type == CMARK_NODE_BLOCK_QUOTE                            ? &quotes
                     : type == CMARK_NODE_LIST                                 ? &lists
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
            // A list's children are items; lifting items out of their list is not valid Markdown structure, so
            // the items' own content is lifted instead.
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
    html.replace(QLatin1String("<del>"), QLatin1String("<s>"));
    html.replace(QLatin1String("</del>"), QLatin1String("</s>"));
    html.replace(QLatin1String("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"), QStringLiteral("\u2611"));
    html.replace(QLatin1String("<input type=\"checkbox\" disabled=\"\" />"), QStringLiteral("\u2610"));
    return html;
}

} // namespace

bool isDiagramInfo(const QString &info)
{
    return info == QLatin1String("arch") || info == QLatin1String("dot") || info == QLatin1String("mermaid");
}

QString slugify(const QString &heading)
{
    QString out;
    out.reserve(heading.size());
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c.isSpace())
            out += QLatin1Char('-');
    }
    return out;
}

MarkdownDocument parse(const QString &text)
{
    ensureExtensions();
    MarkdownDocument doc;
    const QString body = stripFrontMatter(text, &doc.frontMatter);
    const QByteArray utf8 = body.toUtf8();

    const int options = CMARK_OPT_DEFAULT;
    ParserPtr parser(cmark_parser_new(options));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
        else
            qCWarning(lcMarkdown) << "cmark-gfm extension missing:" << name;
    }
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    NodePtr root(cmark_parser_finish(parser.get()));
    if (!root)
        return doc;

    ColumnMap columns(utf8);
    Extractor ex{doc, columns, {}, {}, {}, {}, {}, {}, {}};
    ex.run(root.get());
    rewriteForDisplay(ex);
    capForDisplay(root.get());

    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    doc.html = adaptHtmlForQt(QString::fromUtf8(html));
    free(html);

    doc.title = doc.frontMatter.value(QStringLiteral("title"));
    if (doc.title.isEmpty()) {
        for (const Heading &h : qAsConst(doc.headings)) {
            if (h.level == 1) {
                doc.title = h.text;
                break;
            }
        }
    }
    return doc;
}

} // namespace ae::markdown

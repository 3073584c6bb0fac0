// SPDX-License-Identifier: MIT
// The only caller of cmark-gfm: parses GFM into a node tree, extracts our types from it, rewrites the nodes
// the reader shows differently (raw HTML through the allowlist, diagram blocks, heading anchors, emoji
// shortcodes) and renders safe HTML.
#include "markdown/markdown.h"

#include "markdown/cmarkutil_p.h"
#include "markdown/display_p.h"

#include "markdown/emoji.h"
#include "markdown/frontmatter.h"
#include "markdown/highlight.h"
#include "markdown/htmlallow.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcMarkdown, "archexplorer.markdown")

namespace ae::markdown {

namespace {

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
    // The line's UTF-16 offsets are counted once per line and kept while queries stay on it (thousands of
    // links or tags on one long line would otherwise cost a walk of the line each).
    int column(int line, int byteColumn) const
    {
        if (line < 1 || line > m_lineStarts.size() || byteColumn < 1)
            return byteColumn;
        if (line != m_cachedLine) {
            const int start = m_lineStarts.at(line - 1);
            const int end = line < m_lineStarts.size() ? m_lineStarts.at(line) : int(m_utf8.size());
            m_units.resize(end - start + 1);
            int units = 0;
            for (int i = start; i < end; ++i) {
                m_units[i - start] = units;
                const uchar b = uchar(m_utf8.at(i));
                units += (b & 0xC0) == 0x80 ? 0 : (b >= 0xF0 ? 2 : 1); // UTF-16 units per sequence
            }
            m_units[end - start] = units;
            m_cachedLine = line;
        }
        return m_units.at(qMin(byteColumn - 1, int(m_units.size()) - 1)) + 1;
    }

private:
    const QByteArray &m_utf8;
    QVector<int> m_lineStarts;
    mutable int m_cachedLine = 0;
    mutable QVector<int> m_units; // byte offset in the cached line -> UTF-16 offset
};

// HTML that begins with inline content (an <img>, a <picture>, a link), not with a block of its own.
bool startsInline(const QString &html)
{
    static const QRegularExpression block(
        QStringLiteral("^\\s*(<(p|div|h[1-6]|table|ul|ol|dl|blockquote|pre|hr)[ />]|$)"));
    return !block.match(html).hasMatch();
}

struct Extractor
{
    Extractor(MarkdownDocument &d, const ColumnMap &c) : doc(d), columns(c) {}

    MarkdownDocument &doc;
    const ColumnMap &columns;
    QHash<QString, int> slugCounts;
    QSet<QString> usedSlugs;
    QVector<cmark_node *> headingNodes; // parallel to doc.headings
    QVector<cmark_node *> diagramNodes; // with their codeBlocks index in diagramIndexes
    QVector<int> diagramIndexes;
    // Raw HTML through the allowlist (htmlallow.h). HTML blocks with one parent share a list, so a <details>
    // or <div align> block, Markdown, then its closing block stay one element; a paragraph's inline tags
    // share one. Whatever is still open is closed at the end of that parent or paragraph.
    std::map<cmark_node *, std::unique_ptr<HtmlAllowlist>> blockLists;
    // An HTML block becomes a custom block. Inline HTML stays an HTML node (a table cell may hold no custom
    // inline), which cmark renders as "<!-- raw HTML omitted -->" and fillInlineHtml() then replaces, in
    // document order.
    QVector<QPair<cmark_node *, QString>> rawBlocks; // HTML block -> the HTML shown in its place
    QHash<cmark_node *, QString> rawInlines;         // inline HTML node -> the HTML shown in its place
    QVector<QPair<cmark_node *, QString>> closers;   // block or paragraph -> closing tags appended at its end

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

    // GitHub's rule: the first "x" keeps its slug, later ones get "x-1", "x-2", ... skipping slugs already
    // taken.
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
                cb.infoRest = info.section(QLatin1Char(' '), 1).simplified();
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
                filterBlock(node);
            } else if (isType(node, "table")) {
                Table t;
                t.line = line;
                t.sectionIndex = doc.headings.isEmpty() ? -1 : currentSection();
                doc.tables.append(t);
                table = &doc.tables.last();
            } else if ((isType(node, "table_row") || isType(node, "table_header")) && table) {
                // cmark-gfm types the header row "table_header", data rows "table_row".
                rowIsHeader =
                    isType(node, "table_header") || cmark_gfm_extensions_get_table_row_is_header(node) != 0;
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
        for (auto &[parent, list] : blockLists) {
            const QString close = list->closeAll();
            if (!close.isEmpty())
                closers.append({parent, close});
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

    void filterBlock(cmark_node *node)
    {
        std::unique_ptr<HtmlAllowlist> &list = blockLists[cmark_node_parent(node)];
        if (!list)
            list = std::make_unique<HtmlAllowlist>(HtmlAllowlist::Context::Block);
        const QString literal = str(cmark_node_get_literal(node));
        const bool startsClosed = list->openCount() == 0;
        QString html = list->filter(literal);
        while (html.endsWith(QLatin1Char('\n')))
            html.chop(1);
        if (!list->showedElement() && !html.trimmed().isEmpty())
            html = QStringLiteral("<pre class=\"rawhtml\">") + html +
                   QStringLiteral("</pre>"); // nothing allowed in it
        else if (startsClosed && list->openCount() == 0 && startsInline(html))
            html = QStringLiteral("<div>") + html +
                   QStringLiteral("</div>"); // else Qt runs it into the block before
        rawBlocks.append({node, html + QLatin1Char('\n')});
        appendText(list->takeText().simplified());
        // The literal starts where the block's first line does, its indentation included.
        int indent = 0;
        while (indent < literal.size() && literal.at(indent) == QLatin1Char(' '))
            ++indent;
        const int line = cmark_node_get_start_line(node);
        addHtmlImages(*list, literal, line, columns.column(line, cmark_node_get_start_column(node)) - indent);
    }

    // The images and links an allowlist met in literal, which starts at line:column (each list is in text
    // order, so one walk of the text places it).
    void addHtmlImages(const HtmlAllowlist &list, const QString &literal, int line, int column)
    {
        const auto place = [&](const QVector<HtmlReference> &refs, const auto &add) {
            int at = 0, newlines = 0, lineStart = 0;
            for (const HtmlReference &ref : refs) {
                for (; at < ref.offset && at < literal.size(); ++at) {
                    if (literal.at(at) == QLatin1Char('\n')) {
                        ++newlines;
                        lineStart = at + 1;
                    }
                }
                // A later line of the block lost its container's indentation in the literal (a list item's,
                // a tab's partial columns): the column is then approximate, never before the line's start.
                add(ref, line + newlines, std::max(1, column + ref.offset - lineStart));
            }
        };
        place(list.images(), [this](const HtmlReference &r, int l, int c) {
            doc.images.append(Image{r.src, r.alt, l, c});
        });
        place(list.links(), [this](const HtmlReference &r, int l, int c) {
            doc.links.append(Link{r.src, QString(), l, c});
        });
    }

    void collectLinks(cmark_node *inlineRoot)
    {
        HtmlAllowlist inlineHtml(HtmlAllowlist::Context::Inline);
        IterPtr iter(cmark_iter_new(inlineRoot));
        cmark_event_type ev;
        while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *cur = cmark_iter_get_node(iter.get());
            const cmark_node_type type = cmark_node_get_type(cur);
            if (ev != CMARK_EVENT_ENTER ||
                (type != CMARK_NODE_HTML_INLINE && type != CMARK_NODE_IMAGE && type != CMARK_NODE_LINK))
                continue;
            const int line = cmark_node_get_start_line(cur);
            const int column = columns.column(line, cmark_node_get_start_column(cur));
            if (type == CMARK_NODE_HTML_INLINE) {
                const QString literal = str(cmark_node_get_literal(cur));
                rawInlines.insert(cur, inlineHtml.filter(literal));
                addHtmlImages(inlineHtml, literal, line, column);
            } else if (type == CMARK_NODE_IMAGE) {
                doc.images.append(Image{str(cmark_node_get_url(cur)), plainText(cur), line, column});
            } else if (type == CMARK_NODE_LINK) {
                doc.links.append(Link{str(cmark_node_get_url(cur)), plainText(cur), line, column});
            }
        }
        const QString close = inlineHtml.closeAll();
        if (!close.isEmpty())
            closers.append({inlineRoot, close});
    }
};

cmark_node *customBlock(const QString &html)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(node, html.toUtf8().constData());
    cmark_node_set_on_exit(node, "");
    return node;
}

// Closing tags for raw HTML still open at the end of parent: inside it, last (a paragraph's at its end; the
// document's before the footnotes, which cmark renders last).
void appendClosers(Extractor &ex, cmark_node *parent, const QString &close)
{
    const bool inlines = cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH ||
                         cmark_node_get_type(parent) == CMARK_NODE_HEADING || isType(parent, "table_cell");
    cmark_node *node = inlines ? cmark_node_new(CMARK_NODE_HTML_INLINE) : customBlock(close);
    if (inlines)
        ex.rawInlines.insert(node, close);
    cmark_node *footnotes = cmark_node_first_child(parent);
    while (footnotes && cmark_node_get_type(footnotes) != CMARK_NODE_FOOTNOTE_DEFINITION)
        footnotes = cmark_node_next(footnotes);
    const int added =
        footnotes ? cmark_node_insert_before(footnotes, node) : cmark_node_append_child(parent, node);
    if (!added)
        cmark_node_free(node);
}

void rewriteForDisplay(Extractor &ex)
{
    for (int i = 0; i < ex.headingNodes.size(); ++i) {
        cmark_node *anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        const QByteArray a = ex.doc.headings.at(i).anchor.toHtmlEscaped().toUtf8();
        cmark_node_set_on_enter(anchor,
                                QByteArray("<a name=\"" + a + "\" id=\"" + a + "\"></a>").constData());
        cmark_node_set_on_exit(anchor, "");
        cmark_node_prepend_child(ex.headingNodes.at(i), anchor);
    }
    for (int i = 0; i < ex.diagramNodes.size(); ++i) {
        const QByteArray n = QByteArray::number(ex.diagramIndexes.at(i));
        cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(block, QByteArray("<p class=\"diagram\"><a href=\"diagram:" + n +
                                                  "\"><img src=\"diagram:" + n + "\"/></a></p>\n")
                                           .constData());
        cmark_node_set_on_exit(block, "");
        cmark_node_replace(ex.diagramNodes.at(i), block);
        cmark_node_free(ex.diagramNodes.at(i));
    }
    // Raw HTML shows what the allowlist lets through, the rest as text (never "raw HTML omitted").
    for (const auto &[raw, html] : qAsConst(ex.rawBlocks)) {
        cmark_node *shown = customBlock(html);
        if (cmark_node_replace(raw, shown))
            cmark_node_free(raw);
        else
            cmark_node_free(shown);
    }
    for (const auto &[parent, close] : qAsConst(ex.closers))
        appendClosers(ex, parent, close);
}

// The inline HTML nodes still in the tree, in the order cmark renders them, as the allowlist let them
// through.
QStringList inlineHtmlInOrder(cmark_node *root, const QHash<cmark_node *, QString> &rawInlines)
{
    QStringList out;
    IterPtr it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE)
            out.append(rawInlines.value(node));
    }
    return out;
}

// cmark writes "<!-- raw HTML omitted -->" for each inline HTML node (text never renders as a comment: its
// '<' is escaped); each one is replaced by that node's allowed HTML.
QString fillInlineHtml(const QString &html, const QStringList &pieces)
{
    static const QLatin1String omitted("<!-- raw HTML omitted -->");
    QString out;
    out.reserve(html.size());
    int from = 0;
    for (const QString &piece : pieces) {
        const int at = html.indexOf(omitted, from);
        if (at < 0)
            break;
        out += QStringView(html).mid(from, at - from);
        out += piece;
        from = at + omitted.size();
    }
    out += QStringView(html).mid(from);
    return out;
}

// GitHub's :shortcode: emoji in the text the reader shows (code spans and blocks keep theirs). Headings keep
// their anchors: the slug was taken from the text as written (":rocket: Launch" -> "rocket-launch"), as
// GitHub does.
void replaceEmoji(cmark_node *root)
{
    cmark_consolidate_text_nodes(root); // the autolink extension splits text at every ':'
    IterPtr it(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it.get());
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT)
            continue;
        const char *literal = cmark_node_get_literal(node);
        if (!literal || !strchr(literal, ':'))
            continue;
        const QString text = QString::fromUtf8(literal);
        const QString shown = replaceEmojiShortcodes(text);
        if (shown != text)
            cmark_node_set_literal(node, shown.toUtf8().constData());
    }
}

} // namespace

QString diagramSource(const MarkdownDocument &doc, int block, int *from)
{
    if (from)
        *from = -1;
    if (block < 0 || block >= doc.codeBlocks.size())
        return {};
    const CodeBlock &cb = doc.codeBlocks.at(block);
    if (!cb.text.trimmed().isEmpty() || cb.viewName().isEmpty()) {
        if (from)
            *from = block;
        return cb.text;
    }
    for (int i = block - 1; i >= 0; --i) {
        const CodeBlock &above = doc.codeBlocks.at(i);
        if (above.info == cb.info && !above.text.trimmed().isEmpty()) {
            if (from)
                *from = i;
            return above.text;
        }
    }
    return {};
}

bool isDiagramInfo(const QString &info)
{
    return info == QLatin1String("arch") || info == QLatin1String("dot") ||
           info == QLatin1String("mermaid") || info == QLatin1String("d2") ||
           info == QLatin1String("structurizr");
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

    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
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
    Extractor ex(doc, columns);
    ex.run(root.get());
    dressCodeBlocks(root.get(), doc); // before rewriteForDisplay replaces the diagram blocks
    dressTables(root.get());
    rewriteForDisplay(ex);
    replaceEmoji(root.get());
    capForDisplay(root.get());
    for (Heading &h : doc.headings)
        h.text = replaceEmojiShortcodes(h.text);
    for (Section &s : doc.sections)
        s.title = replaceEmojiShortcodes(s.title);

    const QStringList inlineHtml = inlineHtmlInOrder(root.get(), ex.rawInlines);
    char *html = cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    doc.html = adaptHtmlForQt(fillInlineHtml(QString::fromUtf8(html), inlineHtml));
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

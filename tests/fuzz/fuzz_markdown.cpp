// SPDX-License-Identifier: MIT
// libFuzzer target: our Markdown post-processing (front matter, anchors, sections, tables, diagram blocks,
// HTML) and the raw HTML allowlist on its own, in both contexts. Whatever the input, the HTML holds only
// elements and attributes the reader expects, no event handler or style, and no link or image with a scheme
// we refuse.
#include "markdown/htmlallow.h"
#include "markdown/markdown.h"

#include <QRegularExpression>
#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const char *n :
             {"a",  "b",     "strong", "i",     "em",         "code",  "kbd", "sub", "sup", "s",
              "u",  "small", "span",   "br",    "img",        "hr",    "p",   "div", "h1",  "h2",
              "h3", "h4",    "h5",     "h6",    "blockquote", "pre",   "ul",  "ol",  "li",  "dl",
              "dt", "dd",    "table",  "thead", "tbody",      "tfoot", "tr",  "th",  "td"})
            s.insert(QLatin1String(n));
        return s;
    }();
    return names;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        // Ours (htmlallow.cpp) and cmark-gfm's own (code class, footnote links, table alignment, code block
        // tables).
        for (const char *n : {"href", "title", "name", "id", "align", "colspan", "rowspan", "start", "src",
                              "alt", "width", "height", "class", "cellspacing", "cellpadding", "aria-label",
                              "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx"})
            s.insert(QLatin1String(n));
        return s;
    }();
    return names;
}

bool refusedScheme(const QString &scheme, bool strict, const char *const *allowed)
{
    if (scheme.isEmpty())
        return false;
    if (!strict) // cmark-gfm's own output: it blanks these (and leaves others to the view, which refuses
                 // them)
        return scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript") ||
               scheme == QLatin1String("file");
    for (const char *const *a = allowed; *a; ++a) {
        if (scheme == QLatin1String(*a))
            return false;
    }
    return true;
}

// Every tag in html is allowed, with allowed attributes only. strict (the allowlist's own output): every href
// is relative, an anchor, http(s) or mailto, every src relative or http(s). Traps otherwise.
void checkHtml(const QString &html, bool strict)
{
    static const char *const hrefs[] = {"http", "https", "mailto", "diagram", "copy", nullptr};
    static const char *const srcs[] = {"http", "https", "diagram", nullptr};
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+)(=\"([^\"]*)\")?"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!allowedElements().contains(m.captured(2)))
            __builtin_trap();
        for (auto a = attribute.globalMatch(m.captured(3)); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            const QString name = am.captured(1);
            if (!allowedAttributes().contains(name))
                __builtin_trap();
            // A scheme as a URL parser reads one: a letter, then letters, digits, + - . up to the first ':'.
            static const QRegularExpression schemeRe(QStringLiteral("^([a-z][a-z0-9+.-]*):"));
            const QString scheme = schemeRe.match(am.captured(3).trimmed().toLower()).captured(1);
            if (name == QLatin1String("href") && refusedScheme(scheme, strict, hrefs))
                __builtin_trap();
            if (name == QLatin1String("src") && refusedScheme(scheme, strict, srcs))
                __builtin_trap();
        }
    }
}

// The allowlist alone: output checked, and everything it opened is closed again.
void checkAllowlist(const QString &text, ae::markdown::HtmlAllowlist::Context context)
{
    ae::markdown::HtmlAllowlist list(context);
    QString html = list.filter(text);
    html += list.closeAll();
    checkHtml(html, true);
    static const QRegularExpression open(QStringLiteral("<(div|p|b|a|table|td|tr|li|ul|ol|span|code)[ >]"));
    static const QRegularExpression close(QStringLiteral("</(div|p|b|a|table|td|tr|li|ul|ol|span|code)>"));
    if (html.count(open) != html.count(close))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ae::markdown::MarkdownDocument doc = ae::markdown::parse(text);
    checkHtml(doc.html, false);
    for (const ae::markdown::CodeBlock &block : doc.codeBlocks)
        if (block.line <= 0)
            __builtin_trap();
    for (const ae::markdown::Image &image : doc.images)
        if (image.line <= 0 || image.column <= 0)
            __builtin_trap();
    checkAllowlist(text, ae::markdown::HtmlAllowlist::Context::Block);
    checkAllowlist(text, ae::markdown::HtmlAllowlist::Context::Inline);
    return 0;
}

// SPDX-License-Identifier: MIT
// The raw HTML allowlist: a small tokenizer (tags, comments, text, references) and, per allowed element, the
// HTML QTextBrowser is given instead. Nothing here is ever passed through as written except text.
#include "markdown/htmlallow.h"

#include "markdown/imagesource.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace ae::markdown {

namespace {

enum class Kind {
    Inline, // emitted as <name>, closed by </name>
    Block,  // only in an HTML block; align kept where the element has it
    Void,   // no content, no closing tag
};

struct Rule
{
    Kind kind;
    const char *emitAs; // the element QTextBrowser gets (tt -> code, strike -> s, center -> div)
};

const QHash<QString, Rule> &rules()
{
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        for (const char *n :
             {"a", "b", "strong", "i", "em", "code", "kbd", "sub", "sup", "s", "u", "small", "span"})
            t.insert(QLatin1String(n), {Kind::Inline, n});
        t.insert(QStringLiteral("tt"), {Kind::Inline, "code"});
        t.insert(QStringLiteral("samp"), {Kind::Inline, "code"});
        t.insert(QStringLiteral("var"), {Kind::Inline, "i"});
        t.insert(QStringLiteral("cite"), {Kind::Inline, "i"});
        t.insert(QStringLiteral("del"), {Kind::Inline, "s"});
        t.insert(QStringLiteral("strike"), {Kind::Inline, "s"});
        t.insert(QStringLiteral("ins"), {Kind::Inline, "u"});
        t.insert(QStringLiteral("picture"), {Kind::Inline, ""});
        for (const char *n : {"br", "img", "source", "wbr"})
            t.insert(QLatin1String(n), {Kind::Void, n});
        t.insert(QStringLiteral("hr"), {Kind::Void, "hr"}); // a block, but void: checked in openTag
        for (const char *n :
             {"p",  "div", "h1", "h2", "h3",    "h4",    "h5",    "h6",    "blockquote", "pre", "ul", "ol",
              "li", "dl",  "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",         "th",  "td"})
            t.insert(QLatin1String(n), {Kind::Block, n});
        t.insert(QStringLiteral("center"), {Kind::Block, "div"});
        t.insert(QStringLiteral("details"), {Kind::Block, "div"});
        t.insert(QStringLiteral("summary"), {Kind::Block, "p"});
        return t;
    }();
    return table;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

QString attr(const QString &name, const QString &value)
{
    return QLatin1Char(' ') + name + QStringLiteral("=\"") + value.toHtmlEscaped() + QLatin1Char('"');
}

// "120", "120px" -> "120" clamped to 1..max; anything else (percentages, garbage, 0) -> empty.
QString pixels(const QString &value, int max)
{
    QString v = value.trimmed();
    if (v.endsWith(QLatin1String("px"), Qt::CaseInsensitive))
        v.chop(2);
    if (v.isEmpty() || v.size() > 9)
        return {};
    for (const QChar c : v) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return {};
    }
    const int n = v.toInt();
    return n < 1 ? QString() : QString::number(qMin(n, max));
}

QString alignment(const QString &value)
{
    const QString v = value.trimmed().toLower();
    for (const char *ok : {"left", "center", "right", "justify"}) {
        if (v == QLatin1String(ok))
            return v;
    }
    return {};
}

// Anchor names: letters, digits and -_.:, as GitHub's sanitizer keeps them.
QString anchorName(const QString &value)
{
    QString out;
    for (const QChar c : value.trimmed()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
            out += c;
        if (out.size() >= 128)
            break;
    }
    return out;
}

// An URL for an attribute the way cmark writes one: characters outside a safe set are percent-encoded.
QString hrefEncoded(const QString &url)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(url, "-_.~!*'();:@&=+$,/?#[]%"));
}

// The first URL of a srcset ("a.png 1x, b.png 2x" -> "a.png").
QString firstSrcsetUrl(const QString &srcset)
{
    const QString first = srcset.section(QLatin1Char(','), 0, 0).trimmed();
    return first.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

bool isEntityName(const QString &raw, int from, int to)
{
    if (to - from < 1 || to - from > 32 || !isAsciiLetter(raw.at(from)))
        return false;
    for (int i = from; i < to; ++i) {
        const QChar c = raw.at(i);
        if (!(isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    }
    return true;
}

// A numeric reference "&#..;" / "&#x..;" at raw[at] ('&'): its code point (U+FFFD when invalid) and length.
bool numericReference(const QString &raw, int at, char32_t *codePoint, int *length)
{
    int i = at + 2;
    if (i > raw.size() || raw.at(at + 1) != QLatin1Char('#'))
        return false;
    const bool hex = i < raw.size() && (raw.at(i) == QLatin1Char('x') || raw.at(i) == QLatin1Char('X'));
    if (hex)
        ++i;
    const int digitsFrom = i;
    quint64 n = 0;
    while (i < raw.size() && i - digitsFrom < 8) {
        const int d = raw.at(i).unicode() < 0x80 ? QChar(raw.at(i)).digitValue() : -1;
        const QChar c = raw.at(i).toLower();
        const int h = hex && c >= QLatin1Char('a') && c <= QLatin1Char('f') ? c.unicode() - 'a' + 10 : -1;
        if (d < 0 && h < 0)
            break;
        n = n * (hex ? 16 : 10) + quint64(d >= 0 ? d : h);
        ++i;
    }
    if (i == digitsFrom || i >= raw.size() || raw.at(i) != QLatin1Char(';'))
        return false;
    const bool valid = n > 0 && n <= 0x10FFFF && !(n >= 0xD800 && n <= 0xDFFF);
    *codePoint = valid ? char32_t(n) : char32_t(0xFFFD);
    *length = i + 1 - at;
    return true;
}

// The ';' ending a reference that starts at text[amp], looked for no further than a name can reach; -1 when
// none.
int referenceEnd(const QString &text, int amp, int end)
{
    const int limit = qMin(end, amp + 34);
    for (int i = amp + 1; i < limit; ++i) {
        if (text.at(i) == QLatin1Char(';'))
            return i;
    }
    return -1;
}

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("colon"), QStringLiteral(":")},   {QStringLiteral("Tab"), QStringLiteral("\t")},
        {QStringLiteral("NewLine"), QStringLiteral("\n")}};
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&') || i + 1 >= text.size()) {
            out += text.at(i);
            continue;
        }
        char32_t cp = 0;
        int len = 0;
        if (numericReference(text, i, &cp, &len)) {
            out += QString::fromUcs4(&cp, 1);
            i += len - 1;
            continue;
        }
        const int semi = referenceEnd(text, i, int(text.size()));
        if (semi > i + 1 && semi - i <= 33 && named.contains(text.mid(i + 1, semi - i - 1))) {
            out += named.value(text.mid(i + 1, semi - i - 1));
            i = semi;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

HtmlAllowlist::HtmlAllowlist(Context context) : m_context(context) {}

QString HtmlAllowlist::takeText()
{
    return std::exchange(m_text, QString());
}

// A tag at raw[at] ('<'): "<name attr=value ...>" or "</name>". False when it is not a complete tag (then it
// is text).
bool HtmlAllowlist::parseTag(const QString &raw, int at, Tag *tag) const
{
    int i = at + 1;
    const int n = raw.size();
    tag->closing = i < n && raw.at(i) == QLatin1Char('/');
    if (tag->closing)
        ++i;
    const int nameFrom = i;
    if (i >= n || !isAsciiLetter(raw.at(i)))
        return false;
    while (i < n && (isAsciiLetter(raw.at(i)) || raw.at(i).isDigit() || raw.at(i) == QLatin1Char('-')))
        ++i;
    tag->name = raw.mid(nameFrom, i - nameFrom).toLower();
    while (i < n) {
        while (i < n && isSpace(raw.at(i)))
            ++i;
        if (i >= n)
            return false;
        const QChar c = raw.at(i);
        if (c == QLatin1Char('>')) {
            tag->end = i + 1;
            return true;
        }
        if (c == QLatin1Char('/') && i + 1 < n && raw.at(i + 1) == QLatin1Char('>')) {
            tag->selfClosing = true;
            tag->end = i + 2;
            return true;
        }
        if (c == QLatin1Char('/') || c == QLatin1Char('<') || c == QLatin1Char('"') ||
            c == QLatin1Char('\'') || c == QLatin1Char('=')) {
            if (c == QLatin1Char('<'))
                return false;
            ++i; // stray characters between attributes, as a browser skips them
            continue;
        }
        const int attrFrom = i;
        while (i < n && !isSpace(raw.at(i)) && raw.at(i) != QLatin1Char('>') &&
               raw.at(i) != QLatin1Char('/') && raw.at(i) != QLatin1Char('=') &&
               raw.at(i) != QLatin1Char('<'))
            ++i;
        Attribute a;
        a.name = raw.mid(attrFrom, i - attrFrom).toLower();
        int j = i;
        while (j < n && isSpace(raw.at(j)))
            ++j;
        if (j < n && raw.at(j) == QLatin1Char('=')) {
            i = j + 1;
            while (i < n && isSpace(raw.at(i)))
                ++i;
            if (i >= n)
                return false;
            const QChar q = raw.at(i);
            if (q == QLatin1Char('"') || q == QLatin1Char('\'')) {
                const int close = raw.indexOf(q, i + 1);
                if (close < 0)
                    return false;
                a.value = decodeEntities(raw.mid(i + 1, close - i - 1));
                i = close + 1;
            } else {
                const int from = i;
                while (i < n && !isSpace(raw.at(i)) && raw.at(i) != QLatin1Char('>'))
                    ++i;
                a.value = decodeEntities(raw.mid(from, i - from));
            }
        }
        if (tag->attributes.size() < 64)
            tag->attributes.append(a);
    }
    return false;
}

void HtmlAllowlist::appendText(const QString &raw, int from, int to, QString &out)
{
    for (int i = from; i < to; ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('<')) {
            out += QLatin1String("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
        } else if (c == QLatin1Char('&')) {
            char32_t cp = 0;
            int len = 0;
            const int semi = referenceEnd(raw, i, to);
            if (numericReference(raw, i, &cp, &len)) {
                const QString ch = QString::fromUcs4(&cp, 1);
                out += ch.toHtmlEscaped();
                m_text += ch;
                i += len - 1;
                continue;
            }
            if (semi > 0 && semi < to && isEntityName(raw, i + 1, semi)) {
                out += raw.mid(i, semi + 1 - i); // a named reference: Qt knows the HTML 4 set
                m_text += decodeEntities(raw.mid(i, semi + 1 - i));
                i = semi;
                continue;
            }
            out += QLatin1String("&amp;");
        } else {
            out += c;
        }
        m_text += c;
    }
}

QString HtmlAllowlist::filter(const QString &raw)
{
    QString out;
    m_showedElement = false;
    m_images.clear();
    m_links.clear();
    int text = 0; // start of the pending text run
    int i = 0;
    const int n = raw.size();
    while (i < n) {
        i = raw.indexOf(QLatin1Char('<'), i);
        if (i < 0)
            break;
        if (raw.mid(i, 4) == QLatin1String("<!--")) {
            appendText(raw, text, i, out);
            // "<!-->" and "<!--->" end at once, as in a browser; an unclosed comment hides the rest.
            int end = raw.indexOf(QLatin1String("-->"), i + 2);
            if (raw.mid(i, 5) == QLatin1String("<!-->"))
                end = i + 2;
            i = end < 0 ? n : end + 3;
            text = i;
            m_text += QLatin1Char(' ');
            continue;
        }
        Tag tag;
        if (!parseTag(raw, i, &tag)) {
            ++i; // not a tag: the '<' is text
            continue;
        }
        appendText(raw, text, i, out);
        const bool shown = tag.closing ? closeTag(tag.name, out) : openTag(tag, i, out);
        if (!shown) {
            out += raw.mid(i, tag.end - i).toHtmlEscaped(); // not allowed: shown as written
            m_text += raw.mid(i, tag.end - i);
        }
        i = tag.end;
        text = i;
    }
    appendText(raw, text, n, out);
    return out;
}

void HtmlAllowlist::push(const QString &name, const QString &open, const QString &closer, QString &out)
{
    out += open;
    m_open.push_back(Open{name, closer});
    m_showedElement = true;
}

int HtmlAllowlist::tableDepth() const
{
    int depth = 0;
    for (const Open &o : m_open)
        depth += o.name == QLatin1String("table") ? 1 : 0;
    return depth;
}

QString HtmlAllowlist::blockOpen(const QString &name, const Tag &tag) const
{
    const QString emitAs = QLatin1String(rules().value(name).emitAs);
    QString open = QLatin1Char('<') + emitAs;
    if (name == QLatin1String("center"))
        return open + QStringLiteral(" align=\"center\">");
    if (name == QLatin1String("details"))
        return open + QStringLiteral(" class=\"details\">");
    if (name == QLatin1String("summary"))
        return open + QStringLiteral(" class=\"summary\"><b>");
    for (const Attribute &a : tag.attributes) {
        if (a.name == QLatin1String("align") && !alignment(a.value).isEmpty())
            open += attr(a.name, alignment(a.value));
        else if ((a.name == QLatin1String("colspan") || a.name == QLatin1String("rowspan")) &&
                 (name == QLatin1String("td") || name == QLatin1String("th")) &&
                 !pixels(a.value, kMaxSpan).isEmpty())
            open += attr(a.name, pixels(a.value, kMaxSpan));
        else if (a.name == QLatin1String("start") && name == QLatin1String("ol") &&
                 !pixels(a.value, 999999).isEmpty())
            open += attr(a.name, pixels(a.value, 999999));
    }
    return open + QLatin1Char('>');
}

// False when the tag is not allowed here (the caller shows it as text).
bool HtmlAllowlist::openTag(const Tag &tag, int offset, QString &out)
{
    const auto rule = rules().constFind(tag.name);
    if (rule == rules().cend())
        return false;
    const bool block = rule->kind == Kind::Block || tag.name == QLatin1String("hr");
    if (block && m_context == Context::Inline)
        return false;
    m_showedElement = true;
    if (block || tag.name == QLatin1String("br"))
        m_text += QLatin1Char(' ');
    if (tag.name == QLatin1String("img")) {
        emitImage(tag, offset, out);
        return true;
    }
    if (tag.name == QLatin1String("source")) {
        chooseSource(tag);
        return true;
    }
    if (rule->kind == Kind::Void) {
        if (tag.name == QLatin1String("br"))
            out += QStringLiteral("<br/>");
        else if (tag.name == QLatin1String("hr"))
            out += QStringLiteral("<hr/>");
        return true;
    }
    if (int(m_open.size()) >= kMaxDepth ||
        (tag.name == QLatin1String("table") && tableDepth() >= kMaxTableDepth))
        return true; // dropped: too deep for the reader to lay out in time; its text stays
    if (tag.name == QLatin1String("picture")) {
        m_pictureSrc.clear();
        m_pictureWidth.clear();
        m_pictureHeight.clear();
        push(tag.name, QString(), QString(), out);
        return true;
    }
    if (rule->kind == Kind::Block) {
        const QString closer = tag.name == QLatin1String("summary")
                                   ? QStringLiteral("</b></p>")
                                   : QStringLiteral("</") + QLatin1String(rule->emitAs) + QLatin1Char('>');
        push(tag.name, blockOpen(tag.name, tag), closer, out);
        return true;
    }
    const QString emitAs = QLatin1String(rule->emitAs);
    QString open = QLatin1Char('<') + emitAs;
    if (tag.name == QLatin1String("a")) {
        for (const Attribute &a : tag.attributes) {
            if (a.name == QLatin1String("href")) {
                open +=
                    attr(a.name, isAllowedLinkTarget(a.value) ? hrefEncoded(a.value.trimmed()) : QString());
                m_links.append(HtmlReference{a.value.trimmed(), QString(), offset});
            } else if (a.name == QLatin1String("title"))
                open += attr(a.name, a.value);
            else if ((a.name == QLatin1String("name") || a.name == QLatin1String("id")) &&
                     !anchorName(a.value).isEmpty())
                open += attr(a.name, anchorName(a.value));
        }
    }
    push(tag.name, open + QLatin1Char('>'), QStringLiteral("</") + emitAs + QLatin1Char('>'), out);
    return true;
}

// False when the tag is not allowed here (the caller shows it as text).
bool HtmlAllowlist::closeTag(const QString &name, QString &out)
{
    const auto rule = rules().constFind(name);
    if (rule == rules().cend())
        return false;
    const bool block = rule->kind == Kind::Block || name == QLatin1String("hr");
    if (block && m_context == Context::Inline)
        return false;
    m_showedElement = true;
    if (block)
        m_text += QLatin1Char(' ');
    for (int i = int(m_open.size()) - 1; i >= 0; --i) {
        if (m_open.at(size_t(i)).name != name)
            continue;
        while (int(m_open.size()) > i) {
            out += m_open.back().closer;
            m_open.pop_back();
        }
        return true;
    }
    return true; // "</br>", or a closing tag with nothing open to close: dropped, as a browser does
}

QString HtmlAllowlist::closeAll()
{
    QString out;
    while (!m_open.empty()) {
        out += m_open.back().closer;
        m_open.pop_back();
    }
    return out;
}

QString HtmlAllowlist::attributeValue(const Tag &tag, const char *name)
{
    for (const Attribute &a : tag.attributes) {
        if (a.name == QLatin1String(name))
            return a.value;
    }
    return {};
}

void HtmlAllowlist::chooseSource(const Tag &tag)
{
    const bool inPicture = std::any_of(m_open.cbegin(), m_open.cend(),
                                       [](const Open &o) { return o.name == QLatin1String("picture"); });
    if (!inPicture || !m_pictureSrc.isEmpty())
        return;
    const QString url = firstSrcsetUrl(attributeValue(tag, "srcset"));
    if (classifyImageSource(url).kind != ImageSource::Kind::Local)
        return; // a remote source is never usable; the <img> stays the fallback
    m_pictureSrc = url;
    m_pictureWidth = attributeValue(tag, "width");
    m_pictureHeight = attributeValue(tag, "height");
}

void HtmlAllowlist::emitImage(const Tag &tag, int offset, QString &out)
{
    const bool inPicture = !m_pictureSrc.isEmpty() &&
                           std::any_of(m_open.cbegin(), m_open.cend(),
                                       [](const Open &o) { return o.name == QLatin1String("picture"); });
    QString src = inPicture ? m_pictureSrc : attributeValue(tag, "src").trimmed();
    const QString alt = attributeValue(tag, "alt");
    const QString title = attributeValue(tag, "title");
    QString width = pixels(attributeValue(tag, "width"), kMaxImageSide);
    QString height = pixels(attributeValue(tag, "height"), kMaxImageSide);
    if (inPicture && width.isEmpty() && height.isEmpty()) {
        width = pixels(m_pictureWidth, kMaxImageSide);
        height = pixels(m_pictureHeight, kMaxImageSide);
    }
    m_images.append(HtmlImage{src, alt, offset});
    if (classifyImageSource(src).kind == ImageSource::Kind::Refused)
        src.clear();
    m_text += QLatin1Char(' ') + alt + QLatin1Char(' ');
    QString img = QStringLiteral("<img src=\"") + hrefEncoded(src).toHtmlEscaped() +
                  QStringLiteral("\" alt=\"") + alt.toHtmlEscaped() + QLatin1Char('"');
    if (!title.isEmpty())
        img += attr(QStringLiteral("title"), title);
    if (!width.isEmpty())
        img += attr(QStringLiteral("width"), width);
    if (!height.isEmpty())
        img += attr(QStringLiteral("height"), height);
    out += img + QStringLiteral(" />");
    m_showedElement = true;
}

QString htmlAltText(const QString &raw)
{
    if (!raw.contains(QLatin1String("img"), Qt::CaseInsensitive))
        return {};
    HtmlAllowlist list(HtmlAllowlist::Context::Inline);
    list.filter(raw);
    QStringList alts;
    for (const HtmlImage &img : list.images())
        alts.append(img.alt);
    return alts.join(QLatin1Char(' '));
}

} // namespace ae::markdown

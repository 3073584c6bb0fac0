// SPDX-License-Identifier: MIT
// The allowlist for raw HTML written in Markdown: what a document's own HTML may show in the reader, and
// nothing more.
#pragma once

#include <QString>
#include <QVector>

#include <vector>

namespace ae::markdown {

// An <img> met in raw HTML (or the <source> a <picture> chose), or an <a href>, for the linter and search.
struct HtmlReference
{
    QString src; // an image's source or a link's href, as written, entities decoded (the HTML shows src="" or
                 // href="" when it is refused: javascript:, file:, ...)
    QString alt; // images only
    int offset = 0; // where its tag starts in the text given to HtmlAllowlist::filter
};
using HtmlImage = HtmlReference;

// Turns raw HTML into HTML that QTextBrowser may show. Allowed (see README.md, "Raw HTML"):
//   inline  a (href, name, id, title), b, strong, i, em, code, tt, kbd, samp, var, cite, sub, sup, s, del,
//   strike, u,
//           ins, small, span, br, wbr, img (src, alt, title, width, height), picture and source (first usable
//           source)
//   blocks  p, div, h1-h6 (align), center, blockquote, pre, hr, ul, ol (start), li, dl, dt, dd, table
//   (align),
//           thead, tbody, tfoot, tr, th, td (align, colspan, rowspan), details (shown open), summary (a bold
//           line)
// Every other attribute (style, class, on*, ...) is dropped. Every other tag, declaration or processing
// instruction is shown as the text it is (escaped); comments are removed. Links keep only relative, #anchor,
// http, https and mailto targets; images only relative (inside the library) and http(s) sources, with
// width/height of 1..4096. Closing tags are matched against what is open: a stray one is dropped, an open one
// is closed by closeAll(). Blocks are allowed only in Context::Block (an HTML block); inline HTML inside a
// paragraph shows them as text.
class HtmlAllowlist
{
public:
    enum class Context { Block, Inline };
    explicit HtmlAllowlist(Context context);

    // Safe HTML for one piece of raw HTML: an HTML block's text, or one inline tag or comment. Elements may
    // stay open across calls (a <details> block, Markdown, then the </details> block).
    QString filter(const QString &raw);
    // Closing tags for every element still open, innermost first; afterwards nothing is open.
    QString closeAll();

    // Elements open now (filter() may leave some open for a later call to close).
    int openCount() const { return int(m_open.size()); }
    // The last filter() showed an allowed element (false: the text had only comments, text and refused tags).
    bool showedElement() const { return m_showedElement; }
    // Plain text of everything filtered so far (text, and image alt texts), for search; reset by takeText().
    QString takeText();
    // The images and the links (href as written, entities decoded) met by the last filter() call.
    const QVector<HtmlImage> &images() const { return m_images; }
    const QVector<HtmlReference> &links() const { return m_links; }

    static constexpr int kMaxDepth = 32; // elements open at once; deeper ones are dropped (their text stays)
    static constexpr int kMaxTableDepth = 4; // tables inside tables
    static constexpr int kMaxImageSide = 4096;
    static constexpr int kMaxSpan = 64; // colspan/rowspan

private:
    struct Attribute
    {
        QString name;  // lower-case
        QString value; // entities decoded
    };
    struct Tag
    {
        QString name; // lower-case
        QVector<Attribute> attributes;
        bool closing = false;
        bool selfClosing = false;
        int end = 0; // index after '>'
    };
    struct Open
    {
        QString name;
        QString closer; // what closes what we emitted ("</b></p>" for a summary)
    };

    bool parseTag(const QString &raw, int at, Tag *tag) const;
    bool openTag(const Tag &tag, int offset, QString &out);
    bool closeTag(const QString &name, QString &out);
    static QString attributeValue(const Tag &tag, const char *name);
    void push(const QString &name, const QString &open, const QString &closer, QString &out);
    void emitImage(const Tag &tag, int offset, QString &out);
    void chooseSource(const Tag &tag);
    QString blockOpen(const QString &name, const Tag &tag) const;
    int tableDepth() const;
    void appendText(const QString &raw, int from, int to, QString &out);

    Context m_context;
    std::vector<Open> m_open;
    QString m_text;
    QVector<HtmlImage> m_images;
    QVector<HtmlReference> m_links;
    bool m_showedElement = false;
    // Inside <picture>: the first usable <source>, used by the <img> that follows it.
    QString m_pictureSrc;
    QString m_pictureWidth;
    QString m_pictureHeight;
};

// HTML with character and numeric references decoded (the common named ones: amp, lt, gt, quot, apos, nbsp).
QString decodeEntities(const QString &text);

// Alt texts of the <img> tags in a piece of raw HTML, space-separated (the plain text a tag contributes to
// search).
QString htmlAltText(const QString &raw);

} // namespace ae::markdown

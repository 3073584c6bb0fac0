// SPDX-License-Identifier: MIT
// DOT source positions: a lexical scan that mirrors cgraph's tokens closely enough to say where an attribute
// or node is first written (cgraph itself records no columns).
#include "diagram/import/dot_p.h"

#include <algorithm>

namespace ae::diagram::dot {

namespace {

bool idStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool idChar(QChar c)
{
    return idStart(c) || c.isDigit();
}

struct Scanner
{
    const QString &s;
    qsizetype i = 0;
    int line = 1;
    qsizetype lineStart = 0;

    SourceLocation here() const { return {line, int(i - lineStart) + 1}; }
    void advance()
    {
        if (s[i] == u'\n') {
            ++line;
            lineStart = i + 1;
        }
        ++i;
    }
    // Skips blanks and comments (// and /* */ anywhere, # at the start of a line).
    void skipSpace()
    {
        while (i < s.size()) {
            const QChar c = s[i];
            if (c.isSpace()) {
                advance();
            } else if (c == u'/' && i + 1 < s.size() && s[i + 1] == u'/') {
                while (i < s.size() && s[i] != u'\n')
                    advance();
            } else if (c == u'/' && i + 1 < s.size() && s[i + 1] == u'*') {
                advance();
                advance();
                while (i < s.size() && !(s[i] == u'*' && i + 1 < s.size() && s[i + 1] == u'/'))
                    advance();
                if (i < s.size()) {
                    advance();
                    advance();
                }
            } else if (c == u'#' && QStringView(s).mid(lineStart, i - lineStart).trimmed().isEmpty()) {
                while (i < s.size() && s[i] != u'\n') // a preprocessor line, as cgraph skips it
                    advance();
            } else {
                return;
            }
        }
    }
    QString quotedString()
    {
        advance(); // opening quote
        QString out;
        while (i < s.size() && s[i] != u'"') {
            if (s[i] == u'\\' && i + 1 < s.size()) {
                out += s[i];
                advance();
            }
            out += s[i];
            advance();
        }
        if (i < s.size())
            advance();
        return out;
    }
    void htmlString()
    {
        int depth = 0;
        while (i < s.size()) {
            if (s[i] == u'<')
                ++depth;
            else if (s[i] == u'>' && --depth == 0) {
                advance();
                return;
            }
            advance();
        }
    }
};

} // namespace

SourcePlaces scanSource(const QString &text)
{
    SourcePlaces places;
    Scanner sc{text};
    bool afterEquals = false;
    // Edges: the id before `->`/`--` is the tail; the id after it (or each id of the `{...}` after it) a
    // head.
    QString lastId;         // the last id written, empty after a `}`
    QString edgeTail;       // the tail of the edge operator just read
    bool afterEdge = false; // the next id (or `{`) is an edge's head
    int headBraces = 0;     // > 0: inside a `{...}` of heads, at this depth
    int depth = 0;          // `{` nesting
    bool port = false;      // the id just after `:` is a port, not a node
    while (true) {
        sc.skipSpace();
        if (sc.i >= text.size())
            break;
        const QChar c = text[sc.i];
        const SourceLocation at = sc.here();
        QString word;
        if (c == u'"') {
            word = sc.quotedString();
        } else if (c == u'<') {
            sc.htmlString();
            afterEquals = false;
            continue;
        } else if (idStart(c) || c.isDigit() || c == u'-' || c == u'.') {
            if (c == u'-' && sc.i + 1 < text.size() && (text[sc.i + 1] == u'-' || text[sc.i + 1] == u'>')) {
                sc.advance();
                sc.advance();
                afterEquals = false;
                edgeTail = lastId;
                afterEdge = true;
                continue;
            }
            const qsizetype start = sc.i;
            sc.advance();
            while (sc.i < text.size() && (idChar(text[sc.i]) || text[sc.i] == u'.'))
                sc.advance();
            word = text.mid(start, sc.i - start);
        } else {
            // `a:port -> b:port`: cgraph turns ports into tailport/headport attributes; they are first
            // written at the first port.
            if (c == u':' && !afterEquals)
                for (const char *port : {"tailport", "headport"})
                    if (!places.attributes.contains(QLatin1String(port)))
                        places.attributes.insert(QLatin1String(port), at);
            port = c == u':' && !afterEquals;
            afterEquals = c == u'=';
            if (c == u'{') {
                ++depth;
                if (afterEdge && headBraces == 0)
                    headBraces = depth;
                afterEdge = false;
            } else if (c == u'}') {
                if (headBraces == depth)
                    headBraces = 0;
                depth = std::max(0, depth - 1);
                lastId.clear();
            } else if (c != u':' && c != u'[' && c != u']' && c != u',' && c != u';' && c != u'=') {
                afterEdge = false;
            }
            sc.advance();
            continue;
        }
        if (afterEquals) { // a value, not a name
            afterEquals = false;
            continue;
        }
        sc.skipSpace();
        const bool isName = sc.i < text.size() && text[sc.i] == u'=';
        if (isName) {
            if (!places.attributes.contains(word))
                places.attributes.insert(word, at);
            continue;
        }
        if (c != u'"') {
            const QString lower = word.toLower();
            if (lower == u"graph" || lower == u"digraph") {
                if (places.graph.line == 0)
                    places.graph = at;
                continue;
            }
            if (lower == u"strict" || lower == u"node" || lower == u"edge" || lower == u"subgraph")
                continue;
        }
        if (!places.ids.contains(word))
            places.ids.insert(word, at);
        if (port) {
            port = false;
            continue;
        }
        if (afterEdge || headBraces > 0)
            places.edges.append({edgeTail, word, at});
        afterEdge = false;
        lastId = word;
    }
    return places;
}

} // namespace ae::diagram::dot

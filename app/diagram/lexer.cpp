// SPDX-License-Identifier: MIT
// One-line tokenizer shared by the parser and the editor's highlighter. A line is tokenized with no knowledge
// of other lines except how many attribute lists `[` are still open, which is why statements and strings
// never continue on the next line and attribute lists can.
#include "diagram/lexer.h"

#include "diagram/kinds.h"

namespace ae::diagram {

namespace {

// Length of the edge operator starting at pos, or 0.
int operatorLength(QStringView line, int pos)
{
    const QStringView rest = line.mid(pos);
    for (const char *op : {"<->", "<~>", "<=>"})
        if (rest.startsWith(QLatin1String(op)))
            return 3;
    for (const char *op : {"->", "~>", "=>", "--"})
        if (rest.startsWith(QLatin1String(op)))
            return 2;
    return 0;
}

int skipSpace(QStringView line, int pos)
{
    while (pos < line.size() && line[pos].isSpace())
        ++pos;
    return pos;
}

// An identifier ends before "->" and "--" so that `a->b` and `a--b` read as edges.
int identifierEnd(QStringView line, int pos)
{
    int i = pos + 1;
    while (i < line.size() && isIdentifierChar(line[i])) {
        if (line[i] == u'-' && i + 1 < line.size() && (line[i + 1] == u'>' || line[i + 1] == u'-'))
            break;
        ++i;
    }
    return i;
}

// In a bare edge label a '#' starts a comment only when it stands at the start of a word and is not glued to
// a letter or digit: `fixes issue #42` and `C# client` keep their '#', `reads orders # why` ends at it.
bool labelCommentAt(QStringView line, int pos, int labelStart)
{
    if (line[pos] != u'#')
        return false;
    if (pos > labelStart && !line[pos - 1].isSpace())
        return false;
    return pos + 1 >= line.size() || !line[pos + 1].isLetterOrNumber();
}

} // namespace

QString edgeOperatorList()
{
    return QStringLiteral("`->`, `~>`, `=>`, `--`, `<->`, `<~>` and `<=>`");
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

bool isKeyword(QStringView word)
{
    for (const char *keyword : {"title", "direction", "group", "rank", "order", "style", "class", "view",
                                "dynamic", "include", "exclude"})
        if (word == QLatin1String(keyword))
            return true;
    for (const char *keyword : {"path", "silence"}) // the architecture checks' statements
        if (word == QLatin1String(keyword))
            return true;
    return false;
}

bool isEdgeOperator(QStringView text)
{
    return !text.isEmpty() && operatorLength(text, 0) == text.size();
}

QVector<Token> tokenizeLine(QStringView line, int openLists, int *endOpenLists)
{
    QVector<Token> tokens;
    int bracketDepth = qMax(0, openLists);
    bool statementStart = bracketDepth == 0;
    // After `include` / `exclude` the line is a list of selectors (`group:shop*, kind:database, api+`): `:`
    // separates a selector's key from its pattern instead of starting an edge label, and `*` `?` are
    // wildcards.
    bool selectors = false;
    int i = 0;
    const int n = int(line.size());
    auto add = [&tokens](TokenType type, int start, int end) {
        tokens.append(Token{type, start, end - start});
    };

    while (i < n) {
        const QChar c = line[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        if (c == u'#') {
            // Inside [ ] '#' glued to a word is a colour (`[fill: #fde8e8]`; the parser checks the digits);
            // anywhere else '#' starts a comment.
            int j = i + 1;
            while (j < n && line[j].isLetterOrNumber())
                ++j;
            const bool colour = bracketDepth > 0 && j > i + 1;
            add(colour ? TokenType::Color : TokenType::Comment, i, colour ? j : n);
            i = colour ? j : n;
            statementStart = false;
            continue;
        }
        if (c == u'"') {
            int j = i + 1;
            while (j < n && line[j] != u'"')
                j += line[j] == u'\\' ? 2 : 1;
            if (j < n) {
                add(TokenType::String, i, j + 1);
                i = j + 1;
            } else {
                add(TokenType::Error, i, n); // unclosed: the parser reports it at the opening quote
                i = n;
            }
            statementStart = false;
            continue;
        }
        if (selectors && (isIdentifierChar(c) || c == u'*' || c == u'?')) {
            int j = i + 1;
            while (j < n && (isIdentifierChar(line[j]) || line[j] == u'*' || line[j] == u'?'))
                ++j;
            add(TokenType::Identifier, i, j);
            i = j;
            continue;
        }
        if (isIdentifierStart(c)) {
            const int end = identifierEnd(line, i);
            const QStringView word = line.mid(i, end - i);
            const int next = skipSpace(line, end);
            TokenType type = TokenType::Identifier;
            if (bracketDepth > 0) {
                if (next < n && line[next] == u':')
                    type = TokenType::Attribute;
            } else if (statementStart) {
                const bool nextIsOperator = operatorLength(line, next) > 0;
                if (isKeyword(word) && !nextIsOperator) {
                    type = TokenType::Keyword;
                    selectors = word == u"include" || word == u"exclude";
                } else if (next < n && isIdentifierStart(line[next]) && kindFromName(word.toString()))
                    type = TokenType::Kind;
            }
            add(type, i, end);
            i = end;
            statementStart = false;
            continue;
        }
        if (c.isDigit()) {
            int j = i + 1;
            while (j < n && isIdentifierChar(line[j]))
                ++j;
            // An id cannot start with a digit, but a value can: `[tech: 5G]`, `[note: 3]`. Inside [ ] a digit
            // run is a bare value (or, before ':', a key, which the parser reports as unknown).
            TokenType type = TokenType::Error;
            if (bracketDepth > 0) {
                const int next = skipSpace(line, j);
                type = next < n && line[next] == u':' ? TokenType::Attribute : TokenType::Identifier;
            }
            add(type, i, j);
            i = j;
            statementStart = false;
            continue;
        }
        if (const int len = operatorLength(line, i)) {
            add(TokenType::Operator, i, i + len);
            i += len;
            statementStart = false;
            continue;
        }
        switch (c.unicode()) {
        case u'{':
        case u'}':
            add(TokenType::Punctuation, i, i + 1);
            ++i;
            statementStart = true;
            selectors = false;
            continue;
        case u'[':
            ++bracketDepth;
            break;
        case u']':
            bracketDepth = bracketDepth > 0 ? bracketDepth - 1 : 0;
            break;
        case u',':
            break;
        case u'&': // a parallel step in a dynamic view: `& api -> cache`
            break;
        case u'+': // `api+`: a selector with its neighbours
            if (!selectors) {
                add(TokenType::Error, i, i + 1);
                ++i;
                statementStart = false;
                continue;
            }
            break;
        case u':': {
            if (selectors)
                break;
            add(TokenType::Punctuation, i, i + 1);
            i = skipSpace(line, i + 1);
            // Outside [ ] a colon introduces an edge label; unquoted, it runs to '[', a comment or the end of
            // the line.
            const int labelStart = i;
            if (bracketDepth == 0 && i < n && line[i] != u'"' && line[i] != u'[' &&
                !labelCommentAt(line, i, labelStart)) {
                int j = i;
                while (j < n && line[j] != u'[' && !labelCommentAt(line, j, labelStart))
                    ++j;
                int end = j;
                while (end > i && line[end - 1].isSpace())
                    --end;
                add(TokenType::Text, i, end);
                i = j;
            }
            statementStart = false;
            continue;
        }
        default: {
            // One unknown character (a whole code point) per Error token.
            const int len = c.isHighSurrogate() && i + 1 < n && line[i + 1].isLowSurrogate() ? 2 : 1;
            add(TokenType::Error, i, i + len);
            i += len;
            statementStart = false;
            continue;
        }
        }
        add(TokenType::Punctuation, start, start + 1);
        ++i;
        statementStart = false;
    }
    if (endOpenLists)
        *endOpenLists = bracketDepth;
    return tokens;
}

QVector<Token> highlightTokens(const QString &line)
{
    return tokenizeLine(line);
}

int attributeListContinuation(QStringView line, const QVector<Token> &tokens)
{
    if (tokens.isEmpty() || tokens.first().type == TokenType::Comment)
        return 0;
    const Token &first = tokens.first();
    const QStringView text = line.mid(first.start, first.length);
    switch (first.type) {
    case TokenType::Attribute:
    case TokenType::String:
    case TokenType::Color:
        return 1;
    case TokenType::Punctuation:
        return text == u"]" || text == u"," ? 1 : -1;
    case TokenType::Error:
        return text.startsWith(u'"') ? 1 : -1; // an unclosed string: a value, not a statement
    case TokenType::Identifier: {
        // `tech "Go"`, `fill = red`: a key with its `:` forgotten or mistyped, not a statement (`note n "x"`,
        // `note -> x` and a lone `text` are statements).
        static const char *const keys[] = {"tech",       "note",      "link",        "fill",      "stroke",
                                           "text",       "dark-fill", "dark-stroke", "dark-text", "color",
                                           "dark-color", "style",     "kind",        "tag",       "class",
                                           "show-note",  "columns",   "direction"};
        if (tokens.size() < 2)
            return -1;
        const TokenType next = tokens[1].type;
        const QStringView nextText = line.mid(tokens[1].start, tokens[1].length);
        if (next == TokenType::Identifier || next == TokenType::Attribute || next == TokenType::Operator ||
            nextText == u"{" || nextText == u"}")
            return -1;
        for (const char *key : keys)
            if (text == QLatin1String(key))
                return 1;
        return -1;
    }
    default:
        return -1;
    }
}

QVector<Token> highlightTokens(const QString &line, int *openLists)
{
    if (!openLists)
        return tokenizeLine(line);
    int out = 0;
    QVector<Token> tokens;
    if (*openLists > 0) {
        tokens = tokenizeLine(line, 1, &out);
        const int continuation = attributeListContinuation(line, tokens);
        if (continuation < 0) // the list above was never closed; this line is a statement of its own
            tokens = tokenizeLine(line, 0, &out);
    } else {
        tokens = tokenizeLine(line, 0, &out);
    }
    // A run of `[` must not make the state grow without bound: one open list is all the next line needs to
    // know.
    *openLists = qMin(out, 1);
    return tokens;
}

QString unquote(QStringView tokenText, QVector<int> *badEscapes)
{
    QString out;
    out.reserve(tokenText.size());
    for (int i = 1; i < tokenText.size(); ++i) {
        const QChar c = tokenText[i];
        if (c == u'"')
            break;
        if (c != u'\\' || i + 1 >= tokenText.size()) {
            out += c;
            continue;
        }
        const QChar e = tokenText[++i];
        if (e == u'n') {
            out += u'\n';
        } else if (e == u'"' || e == u'\\') {
            out += e;
        } else {
            // Kept as written so a Windows path or a regex survives; the parser warns.
            if (badEscapes)
                badEscapes->append(i - 1);
            out += u'\\';
            out += e;
        }
    }
    return out;
}

} // namespace ae::diagram

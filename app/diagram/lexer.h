// SPDX-License-Identifier: MIT
// The .arch tokenizer. It works one line at a time, so an editor can highlight a line without looking at its
// neighbours and the parser sees exactly the same tokens. The one thing a line may need from the lines above
// is whether an attribute list `[` opened there is still open (statements never span lines otherwise); the
// caller carries that as a small state from line to line.
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace ae::diagram {

enum class TokenType {
    Keyword,     // title, direction, group, rank, order, style, class, view, dynamic, include, exclude at the
                 // start of a statement
    Kind,        // a node kind (or alias) at the start of a declaration: `database pg`
    Identifier,  // ids and bare values (`right`, `region`; inside [ ] also `5G`, `3`, `1.5`)
    String,      // "quoted", including its quotes
    Operator,    // -> ~> => -- <-> <~> <=>
    Punctuation, // { } [ ] , : & (and + after include/exclude)
    Attribute,   // an attribute key inside [ ]: `tech` in [tech: "Envoy"]
    Color,       // #rgb / #rrggbb / #aarrggbb inside [ ] ('#' glued to letters or digits there)
    Comment,     // # to the end of the line (outside strings and outside a colour)
    Text, // a bare edge label: `a -> b : reads orders`, `fixes issue #42` ('#' glued to a word is text)
    Error // a character or run the language does not know, or an unclosed string (starts with ")
};

struct Token
{
    TokenType type = TokenType::Error;
    int start = 0;  // offset in the line, in UTF-16 code units (QString indices)
    int length = 0; // in UTF-16 code units
};

// Tokens of one line (no line terminator inside), in order, without whitespace. For highlighting.
QVector<Token> highlightTokens(const QString &line);
// The same with the state a highlighter keeps per line: *openLists is the number of `[` still open before the
// line (0 for the first line) and receives the number still open after it.
QVector<Token> highlightTokens(const QString &line, int *openLists);
// openLists: `[` still open from earlier lines (the parser passes 1 for a line that continues an attribute
// list); endOpenLists, when given, receives the number still open at the end of the line.
QVector<Token> tokenizeLine(QStringView line, int openLists = 0, int *endOpenLists = nullptr);

// For a line that follows one which left an attribute list open, tokenized with openLists = 1: whether the
// line carries the list on (1: it starts with a key, a value, `,` or `]`), is blank or only a comment (0: the
// list may go on after it), or starts a new statement (-1: the list was never closed). The parser and
// highlightTokens() decide the same way.
int attributeListContinuation(QStringView line, const QVector<Token> &tokens);

// The value of a String token (quotes removed, \n \" \\ decoded). An unclosed string (Error token starting
// with ") yields its text to the end of the line. badEscapes receives the offsets (in the token) of unknown
// escapes.
QString unquote(QStringView tokenText, QVector<int> *badEscapes = nullptr);

// Statement keywords, in the order the guide lists them.
bool isKeyword(QStringView word);
bool isEdgeOperator(QStringView text);
// The operators for messages: "`->`, `~>`, `=>`, `--`, `<->`, `<~>` and `<=>`".
QString edgeOperatorList();
bool isIdentifierStart(QChar c);
bool isIdentifierChar(QChar c);

} // namespace ae::diagram

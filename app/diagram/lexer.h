// SPDX-License-Identifier: MIT
// The .arch tokenizer. It works one line at a time (statements never span lines), so an editor can highlight a
// line without looking at its neighbours and the parser sees exactly the same tokens.
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace ae::diagram {

enum class TokenType {
    Keyword,     // title, direction, group, rank, order, style at the start of a statement
    Kind,        // a node kind (or alias) at the start of a declaration: `database pg`
    Identifier,  // ids and bare values (`right`, `region`)
    String,      // "quoted", including its quotes
    Operator,    // -> ~> => -- <-> <~> <=>
    Punctuation, // { } [ ] , :
    Attribute,   // an attribute key inside [ ]: `tech` in [tech: "Envoy"]
    Color,       // #rgb / #rrggbb / #aarrggbb inside [ ] ('#' glued to letters or digits there)
    Comment,     // # to the end of the line (outside strings and outside a colour)
    Text,        // a bare edge label: `a -> b : reads orders`
    Error        // a character or run the language does not know, or an unclosed string (starts with ")
};

struct Token {
    TokenType type = TokenType::Error;
    int start = 0;  // offset in the line, in UTF-16 code units (QString indices)
    int length = 0; // in UTF-16 code units
};

// Tokens of one line (no line terminator inside), in order, without whitespace. For highlighting.
QVector<Token> highlightTokens(const QString &line);
QVector<Token> tokenizeLine(QStringView line);

// The value of a String token (quotes removed, \n \" \\ decoded). An unclosed string (Error token starting with ")
// yields its text to the end of the line. badEscapes receives the offsets (in the token) of unknown escapes.
QString unquote(QStringView tokenText, QVector<int> *badEscapes = nullptr);

// Statement keywords, in the order the guide lists them.
bool isKeyword(QStringView word);
bool isEdgeOperator(QStringView text);
bool isIdentifierStart(QChar c);
bool isIdentifierChar(QChar c);

} // namespace ae::diagram

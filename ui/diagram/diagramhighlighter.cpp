// SPDX-License-Identifier: MIT
// Token -> colour, one line at a time. The one thing a line needs from the lines above is whether an
// attribute list `[` is still open there: each block keeps that as its state (the lexer's openLists), so the
// keys and values of a list that goes over several lines colour as they do on one line.
#include "ui/diagram/diagramhighlighter.h"

#include "diagram/lexer.h"

#include <iterator>

namespace ae::ui {

using diagram::TokenType;
static_assert(int(TokenType::Error) == 10, "m_formats has one entry per TokenType");

DiagramHighlighter::DiagramHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    buildFormats();
}

void DiagramHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

void DiagramHighlighter::buildFormats()
{
    auto make = [this](const char *lightHex, const char *darkHex, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(m_dark ? darkHex : lightHex)));
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    m_formats[int(TokenType::Keyword)] = make("#8f3f9e", "#d08ee0", true);
    m_formats[int(TokenType::Kind)] = make("#1f5fbf", "#7fb2ff", true);
    m_formats[int(TokenType::Identifier)] = QTextCharFormat();
    m_formats[int(TokenType::String)] = make("#2f7d32", "#8fd694");
    m_formats[int(TokenType::Operator)] = make("#b35c00", "#ffb366", true);
    m_formats[int(TokenType::Punctuation)] = make("#5f6b7a", "#9aa7b5");
    m_formats[int(TokenType::Attribute)] = make("#00707a", "#6fd6de");
    m_formats[int(TokenType::Color)] = make("#a0306b", "#f08cc0");
    m_formats[int(TokenType::Comment)] = make("#7a7f87", "#8a9099", false, true);
    m_formats[int(TokenType::Text)] = make("#6a4f2a", "#d8c08f", false, true);
    QTextCharFormat error;
    error.setForeground(QColor(QLatin1String(m_dark ? "#ff8080" : "#c62828")));
    m_formats[int(TokenType::Error)] = error;
}

void DiagramHighlighter::highlightBlock(const QString &text)
{
    int openLists = qMax(0, previousBlockState()); // -1: the first block, or not highlighted yet
    const QVector<diagram::Token> tokens = diagram::highlightTokens(text, &openLists);
    setCurrentBlockState(openLists); // a change re-highlights the next block, and so on while it changes
    for (const diagram::Token &t : tokens) {
        const int type = int(t.type);
        if (type < 0 || type >= int(std::size(m_formats)) || t.length <= 0)
            continue;
        setFormat(t.start, t.length, m_formats[type]);
    }
}

} // namespace ae::ui

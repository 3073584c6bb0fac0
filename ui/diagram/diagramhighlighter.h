// SPDX-License-Identifier: MIT
// Syntax colours for .arch text, from the same tokenizer the parser uses (diagram/lexer.h), so what is
// coloured as a keyword is what the parser treats as one.
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ae::ui {

class DiagramHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit DiagramHighlighter(QTextDocument *document);

    // Picks colours that read on a dark or a light editor background and re-highlights.
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void buildFormats();

    bool m_dark = false;
    QTextCharFormat m_formats[11]; // indexed by diagram::TokenType
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// Syntax highlighting of code blocks with GNU Source-highlight: the only caller of its library (srchilite).
// The output is theme-free HTML: token kinds are classes (<span class="k">), coloured by the reader's style
// sheet (resources/styles/document.css, filled in from the palette by ui/reader/documentstyle.cpp).
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::markdown {

// The token classes the highlighter writes, one letter each (the style sheet's selectors are span.k, span.t
// ...):
//   k keyword   t type   s string   c comment   n number   f function   p preprocessor, decorator   v
//   variable, key
// Operators, brackets and plain names stay in the block's text colour.
inline constexpr const char *kTokenClasses = "ktscnfpv";

struct HighlightedCode
{
    QString label;     // what the block's header names: "SQL", "CQL", "Python"; empty for plain text
    QStringList lines; // one HTML fragment per line of the code (no newline): text escaped, tokens in spans
    QVector<int> indents;     // per line: its leading spaces (tabs expanded), -1 for a blank line
    bool highlighted = false; // a language definition was found and used
};

// The Source-highlight language definition file for a fence's info word ("sql" and "cql" -> "sql.lang",
// "py" -> "python.lang"); empty when the language is not one we highlight.
QString highlightLanguageFile(const QString &info);

// Highlights one code block. Tabs are expanded to 4-column stops. Without a language definition (unknown
// info, definitions missing from the system), for blocks over kMaxHighlightChars and for lines over
// kMaxHighlightLine, the text comes back escaped with no spans. Thread-safe; never throws.
HighlightedCode highlightCode(const QString &info, const QString &code);

// Beyond these the block (or line) is shown without colours: Source-highlight takes ~50 us a line, and Qt's
// HTML import ~8 us a span; a block this large is data, not an example.
inline constexpr int kMaxHighlightChars = 512 * 1024;
inline constexpr int kMaxHighlightLine = 4000;

// A code line too long for the view wraps, and its continuation lines start kCodeWrapHang characters right of
// the line's own indentation (never back at column 0): markdown.cpp writes each run of lines as <pre
// class="cN">, N the continuation indent in characters, at most kMaxCodeWrapIndent; the reader's style sheet
// has a rule per N (margin-left N characters, text-indent -N: a hanging indent).
inline constexpr int kCodeWrapHang = 2;
inline constexpr int kMaxCodeWrapIndent = 24;

// Highlighted blocks are kept in memory for the session; with this on (the app turns it on at start) also on
// disk across sessions, under the user's cache folder (highlight/). Off by default: tests, fuzzing and
// commands leave no files behind.
void setHighlightDiskCache(bool on);
// Forgets the session's highlighted blocks (the disk keeps its own): what a new session starts with.
void forgetHighlightedBlocks();

// Where the language definitions are read from (Source-highlight's data directory, normally
// /usr/share/source-highlight from the libsource-highlight-common package).
QString highlightDataDir();

} // namespace ae::markdown

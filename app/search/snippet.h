// SPDX-License-Identifier: MIT
// Which words of a text a query matched, and a short excerpt around the first of them, for result lists.
#pragma once

#include "search/tokenizer.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace ae::search {

struct TextRange
{
    int start = 0;
    int length = 0;
    bool operator==(const TextRange &o) const { return start == o.start && length == o.length; }
};

// Decides whether a word matches a query: by its stem, the query's terms and their related terms exactly; by
// the word itself, the word being typed as a prefix ("led" matches "ledger", "cachi" matches "caching").
class QueryMatcher
{
public:
    // moreTerms: further stems that match (the index passes every term it looked up, so that what it found by
    // a completion of the word being typed is highlighted too).
    explicit QueryMatcher(const Query &query, const QStringList &moreTerms = {});
    // term: the word stemmed; word: normalised, not stemmed.
    bool matches(const QString &term, const QString &word) const;
    // The same for a normalised word, stemmed only when its first letter can match (a stem keeps its word's
    // first letter), which keeps snippets cheap.
    bool matchesWord(const QString &word) const;
    bool isEmpty() const { return m_exact.isEmpty() && m_prefixWord.isEmpty(); }

private:
    QSet<QString> m_exact;
    QString m_prefixWord; // normalised, unstemmed; empty when the last word is complete
    QString m_initials;   // first letters of m_exact and m_prefixWord
};

// Ranges of every matching word in text.
QVector<TextRange> matchRanges(const QString &text, const QueryMatcher &matcher);

struct Snippet
{
    QString text;                  // about `width` characters on one line, "…" where cut
    QVector<TextRange> highlights; // matched words inside text
};

// The excerpt of text around its first matching word (the start of text when none matches).
Snippet makeSnippet(const QString &text, const QueryMatcher &matcher, int width = 160);

// The first run of matched words in text as written ("double-entry ledger"), for find-in-page; empty if none.
QString firstMatchRun(const QString &text, const QVector<TextRange> &ranges);

// Text as HTML with the ranges in <b>...</b> (everything escaped).
QString highlightHtml(const QString &text, const QVector<TextRange> &ranges);

} // namespace ae::search

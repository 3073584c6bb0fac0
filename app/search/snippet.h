// SPDX-License-Identifier: MIT
// Which words of a text a query matched, and a short excerpt around the first of them, for result lists.
#pragma once

#include "search/tokenizer.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace ae::search {

struct TextRange {
    int start = 0;
    int length = 0;
    bool operator==(const TextRange &o) const { return start == o.start && length == o.length; }
};

// Decides whether an indexed term matches a query: the query's terms exactly, and the word being typed as a
// prefix ("led" matches "ledger"; "cachi" matches "cach", the stem of "caching").
class QueryMatcher
{
public:
    explicit QueryMatcher(const Query &query);
    bool matches(const QString &term) const;
    bool isEmpty() const { return m_exact.isEmpty(); }

private:
    QSet<QString> m_exact;
    QString m_prefixWord; // normalised, unstemmed; empty when the last word is complete
    QString m_prefixStem;
};

// Ranges of every matching word in text.
QVector<TextRange> matchRanges(const QString &text, const QueryMatcher &matcher);

struct Snippet {
    QString text;                 // about `width` characters on one line, "…" where cut
    QVector<TextRange> highlights; // matched words inside text
};

// The excerpt of text around its first matching word (the start of text when none matches).
Snippet makeSnippet(const QString &text, const QueryMatcher &matcher, int width = 160);

// The first run of matched words in text as written ("double-entry ledger"), for find-in-page; empty if none.
QString firstMatchRun(const QString &text, const QVector<TextRange> &ranges);

// Text as HTML with the ranges in <b>...</b> (everything escaped).
QString highlightHtml(const QString &text, const QVector<TextRange> &ranges);

} // namespace ae::search

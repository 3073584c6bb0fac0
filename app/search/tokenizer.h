// SPDX-License-Identifier: MIT
// Words for search: case- and diacritic-insensitive terms stemmed with Snowball English (plus a few rules of
// ours), the same for the index and for queries, each remembering where in the original text it came from
// (for snippets and highlights).
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::search {

struct Token
{
    QString
        term; // normalised (NFD, marks dropped, case-folded) and stemmed; see splitWords for unstemmed tokens
    int start = 0; // position of the word in the original text (UTF-16 units)
    int length = 0;
};

// Case-folds and strips diacritics (NFKD: NFD plus compatibility forms such as ligatures, then marks
// dropped): "Crème Brûlée" -> "creme brulee". Only letters/digits are kept by tokenize; this works on any
// string.
QString normalize(const QString &word);

// The stem of a normalised word: Snowball English (libstemmer, the Porter2 algorithm: "replication" ->
// "replic", "caching" -> "cach", "queries" -> "queri"...), with these rules of ours around it:
// - words of three letters or fewer, and words that are not plain a-z (numbers, versions, codes such as
// "p99",
//   "40ms", "neo4j", other scripts) are kept as they are;
// - words without a vowel are acronyms: only a plural s goes ("TTLs" -> "ttl", "HTTPS" -> "http");
// - a few words Snowball cuts into another word are kept ("contention" is not "content", "several" not
// "sever"),
//   and "embed" meets "embedded";
// - a -ry noun meets the word it comes from ("recovery" / "recover", "delivery" / "deliver", "expiry" /
//   "expire"), which Snowball keeps apart;
// - a final e after u goes ("queue" / "queued", as Snowball already does for "value" / "valued").
// The first letter of a stem is always the word's. Index and query use the same function, so the stems only
// need to agree with each other. Thread-safe (each thread has its own Snowball stemmer).
QString stem(const QString &normalizedWord);

// Terms a query for this term also looks up, at a lower weight, because no stemmer joins them: "replic"
// (replication, replicated) -> "replica" (replica, replicas), so that "replication lag" finds "replicas
// lagged". One way only: a query for "replica" does not widen to every mention of replication. Query side
// only: the index, and matching the phrases of node labels, keep them apart. Empty for most terms.
QStringList relatedTerms(const QString &term);

// Splits on anything that is not a letter or a digit (so "double-entry" is two words) and returns the stemmed
// terms in order. Marks inside a word (combining accents) do not split it.
QVector<Token> tokenize(const QString &text);

// The same words as tokenize, normalised but not stemmed (names matched as written, prefixes being typed).
QVector<Token> splitWords(const QString &text);

// The same terms without positions.
QStringList terms(const QString &text);

// A query as typed: its terms, and whether the last one is still being typed (no trailing separator), in
// which case it also matches words it is a prefix of. Words such as "how", "do", "the", "for" are left out
// when the query has other words ("how do they avoid overselling" looks for avoid and overselling); the index
// keeps them, so a query of nothing else still finds them.
struct Query
{
    QStringList terms;            // stemmed
    QVector<QStringList> related; // related[i]: relatedTerms(terms[i]) (may be shorter than terms: none)
    QString lastWord; // the last word normalised but not stemmed (for prefix matching); empty if none
                      // or left out
    bool lastIsPrefix = false;
    bool isEmpty() const { return terms.isEmpty(); }
};
Query parseQuery(const QString &text);

} // namespace ae::search

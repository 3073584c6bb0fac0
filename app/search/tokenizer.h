// SPDX-License-Identifier: MIT
// Words for search: case- and diacritic-insensitive terms with light English stemming, the same for the index
// and for queries, each remembering where in the original text it came from (for snippets and highlights).
#pragma once

#include <QString>
#include <QVector>

namespace ae::search {

struct Token {
    QString term; // normalised (NFD, marks dropped, case-folded) and stemmed
    int start = 0;  // position of the word in the original text (UTF-16 units)
    int length = 0;
};

// Case-folds and strips diacritics (NFKD: NFD plus compatibility forms such as ligatures, then marks dropped):
// "Crème Brûlée" -> "creme brulee". Only letters/digits are kept by tokenize;
// this works on any string.
QString normalize(const QString &word);

// Light English stemming of a normalised word: plurals ("queries" -> "query" -> "quer"), -ing/-ed, a final
// silent e or y, doubled final consonants ("shipping" -> "ship"). Words of three letters or fewer are kept.
// Index and query use the same function, so the stems only need to agree with each other.
QString stem(const QString &normalizedWord);

// Splits on anything that is not a letter or a digit (so "double-entry" is two words) and returns the stemmed
// terms in order. Marks inside a word (combining accents) do not split it.
QVector<Token> tokenize(const QString &text);

// The same terms without positions.
QStringList terms(const QString &text);

// A query as typed: its terms, and whether the last one is still being typed (no trailing separator), in which
// case it also matches words it is a prefix of.
struct Query {
    QStringList terms;        // stemmed
    QString lastWord;         // the last word normalised but not stemmed (for prefix matching); empty if none
    bool lastIsPrefix = false;
    bool isEmpty() const { return terms.isEmpty(); }
};
Query parseQuery(const QString &text);

} // namespace ae::search

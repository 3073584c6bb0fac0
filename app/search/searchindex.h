// SPDX-License-Identifier: MIT
// The inverted index over a library's entries, ranked with BM25F (the heading field boosted by entry kind:
// title > heading / node / technology / metric > body), with incremental per-document updates and grouped
// results.
#pragma once

#include "search/entries.h"
#include "search/snippet.h"
#include "search/tokenizer.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <atomic>
#include <map>

namespace ae::content {
struct Document;
}

namespace ae::search {

struct SearchHit
{
    Entry entry;
    double score = 0;
    QVector<TextRange> headingHighlights; // matched words in entry.heading
    Snippet snippet;                      // from entry.text (empty for entries without body text)
    QString findText;                     // words to highlight in the document view ("double-entry ledger")
};

// Hits of one document, best first; the document's score is its best hit's.
struct SearchGroup
{
    QString docPath;
    QString docTitle;
    double score = 0;
    QVector<SearchHit> hits;
};

struct SearchResults
{
    QVector<SearchGroup> groups; // best document first
    int totalMatches = 0;        // entries that matched at least one term (before the maxHits cut)
    bool isEmpty() const { return groups.isEmpty(); }
};

class SearchIndex
{
public:
    // Adds a document's entries; a document already present (same path) is replaced.
    void updateDocument(const content::Document &doc);
    void removeDocument(const QString &path);
    bool contains(const QString &path) const { return m_docEntries.contains(path); }

    // Ranked, grouped results for text as typed (the last word also matches as a prefix unless followed by a
    // separator). At most maxHits entries in all. Thread-safe for concurrent const use.
    SearchResults search(const QString &text, int maxHits = 30) const;

    int documentCount() const { return int(m_docEntries.size()); }
    int entryCount() const { return m_alive; }
    int termCount() const { return int(m_terms.size()); }
    // Rough heap size of the index (entries' text, postings, term dictionary), for the benchmark.
    qint64 approximateBytes() const;

private:
    struct Posting
    {
        int entry;
        float head; // term frequency in the heading field
        float body; // ... in the body field
    };
    struct Stored
    {
        Entry entry;
        float headLength = 0;
        float bodyLength = 0;
        bool alive = true;
    };
    struct Expansion
    {
        int term;
        float weight;
    };
    int termId(const QString &term);
    int wordTermId(const QString &word);
    void compact(); // drops dead entries' postings
    void addEntry(Entry entry);
    QVector<Expansion> expand(const Query &query, int index) const;
    float weightFor(EntryKind kind) const;
    float priorFor(EntryKind kind) const;

    std::map<QString, int> m_terms; // term (stem) -> id
    QVector<QString> m_termText;    // id -> term
    // Every word as written (normalised, not stemmed) -> its term's id: each word is stemmed once, and the
    // word being typed completes to the words it begins, whatever their stems ("replicatio" -> "replication"
    // -> "replic"). Implicitly shared, so copying the index for an update stays cheap.
    QMap<QString, int> m_words;
    QVector<QVector<Posting>> m_postings;
    QVector<Stored> m_entries;
    QHash<QString, QVector<int>> m_docEntries;
    int m_alive = 0;
    int m_dead = 0; // entries removed whose postings are still in the lists
    double m_headTotal = 0;
    double m_bodyTotal = 0;
};

// Builds the index of a whole library. Pure: call it on a worker thread (QtConcurrent::run). When cancel is
// set while it runs, returns early with what was indexed so far (the caller discards it).
SearchIndex buildIndex(const QVector<content::Document> &documents, const std::atomic_bool *cancel = nullptr);

QString kindName(EntryKind kind); // "title", "section", "diagram node", "technology", "metric" (untranslated)

} // namespace ae::search

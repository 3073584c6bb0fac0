// SPDX-License-Identifier: MIT
// SearchIndex: postings per term, BM25F scoring with per-kind heading boosts, prefix expansion, grouping.
#include "search/searchindex.h"

#include "content/library.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ae::search {

namespace {

constexpr float kK1 = 1.2f;
constexpr float kBHead = 0.3f;
constexpr float kBBody = 0.75f;
constexpr int kMaxExpansions = 40;
constexpr float kPrefixWeight = 0.7f;
constexpr float kRelatedWeight =
    0.6f; // relatedTerms(): well below the word typed (and below a completion of it)

} // namespace

QString kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Title:
        return QStringLiteral("title");
    case EntryKind::Section:
        return QStringLiteral("section");
    case EntryKind::DiagramNode:
        return QStringLiteral("diagram node");
    case EntryKind::Technology:
        return QStringLiteral("technology");
    case EntryKind::Metric:
        return QStringLiteral("metric");
    }
    return {};
}

float SearchIndex::weightFor(EntryKind kind) const
{
    switch (kind) {
    case EntryKind::Title:
        return 5.0f;
    case EntryKind::Section:
        return 3.0f;
    case EntryKind::DiagramNode:
    case EntryKind::Technology:
    case EntryKind::Metric:
        return 2.5f;
    }
    return 1.0f;
}

float SearchIndex::priorFor(EntryKind kind) const
{
    // Nodes and technologies have one-line bodies, which BM25's length normalisation rewards; the prose that
    // explains a thing should still come before the box that names it.
    switch (kind) {
    case EntryKind::Title:
    case EntryKind::Section:
        return 1.0f;
    case EntryKind::Metric:
        return 0.8f;
    case EntryKind::DiagramNode:
    case EntryKind::Technology:
        return 0.7f;
    }
    return 1.0f;
}

int SearchIndex::termId(const QString &term)
{
    auto it = m_terms.find(term);
    if (it != m_terms.end())
        return it->second;
    const int id = int(m_postings.size());
    m_terms.emplace(term, id);
    m_termText.append(term);
    m_postings.append(QVector<Posting>());
    return id;
}

int SearchIndex::wordTermId(const QString &word)
{
    const auto it = m_words.constFind(word);
    if (it != m_words.cend())
        return *it;
    const int id = termId(stem(word));
    m_words.insert(word, id);
    return id;
}

void SearchIndex::addEntry(Entry entry)
{
    const int id = int(m_entries.size());
    QHash<int, std::pair<float, float>> tf;
    // Unstemmed words: wordTermId stems each distinct word once for the whole index.
    const QVector<Token> head = splitWords(entry.heading);
    const QVector<Token> body = splitWords(entry.text);
    for (const Token &t : head)
        tf[wordTermId(t.term)].first += 1;
    for (const Token &t : body)
        tf[wordTermId(t.term)].second += 1;
    Stored s;
    s.headLength = float(head.size());
    s.bodyLength = float(body.size());
    for (auto it = tf.cbegin(); it != tf.cend(); ++it)
        m_postings[it.key()].append(Posting{id, it.value().first, it.value().second});
    m_headTotal += s.headLength;
    m_bodyTotal += s.bodyLength;
    ++m_alive;
    m_docEntries[entry.docPath].append(id);
    s.entry = std::move(entry);
    m_entries.append(std::move(s));
}

void SearchIndex::removeDocument(const QString &path)
{
    const auto it = m_docEntries.find(path);
    if (it == m_docEntries.end())
        return;
    // Entries are only marked dead here (search skips them); erasing from every posting list of a large index
    // costs far more than an occasional compaction.
    for (int id : *it) {
        Stored &s = m_entries[id];
        m_headTotal -= s.headLength;
        m_bodyTotal -= s.bodyLength;
        --m_alive;
        ++m_dead;
        s.alive = false;
        s.entry = Entry{}; // free the text; the slot stays so ids remain stable
    }
    m_docEntries.erase(it);
    if (m_dead > 64 && m_dead * 5 > m_alive)
        compact();
    else if (m_dead > 0 && m_alive < 512)
        compact(); // small libraries: keep document frequencies exact
}

void SearchIndex::compact()
{
    for (QVector<Posting> &list : m_postings) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [this](const Posting &p) { return !m_entries.at(p.entry).alive; }),
                   list.end());
    }
    m_dead = 0;
}

void SearchIndex::updateDocument(const content::Document &doc)
{
    removeDocument(doc.path);
    const QVector<Entry> entries = entriesForDocument(doc);
    for (const Entry &e : entries)
        addEntry(e);
    if (!m_docEntries.contains(doc.path))
        m_docEntries.insert(doc.path, {});
}

QVector<SearchIndex::Expansion> SearchIndex::expand(const Query &query, int index) const
{
    QVector<Expansion> out;
    const QString &term = query.terms.at(index);
    auto exact = m_terms.find(term);
    if (exact != m_terms.end())
        out.append(Expansion{exact->second, 1.0f});
    if (index < query.related.size()) {
        for (const QString &related : query.related.at(index)) {
            auto it = m_terms.find(related);
            if (it != m_terms.end())
                out.append(Expansion{it->second, kRelatedWeight});
        }
    }
    const bool last = index == query.terms.size() - 1;
    if (!last || !query.lastIsPrefix || query.lastWord.size() < 2)
        return out;
    // The word being typed matches the words it begins, through their terms: "cachi" -> "caching" -> "cach",
    // "replicatio" -> "replication" -> "replic".
    QVector<Expansion> prefixed;
    const QString &prefix = query.lastWord;
    for (auto it = m_words.lowerBound(prefix); it != m_words.cend() && it.key().startsWith(prefix); ++it) {
        const int id = it.value();
        const bool known =
            std::any_of(out.cbegin(), out.cend(), [id](const Expansion &x) { return x.term == id; });
        if (!known && !m_postings.at(id).isEmpty())
            prefixed.append(Expansion{id, kPrefixWeight});
    }
    std::sort(prefixed.begin(), prefixed.end(),
              [](const Expansion &a, const Expansion &b) { return a.term < b.term; });
    prefixed.erase(std::unique(prefixed.begin(), prefixed.end(),
                               [](const Expansion &a, const Expansion &b) { return a.term == b.term; }),
                   prefixed.end());
    if (prefixed.size() > kMaxExpansions) {
        // Keep the commonest completions: what the user most likely means.
        std::partial_sort(prefixed.begin(), prefixed.begin() + kMaxExpansions, prefixed.end(),
                          [this](const Expansion &a, const Expansion &b) {
                              return m_postings.at(a.term).size() > m_postings.at(b.term).size();
                          });
        prefixed.resize(kMaxExpansions);
    }
    out += prefixed;
    return out;
}

SearchResults SearchIndex::search(const QString &text, int maxHits) const
{
    SearchResults results;
    const Query query = parseQuery(text);
    if (query.isEmpty() || m_alive == 0)
        return results;
    const int n = int(m_entries.size());
    const float avgHead = float(std::max(1.0, m_headTotal / m_alive));
    const float avgBody = float(std::max(1.0, m_bodyTotal / m_alive));
    std::vector<float> total(size_t(n), 0.0f);
    std::vector<float> current(size_t(n), 0.0f);
    std::vector<unsigned char> matched(size_t(n), 0);
    std::vector<int> touched, touchedAll;
    QStringList looked; // every term looked up, for the highlights to match what was found
    for (int qi = 0; qi < query.terms.size(); ++qi) {
        touched.clear();
        for (const Expansion &x : expand(query, qi)) {
            looked.append(m_termText.at(x.term));
            const QVector<Posting> &list = m_postings.at(x.term);
            const float df = float(list.size());
            const float idf = std::log(1.0f + (float(m_alive) - df + 0.5f) / (df + 0.5f));
            for (const Posting &p : list) {
                const Stored &s = m_entries.at(p.entry);
                if (!s.alive)
                    continue;
                const float head = p.head / (1.0f - kBHead + kBHead * s.headLength / avgHead);
                const float body = p.body / (1.0f - kBBody + kBBody * s.bodyLength / avgBody);
                const float tf = weightFor(s.entry.kind) * head + body;
                const float c = x.weight * idf * tf / (kK1 + tf);
                float &cur = current[size_t(p.entry)];
                if (cur == 0.0f)
                    touched.push_back(p.entry);
                cur = std::max(cur, c);
            }
        }
        for (int e : touched) {
            if (total[size_t(e)] == 0.0f)
                touchedAll.push_back(e);
            total[size_t(e)] += current[size_t(e)];
            ++matched[size_t(e)];
            current[size_t(e)] = 0.0f;
        }
    }
    results.totalMatches = int(touchedAll.size());
    // Entries matching every word come first: scale by the share of query words matched, squared.
    const float nq = float(query.terms.size());
    for (int e : touchedAll) {
        const float share = float(matched[size_t(e)]) / nq;
        total[size_t(e)] *= share * share * priorFor(m_entries.at(e).entry.kind);
    }
    const int keep = std::min(maxHits, int(touchedAll.size()));
    std::partial_sort(touchedAll.begin(), touchedAll.begin() + keep, touchedAll.end(), [&](int a, int b) {
        return total[size_t(a)] != total[size_t(b)] ? total[size_t(a)] > total[size_t(b)] : a < b;
    });
    const QueryMatcher matcher(query, looked);
    QHash<QString, int> groupOf;
    for (int i = 0; i < keep; ++i) {
        const int e = touchedAll.at(size_t(i));
        SearchHit hit;
        hit.entry = m_entries.at(e).entry;
        hit.score = total[size_t(e)];
        hit.headingHighlights = matchRanges(hit.entry.heading, matcher);
        if (!hit.entry.text.isEmpty())
            hit.snippet = makeSnippet(hit.entry.text, matcher);
        hit.findText = firstMatchRun(hit.snippet.text, hit.snippet.highlights);
        if (hit.findText.isEmpty())
            hit.findText = firstMatchRun(hit.entry.heading, hit.headingHighlights);
        auto g = groupOf.find(hit.entry.docPath);
        if (g == groupOf.end()) {
            g = groupOf.insert(hit.entry.docPath, int(results.groups.size()));
            SearchGroup group;
            group.docPath = hit.entry.docPath;
            group.docTitle = hit.entry.docTitle;
            group.score = hit.score; // hits arrive best first
            results.groups.append(group);
        }
        results.groups[*g].hits.append(std::move(hit));
    }
    return results;
}

qint64 SearchIndex::approximateBytes() const
{
    qint64 bytes = 0;
    for (const Stored &s : m_entries) {
        bytes += qint64(sizeof(Stored)) +
                 2 * (s.entry.heading.size() + s.entry.text.size() + s.entry.docPath.size() +
                      s.entry.docTitle.size() + s.entry.anchor.size() + s.entry.sectionTitle.size() +
                      s.entry.key.size());
    }
    for (const QVector<Posting> &list : m_postings)
        bytes += qint64(sizeof(QVector<Posting>)) + qint64(list.capacity()) * qint64(sizeof(Posting));
    for (const auto &[term, id] : m_terms)
        bytes += 2 * term.size() + 64 + qint64(sizeof(QString)); // key, value, the tree node and m_termText
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it)
        bytes += 2 * it.key().size() + 64;
    return bytes;
}

SearchIndex buildIndex(const QVector<content::Document> &documents, const std::atomic_bool *cancel)
{
    SearchIndex index;
    for (const content::Document &doc : documents) {
        if (cancel && cancel->load())
            break;
        index.updateDocument(doc);
    }
    return index;
}

} // namespace ae::search

// SPDX-License-Identifier: MIT
// Finding the sections that talk about a diagram node: phrase matching over search tokens.
#include "search/discussions.h"

#include "content/library.h"
#include "search/technologies.h"
#include "search/tokenizer.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace ae::search {

namespace {

struct Phrase
{
    QStringList terms;
    int weight = 0;
};

// Where phrase occurs in tokens: the index of each first token.
QVector<int> occurrences(const QVector<Token> &tokens, const QStringList &phrase)
{
    QVector<int> out;
    const int n = int(phrase.size());
    for (int i = 0; n > 0 && i + n <= tokens.size(); ++i) {
        int k = 0;
        while (k < n && tokens.at(i + k).term == phrase.at(k))
            ++k;
        if (k == n)
            out.append(i);
    }
    return out;
}

bool usableName(const QStringList &terms)
{
    if (terms.isEmpty())
        return false;
    if (terms.size() > 1)
        return true;
    const QString &t = terms.first();
    return t.size() > 2 || std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
}

QVector<Phrase> phrasesOf(const NodeSubject &subject, QStringList *labelTerms)
{
    QVector<Phrase> out;
    QSet<QString> seen;
    auto add = [&](const QString &text, int weight) {
        const QStringList t = terms(text);
        const QString key = t.join(QLatin1Char(' '));
        if (usableName(t) && !seen.contains(key)) {
            seen.insert(key);
            out.append(Phrase{t, weight});
        }
    };
    QString label = subject.label;
    label.replace(QLatin1Char('\n'), QLatin1Char(' '));
    *labelTerms = terms(label);
    add(label, 3);
    for (const QString &name : subject.technologyNames) {
        add(name, 2);
        add(stripVersion(name), 2);
    }
    return out;
}

// The words of tokens[first .. first+count) as written in text.
QString spanText(const QString &text, const QVector<Token> &tokens, int first, int count)
{
    const Token &a = tokens.at(first);
    const Token &b = tokens.at(first + count - 1);
    return text.mid(a.start, b.start + b.length - a.start);
}

struct TokenSpan
{
    int first = 0;
    int count = 0; // 0: not found
};

// The first place where every one of words occurs within a few tokens of each other, in any order.
TokenSpan nearbyWords(const QVector<Token> &tokens, const QStringList &words)
{
    constexpr int kWindow = 6;
    const QSet<QString> wanted(words.cbegin(), words.cend());
    for (int i = 0; i < tokens.size(); ++i) {
        if (!wanted.contains(tokens.at(i).term))
            continue;
        const int end = qMin(int(tokens.size()), i + kWindow + int(words.size()));
        QSet<QString> seen;
        for (int j = i; j < end; ++j) {
            if (wanted.contains(tokens.at(j).term))
                seen.insert(tokens.at(j).term);
            if (seen.size() == wanted.size())
                return TokenSpan{i, j - i + 1};
        }
    }
    return {};
}

} // namespace

QVector<Discussion> findDiscussions(const QVector<const content::Document *> &documents,
                                    const NodeSubject &subject, const DiagramPlace &place, int limit)
{
    QStringList labelTerms;
    const QVector<Phrase> phrases = phrasesOf(subject, &labelTerms);
    QStringList allTerms = labelTerms;
    for (const Phrase &p : phrases)
        allTerms += p.terms;
    Query query;
    query.terms = allTerms;
    const QueryMatcher matcher(query);

    QVector<Discussion> out;
    for (const content::Document *doc : documents) {
        if (!doc)
            continue;
        for (int s = 0; s < doc->md.sections.size(); ++s) {
            const markdown::Section &section = doc->md.sections.at(s);
            const QVector<Token> titleTokens = tokenize(section.title);
            const QVector<Token> bodyTokens = tokenize(section.text);
            int score = 0;
            QString matched;
            int matchedAt = INT_MAX; // earliest body position of a mention, for `matched`
            for (const Phrase &p : phrases) {
                const QVector<int> inTitle = occurrences(titleTokens, p.terms);
                const QVector<int> inBody = occurrences(bodyTokens, p.terms);
                score += p.weight * (2 * int(inTitle.size()) + int(inBody.size()));
                if (!inBody.isEmpty() && bodyTokens.at(inBody.first()).start < matchedAt) {
                    matchedAt = bodyTokens.at(inBody.first()).start;
                    matched = spanText(section.text, bodyTokens, inBody.first(), int(p.terms.size()));
                } else if (matched.isEmpty() && !inTitle.isEmpty()) {
                    matched = spanText(section.title, titleTokens, inTitle.first(), int(p.terms.size()));
                }
            }
            if (score == 0 && labelTerms.size() > 1) {
                // Every word of a longer label close together, though not as written ("nodes of the ledger"):
                // a weak mention.
                const TokenSpan near = nearbyWords(bodyTokens, labelTerms);
                if (near.count > 0) {
                    score = 1;
                    matched = spanText(section.text, bodyTokens, near.first, near.count);
                }
            }
            if (score == 0)
                continue;
            Discussion d;
            d.docPath = doc->path;
            d.docTitle = doc->title;
            d.anchor = section.anchor;
            d.sectionTitle = section.title.isEmpty() ? doc->title : section.title;
            d.line = section.line;
            d.matched = matched;
            // Around the first mention: the matched words' own terms, not every word of the label.
            Query mention;
            mention.terms = terms(matched);
            d.snippet =
                makeSnippet(section.text, mention.terms.isEmpty() ? matcher : QueryMatcher(mention), 120);
            d.score = score;
            d.holdsDiagram = doc->path == place.docPath && s == place.sectionIndex;
            out.append(d);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Discussion &a, const Discussion &b) { return a.score > b.score; });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace ae::search

// SPDX-License-Identifier: MIT
// Query matching on terms, snippets around the first hit, and highlighted HTML for result lists.
#include "search/snippet.h"

namespace ae::search {

QueryMatcher::QueryMatcher(const Query &query, const QStringList &moreTerms)
{
    for (const QString &t : query.terms)
        m_exact.insert(t);
    for (const QStringList &related : query.related) {
        for (const QString &t : related)
            m_exact.insert(t);
    }
    for (const QString &t : moreTerms)
        m_exact.insert(t);
    if (query.lastIsPrefix && query.lastWord.size() >= 2)
        m_prefixWord = query.lastWord;
    for (const QString &t : std::as_const(m_exact)) {
        if (!t.isEmpty() && !m_initials.contains(t.at(0)))
            m_initials.append(t.at(0));
    }
    if (!m_prefixWord.isEmpty() && !m_initials.contains(m_prefixWord.at(0)))
        m_initials.append(m_prefixWord.at(0));
}

bool QueryMatcher::matches(const QString &term, const QString &word) const
{
    if (m_exact.contains(term))
        return true;
    return !m_prefixWord.isEmpty() && word.startsWith(m_prefixWord);
}

bool QueryMatcher::matchesWord(const QString &word) const
{
    if (word.isEmpty() || !m_initials.contains(word.at(0)))
        return false;
    return matches(stem(word), word);
}

QVector<TextRange> matchRanges(const QString &text, const QueryMatcher &matcher)
{
    QVector<TextRange> out;
    if (matcher.isEmpty())
        return out;
    for (const Token &w : splitWords(text)) {
        if (matcher.matchesWord(w.term))
            out.append(TextRange{w.start, w.length});
    }
    return out;
}

namespace {

// Position of the first word of text matching, -1 if none; stops at the first hit instead of tokenizing it
// all.
int firstMatch(const QString &text, const QueryMatcher &matcher)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && !(text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        const int start = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        if (i > start && matcher.matchesWord(normalize(text.mid(start, i - start))))
            return start;
    }
    return -1;
}

} // namespace

Snippet makeSnippet(const QString &text, const QueryMatcher &matcher, int width)
{
    Snippet s;
    const int hit = matcher.isEmpty() ? -1 : firstMatch(text, matcher);
    int from = 0;
    if (hit > width / 3) {
        from = hit - width / 3;
        while (from < hit && !text.at(from).isSpace())
            ++from; // start on a word boundary
    }
    int to = qMin(text.size(), from + width);
    if (to < text.size()) {
        int cut = to;
        while (cut > from + width / 2 && !text.at(cut).isSpace())
            --cut;
        to = cut > from + width / 2 ? cut : to;
    }
    QString body = text.mid(from, to - from).simplified().isEmpty() ? QString() : text.mid(from, to - from);
    // One line: newlines become spaces (same length, so ranges stay valid).
    body.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString lead = from > 0 ? QStringLiteral("\u2026") : QString();
    s.text = lead + body + (to < text.size() ? QStringLiteral("\u2026") : QString());
    for (const TextRange &r : matchRanges(body, matcher))
        s.highlights.append(TextRange{r.start + int(lead.size()), r.length});
    return s;
}

QString firstMatchRun(const QString &text, const QVector<TextRange> &ranges)
{
    if (ranges.isEmpty())
        return {};
    int start = ranges.first().start;
    int end = start + ranges.first().length;
    for (int i = 1; i < ranges.size(); ++i) {
        const TextRange &r = ranges.at(i);
        const QString gap = text.mid(end, r.start - end);
        if (r.start - end > 2 || gap.contains(QChar(0x2026)))
            break;
        end = r.start + r.length;
    }
    return text.mid(start, end - start);
}

QString highlightHtml(const QString &text, const QVector<TextRange> &ranges)
{
    QString out;
    int pos = 0;
    for (const TextRange &r : ranges) {
        if (r.start < pos)
            continue;
        out += text.mid(pos, r.start - pos).toHtmlEscaped();
        out += QLatin1String("<b>") + text.mid(r.start, r.length).toHtmlEscaped() + QLatin1String("</b>");
        pos = r.start + r.length;
    }
    out += text.mid(pos).toHtmlEscaped();
    return out;
}

} // namespace ae::search

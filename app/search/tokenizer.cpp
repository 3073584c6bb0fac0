// SPDX-License-Identifier: MIT
// Tokenizer: word splitting, normalisation (NFD, marks dropped, case folded) and the light stemmer.
#include "search/tokenizer.h"

namespace ae::search {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

bool allAsciiLetters(const QString &w)
{
    for (QChar c : w) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

} // namespace

QString normalize(const QString &word)
{
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return word.toLower();
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    out = out.toCaseFolded();
    // Qt folds case one character at a time, so the one common full folding is done here: ß -> ss.
    out.replace(QChar(0xDF), QLatin1String("ss"));
    return out;
}

QString stem(const QString &w)
{
    // Only plain English words are stemmed: numbers, codes ("p99") and other scripts are kept as they are.
    if (w.size() <= 3 || !allAsciiLetters(w))
        return w;
    QString s = w;
    if (s.endsWith(u"ies") && s.size() > 4) {
        s.chop(2);
        s[s.size() - 1] = u'y';
    } else if (s.endsWith(u"sses"))
        s.chop(2);
    else if (s.endsWith(u's') && !s.endsWith(u"ss") && !s.endsWith(u"us") && !s.endsWith(u"is"))
        s.chop(1);
    bool chopped = false;
    if (s.endsWith(u"ing") && s.size() >= 7) {
        s.chop(3);
        chopped = true;
    } else if (s.endsWith(u"ed") && s.size() >= 6) {
        s.chop(2);
        chopped = true;
    }
    if (chopped && s.size() >= 4) {
        const QChar last = s.at(s.size() - 1);
        if (last == s.at(s.size() - 2) && !isVowel(last) && last != u'l' && last != u's' && last != u'z')
            s.chop(1); // shipp -> ship
    }
    if (s.size() > 4 && s.endsWith(u'e'))
        s.chop(1); // cache / caching -> cach
    else if (s.size() > 5 && s.endsWith(u'y') && !isVowel(s.at(s.size() - 2)))
        s.chop(1); // expiry / expires -> expir
    return s;
}

QVector<Token> tokenize(const QString &text)
{
    QVector<Token> out;
    const int n = text.size();
    int i = 0;
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const int start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start) {
            QString term = stem(normalize(text.mid(start, i - start)));
            if (!term.isEmpty())
                out.append(Token{std::move(term), start, i - start});
        }
    }
    return out;
}

QStringList terms(const QString &text)
{
    QStringList out;
    for (const Token &t : tokenize(text))
        out.append(t.term);
    return out;
}

Query parseQuery(const QString &text)
{
    Query q;
    const QVector<Token> tokens = tokenize(text);
    for (const Token &t : tokens)
        q.terms.append(t.term);
    if (!tokens.isEmpty()) {
        const Token &last = tokens.constLast();
        q.lastWord = normalize(text.mid(last.start, last.length));
        q.lastIsPrefix = last.start + last.length == text.size();
    }
    return q;
}

} // namespace ae::search

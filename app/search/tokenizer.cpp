// SPDX-License-Identifier: MIT
// Tokenizer: word splitting, normalisation (NFD, marks dropped, case folded) and stemming (Snowball English
// through libstemmer, with the rules of ours listed in tokenizer.h).
#include "search/tokenizer.h"

#include <QHash>
#include <QSet>

#include <libstemmer.h>

#include <algorithm>

namespace ae::search {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool allAsciiLetters(const QString &w)
{
    for (QChar c : w) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

bool hasVowel(const QString &w)
{
    for (QChar c : w) {
        if (c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y')
            return true;
    }
    return false;
}

// One Snowball English stemmer per thread: a stemmer keeps its working buffer in the object, so it must not
// be shared (the index is built on a worker thread while the window searches and highlights on the GUI
// thread).
class Snowball
{
public:
    Snowball() : m_stemmer(sb_stemmer_new("english", "UTF_8")) {}
    ~Snowball() { sb_stemmer_delete(m_stemmer); }
    Snowball(const Snowball &) = delete;
    Snowball &operator=(const Snowball &) = delete;

    // w: a-z only (so its Latin-1 bytes are its UTF-8).
    QString stem(const QString &w)
    {
        if (!m_stemmer)
            return w;
        char small[64];
        QByteArray large;
        const char *bytes = small;
        const int n = int(w.size());
        if (n <= int(sizeof small)) {
            for (int i = 0; i < n; ++i)
                small[i] = char(w.at(i).unicode());
        } else {
            large = w.toLatin1();
            bytes = large.constData();
        }
        const sb_symbol *out = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(bytes), n);
        if (!out)
            return w; // out of memory
        return QString::fromLatin1(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer));
    }

private:
    sb_stemmer *m_stemmer;
};

QString snowball(const QString &w)
{
    thread_local Snowball stemmer;
    return stemmer.stem(w);
}

// Words Snowball would stem into a different word, and the stems they get instead.
const QHash<QString, QString> &exceptions()
{
    static const QHash<QString, QString> table{
        // Snowball takes -ed off "embed" ("emb") but stems "embedded" and "embedding" to "embed".
        {QStringLiteral("embed"), QStringLiteral("embed")},
        {QStringLiteral("embeds"), QStringLiteral("embed")},
        // Not a form of "content" (hot-row contention).
        {QStringLiteral("contention"), QStringLiteral("contention")},
        {QStringLiteral("contentions"), QStringLiteral("contention")},
        // Not a form of "severe" / "severity".
        {QStringLiteral("several"), QStringLiteral("several")},
        // Not a form of "busy".
        {QStringLiteral("business"), QStringLiteral("business")},
        {QStringLiteral("businesses"), QStringLiteral("business")},
        // Not a form of "product" ("product pages" is not "in production").
        {QStringLiteral("production"), QStringLiteral("production")},
        {QStringLiteral("productions"), QStringLiteral("production")},
    };
    return table;
}

// Words that carry no subject in a question ("how do they avoid overselling"), left out of a query that has
// other words. Deliberately short: no "not", "all" (acks=all), "over" (fail over), "out" (fan-out), "up",
// "us" (us-east-1), "me" (me-south-1) or "get" (Redis GET), which mean something here.
bool isStopWord(const QString &w)
{
    static const QSet<QString> words = [] {
        const QStringList list =
            QStringLiteral(
                "a an the and or but if so than then as of to in on at by for from with into about "
                "is are was were be been being am do does did doing have has had having "
                "i my we our you your he him his she her it its they them their "
                "this that these those there here who whom whose which what when where why how "
                "can could would should will shall may might must also just very "
                "s t don doesn didn isn aren wasn weren")
                .split(QLatin1Char(' '));
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words.contains(w);
}

template <typename F> void forEachWord(const QString &text, F &&f)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const int start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            f(start, i - start);
    }
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
    if (!hasVowel(w)) // an acronym: TTLs, VPCs, HTTPS
        return w.endsWith(u's') && !w.endsWith(u"ss") ? w.chopped(1) : w;
    const auto exception = exceptions().constFind(w);
    if (exception != exceptions().cend())
        return *exception;
    QString s = snowball(w);
    // -ry nouns: Snowball turns the y into i ("recovery" -> "recoveri") and stops there, while the verb or
    // agent noun loses its ending ("recover" -> "recov"). Stemming the noun without its y makes them meet.
    // Only when that i really was the y of -ry, -ries, -ried or -rying ("material" -> "materi" keeps its i).
    if (s.size() >= 5 && s.size() <= w.size() && s.endsWith(u"ri")) {
        const int k = int(s.size()) - 1;
        const QStringView rest = QStringView(w).mid(k);
        if (QStringView(w).left(k) == QStringView(s).left(k) &&
            (rest == u"y" || rest == u"ies" || rest == u"ied" || rest == u"ying"))
            s = snowball(s.left(k));
    }
    // Snowball drops a final e after u except in a word's first syllable: "value" / "valued" meet as "valu",
    // but "queue" and "queued" would not.
    if (s.size() >= 4 && s.endsWith(u"ue"))
        s.chop(1);
    return s;
}

QStringList relatedTerms(const QString &term)
{
    // One entry today. Keep it small: every entry widens queries. Snowball stems "replica" / "replicas" to
    // "replica" (no suffix it knows) and "replication" / "replicate" / "replicated" to "replic".
    if (term == u"replic")
        return {QStringLiteral("replica")};
    return {};
}

QVector<Token> splitWords(const QString &text)
{
    QVector<Token> out;
    forEachWord(text, [&](int start, int length) {
        QString word = normalize(text.mid(start, length));
        if (!word.isEmpty())
            out.append(Token{std::move(word), start, length});
    });
    return out;
}

QVector<Token> tokenize(const QString &text)
{
    QVector<Token> out = splitWords(text);
    for (Token &t : out)
        t.term = stem(t.term);
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
    const QVector<Token> words = splitWords(text);
    const bool anySubject =
        std::any_of(words.cbegin(), words.cend(), [](const Token &w) { return !isStopWord(w.term); });
    for (const Token &w : words) {
        if (anySubject && isStopWord(w.term))
            continue;
        q.terms.append(stem(w.term));
        q.related.append(relatedTerms(q.terms.constLast()));
    }
    if (!words.isEmpty()) {
        const Token &last = words.constLast();
        if (!anySubject || !isStopWord(last.term)) {
            q.lastWord = last.term;
            q.lastIsPrefix = last.start + last.length == text.size();
        }
    }
    return q;
}

} // namespace ae::search

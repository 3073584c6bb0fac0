// SPDX-License-Identifier: MIT
// Tokenizer: what a user types must meet what the documents say, whatever the case, accents or word forms.
#include "search/snippet.h"
#include "search/tokenizer.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ae::search;

class TokenizerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_diacriticsAndCase_foldToPlainLowerCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents") << QStringLiteral("Crème Brûlée") << QStringLiteral("creme brulee");
        QTest::newRow("upper") << QStringLiteral("DICOM") << QStringLiteral("dicom");
        QTest::newRow("decomposed input") << QStringLiteral("Cafe\u0301") << QStringLiteral("cafe");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("ligature") << QStringLiteral("\uFB01le") << QStringLiteral("file");
    }
    void normalize_diacriticsAndCase_foldToPlainLowerCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalize(input), expected);
    }

    void tokenize_accentedAndPlain_giveSameTerms()
    {
        QCOMPARE(terms(QStringLiteral("Zoë's Café RÉSUMÉ")), terms(QStringLiteral("zoe's cafe resume")));
    }

    void tokenize_splitsOnNonWordCharacters_keepsPositions()
    {
        const QString text = QStringLiteral("double-entry ledger, p99=40ms");
        const QVector<Token> tokens = tokenize(text);
        QStringList words;
        for (const Token &t : tokens)
            words << text.mid(t.start, t.length);
        QCOMPARE(words,
                 (QStringList{QStringLiteral("double"), QStringLiteral("entry"), QStringLiteral("ledger"),
                              QStringLiteral("p99"), QStringLiteral("40ms")}));
    }

    void tokenize_combiningMarkInsideWord_doesNotSplit()
    {
        const QVector<Token> tokens = tokenize(QStringLiteral("Cafe\u0301 noir"));
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(0).length, 5);
    }

    void stem_wordForms_meetAtOneStem_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural") << QStringLiteral("ledgers") << QStringLiteral("ledger");
        QTest::newRow("ies") << QStringLiteral("queries") << QStringLiteral("query");
        QTest::newRow("ing") << QStringLiteral("caching") << QStringLiteral("cache");
        QTest::newRow("ed") << QStringLiteral("sharded") << QStringLiteral("shard");
        QTest::newRow("doubled") << QStringLiteral("shipping") << QStringLiteral("ship");
        QTest::newRow("expiry") << QStringLiteral("expiry") << QStringLiteral("expires");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("expire");
        QTest::newRow("latencies") << QStringLiteral("latencies") << QStringLiteral("latency");
        QTest::newRow("classes") << QStringLiteral("classes") << QStringLiteral("class");
        // Snowball reaches further than plurals and -ing/-ed.
        QTest::newRow("replication") << QStringLiteral("replication") << QStringLiteral("replicated");
        QTest::newRow("replicas") << QStringLiteral("replicas") << QStringLiteral("replica");
        QTest::newRow("lagged") << QStringLiteral("lagged") << QStringLiteral("lag");
        QTest::newRow("consistency") << QStringLiteral("consistency") << QStringLiteral("consistent");
        QTest::newRow("availability") << QStringLiteral("availability") << QStringLiteral("available");
        QTest::newRow("overselling") << QStringLiteral("overselling") << QStringLiteral("oversell");
        QTest::newRow("resurrection") << QStringLiteral("resurrection") << QStringLiteral("resurrected");
        QTest::newRow("restoring") << QStringLiteral("restoring") << QStringLiteral("restore");
        // Our rules on top: -ry nouns, queue, embed, acronym plurals.
        QTest::newRow("recovery") << QStringLiteral("recovery") << QStringLiteral("recovered");
        QTest::newRow("deliveries") << QStringLiteral("deliveries") << QStringLiteral("deliver");
        QTest::newRow("queries") << QStringLiteral("querying") << QStringLiteral("queries");
        QTest::newRow("queued") << QStringLiteral("queued") << QStringLiteral("queue");
        QTest::newRow("embed") << QStringLiteral("embed") << QStringLiteral("embeddings");
        QTest::newRow("TTLs") << QStringLiteral("TTLs") << QStringLiteral("TTL");
        QTest::newRow("HTTPS") << QStringLiteral("HTTPS") << QStringLiteral("http");
    }
    void stem_wordForms_meetAtOneStem()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(stem(normalize(a)), stem(normalize(b)));
    }

    void stem_shortWordsAndCodes_areKept()
    {
        QCOMPARE(stem(QStringLiteral("is")), QStringLiteral("is"));
        QCOMPARE(stem(QStringLiteral("bus")), QStringLiteral("bus"));
        QCOMPARE(stem(QStringLiteral("status")), QStringLiteral("status"));
        QCOMPARE(stem(QStringLiteral("p99s")), QStringLiteral("p99s"));
        QVERIFY(stem(QStringLiteral("ledger")) != stem(QStringLiteral("ledge")));
        QCOMPARE(stem(QStringLiteral("neo4j")), QStringLiteral("neo4j"));
        QCOMPARE(stem(QStringLiteral("aws")), QStringLiteral("aws"));
        QCOMPARE(terms(QStringLiteral("PostgreSQL 15, p99 40ms, v19.2")),
                 (QStringList{QStringLiteral("postgresql"), QStringLiteral("15"), QStringLiteral("p99"),
                              QStringLiteral("40ms"), QStringLiteral("v19"), QStringLiteral("2")}));
    }

    void stem_unrelatedWords_stayApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        // Snowball would join these; the tokenizer keeps them apart.
        QTest::newRow("contention") << QStringLiteral("contention") << QStringLiteral("content");
        QTest::newRow("several") << QStringLiteral("several") << QStringLiteral("severity");
        QTest::newRow("business") << QStringLiteral("business") << QStringLiteral("busy");
        QTest::newRow("production") << QStringLiteral("production") << QStringLiteral("products");
        // The -ry rule only when the i was a y.
        QTest::newRow("tutorial") << QStringLiteral("tutorial") << QStringLiteral("tutor");
        // Replicas and replication are related for queries (relatedTerms), not the same term.
        QTest::newRow("replica") << QStringLiteral("replica") << QStringLiteral("replication");
        QTest::newRow("plane") << QStringLiteral("plane") << QStringLiteral("planning");
    }
    void stem_unrelatedWords_stayApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(stem(normalize(a)) != stem(normalize(b)), qPrintable(stem(normalize(a))));
    }

    void stem_keepsTheFirstLetter()
    {
        // QueryMatcher::matchesWord relies on it to skip stemming most words of a snippet.
        for (const char *w :
             {"dying", "skies", "lying", "early", "only", "queueing", "recovery", "replication", "generously",
              "hopping", "yelling", "ytterbium", "embed", "https", "uses"}) {
            const QString word = QString::fromLatin1(w);
            QCOMPARE(stem(word).at(0), word.at(0));
        }
    }

    void relatedTerms_replicationLooksUpReplica()
    {
        QCOMPARE(relatedTerms(stem(QStringLiteral("replication"))),
                 QStringList{stem(QStringLiteral("replicas"))});
        QCOMPARE(relatedTerms(stem(QStringLiteral("replicated"))),
                 QStringList{stem(QStringLiteral("replica"))});
        QVERIFY(relatedTerms(stem(QStringLiteral("replicas"))).isEmpty()); // one way: "replica" stays narrow
        QVERIFY(relatedTerms(stem(QStringLiteral("ledger"))).isEmpty());
        const Query q = parseQuery(QStringLiteral("replication lag"));
        QCOMPARE(q.related.size(), q.terms.size());
        const QueryMatcher m(q);
        QVERIFY(m.matchesWord(QStringLiteral("replicas")));
        QVERIFY(m.matchesWord(QStringLiteral("lagged")));
        QVERIFY(!m.matchesWord(QStringLiteral("replay")));
    }

    void stem_isThreadSafe()
    {
        // The index is built on a worker thread while the window stems queries and snippets.
        const QStringList words{QStringLiteral("replication"), QStringLiteral("recovery"),
                                QStringLiteral("caching"), QStringLiteral("partitioning"),
                                QStringLiteral("overselling")};
        QStringList expected;
        for (const QString &w : words)
            expected << stem(w);
        std::atomic_int mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 20000; ++i) {
                    const int k = i % int(words.size());
                    if (stem(words.at(k)) != expected.at(k))
                        ++mismatches;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void parseQuery_lastWordWithoutSeparator_isPrefix()
    {
        const Query typing = parseQuery(QStringLiteral("double-entry led"));
        QCOMPARE(typing.terms.size(), 3);
        QVERIFY(typing.lastIsPrefix);
        QCOMPARE(typing.lastWord, QStringLiteral("led"));
        const Query done = parseQuery(QStringLiteral("double-entry led "));
        QVERIFY(!done.lastIsPrefix);
        QVERIFY(parseQuery(QStringLiteral("  -- ")).isEmpty());
    }

    void parseQuery_questionWords_areLeftOut()
    {
        QCOMPARE(parseQuery(QStringLiteral("How do they avoid overselling?")).terms,
                 (QStringList{stem(QStringLiteral("avoid")), stem(QStringLiteral("overselling"))}));
        // A query of nothing else keeps them.
        QCOMPARE(parseQuery(QStringLiteral("the ")).terms, QStringList{QStringLiteral("the")});
        // Short words that mean something here stay: fan-out, fail over, acks=all, us-east-1, not null.
        QCOMPARE(parseQuery(QStringLiteral("fan-out fail over acks=all us-east-1 not null")).terms.size(),
                 11);
        // A left-out last word is not completed as a prefix.
        const Query q = parseQuery(QStringLiteral("overselling the"));
        QCOMPARE(q.terms.size(), 1);
        QVERIFY(!q.lastIsPrefix);
        QVERIFY(q.lastWord.isEmpty());
    }

    void matcher_prefix_matchesCompletionsAndStems()
    {
        const QueryMatcher typing(parseQuery(QStringLiteral("Ledg")));
        QVERIFY(typing.matchesWord(QStringLiteral("ledgers")));
        QVERIFY(!typing.matchesWord(QStringLiteral("legend")));
        // "cachi" is on its way to "caching", indexed under the stem "cach".
        const QueryMatcher partial(parseQuery(QStringLiteral("cachi")));
        QVERIFY(partial.matchesWord(QStringLiteral("caching")));
        // Typed past the stem: "replicatio" -> "replication", stem "replic".
        const QueryMatcher longer(parseQuery(QStringLiteral("replicatio")));
        QVERIFY(longer.matchesWord(QStringLiteral("replication")));
        QVERIFY(longer.matches(stem(QStringLiteral("replication")), QStringLiteral("replication")));
        const QueryMatcher complete(parseQuery(QStringLiteral("led ")));
        QVERIFY(!complete.matchesWord(QStringLiteral("ledger")));
        // Completions the index found are passed in as terms.
        const QueryMatcher found(parseQuery(QStringLiteral("cachi")), {stem(QStringLiteral("cache"))});
        QVERIFY(found.matchesWord(QStringLiteral("cached")));
    }

    void snippet_aroundFirstMatch_highlightsMatchedWords()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("filler words here ");
        text += QStringLiteral("the Café ledgers balance. ");
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("more filler ");
        const QueryMatcher m(parseQuery(QStringLiteral("cafe ledger ")));
        const Snippet s = makeSnippet(text, m, 120);
        QVERIFY(s.text.startsWith(QChar(0x2026)));
        QVERIFY(s.text.endsWith(QChar(0x2026)));
        QVERIFY(s.text.size() <= 124);
        QCOMPARE(s.highlights.size(), 2);
        QCOMPARE(s.text.mid(s.highlights.at(0).start, s.highlights.at(0).length), QStringLiteral("Café"));
        QCOMPARE(s.text.mid(s.highlights.at(1).start, s.highlights.at(1).length), QStringLiteral("ledgers"));
        QCOMPARE(firstMatchRun(s.text, s.highlights), QStringLiteral("Café ledgers"));
        QCOMPARE(
            highlightHtml(QStringLiteral("a <b> ledger"), matchRanges(QStringLiteral("a <b> ledger"), m)),
            QStringLiteral("a &lt;b&gt; <b>ledger</b>"));
    }
};

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"

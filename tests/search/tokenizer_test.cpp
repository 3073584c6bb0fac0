// SPDX-License-Identifier: MIT
// Tokenizer: what a user types must meet what the documents say, whatever the case, accents or word forms.
#include "search/snippet.h"
#include "search/tokenizer.h"

#include <QtTest>

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
        QCOMPARE(words, (QStringList{QStringLiteral("double"), QStringLiteral("entry"), QStringLiteral("ledger"),
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

    void matcher_prefix_matchesCompletionsAndStems()
    {
        const QueryMatcher typing(parseQuery(QStringLiteral("Ledg")));
        QVERIFY(typing.matches(stem(QStringLiteral("ledgers"))));
        QVERIFY(!typing.matches(stem(QStringLiteral("legend"))));
        // "cachi" is on its way to "caching", indexed under the stem "cach".
        const QueryMatcher partial(parseQuery(QStringLiteral("cachi")));
        QVERIFY(partial.matches(stem(QStringLiteral("caching"))));
        const QueryMatcher complete(parseQuery(QStringLiteral("led ")));
        QVERIFY(!complete.matches(stem(QStringLiteral("ledger"))));
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
        QCOMPARE(highlightHtml(QStringLiteral("a <b> ledger"), matchRanges(QStringLiteral("a <b> ledger"), m)),
                 QStringLiteral("a &lt;b&gt; <b>ledger</b>"));
    }
};

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"

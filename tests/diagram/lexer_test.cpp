// SPDX-License-Identifier: MIT
// The one-line tokenizer, as the editor's highlighter sees it.
#include "diagram/kinds.h"
#include "diagram/lexer.h"

#include <QTest>

using namespace ae::diagram;

namespace {

// "Type:text" for each token, space separated: easy to read in a failure message.
QString describe(const QString &line)
{
    static const char *names[] = {"Keyword",   "Kind",  "Identifier", "String", "Operator", "Punctuation",
                                  "Attribute", "Color", "Comment",    "Text",   "Error"};
    QStringList parts;
    for (const Token &t : highlightTokens(line))
        parts.append(QString::fromLatin1(names[int(t.type)]) + u':' + line.mid(t.start, t.length));
    return parts.join(u' ');
}

} // namespace

class LexerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("declaration") << QStringLiteral("database pg \"Orders\" [tech: \"PostgreSQL 15\"]")
                                     << QStringLiteral(
                                            "Kind:database Identifier:pg String:\"Orders\" Punctuation:[ "
                                            "Attribute:tech Punctuation:: String:\"PostgreSQL 15\" "
                                            "Punctuation:]");
        QTest::newRow("view selectors")
            << QStringLiteral("include group:shop*, kind:db, api+, * # all")
            << QStringLiteral("Keyword:include Identifier:group Punctuation:: Identifier:shop* Punctuation:, "
                              "Identifier:kind Punctuation:: Identifier:db Punctuation:, Identifier:api "
                              "Punctuation:+ Punctuation:, Identifier:* Comment:# all");
        QTest::newRow("one-line view")
            << QStringLiteral("view v \"V\" { exclude id:a? }")
            << QStringLiteral("Keyword:view Identifier:v String:\"V\" Punctuation:{ "
                              "Keyword:exclude Identifier:id Punctuation:: "
                              "Identifier:a? Punctuation:}");
        QTest::newRow("parallel step") << QStringLiteral("& api ~> events : OrderPlaced")
                                       << QStringLiteral("Punctuation:& Identifier:api Operator:~> "
                                                         "Identifier:events Punctuation:: Text:OrderPlaced");
        QTest::newRow("plus outside selectors")
            << QStringLiteral("a+b") << QStringLiteral("Identifier:a Error:+ Identifier:b");
        QTest::newRow("edge chain") << QStringLiteral("a -> b ~> c : \"x\"")
                                    << QStringLiteral("Identifier:a Operator:-> Identifier:b Operator:~> "
                                                      "Identifier:c Punctuation:: String:\"x\"");
        QTest::newRow("both-way ops") << QStringLiteral("a<->b <~> c <=> d -- e")
                                      << QStringLiteral("Identifier:a Operator:<-> Identifier:b Operator:<~> "
                                                        "Identifier:c Operator:<=> Identifier:d Operator:-- "
                                                        "Identifier:e");
        QTest::newRow("no spaces") << QStringLiteral("orders-db->eu.api")
                                   << QStringLiteral("Identifier:orders-db Operator:-> Identifier:eu.api");
        QTest::newRow("bare label and comment")
            << QStringLiteral("a -> b : reads orders  # why")
            << QStringLiteral("Identifier:a Operator:-> Identifier:b "
                              "Punctuation:: Text:reads orders Comment:# why");
        QTest::newRow("colour vs comment") << QStringLiteral("style pg [fill: #fde8e8] # note")
                                           << QStringLiteral("Keyword:style Identifier:pg Punctuation:[ "
                                                             "Attribute:fill Punctuation:: Color:#fde8e8 "
                                                             "Punctuation:] Comment:# note");
        QTest::newRow("bad colour is still a colour token")
            << QStringLiteral("[text: #ggg]")
            << QStringLiteral("Punctuation:[ Attribute:text "
                              "Punctuation:: Color:#ggg Punctuation:]");
        QTest::newRow("hash in string")
            << QStringLiteral("title \"A # B\"") << QStringLiteral("Keyword:title String:\"A # B\"");
        QTest::newRow("keyword as edge source")
            << QStringLiteral("order -> pg") << QStringLiteral("Identifier:order Operator:-> Identifier:pg");
        QTest::newRow("group line") << QStringLiteral("group eu \"EU\" [kind: region] {")
                                    << QStringLiteral(
                                           "Keyword:group Identifier:eu String:\"EU\" Punctuation:[ "
                                           "Attribute:kind Punctuation:: Identifier:region "
                                           "Punctuation:] Punctuation:{");
        QTest::newRow("statement after brace") << QStringLiteral("group a { cache c }")
                                               << QStringLiteral("Keyword:group Identifier:a Punctuation:{ "
                                                                 "Kind:cache Identifier:c Punctuation:}");
        QTest::newRow("unclosed string")
            << QStringLiteral("service a \"oops") << QStringLiteral("Kind:service Identifier:a Error:\"oops");
        QTest::newRow("escaped quote") << QStringLiteral("note n \"say \\\"hi\\\"\"")
                                       << QStringLiteral("Kind:note Identifier:n String:\"say \\\"hi\\\"\"");
        QTest::newRow("stray characters")
            << QStringLiteral("a @ 3b ;") << QStringLiteral("Identifier:a Error:@ Error:3b Error:;");
        QTest::newRow("digit-led value in a list")
            << QStringLiteral("[tech: 5G, note: 3, x: 1.5]")
            << QStringLiteral("Punctuation:[ Attribute:tech Punctuation:: "
                              "Identifier:5G Punctuation:, Attribute:note "
                              "Punctuation:: Identifier:3 Punctuation:, "
                              "Attribute:x Punctuation:: Identifier:1.5 "
                              "Punctuation:]");
        QTest::newRow("digit-led id outside a list")
            << QStringLiteral("service 3tier") << QStringLiteral("Identifier:service Error:3tier");
        QTest::newRow("hash glued to a word in a bare label")
            << QStringLiteral("a -> b : fixes issue #42, C# client # why")
            << QStringLiteral(
                   "Identifier:a Operator:-> Identifier:b Punctuation:: Text:fixes issue #42, C# client "
                   "Comment:# why");
        QTest::newRow("bare label starting with a hash tag")
            << QStringLiteral("a -> b : #42")
            << QStringLiteral("Identifier:a Operator:-> Identifier:b "
                              "Punctuation:: Text:#42");
        QTest::newRow("utf8 identifier")
            << QStringLiteral("service café") << QStringLiteral("Kind:service Identifier:café");
    }

    void tokens()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QCOMPARE(describe(line), expected);
    }

    void kindWords_highlightAsKindOnlyBeforeAnId()
    {
        for (const QString &word : allKindWords()) {
            const QVector<Token> declaration = highlightTokens(word + QStringLiteral(" x \"X\""));
            QCOMPARE(declaration.first().type, TokenType::Kind);
            const QVector<Token> edge = highlightTokens(word + QStringLiteral(" -> x"));
            QCOMPARE(edge.first().type, TokenType::Identifier);
        }
    }

    void tokens_coverLineWithoutOverlap()
    {
        const QString line = QStringLiteral("  gateway edge \"API\" [tech: Envoy, fill: #abc] # x");
        int end = 0;
        for (const Token &t : highlightTokens(line)) {
            QVERIFY(t.start >= end);
            QVERIFY(t.length > 0);
            end = t.start + t.length;
        }
        QCOMPARE(end, line.size());
    }

    // A line inside an attribute list that an earlier line opened: keys are attributes, `#abc` is a colour.
    void tokens_insideAListFromAnEarlierLine()
    {
        const QString line = QStringLiteral("  note: \"x\", fill: #abc  # why");
        QStringList parts;
        static const char *names[] = {"Keyword",   "Kind",  "Identifier", "String", "Operator", "Punctuation",
                                      "Attribute", "Color", "Comment",    "Text",   "Error"};
        int state = 1;
        for (const Token &t : highlightTokens(line, &state))
            parts.append(QString::fromLatin1(names[int(t.type)]) + u':' + line.mid(t.start, t.length));
        QCOMPARE(parts.join(u' '), QStringLiteral("Attribute:note Punctuation:: String:\"x\" Punctuation:, "
                                                  "Attribute:fill Punctuation:: Color:#abc Comment:# why"));
        QCOMPARE(state, 1);
        QCOMPARE(highlightTokens(QStringLiteral("] {"), &state).size(), 2);
        QCOMPARE(state, 0);
        highlightTokens(QStringLiteral("service a ["), &state);
        QCOMPARE(state, 1);
        // A line that starts a statement ends a list whose `]` was forgotten, as in the parser.
        const QVector<Token> next = highlightTokens(QStringLiteral("service b \"B\""), &state);
        QCOMPARE(next.first().type, TokenType::Kind);
        QCOMPARE(state, 0);
        // Blank and comment lines keep the list open.
        highlightTokens(QStringLiteral("group g ["), &state);
        highlightTokens(QStringLiteral("  # kind: zone"), &state);
        QCOMPARE(state, 1);
        QCOMPARE(highlightTokens(QStringLiteral("  kind: zone ] {"), &state).first().type,
                 TokenType::Attribute);
        QCOMPARE(state, 0);
    }

    void unquote_decodesEscapes_andReportsUnknownOnes()
    {
        QVector<int> bad;
        QCOMPARE(unquote(u"\"a\\nb \\\"c\\\" \\\\\"", &bad), QStringLiteral("a\nb \"c\" \\"));
        QVERIFY(bad.isEmpty());
        QCOMPARE(unquote(u"\"C:\\temp\"", &bad), QStringLiteral("C:\\temp"));
        QCOMPARE(bad, QVector<int>{3});
        QCOMPARE(unquote(u"\"unclosed"), QStringLiteral("unclosed"));
    }
};

QTEST_GUILESS_MAIN(LexerTest)
#include "lexer_test.moc"

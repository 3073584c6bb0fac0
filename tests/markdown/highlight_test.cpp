// SPDX-License-Identifier: MIT
// Code-block highlighting (markdown/highlight.h, GNU Source-highlight) and how markdown.cpp emits code blocks
// and tables: goldens for SQL and Python (tests/data/highlight; AE_UPDATE_GOLDEN=1 rewrites them), the
// languages the library's documents use, CQL as SQL, escaping, hanging-indent runs, Copy links, numeric
// columns right-aligned; highlighted blocks kept across sessions when the app asks for it.
#include "markdown/highlight.h"
#include "markdown/markdown.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

using namespace ae::markdown;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The HTML of the one code block (or table) in a document.
QString between(const QString &html, const QString &start, const QString &end)
{
    const int from = html.indexOf(start);
    const int to = from < 0 ? -1 : html.indexOf(end, from);
    return from < 0 || to < 0 ? QString() : html.mid(from, to + end.size() - from);
}

} // namespace

class HighlightTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("source");
        QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("ledger.sql");
        QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("scoring.py");
    }

    void golden()
    {
        QFETCH(QString, info);
        QFETCH(QString, source);
        const QString dir = QStringLiteral(AE_TEST_DATA "/highlight/");
        const QString code = readFile(dir + source);
        QVERIFY(!code.isEmpty());
        const HighlightedCode h = highlightCode(info, code);
        QVERIFY2(h.highlighted,
                 "Source-highlight's language definitions are missing (libsource-highlight-common)");
        QCOMPARE(h.lines.size(), code.count(QLatin1Char('\n')));
        const QString actual = h.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        const QString goldenPath = dir + source + QStringLiteral(".html");
        if (qEnvironmentVariableIntValue("AE_UPDATE_GOLDEN") == 1) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
        }
        QCOMPARE(actual, readFile(goldenPath));
        // Taking the tags out gives back the code, character for character.
        QString text = actual;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"));
        text.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(text, code);
    }

    // Every language the brief names, and the ones the bundled library uses, have their definition installed
    // and colour something.
    void languages_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::newRow("sql") << "sql"
                             << "SELECT 1 FROM t;"
                             << "SQL";
        QTest::newRow("cql") << "cql"
                             << "SELECT * FROM events WHERE day = '2024-01-01';"
                             << "CQL";
        QTest::newRow("python") << "python"
                                << "def f(x):\n    return x + 1\n"
                                << "Python";
        QTest::newRow("java") << "java"
                              << "public class A { int x = 1; }"
                              << "Java";
        QTest::newRow("go") << "go"
                            << "func main() { return }"
                            << "Go";
        QTest::newRow("json") << "json"
                              << "{\"a\": 1, \"b\": true}"
                              << "JSON";
        QTest::newRow("javascript") << "javascript"
                                    << "const x = function() { return 1; };"
                                    << "JavaScript";
        QTest::newRow("shell") << "sh"
                               << "for f in *.md; do echo \"$f\"; done"
                               << "Shell";
        QTest::newRow("bash") << "bash"
                              << "if [ -f x ]; then exit 1; fi"
                              << "Shell";
        QTest::newRow("c++") << "cpp"
                             << "#include <x>\nint main() { return 0; }"
                             << "C++";
        QTest::newRow("xml") << "xml"
                             << "<?xml version=\"1.0\"?>\n<!-- c -->\n<a b=\"c\">d</a>"
                             << "XML";
        QTest::newRow("protobuf") << "protobuf"
                                  << "message Payment { int64 id = 1; string memo = 2; }"
                                  << "Protobuf";
        QTest::newRow("lua") << "lua"
                             << "local x = redis.call('GET', KEYS[1])"
                             << "Lua";
        QTest::newRow("properties") << "properties"
                                    << "# c\nkey=value"
                                    << "Properties";
    }

    void languages()
    {
        QFETCH(QString, info);
        QFETCH(QString, code);
        QFETCH(QString, label);
        const QString file = highlightLanguageFile(info);
        QVERIFY(!file.isEmpty());
        QVERIFY2(QFile::exists(highlightDataDir() + QLatin1Char('/') + file),
                 qPrintable(highlightDataDir() + QLatin1Char('/') + file));
        const HighlightedCode h = highlightCode(info, code);
        QVERIFY(h.highlighted);
        QCOMPARE(h.label, label);
        QVERIFY2(h.lines.join(QLatin1Char('\n')).contains(QLatin1String("<span class=\"")),
                 qPrintable(h.lines.join(QLatin1Char('\n'))));
    }

    void cqlIsSql()
    {
        QCOMPARE(highlightLanguageFile(QStringLiteral("cql")), QStringLiteral("sql.lang"));
        const QString code = QStringLiteral("SELECT id FROM posts WHERE user_id = 42;");
        QCOMPARE(highlightCode(QStringLiteral("cql"), code).lines,
                 highlightCode(QStringLiteral("sql"), code).lines);
        QCOMPARE(highlightCode(QStringLiteral("CQL"), code).label, QStringLiteral("CQL"));
    }

    void plainWhenUnknown()
    {
        const QString code = QStringLiteral("a: <b> & \"c\"\n\tindented\n");
        for (const QString &info : {QStringLiteral("yaml"), QStringLiteral(""), QStringLiteral("text")}) {
            const HighlightedCode h = highlightCode(info, code);
            QVERIFY(!h.highlighted);
            QCOMPARE(h.lines, QStringList({QStringLiteral("a: &lt;b&gt; &amp; &quot;c&quot;"),
                                           QStringLiteral("    indented")}));
            QCOMPARE(h.indents, QVector<int>({0, 4}));
        }
        QCOMPARE(highlightCode(QStringLiteral("yaml"), code).label, QStringLiteral("yaml"));
        QCOMPARE(highlightCode(QStringLiteral("text"), code).label, QString());
        QCOMPARE(highlightCode(QString(), code).label, QString());
    }

    void escapesInsideTokens()
    {
        const HighlightedCode h =
            highlightCode(QStringLiteral("sql"), QStringLiteral("SELECT '<script>&' AS x;\n"));
        QVERIFY(h.highlighted);
        QCOMPARE(h.lines.size(), 1);
        QVERIFY2(h.lines.first().contains(QLatin1String("<span class=\"s\">'&lt;script&gt;&amp;'</span>")),
                 qPrintable(h.lines.first()));
        QVERIFY(!h.lines.first().contains(QLatin1String("<script")));
    }

    void blankLinesAndTabs()
    {
        const HighlightedCode h =
            highlightCode(QStringLiteral("python"), QStringLiteral("if x:\n\n\treturn 1\n   \n"));
        QCOMPARE(h.lines.size(), 4);
        QCOMPARE(h.indents, QVector<int>({0, -1, 4, -1}));
        QVERIFY(h.lines.at(2).startsWith(QLatin1String("    ")));
    }

    void pathologicalInputStaysBounded()
    {
        // One enormous line and an unterminated string: no exception, no hang, every line accounted for.
        const QString longLine =
            QStringLiteral("SELECT '") + QString(kMaxHighlightLine + 10, QLatin1Char('a'));
        const HighlightedCode h =
            highlightCode(QStringLiteral("sql"), longLine + QStringLiteral("\nSELECT 1;\n"));
        QCOMPARE(h.lines.size(), 2);
        QVERIFY(!h.lines.first().contains(QLatin1String("<span")));
        const QString huge = QStringLiteral("SELECT 1;\n").repeated(kMaxHighlightChars / 10 + 1);
        const HighlightedCode big = highlightCode(QStringLiteral("sql"), huge);
        QVERIFY(!big.highlighted);
        QCOMPARE(big.lines.size(), kMaxHighlightChars / 10 + 1);
    }

    // Random text made of what trips lexers (quotes, escapes, comment openers, NUL, non-ASCII) in every
    // language: no exception escapes, no line is lost, and taking the tags out gives the text back.
    void randomInputIsSafe()
    {
        const QString alphabet =
            QStringLiteral("ab 1_.'\"`\\/*#-<>&{}()[]$@:;=\t\n\u00e9\u20ac\U0001F600") + QChar(0);
        QRandomGenerator rng(14);
        for (const char *info : {"sql", "python", "java", "go", "json", "javascript", "sh", "cpp", "xml",
                                 "protobuf", "lua", "properties", "yaml"}) {
            for (int round = 0; round < 40; ++round) {
                QString code;
                const int length = int(rng.bounded(400));
                for (int i = 0; i < length; ++i)
                    code += alphabet.at(int(rng.bounded(alphabet.size())));
                const HighlightedCode h = highlightCode(QString::fromLatin1(info), code);
                QString lines = code;
                if (lines.endsWith(QLatin1Char('\n')))
                    lines.chop(1);
                const int expected = code.isEmpty() ? 0 : int(lines.count(QLatin1Char('\n'))) + 1;
                QCOMPARE(h.lines.size(), expected);
                QCOMPARE(h.indents.size(), expected);
                QString text = h.lines.join(QLatin1Char('\n'));
                text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
                QVERIFY(!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('>')));
            }
        }
    }

    void threadSafe()
    {
        const QString sql = readFile(QStringLiteral(AE_TEST_DATA "/highlight/ledger.sql"));
        const QStringList expected = highlightCode(QStringLiteral("sql"), sql).lines;
        QVector<int> runs(32);
        std::iota(runs.begin(), runs.end(), 0);
        const QVector<QStringList> results = QtConcurrent::blockingMapped(runs, [&](int i) {
            return highlightCode(i % 2 ? QStringLiteral("sql") : QStringLiteral("cql"), sql).lines;
        });
        for (const QStringList &r : results)
            QCOMPARE(r, expected);
    }

    // markdown.cpp: a code block is a one-cell table: a first line with the language and a Copy link to its
    // codeBlocks index, then runs of <pre class="cN">, N the continuation indent of a wrapped line.
    void keptAcrossSessions_onDiskOnlyWhenAsked()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/highlight");
        QDir(dir).removeRecursively();
        const QString sql = QStringLiteral("select a from t where b = 'x'; -- the note\n");
        const HighlightedCode first = highlightCode(QStringLiteral("sql"), sql);
        QVERIFY(first.highlighted);
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty()); // off by default: no files

        setHighlightDiskCache(true);
        forgetHighlightedBlocks();
        const HighlightedCode again = highlightCode(QStringLiteral("sql"), sql);
        QCOMPARE(again.lines, first.lines);
        QCOMPARE(again.indents, first.indents);
        QCOMPARE(again.label, QStringLiteral("SQL"));
        const QStringList files = QDir(dir).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString entry = dir + QLatin1Char('/') + files.first();

        // A later session reads the block from its entry: shown by giving that entry another block's colours.
        const HighlightedCode other =
            highlightCode(QStringLiteral("sql"), QStringLiteral("insert into t values (1);\n"));
        QVERIFY(other.lines != first.lines);
        QStringList both = QDir(dir).entryList(QDir::Files);
        both.removeAll(files.first());
        QCOMPARE(both.size(), 1);
        QFile::remove(entry);
        QVERIFY(QFile::copy(dir + QLatin1Char('/') + both.first(), entry));
        forgetHighlightedBlocks();
        QCOMPARE(highlightCode(QStringLiteral("sql"), sql).lines, other.lines);

        // A damaged entry is a miss: highlighted afresh (and written again).
        QFile damaged(entry);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.resize(damaged.size() / 2));
        damaged.close();
        forgetHighlightedBlocks();
        QCOMPARE(highlightCode(QStringLiteral("sql"), sql).lines, first.lines);
        forgetHighlightedBlocks();
        QCOMPARE(highlightCode(QStringLiteral("sql"), sql).lines, first.lines); // the rewritten entry
        setHighlightDiskCache(false);
        QDir(dir).removeRecursively();
    }

    void codeBlockHtml()
    {
        const QString md =
            QStringLiteral("# T\n\n```arch\na -> b\n```\n\n```sql\nSELECT a,\n    b\n\n    FROM t;\n```\n\n"
                           "    indented code\n\n```\nplain <b>\n```\n");
        const MarkdownDocument doc = parse(md);
        QCOMPARE(doc.codeBlocks.size(), 4);
        QVERIFY(doc.html.contains(QLatin1String("<img src=\"diagram:0\"/>"))); // diagrams are not code blocks
        QVERIFY(!doc.html.contains(QLatin1String("copy:0")));
        const QString sql =
            between(doc.html, QStringLiteral("<table class=\"code\""), QStringLiteral("</table>"));
        QVERIFY2(
            sql.contains(QStringLiteral("<td class=\"code\"><p class=\"codehead\" align=\"right\">SQL \u00b7 "
                                        "<a href=\"copy:1\">Copy</a></p>")),
            qPrintable(sql));
        // Column 0 continues 2 characters in; the indented lines (and the blank line between them) 6 in.
        QVERIFY2(sql.contains(
                     QLatin1String("<pre class=\"c2\"><span class=\"k\">SELECT</span> a,</pre>"
                                   "<pre class=\"c6\">    b\n\n    <span class=\"k\">FROM</span> t;</pre>")),
                 qPrintable(sql));
        QVERIFY(doc.html.contains(
            QLatin1String("<p class=\"codehead\" align=\"right\"><a href=\"copy:2\">Copy</a></p>")));
        QVERIFY(doc.html.contains(QLatin1String("<pre class=\"c2\">indented code</pre>")));
        QVERIFY(doc.html.contains(QLatin1String("<a href=\"copy:3\">Copy</a>")));
        QVERIFY(doc.html.contains(QLatin1String("<pre class=\"c2\">plain &lt;b&gt;</pre>")));
        // The code is still the code: extraction is unchanged.
        QCOMPARE(doc.codeBlocks.at(1).text, QStringLiteral("SELECT a,\n    b\n\n    FROM t;\n"));
        QCOMPARE(doc.codeBlocks.at(1).info, QStringLiteral("sql"));
    }

    void numericColumnsRightAligned()
    {
        const QString md = QStringLiteral("| Metric | Baseline | Result | Unit | Note | Left |\n"
                                          "|---|---|---|---|---|:--|\n"
                                          "| Authorisation p99 latency | 420 | ~35 | ms | 12 months | 7 |\n"
                                          "| Peak API request rate | 3,900 | 9,800 | req/s | - | 8 |\n"
                                          "| Availability | 99.95 | 99.9992% |  | n/a | 9 |\n"
                                          "| Cost | $480,000 | 1.2M | USD | 2 regions, 3 zones | 10 |\n");
        const QString html = parse(md).html;
        // Header and body cells of Baseline and Result; Metric, Unit and Note (text) and Left (written) stay.
        QCOMPARE(html.count(QLatin1String("<th align=\"right\">")), 2);
        QCOMPARE(html.count(QLatin1String("<td align=\"right\">")), 8);
        QVERIFY(html.contains(QLatin1String("<td align=\"right\">3,900</td>")));
        QVERIFY(html.contains(QLatin1String("<td align=\"right\">~35</td>")));
        QVERIFY(html.contains(QLatin1String("<td>ms</td>")));
        QVERIFY(html.contains(QLatin1String("<td align=\"left\">7</td>")));
        QVERIFY(html.contains(QLatin1String("<th>Metric</th>")));
    }
};

QTEST_GUILESS_MAIN(HighlightTest)
#include "highlight_test.moc"

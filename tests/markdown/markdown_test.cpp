// SPDX-License-Identifier: MIT
// markdown::parse: HTML against golden files, and the extracted outline, anchors, links, tables and code
// blocks.
#include "markdown/markdown.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace ae::markdown;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class MarkdownTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void render_matchesGolden_data();
    void render_matchesGolden();
    void slugify_githubRules_data();
    void slugify_githubRules();
    void parse_duplicateHeadings_getUniqueAnchors();
    void parse_frontMatter_isParsedAndLinesStayTrue();
    void parse_unclosedFrontMatter_isLeftAsText();
    void parse_sections_holdTheirPlainText();
    void parse_links_reportLineAndCharacterColumn();
    void parse_tables_giveCellsWithPositions();
    void parse_diagramBlocks_becomeNumberedImages();
    void parse_rawHtml_allowlistedOrEscaped();
    void parse_images_listedWithPositionsAndAltInText();
    void parse_htmlAcrossBlocks_isClosedInItsParent();
    void parse_inlineHtmlInTableCells_isShownAndClosed();
    void parse_fuzzRegressions_renderSafely_data();
    void parse_fuzzRegressions_renderSafely();
    void parse_footnotes_haveAnchorsBothWays();
    void parse_emoji_replacedOutsideCodeAnchorsAsWritten();
    void parse_title_fallsBackToFirstH1();
    void parse_nulAndEmpty_doNotCrash();
    void parse_deepNesting_isCappedTextKept();
};

// Nesting deeper than the reader can show (and than Qt's HTML import handles in reasonable time) loses its
// wrappers beyond 16 levels; every word stays.
void MarkdownTest::parse_deepNesting_isCappedTextKept()
{
    const auto count = [](const QString &html, const QString &tag) { return int(html.count(tag)); };
    QString quotes;
    for (int i = 0; i < 40; ++i)
        quotes += QString(i + 1, QLatin1Char('>')) + QStringLiteral(" level%1\n").arg(i);
    ae::markdown::MarkdownDocument doc = ae::markdown::parse(quotes);
    QCOMPARE(count(doc.html, QStringLiteral("<blockquote>")), 16);
    QCOMPARE(count(doc.html, QStringLiteral("</blockquote>")), 16);
    QVERIFY(doc.html.contains(QStringLiteral("level0")));
    QVERIFY(doc.html.contains(QStringLiteral("level39")));

    QString emphasis;
    for (int i = 0; i < 30; ++i)
        emphasis += QStringLiteral("*a **b ");
    emphasis += QStringLiteral("end");
    for (int i = 0; i < 30; ++i)
        emphasis += QStringLiteral("** c*");
    doc = ae::markdown::parse(emphasis);
    QCOMPARE(count(doc.html, QStringLiteral("<em>")) + count(doc.html, QStringLiteral("<strong>")), 16);
    QCOMPARE(count(doc.html, QStringLiteral("<em>")), count(doc.html, QStringLiteral("</em>")));
    QCOMPARE(count(doc.html, QStringLiteral("b ")), 30);
    QVERIFY(doc.html.contains(QStringLiteral("end")));

    QString lists;
    for (int i = 0; i < 24; ++i)
        lists += QString(2 * i, QLatin1Char(' ')) + QStringLiteral("- item%1\n").arg(i);
    doc = ae::markdown::parse(lists);
    QCOMPARE(count(doc.html, QStringLiteral("<ul>")), 16);
    QVERIFY(doc.html.contains(QStringLiteral("item23")));
    QCOMPARE(doc.sections.value(0).text.count(QStringLiteral("item")), 24); // extraction sees the whole text

    // A table longer than the reader lays out quickly: the first 5,000 body rows and a sentence about the
    // rest; extraction (search, metrics) still has every row.
    QString table = QStringLiteral("| n |\n|---|\n");
    for (int i = 0; i < 5003; ++i)
        table += QStringLiteral("| r%1 |\n").arg(i);
    doc = ae::markdown::parse(table);
    QCOMPARE(count(doc.html, QStringLiteral("<tr>")), 5001);
    QVERIFY(doc.html.contains(QStringLiteral("r4999")));
    QVERIFY(!doc.html.contains(QStringLiteral("r5000")));
    QVERIFY(doc.html.contains(QStringLiteral("This table has 3 more rows")));
    QCOMPARE(doc.tables.size(), 1);
    QCOMPARE(doc.tables.first().rows.size(), 5003); // body rows; the header is apart

    // Shallow nesting is untouched.
    doc = ae::markdown::parse(QStringLiteral("> > quoted *a **b** c*\n"));
    QCOMPARE(count(doc.html, QStringLiteral("<blockquote>")), 2);
    QVERIFY(doc.html.contains(QStringLiteral("<em>a <strong>b</strong> c</em>")));
}

void MarkdownTest::render_matchesGolden_data()
{
    QTest::addColumn<QString>("input");
    const QDir dir(QStringLiteral(AE_TEST_DATA "/markdown"));
    const QStringList inputs = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(!inputs.isEmpty());
    for (const QString &name : inputs)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void MarkdownTest::render_matchesGolden()
{
    QFETCH(QString, input);
    const QString expectedPath = input.left(input.size() - 3) + QStringLiteral(".html");
    const QString html = parse(readText(input)).html;
    if (qEnvironmentVariableIsSet("AE_REGENERATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(html.toUtf8());
    }
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath));
    QCOMPARE(html, readText(expectedPath));
}

void MarkdownTest::slugify_githubRules_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("slug");
    QTest::newRow("spaces") << "Performance Metrics"
                            << "performance-metrics";
    QTest::newRow("hyphen kept") << "Trade-offs Made"
                                 << "trade-offs-made";
    QTest::newRow("punctuation dropped") << "What's new? (2024)"
                                         << "whats-new-2024";
    QTest::newRow("underscore kept") << "snake_case name"
                                     << "snake_case-name";
    QTest::newRow("unicode letters") << QStringLiteral("Über Größe") << QStringLiteral("über-größe");
    QTest::newRow("double space") << "a  b"
                                  << "a--b";
}

void MarkdownTest::slugify_githubRules()
{
    QFETCH(QString, heading);
    QFETCH(QString, slug);
    QCOMPARE(slugify(heading), slug);
}

void MarkdownTest::parse_duplicateHeadings_getUniqueAnchors()
{
    const MarkdownDocument d = parse(QStringLiteral("# Notes\n\n## Notes\n\n## Notes-1\n\n### Notes\n"));
    QCOMPARE(d.headings.size(), 4);
    QCOMPARE(d.headings.at(0).anchor, QStringLiteral("notes"));
    QCOMPARE(d.headings.at(1).anchor, QStringLiteral("notes-1"));
    QCOMPARE(d.headings.at(2).anchor, QStringLiteral("notes-1-1"));
    QCOMPARE(d.headings.at(3).anchor, QStringLiteral("notes-2"));
    QVERIFY(d.html.contains(QStringLiteral("<a name=\"notes-2\"")));
}

void MarkdownTest::parse_frontMatter_isParsedAndLinesStayTrue()
{
    const MarkdownDocument d =
        parse(QStringLiteral("---\nTitle: \"Fintech\"\ndomain: fintech\n---\n# Real Heading\n\n[x](y.md)\n"));
    QCOMPARE(d.frontMatter.value(QStringLiteral("title")), QStringLiteral("Fintech"));
    QCOMPARE(d.frontMatter.value(QStringLiteral("domain")), QStringLiteral("fintech"));
    QCOMPARE(d.title, QStringLiteral("Fintech"));
    QCOMPARE(d.headings.size(), 1);
    QCOMPARE(d.headings.at(0).line, 5);
    QCOMPARE(d.links.at(0).line, 7);
    QVERIFY(!d.html.contains(QStringLiteral("domain")));
    QVERIFY(!d.html.contains(QStringLiteral("<hr")));
}

void MarkdownTest::parse_unclosedFrontMatter_isLeftAsText()
{
    const MarkdownDocument d = parse(QStringLiteral("---\ntitle: x\n\nbody\n"));
    QVERIFY(d.frontMatter.isEmpty());
    QVERIFY(d.html.contains(QStringLiteral("title: x")));
}

void MarkdownTest::parse_sections_holdTheirPlainText()
{
    const MarkdownDocument d = parse(QStringLiteral("Intro *text*.\n\n# One\n\nFirst **para**.\n\n- item "
                                                    "a\n- item b\n\n```\ncode skipped\n```\n\n## Two\n\n"
                                                    "| h |\n|---|\n| cell |\n"));
    QCOMPARE(d.sections.size(), 3);
    QCOMPARE(d.sections.at(0).title, QString());
    QCOMPARE(d.sections.at(0).text, QStringLiteral("Intro text."));
    QCOMPARE(d.sections.at(1).title, QStringLiteral("One"));
    QCOMPARE(d.sections.at(1).anchor, QStringLiteral("one"));
    QCOMPARE(d.sections.at(1).level, 1);
    QVERIFY(d.sections.at(1).text.contains(QStringLiteral("First para.")));
    QVERIFY(d.sections.at(1).text.contains(QStringLiteral("item b")));
    QVERIFY(!d.sections.at(1).text.contains(QStringLiteral("code skipped")));
    QVERIFY(d.sections.at(2).text.contains(QStringLiteral("cell")));
    QCOMPARE(d.codeBlocks.at(0).sectionIndex, 1);
    QCOMPARE(d.tables.at(0).sectionIndex, 2);
}

void MarkdownTest::parse_links_reportLineAndCharacterColumn()
{
    const MarkdownDocument d =
        parse(QStringLiteral("# L\n\nÄÖÜ [a](a.md#x) then\n<https://example.com> and [b](#y)\n"));
    QCOMPARE(d.links.size(), 3);
    QCOMPARE(d.links.at(0).target, QStringLiteral("a.md#x"));
    QCOMPARE(d.links.at(0).text, QStringLiteral("a"));
    QCOMPARE(d.links.at(0).line, 3);
    QCOMPARE(d.links.at(0).column, 5); // characters, not UTF-8 bytes
    QCOMPARE(d.links.at(1).target, QStringLiteral("https://example.com"));
    QCOMPARE(d.links.at(1).line, 4);
    QCOMPARE(d.links.at(2).target, QStringLiteral("#y"));
}

void MarkdownTest::parse_tables_giveCellsWithPositions()
{
    const MarkdownDocument d = parse(
        QStringLiteral("# T\n\n| Metric | Value |\n|---|---:|\n| p99 | **35** ms |\n| tps | 9,500 |\n"));
    QCOMPARE(d.tables.size(), 1);
    const Table &t = d.tables.at(0);
    QCOMPARE(t.line, 3);
    QCOMPARE(t.header.size(), 2);
    QCOMPARE(t.header.at(1).text, QStringLiteral("Value"));
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(t.rows.at(0).at(1).text, QStringLiteral("35 ms"));
    QCOMPARE(t.rows.at(0).at(1).line, 5);
    QCOMPARE(t.rows.at(1).at(0).text, QStringLiteral("tps"));
    QCOMPARE(t.rows.at(1).at(0).line, 6);
    QVERIFY(t.rows.at(0).at(1).column > t.rows.at(0).at(0).column);
    QVERIFY(d.html.contains(QStringLiteral("<table cellspacing=\"0\">")));
}

void MarkdownTest::parse_diagramBlocks_becomeNumberedImages()
{
    const MarkdownDocument d =
        parse(QStringLiteral("```sql\nSELECT 1;\n```\n\n```arch\na -> b\n```\n\n```Mermaid extra\ngraph "
                             "TD\n```\n\n```dot\ndigraph{}\n```\n"));
    QCOMPARE(d.codeBlocks.size(), 4);
    QCOMPARE(d.codeBlocks.at(0).info, QStringLiteral("sql"));
    QCOMPARE(d.codeBlocks.at(1).text, QStringLiteral("a -> b\n"));
    QCOMPARE(d.codeBlocks.at(1).line, 5);
    QCOMPARE(d.codeBlocks.at(1).contentLine, 6);
    QCOMPARE(d.codeBlocks.at(2).info, QStringLiteral("mermaid"));
    QString shown =
        d.html; // the SQL block is shown as code (highlighted: its words in spans), with its Copy link
    shown.remove(QRegularExpression(QStringLiteral("<span[^>]*>|</span>")));
    QVERIFY2(shown.contains(QStringLiteral("SELECT 1;")), qPrintable(d.html));
    QVERIFY(d.html.contains(QStringLiteral("<a href=\"copy:0\">")));
    for (int i = 1; i <= 3; ++i) {
        const QString img =
            QStringLiteral("<p class=\"diagram\"><a href=\"diagram:%1\"><img src=\"diagram:%1\"/></a></p>")
                .arg(i);
        QVERIFY2(d.html.contains(img), qPrintable(d.html));
    }
    QVERIFY(!d.html.contains(QStringLiteral("a -&gt; b")));
}

// Raw HTML goes through the allowlist (htmlallow_test has the details): allowed elements are shown, the rest
// is text.
void MarkdownTest::parse_rawHtml_allowlistedOrEscaped()
{
    const MarkdownDocument d = parse(QStringLiteral(
        "<script>alert(1)</script>\n\nText <b>bold</b> <img src=x onerror=y> <iframe src=\"https://e\">\n"));
    QVERIFY(!d.html.contains(QStringLiteral("<script")));
    QVERIFY(!d.html.contains(QStringLiteral("<iframe")));
    QVERIFY(!d.html.contains(QStringLiteral("onerror")));
    QVERIFY(!d.html.contains(QStringLiteral("raw HTML omitted")));
    QVERIFY(d.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(d.html.contains(QStringLiteral("<b>bold</b>")));
    QVERIFY(d.html.contains(QStringLiteral("<img src=\"x\" alt=\"\" />")));
    QVERIFY(d.html.contains(QStringLiteral("&lt;iframe src=&quot;https://e&quot;&gt;")));
    // Comments are hidden, block and inline, and are no text for search.
    const MarkdownDocument c = parse(QStringLiteral("<!-- block\ncomment -->\n\nText <!-- inline --> end\n"));
    QVERIFY(!c.html.contains(QStringLiteral("comment")));
    QVERIFY(!c.html.contains(QStringLiteral("inline")));
    QCOMPARE(c.sections.value(0).text, QStringLiteral("Text end"));
}

// Every image, Markdown or HTML, with the line and column of its tag; alt text is section text (search finds
// it).
void MarkdownTest::parse_images_listedWithPositionsAndAltInText()
{
    const MarkdownDocument d =
        parse(QStringLiteral("# Imgs\n\n![Arch diagram](images/a.png) and <img src=\"b.png\" alt=\"Bee\">\n\n"
                             "<p align=\"center\">\n  <img src=\"images/c.png\" alt=\"Sea view\">\n</p>\n\n"
                             "- item\n\n  <img src=\"../d.png\" alt=\"Dee\">\n"));
    QCOMPARE(d.images.size(), 4);
    QCOMPARE(d.images.at(0).src, QStringLiteral("images/a.png"));
    QCOMPARE(d.images.at(0).alt, QStringLiteral("Arch diagram"));
    QCOMPARE(d.images.at(0).line, 3);
    QCOMPARE(d.images.at(0).column, 1);
    QCOMPARE(d.images.at(1).src, QStringLiteral("b.png"));
    QCOMPARE(d.images.at(1).line, 3);
    QCOMPARE(d.images.at(1).column, 35);
    QCOMPARE(d.images.at(2).src, QStringLiteral("images/c.png"));
    QCOMPARE(d.images.at(2).line, 6);
    QCOMPARE(d.images.at(2).column, 3);
    QCOMPARE(d.images.at(3).src, QStringLiteral("../d.png"));
    QCOMPARE(d.images.at(3).line, 11);
    QCOMPARE(d.images.at(3).column, 3);
    // Links written in HTML are links too (the linter checks them): <a href> at its tag.
    const MarkdownDocument l =
        parse(QStringLiteral("Text <a href=\"guide/a.md#x\">a</a>\n\n<p>\n<a href='#top'>t</a></p>\n"));
    QCOMPARE(l.links.size(), 2);
    QCOMPARE(l.links.at(0).target, QStringLiteral("guide/a.md#x"));
    QCOMPARE(l.links.at(0).column, 6);
    QCOMPARE(l.links.at(1).target, QStringLiteral("#top"));
    QCOMPARE(l.links.at(1).line, 4);
    QCOMPARE(l.links.at(1).column, 1);
    const QString text = d.sections.value(0).text;
    for (const char *alt : {"Arch diagram", "Bee", "Sea view", "Dee"})
        QVERIFY2(text.contains(QLatin1String(alt)), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('<')));
}

// An element opened in one HTML block and closed in a later one wraps the Markdown between them; one left
// open is closed at the end of its parent (the list item here), never around what follows.
void MarkdownTest::parse_htmlAcrossBlocks_isClosedInItsParent()
{
    const MarkdownDocument d = parse(
        QStringLiteral("<div align=\"center\">\n\n**in**\n\n</div>\n\n- <details>\n\n  body\n\nafter\n"));
    QVERIFY2(d.html.contains(QStringLiteral("<div align=\"center\">\n<p><strong>in</strong></p>\n</div>")),
             qPrintable(d.html));
    const int closeDetails =
        d.html.indexOf(QStringLiteral("</div>"), d.html.indexOf(QStringLiteral("details")));
    QVERIFY(closeDetails > 0);
    QVERIFY(closeDetails < d.html.indexOf(QStringLiteral("</li>")));
    QVERIFY(d.html.indexOf(QStringLiteral("after")) > d.html.indexOf(QStringLiteral("</ul>")));
    QCOMPARE(d.html.count(QStringLiteral("<div")), d.html.count(QStringLiteral("</div>")));
}

// A table cell may hold no custom node: its inline HTML is filled in after rendering (fuzz_markdown found the
// custom nodes leaking there, and the HTML lost).
void MarkdownTest::parse_inlineHtmlInTableCells_isShownAndClosed()
{
    const MarkdownDocument d = parse(QStringLiteral(
        "| a | b |\n|---|---|\n| <b>open | x<br>y <!-- c --> <h1>z |\n| <code>q</code> | . |\n"));
    QVERIFY2(d.html.contains(QStringLiteral("<td><b>open</b></td>")), qPrintable(d.html));
    QVERIFY(d.html.contains(QStringLiteral("<td>x<br/>y  &lt;h1&gt;z</td>")));
    QVERIFY(d.html.contains(QStringLiteral("<td><code>q</code></td>")));
    QVERIFY(!d.html.contains(QStringLiteral("raw HTML omitted")));
}

// Inputs the fuzzer found (tests/data/markdown/regressions): they parse, the HTML holds no omitted-HTML
// marker and no script, and every place reported (code blocks, images, links) is a real line and column.
void MarkdownTest::parse_fuzzRegressions_renderSafely_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(AE_TEST_DATA "/markdown/regressions"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void MarkdownTest::parse_fuzzRegressions_renderSafely()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const MarkdownDocument d = parse(QString::fromUtf8(f.readAll()));
    QVERIFY(!d.html.isEmpty());
    QVERIFY(!d.html.contains(QStringLiteral("raw HTML omitted")));
    QVERIFY(!d.html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    for (const CodeBlock &b : d.codeBlocks)
        QVERIFY2(b.line >= 1, qPrintable(b.text.left(40)));
    for (const Image &i : d.images)
        QVERIFY2(i.line >= 1 && i.column >= 1,
                 qPrintable(QStringLiteral("%1 at %2:%3").arg(i.src).arg(i.line).arg(i.column)));
    for (const Link &l : d.links)
        QVERIFY2(l.line >= 1 && l.column >= 1,
                 qPrintable(QStringLiteral("%1 at %2:%3").arg(l.target).arg(l.line).arg(l.column)));
}

void MarkdownTest::parse_footnotes_haveAnchorsBothWays()
{
    const MarkdownDocument d =
        parse(QStringLiteral("# N\n\nA claim[^1].\n\n[^1]: The source.\n\n## Later\n"));
    QVERIFY(d.html.contains(QStringLiteral("<a href=\"#fn-1\" id=\"fnref-1\"")));
    QVERIFY(d.html.contains(QStringLiteral("<li id=\"fn-1\">")));
    QVERIFY(d.html.contains(QStringLiteral("<a href=\"#fnref-1\" class=\"footnote-backref\"")));
    QVERIFY(!d.html.contains(QStringLiteral("<section")));
    QVERIFY(d.html.indexOf(QStringLiteral("The source.")) > d.html.indexOf(QStringLiteral("Later")));
    QVERIFY(!d.html.contains(QStringLiteral("[^1]")));
}

// As on GitHub: ":rocket: Launch" is shown with the emoji, and its anchor is "rocket-launch".
void MarkdownTest::parse_emoji_replacedOutsideCodeAnchorsAsWritten()
{
    const MarkdownDocument d =
        parse(QStringLiteral("## :rocket: Launch\n\nOK :+1: `:+1:` at 10:30:00 :nosuch: [go :tada:](#x)\n\n"
                             "```\n:+1:\n```\n"));
    QCOMPARE(d.headings.value(0).anchor, QStringLiteral("rocket-launch"));
    QCOMPARE(d.headings.value(0).text, QStringLiteral("\U0001F680 Launch"));
    QVERIFY(d.html.contains(QStringLiteral("OK \U0001F44D <code>:+1:</code> at 10:30:00 :nosuch:")));
    QVERIFY(d.html.contains(QStringLiteral("go \U0001F389</a>")));
    QCOMPARE(d.html.count(QStringLiteral("\U0001F44D")), 1); // not in the code span, not in the code block
}

void MarkdownTest::parse_title_fallsBackToFirstH1()
{
    QCOMPARE(parse(QStringLiteral("## Sub\n\n# Main\n\n# Second\n")).title, QStringLiteral("Main"));
    QCOMPARE(parse(QStringLiteral("no heading\n")).title, QString());
}

void MarkdownTest::parse_nulAndEmpty_doNotCrash()
{
    const MarkdownDocument empty = parse(QString());
    QVERIFY(empty.headings.isEmpty());
    QVERIFY(empty.sections.isEmpty());
    const MarkdownDocument nul = parse(QStringLiteral("# A") + QChar(0) + QStringLiteral("B\n"));
    QCOMPARE(nul.headings.size(), 1);
    QVERIFY(nul.headings.at(0).text.contains(QChar(0xFFFD)));
}

QTEST_GUILESS_MAIN(MarkdownTest)
#include "markdown_test.moc"

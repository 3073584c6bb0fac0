// SPDX-License-Identifier: MIT
// markdown::parse: HTML against golden files, and the extracted outline, anchors, links, tables and code blocks.
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
    void parse_rawHtml_isEscapedNotOmitted();
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

    // A table longer than the reader lays out quickly: the first 5,000 body rows and a sentence about the rest;
    // extraction (search, metrics) still has every row.
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
    QTest::newRow("spaces") << "Performance Metrics" << "performance-metrics";
    QTest::newRow("hyphen kept") << "Trade-offs Made" << "trade-offs-made";
    QTest::newRow("punctuation dropped") << "What's new? (2024)" << "whats-new-2024";
    QTest::newRow("underscore kept") << "snake_case name" << "snake_case-name";
    QTest::newRow("unicode letters") << QStringLiteral("Über Größe") << QStringLiteral("über-größe");
    QTest::newRow("double space") << "a  b" << "a--b";
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
    const MarkdownDocument d = parse(
        QStringLiteral("---\nTitle: \"Fintech\"\ndomain: fintech\n---\n# Real Heading\n\n[x](y.md)\n"));
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
    const MarkdownDocument d = parse(QStringLiteral(
        "Intro *text*.\n\n# One\n\nFirst **para**.\n\n- item a\n- item b\n\n```\ncode skipped\n```\n\n## Two\n\n"
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
    const MarkdownDocument d =
        parse(QStringLiteral("# T\n\n| Metric | Value |\n|---|---:|\n| p99 | **35** ms |\n| tps | 9,500 |\n"));
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
    QVERIFY(d.html.contains(QStringLiteral("<table>")));
}

void MarkdownTest::parse_diagramBlocks_becomeNumberedImages()
{
    const MarkdownDocument d = parse(QStringLiteral(
        "```sql\nSELECT 1;\n```\n\n```arch\na -> b\n```\n\n```Mermaid extra\ngraph TD\n```\n\n```dot\ndigraph{}\n```\n"));
    QCOMPARE(d.codeBlocks.size(), 4);
    QCOMPARE(d.codeBlocks.at(0).info, QStringLiteral("sql"));
    QCOMPARE(d.codeBlocks.at(1).text, QStringLiteral("a -> b\n"));
    QCOMPARE(d.codeBlocks.at(1).line, 5);
    QCOMPARE(d.codeBlocks.at(1).contentLine, 6);
    QCOMPARE(d.codeBlocks.at(2).info, QStringLiteral("mermaid"));
    QVERIFY(d.html.contains(QStringLiteral("SELECT 1;")));
    for (int i = 1; i <= 3; ++i) {
        const QString img = QStringLiteral("<p class=\"diagram\"><a href=\"diagram:%1\"><img src=\"diagram:%1\"/></a></p>")
                                .arg(i);
        QVERIFY2(d.html.contains(img), qPrintable(d.html));
    }
    QVERIFY(!d.html.contains(QStringLiteral("a -&gt; b")));
}

void MarkdownTest::parse_rawHtml_isEscapedNotOmitted()
{
    const MarkdownDocument d =
        parse(QStringLiteral("<script>alert(1)</script>\n\nText <b>bold</b> <img src=x onerror=y>\n"));
    QVERIFY(!d.html.contains(QStringLiteral("<script")));
    QVERIFY(!d.html.contains(QStringLiteral("<b>")));
    QVERIFY(!d.html.contains(QStringLiteral("<img")));
    QVERIFY(!d.html.contains(QStringLiteral("raw HTML omitted")));
    QVERIFY(d.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(d.html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
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

// SPDX-License-Identifier: MIT
// The raw HTML allowlist (markdown/htmlallow.h) on its own: what READMEs write, and what an attacker would.
#include "markdown/htmlallow.h"
#include "markdown/imagesource.h"

#include <QtTest>

using namespace ae::markdown;

namespace {

QString block(const QString &raw)
{
    HtmlAllowlist list(HtmlAllowlist::Context::Block);
    const QString shown = list.filter(raw);
    return shown + list.closeAll();
}

QString inlineHtml(const QStringList &tags)
{
    HtmlAllowlist list(HtmlAllowlist::Context::Inline);
    QString out;
    for (const QString &t : tags)
        out += list.filter(t);
    return out + list.closeAll();
}

} // namespace

class HtmlAllowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figure_centredImage_isShown();
    void hostile_isNeutralised_data();
    void hostile_isNeutralised();
    void links_keepOnlySafeTargets_data();
    void links_keepOnlySafeTargets();
    void images_sizesClampedAndSourcesRecorded();
    void comments_areRemoved();
    void details_showOpenWithBoldSummary();
    void picture_usesFirstLocalSource();
    void inlineContext_blocksAreText_unclosedAreClosed();
    void nesting_isCapped();
    void references_decodedOrEscaped();
    void imageSource_classifies_data();
    void imageSource_classifies();
};

void HtmlAllowTest::figure_centredImage_isShown()
{
    QCOMPARE(
        block(QStringLiteral("<p align=\"center\">\n  <img src=\"images/jj3A5N8.png\">\n  <br/>\n</p>\n")),
        QStringLiteral(
            "<p align=\"center\">\n  <img src=\"images/jj3A5N8.png\" alt=\"\" />\n  <br/>\n</p>\n"));
    QCOMPARE(block(QStringLiteral("<div align=CENTER><sub>Check</sub> <kbd>Ctrl</kbd>+<kbd>K</kbd></div>")),
             QStringLiteral("<div align=\"center\"><sub>Check</sub> <kbd>Ctrl</kbd>+<kbd>K</kbd></div>"));
    QCOMPARE(block(QStringLiteral("<center><b>x</b></center>")),
             QStringLiteral("<div align=\"center\"><b>x</b></div>"));
}

void HtmlAllowTest::hostile_isNeutralised_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("script") << "<script>alert(1)</script>"
                            << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("style") << "<style>p{color:red}</style>"
                           << "&lt;style&gt;p{color:red}&lt;/style&gt;";
    QTest::newRow("iframe") << "<iframe src=\"https://evil\"></iframe>"
                            << "&lt;iframe src=&quot;https://evil&quot;&gt;&lt;/iframe&gt;";
    QTest::newRow("form") << "<form action=x><input name=a></form>"
                          << "&lt;form action=x&gt;&lt;input name=a&gt;&lt;/form&gt;";
    QTest::newRow("onerror") << "<img src=x onerror=alert(1)>"
                             << "<img src=\"x\" alt=\"\" />";
    QTest::newRow("style attribute") << "<p style=\"background:url(http://evil)\" class=a onclick=x>t</p>"
                                     << "<p>t</p>";
    QTest::newRow("file image") << "<img src=\"file:///etc/passwd\" alt=\"pw\">"
                                << "<img src=\"\" alt=\"pw\" />";
    QTest::newRow("data image") << "<img src=\"data:image/png;base64,AAAA\">"
                                << "<img src=\"\" alt=\"\" />";
    QTest::newRow("javascript image") << "<img src=\" JaVa&#x09;Script:alert(1)\">"
                                      << "<img src=\"\" alt=\"\" />";
    QTest::newRow("svg element") << "<svg onload=alert(1)>"
                                 << "&lt;svg onload=alert(1)&gt;";
    QTest::newRow("attribute breaks out")
        << "<img src=\"a.png\" alt='\"><script>x</script>'>"
        << "<img src=\"a.png\" alt=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" />";
    QTest::newRow("unterminated tag") << "<img src=\"a.png"
                                      << "&lt;img src=\"a.png";
    QTest::newRow("meta refresh") << "<meta http-equiv=refresh content=0;url=http://evil>"
                                  << "&lt;meta http-equiv=refresh content=0;url=http://evil&gt;";
    QTest::newRow("base") << "<base href=\"http://evil/\">"
                          << "&lt;base href=&quot;http://evil/&quot;&gt;";
    QTest::newRow("object") << "<object data=x></object>"
                            << "&lt;object data=x&gt;&lt;/object&gt;";
    QTest::newRow("processing instruction") << "<?php echo 1 ?>"
                                            << "&lt;?php echo 1 ?&gt;";
    QTest::newRow("cdata") << "<![CDATA[x]]>"
                           << "&lt;![CDATA[x]]&gt;";
}

void HtmlAllowTest::hostile_isNeutralised()
{
    QFETCH(QString, raw);
    QFETCH(QString, shown);
    QCOMPARE(block(raw), shown);
}

void HtmlAllowTest::links_keepOnlySafeTargets_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("relative") << "<a href=\"guide/a.md#x\">a</a>"
                              << "<a href=\"guide/a.md#x\">a</a>";
    QTest::newRow("https") << "<a href=\"https://example.com/?a=1&amp;b=2\">a</a>"
                           << "<a href=\"https://example.com/?a=1&amp;b=2\">a</a>";
    QTest::newRow("mailto") << "<a href=\"mailto:x@example.com\">m</a>"
                            << "<a href=\"mailto:x@example.com\">m</a>";
    QTest::newRow("javascript") << "<a href=\"javascript:alert(1)\">a</a>"
                                << "<a href=\"\">a</a>";
    QTest::newRow("entity disguised") << "<a href=\"jav&#x61;script&colon;alert(1)\">a</a>"
                                      << "<a href=\"\">a</a>";
    QTest::newRow("tab disguised") << "<a href=\"java\tscript:alert(1)\">a</a>"
                                   << "<a href=\"\">a</a>";
    QTest::newRow("upper case") << "<a href=\"JAVASCRIPT:alert(1)\">a</a>"
                                << "<a href=\"\">a</a>";
    QTest::newRow("file") << "<a href=\"file:///etc/passwd\">a</a>"
                          << "<a href=\"\">a</a>";
    QTest::newRow("data") << "<a href=\"data:text/html,<script>x</script>\">a</a>"
                          << "<a href=\"\">a</a>";
    QTest::newRow("anchor names") << "<a name=\"top\" id=\"x y<z>\" target=_blank rel=x></a>"
                                  << "<a name=\"top\" id=\"xyz\"></a>";
    QTest::newRow("space in target") << "<a href=\"my file.md\">f</a>"
                                     << "<a href=\"my%20file.md\">f</a>";
}

void HtmlAllowTest::links_keepOnlySafeTargets()
{
    QFETCH(QString, raw);
    QFETCH(QString, shown);
    QCOMPARE(block(raw), shown);
}

void HtmlAllowTest::images_sizesClampedAndSourcesRecorded()
{
    QCOMPARE(block(QStringLiteral("<img src=\"a.png\" width=\"99999999\" height=\"100000px\">")),
             QStringLiteral("<img src=\"a.png\" alt=\"\" width=\"4096\" height=\"4096\" />"));
    QCOMPARE(block(QStringLiteral("<img src=\"a.png\" width=\"100%\" height=\"-5\" title=\"T\">")),
             QStringLiteral("<img src=\"a.png\" alt=\"\" title=\"T\" />"));
    QCOMPARE(block(QStringLiteral("<img width=\"0\" alt=\"no source\">")),
             QStringLiteral("<img src=\"\" alt=\"no source\" />"));

    HtmlAllowlist list(HtmlAllowlist::Context::Block);
    list.filter(
        QStringLiteral("<p>\n<img src=\"../../secret.png\" alt=\"up\">\n<img src=\"file:///etc/x\"></p>"));
    QCOMPARE(list.images().size(), 2);
    QCOMPARE(list.images().at(0).src,
             QStringLiteral("../../secret.png")); // the library refuses it, not the HTML
    QCOMPARE(list.images().at(0).alt, QStringLiteral("up"));
    QCOMPARE(list.images().at(0).offset, 4);
    QCOMPARE(list.images().at(1).src, QStringLiteral("file:///etc/x")); // as written, for the linter
    QVERIFY(list.takeText().contains(QStringLiteral("up")));
}

void HtmlAllowTest::comments_areRemoved()
{
    QCOMPARE(block(QStringLiteral("<!-- START doctoc -->\n<!-- END doctoc -->\n")), QStringLiteral("\n\n"));
    QCOMPARE(block(QStringLiteral("<p>a<!-- <script>x</script> -->b</p>")), QStringLiteral("<p>ab</p>"));
    QCOMPARE(block(QStringLiteral("<p>a<!-->b<!--->c</p>")), QStringLiteral("<p>abc</p>"));
    QCOMPARE(block(QStringLiteral("<p>a<!-- never closed <b>x</b>")), QStringLiteral("<p>a</p>"));
    QCOMPARE(inlineHtml({QStringLiteral("<!-- hidden -->")}), QString());
}

void HtmlAllowTest::details_showOpenWithBoldSummary()
{
    HtmlAllowlist list(HtmlAllowlist::Context::Block);
    QCOMPARE(list.filter(QStringLiteral("<details open>\n<summary>More <i>here</i></summary>\n")),
             QStringLiteral("<div class=\"details\">\n<p class=\"summary\"><b>More <i>here</i></b></p>\n"));
    QCOMPARE(list.filter(QStringLiteral("</details>\n")), QStringLiteral("</div>\n"));
    QCOMPARE(list.closeAll(), QString());
    QCOMPARE(block(QStringLiteral("<details><summary>Open")),
             QStringLiteral("<div class=\"details\"><p class=\"summary\"><b>Open</b></p></div>"));
}

void HtmlAllowTest::picture_usesFirstLocalSource()
{
    QCOMPARE(block(QStringLiteral(
                 "<picture>\n<source media=\"(prefers-color-scheme: dark)\" srcset=\"https://x/d.png\">\n"
                 "<source srcset=\"img/dark.svg 1x, img/dark2.svg 2x\" width=\"180\">\n"
                 "<img alt=\"Logo\" src=\"img/light.svg\">\n</picture>")),
             QStringLiteral("\n\n\n<img src=\"img/dark.svg\" alt=\"Logo\" width=\"180\" />\n"));
    QCOMPARE(block(QStringLiteral(
                 "<picture><source srcset=\"https://x/d.png\"><img src=\"https://x/l.png\" alt=\"L\">"
                 "</picture>")),
             QStringLiteral("<img src=\"https://x/l.png\" alt=\"L\" />"));
    QCOMPARE(
        block(QStringLiteral("<source srcset=\"a.png\"><img src=\"b.png\">")), // no picture: source ignored
        QStringLiteral("<img src=\"b.png\" alt=\"\" />"));
}

void HtmlAllowTest::inlineContext_blocksAreText_unclosedAreClosed()
{
    QCOMPARE(inlineHtml({QStringLiteral("<code>"), QStringLiteral("</code>")}),
             QStringLiteral("<code></code>"));
    QCOMPARE(inlineHtml({QStringLiteral("<div align=\"center\">")}),
             QStringLiteral("&lt;div align=&quot;center&quot;&gt;"));
    QCOMPARE(inlineHtml({QStringLiteral("<b>"), QStringLiteral("<i>")}), QStringLiteral("<b><i></i></b>"));
    QCOMPARE(inlineHtml({QStringLiteral("</b>"), QStringLiteral("</span>")}), QString()); // stray: dropped
    QCOMPARE(inlineHtml({QStringLiteral("<b>"), QStringLiteral("<i>"), QStringLiteral("</b>")}),
             QStringLiteral("<b><i></i></b>")); // mis-nested: closed in order
    QCOMPARE(inlineHtml({QStringLiteral("<br>"), QStringLiteral("</br>"), QStringLiteral("<wbr>")}),
             QStringLiteral("<br/>"));
}

void HtmlAllowTest::nesting_isCapped()
{
    const QString deep = QStringLiteral("<div>").repeated(1000) + QStringLiteral("x");
    const QString shown = block(deep);
    QCOMPARE(shown.count(QStringLiteral("<div>")), HtmlAllowlist::kMaxDepth);
    QCOMPARE(shown.count(QStringLiteral("</div>")), HtmlAllowlist::kMaxDepth);
    QVERIFY(shown.contains(QLatin1Char('x')));
    const QString tables = block(QStringLiteral("<table><tr><td>").repeated(10));
    QCOMPARE(tables.count(QStringLiteral("<table>")), HtmlAllowlist::kMaxTableDepth);
    QCOMPARE(block(QStringLiteral("<table><tr><td colspan=\"100000\" rowspan=\"x\">a")),
             QStringLiteral("<table><tr><td colspan=\"64\">a</td></tr></table>"));
}

void HtmlAllowTest::references_decodedOrEscaped()
{
    QCOMPARE(block(QStringLiteral("<p>a &amp; b &nbsp; &#65;&#x42; &#0; &#xD800; & c &bogus</p>")),
             QStringLiteral("<p>a &amp; b &nbsp; AB \uFFFD \uFFFD &amp; c &amp;bogus</p>"));
    QCOMPARE(decodeEntities(QStringLiteral("jav&#x61;script&colon;")), QStringLiteral("javascript:"));
    QCOMPARE(htmlAltText(QStringLiteral("<img alt=\"Build &amp; test\" src=x>")),
             QStringLiteral("Build & test"));
}

void HtmlAllowTest::imageSource_classifies_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("rootRelative");
    const int local = int(ImageSource::Kind::Local), remote = int(ImageSource::Kind::Remote),
              refused = int(ImageSource::Kind::Refused);
    QTest::newRow("relative") << "images/a%20b.png?raw=true#x" << local << "images/a b.png" << false;
    QTest::newRow("root relative") << "/logo.png" << local << "logo.png" << true;
    QTest::newRow("climbs") << "../../etc/passwd" << local << "../../etc/passwd" << false;
    QTest::newRow("https") << "https://img.shields.io/x.svg" << remote << "" << false;
    QTest::newRow("protocol relative") << "//cdn.example.com/x.png" << remote << "" << false;
    QTest::newRow("file") << "file:///etc/passwd" << refused << "" << false;
    QTest::newRow("data") << "data:image/png;base64,AA" << refused << "" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << refused << "" << false;
    QTest::newRow("drive") << "C:\\x.png" << refused << "" << false;
    QTest::newRow("empty") << "  " << refused << "" << false;
    QTest::newRow("root") << "/" << refused << "" << true;
}

void HtmlAllowTest::imageSource_classifies()
{
    QFETCH(QString, src);
    QFETCH(int, kind);
    QFETCH(QString, path);
    QFETCH(bool, rootRelative);
    const ImageSource s = classifyImageSource(src);
    QCOMPARE(int(s.kind), kind);
    QCOMPARE(s.path, path);
    QCOMPARE(s.rootRelative, rootRelative);
}

QTEST_GUILESS_MAIN(HtmlAllowTest)
#include "htmlallow_test.moc"

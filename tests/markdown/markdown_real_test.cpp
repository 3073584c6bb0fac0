// SPDX-License-Identifier: MIT
// Real public READMEs (tests/data/markdown/real, sources and licences in its README.md) as a reader sees
// them: the centred HTML figures, <picture> logos, badges and <sup> references render instead of showing as
// HTML source.
#include "markdown/markdown.h"

#include <QDir>
#include <QFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace ae::markdown;

namespace {

const QString kReal = QStringLiteral(AE_TEST_DATA "/markdown/real/");

MarkdownDocument parseFile(const QString &rel)
{
    QFile f(kReal + rel);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(QString::fromUtf8(f.readAll()));
}

// The text a reader sees once Qt has laid the HTML out, and how many blocks are centred.
struct Shown
{
    QString text;
    int centredBlocks = 0;
    QStringList images; // image names, in order
};

Shown show(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Shown s;
    s.text = doc.toPlainText();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        s.centredBlocks += (b.blockFormat().alignment() & Qt::AlignHCenter) ? 1 : 0;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                s.images.append(it.fragment().charFormat().toImageFormat().name());
        }
    }
    return s;
}

} // namespace

class MarkdownRealTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFile_showsNoHtmlSource_data();
    void everyFile_showsNoHtmlSource();
    void systemDesignPrimer_centredFiguresAndReferences();
    void awesome_logoPictureBadgesAndLinks();
    void pastebin_remoteImageAndUnquotedLinks();
};

void MarkdownRealTest::everyFile_showsNoHtmlSource_data()
{
    QTest::addColumn<QString>("rel");
    for (const char *rel :
         {"system-design-primer/README.md", "system-design-primer/solutions/system_design/pastebin/README.md",
          "awesome/readme.md"})
        QTest::newRow(rel) << QString::fromLatin1(rel);
}

// No tag of these files reaches the screen as text, and no comment, no "raw HTML omitted".
void MarkdownRealTest::everyFile_showsNoHtmlSource()
{
    QFETCH(QString, rel);
    const MarkdownDocument d = parseFile(rel);
    QVERIFY(!d.html.isEmpty());
    QVERIFY(!d.html.contains(QLatin1String("raw HTML omitted")));
    QVERIFY(!d.html.contains(QLatin1String("<!--")));
    const Shown s = show(d.html);
    for (const char *source : {"<p", "<img", "<br", "<div", "<sup", "<a ", "</", "<picture", "<source"})
        QVERIFY2(!s.text.contains(QLatin1String(source)),
                 qPrintable(rel + QLatin1String(": ") + QLatin1String(source)));
}

void MarkdownRealTest::systemDesignPrimer_centredFiguresAndReferences()
{
    const MarkdownDocument d = parseFile(QStringLiteral("system-design-primer/README.md"));
    QCOMPARE(d.title, QStringLiteral("The System Design Primer"));
    QCOMPARE(d.images.size(), 4);
    QCOMPARE(d.images.at(0).src, QStringLiteral("images/jj3A5N8.png"));
    QCOMPARE(d.images.at(0).line, 8);
    QCOMPARE(d.images.at(0).column, 3);
    QCOMPARE(d.images.at(3).src, QStringLiteral("images/bgLMI2u.png"));
    QVERIFY(d.html.contains(
        QLatin1String("<p align=\"center\">\n  <img src=\"images/jj3A5N8.png\" alt=\"\" />\n  <br/>\n</p>")));
    // A figure's caption link (<i><a href="...">Source: ...</a></i>) and a reference (<sup><a
    // href=unquoted>1</a></sup>).
    QVERIFY(d.html.contains(QLatin1String("<i><a href=\"https://robertgreiner.com/cap-theorem-revisited\">"
                                          "Source: CAP theorem revisited</a></i>")));
    QVERIFY(d.html.contains(QLatin1String(
        "<sup><a "
        "href=\"http://www.allthingsdistributed.com/2006/03/a_word_on_scalability.html\">1</a></sup>")));
    const Shown s = show(d.html);
    QCOMPARE(s.images.size(), 4);
    QVERIFY(s.centredBlocks >= 4); // each figure
    QVERIFY(s.text.contains(QLatin1String("Source: CAP theorem revisited")));
    // Search reads the sections; the figure's caption is in its section's text.
    bool found = false;
    for (const Section &sec : d.sections)
        found = found || (sec.title == QLatin1String("CAP theorem") &&
                          sec.text.contains(QLatin1String("Source: CAP")));
    QVERIFY(found);
}

void MarkdownRealTest::awesome_logoPictureBadgesAndLinks()
{
    const MarkdownDocument d = parseFile(QStringLiteral("awesome/readme.md"));
    QVERIFY(d.html.startsWith(
        QLatin1String("<div align=\"center\">\n\t<img src=\"media/logo.svg\" alt=\"Awesome\" "
                      "width=\"500\" height=\"350\" />")));
    // <picture> with only remote sources: its <img> is the one shown (as a box: never fetched).
    QVERIFY(d.html.contains(
        QLatin1String("<img src=\"https://sindresorhus.com/assets/thanks/depot-logo-light.svg\" "
                      "alt=\"Depot logo\" width=\"180\" />")));
    QVERIFY(!d.html.contains(QLatin1String("depot-logo-dark")));
    QVERIFY(d.html.contains(QLatin1String("<a href=\"https://awesome.re\"><code>awesome.re</code></a>")));
    QVERIFY(d.html.contains(QLatin1String("<h2>")));
    const Shown s = show(d.html);
    QVERIFY(s.text.contains(QLatin1String("Elevate your Mac experience")));
    QVERIFY(s.text.contains(QStringLiteral("What is an awesome list?")));
    QVERIFY(d.html.contains(QLatin1String("What is an awesome list?</a>&nbsp;&nbsp;&nbsp;")));
    QVERIFY(s.centredBlocks >= 5);
    QCOMPARE(d.headings.first().text, QStringLiteral("Contents")); // HTML <h2> is shown, not an outline entry
    QCOMPARE(d.images.size(), 3);
    QCOMPARE(d.images.at(1).alt, QStringLiteral("Depot logo"));
}

void MarkdownRealTest::pastebin_remoteImageAndUnquotedLinks()
{
    const MarkdownDocument d =
        parseFile(QStringLiteral("system-design-primer/solutions/system_design/pastebin/README.md"));
    QCOMPARE(d.images.size(), 1);
    QCOMPARE(d.images.at(0).src, QStringLiteral("http://i.imgur.com/BKsBnmG.png"));
    QCOMPARE(d.images.at(0).alt, QStringLiteral("Imgur"));
    QCOMPARE(d.images.at(0).line, 82);
    QVERIFY(d.html.contains(QLatin1String("<sup><a href=\"https://github.com/donnemartin/system-design-primer"
                                          "#latency-numbers-every-programmer-should-know\">1</a></sup>")));
}

QTEST_MAIN(MarkdownRealTest)
#include "markdown_real_test.moc"

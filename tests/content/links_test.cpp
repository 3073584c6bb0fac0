// SPDX-License-Identifier: MIT
// content::resolveLink over the small library in tests/data/content/library: every kind of target.
#include "content/library.h"

#include <QtTest>

using namespace ae::content;
using Kind = LinkTarget::Kind;

Q_DECLARE_METATYPE(LinkTarget::Kind)

class LinksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolveLink_classifiesTarget_data();
    void resolveLink_classifiesTarget();
    void resolveRelative_normalisesAndRefusesEscapes_data();
    void resolveRelative_normalisesAndRefusesEscapes();
    void bundledDocuments_internalLinksAllResolve();

private:
    Library m_library;
};

void LinksTest::initTestCase()
{
    QString error;
    QVERIFY2(m_library.load(QStringLiteral(AE_TEST_DATA "/content/library"), &error), qPrintable(error));
}

void LinksTest::resolveLink_classifiesTarget_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("href");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("anchor");
    const QString ov = QStringLiteral("overview.md");
    const QString fin = QStringLiteral("case-studies/fintech.md");
    QTest::newRow("internal with anchor")
        << ov << "case-studies/fintech.md#lessons-learned" << Kind::Internal << "case-studies/fintech.md"
        << "lessons-learned";
    QTest::newRow("internal dot-slash") << ov << "./guide/writing.md" << Kind::Internal << "guide/writing.md"
                                        << "";
    QTest::newRow("internal up a folder") << fin << "../overview.md" << Kind::Internal << "overview.md"
                                          << "";
    QTest::newRow("percent-encoded") << ov << "guide%2Fwriting.md" << Kind::Internal << "guide/writing.md"
                                     << "";
    QTest::newRow("same-document anchor")
        << fin << "#lessons-learned" << Kind::Anchor << fin << "lessons-learned";
    QTest::newRow("missing inside") << fin << "nowhere.md" << Kind::Missing << "case-studies/nowhere.md"
                                    << "";
    QTest::newRow("missing above root keeps href path")
        << ov << "../04_tutorials/x.md#a" << Kind::Missing << "../04_tutorials/x.md"
        << "a";
    QTest::newRow("https") << ov << "https://example.com/a" << Kind::External << ""
                           << "";
    QTest::newRow("http") << ov << "HTTP://example.com" << Kind::External << ""
                          << "";
    QTest::newRow("mailto") << ov << "mailto:a@example.com" << Kind::External << ""
                            << "";
    QTest::newRow("diagram") << ov << "diagram:3" << Kind::Diagram << ""
                             << "";
    QTest::newRow("outside non-markdown") << ov << "../../etc/passwd" << Kind::Rejected << ""
                                          << "";
    QTest::newRow("absolute path") << ov << "/etc/passwd.md" << Kind::Rejected << ""
                                   << "";
    QTest::newRow("file scheme") << ov << "file:///etc/passwd" << Kind::Rejected << ""
                                 << "";
    QTest::newRow("javascript") << ov << "javascript:alert(1)" << Kind::Rejected << ""
                                << "";
    QTest::newRow("ftp") << ov << "ftp://example.com/x.md" << Kind::Rejected << ""
                         << "";
    QTest::newRow("empty (cmark-blanked)") << ov << "" << Kind::Rejected << ""
                                           << "";
}

void LinksTest::resolveLink_classifiesTarget()
{
    QFETCH(QString, from);
    QFETCH(QString, href);
    QFETCH(Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, anchor);
    const LinkTarget t = resolveLink(m_library, from, href);
    QCOMPARE(int(t.kind), int(kind));
    if (kind == Kind::Internal || kind == Kind::Missing || kind == Kind::Anchor) {
        QCOMPARE(t.path, path);
        QCOMPARE(t.anchor, anchor);
    }
    if (kind == Kind::External)
        QCOMPARE(t.url, href);
    if (kind == Kind::Diagram)
        QCOMPARE(t.diagramIndex, 3);
    QCOMPARE(t.href, href);
}

void LinksTest::resolveRelative_normalisesAndRefusesEscapes_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("rel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sibling") << "a/b.md"
                             << "c.md"
                             << "a/c.md";
    QTest::newRow("parent") << "a/b.md"
                            << "../guide/c.md"
                            << "guide/c.md";
    QTest::newRow("dots") << "a/b.md"
                          << "./x/../y.md"
                          << "a/y.md";
    QTest::newRow("escape") << "a/b.md"
                            << "../../y.md" << QString();
    QTest::newRow("root escape") << "b.md"
                                 << "../y.md" << QString();
}

void LinksTest::resolveRelative_normalisesAndRefusesEscapes()
{
    QFETCH(QString, from);
    QFETCH(QString, rel);
    QFETCH(QString, expected);
    const QString r = resolveRelative(from, rel);
    QCOMPARE(r.isNull(), expected.isNull());
    QCOMPARE(r, expected);
}

// The test library's own links: the two internal ones resolve, the deliberately missing ones are Missing.
void LinksTest::bundledDocuments_internalLinksAllResolve()
{
    const Document *overview = m_library.find(QStringLiteral("overview.md"));
    QVERIFY(overview);
    int internal = 0, missing = 0, anchors = 0;
    for (const ae::markdown::Link &l : overview->md.links) {
        const LinkTarget t = resolveLink(m_library, overview->path, l.target);
        internal += t.kind == Kind::Internal;
        missing += t.kind == Kind::Missing;
        anchors += t.kind == Kind::Anchor;
    }
    QCOMPARE(internal, 2);
    QCOMPARE(missing, 1);
    QCOMPARE(anchors, 1);
}

QTEST_GUILESS_MAIN(LinksTest)
#include "links_test.moc"

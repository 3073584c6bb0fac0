// SPDX-License-Identifier: MIT
// READMEs in the reader as GitHub shows them, through the real DocumentView over a library folder: library
// images are shown and fit the column (a click on a shrunk one opens it whole); a missing file, a remote
// image and anything outside the library become boxes naming them, and nothing outside the library is ever
// read; Find finds images by their alt text; footnote references and back-links move the page both ways.
#include "../common/testfiles.h"
#include "content/library.h"
#include "ui/reader/documentview.h"

#include <QBuffer>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace ae::ui;

namespace {

struct Shown
{
    QString name; // the resource it is drawn from
    QString alt;
    QString title; // tooltip
    QString href;  // the link around it, if any
    QSizeF size;
};

QVector<Shown> shownImages(DocumentView &view)
{
    QVector<Shown> out;
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat())
                continue;
            const QTextImageFormat img = f.toImageFormat();
            out.append(Shown{img.name(), img.property(QTextFormat::ImageAltText).toString(), img.toolTip(),
                             f.anchorHref(), QSizeF(img.width(), img.height())});
        }
    }
    return out;
}

using ae::testsupport::png;
using ae::testsupport::writeFile;

} // namespace

class ReaderReadmeTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_outside; // a file a document must never reach
    ae::content::Library m_library;

private Q_SLOTS:
    void initTestCase();
    void libraryImages_fitTheColumn_clickShowsWhole();
    void missingRemoteAndOutside_becomeBoxes();
    void find_findsAltText();
    void footnotes_referenceAndBackLinkScroll();
    void webpImage_isDrawn();
};

void ReaderReadmeTest::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_outside.isValid());
    writeFile(m_dir.filePath(QStringLiteral("docs/images/small.png")), png(QSize(40, 30)));
    writeFile(m_dir.filePath(QStringLiteral("docs/images/wide.png")), png(QSize(3000, 1000)));
    writeFile(m_dir.filePath(QStringLiteral("logo.svg")),
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\"><rect width=\"120\" "
              "height=\"60\" fill=\"red\"/></svg>");
    writeFile(m_dir.filePath(QStringLiteral("docs/images/broken.png")), "not a png");
    writeFile(m_outside.filePath(QStringLiteral("secret.png")), png(QSize(10, 10)));
    // A link inside the library that leads out of it.
    QVERIFY(QFile::link(m_outside.filePath(QStringLiteral("secret.png")),
                        m_dir.filePath(QStringLiteral("docs/link.png"))));
    writeFile(m_dir.filePath(QStringLiteral("docs/page.md")),
              "# Images\n\n"
              "![Small one](images/small.png) ![Wide chart](images/wide.png) ![Root logo](/logo.svg)\n\n"
              "<p align=\"center\"><img src=\"images/wide.png\" width=\"99999\" height=\"99999\" "
              "alt=\"Huge\"></p>\n\n"
              "![Sea view](images/missing.png)\n\n"
              "![Build status](https://img.shields.io/badge/build-passing-green.svg)\n\n"
              "[![Badge in a link](https://img.shields.io/x.svg)](https://example.com/ci)\n\n"
              "<img src=\"file:///etc/passwd\" alt=\"Password file\" onerror=\"alert(1)\">\n\n"
              "![Escape](../../" +
                  QFileInfo(m_outside.path()).fileName().toUtf8() +
                  "/secret.png)\n\n"
                  "![Symlink](link.png) ![Not an image](images/broken.png)\n");
    QString error;
    QVERIFY2(m_library.load(m_dir.path(), &error), qPrintable(error));
}

void ReaderReadmeTest::libraryImages_fitTheColumn_clickShowsWhole()
{
    DocumentView view;
    view.resize(900, 700);
    view.setLibrary(&m_library);
    QVERIFY(view.showDocument(QStringLiteral("docs/page.md")));
    const QVector<Shown> images = shownImages(view);
    QCOMPARE(images.size(), 11);
    for (const Shown &s : images) {
        QVERIFY2(s.name.startsWith(QLatin1String("aeimage:")),
                 qPrintable(s.name)); // settled before the page is built
        QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(s.name)).value<QImage>().isNull());
    }
    const qreal column = images.at(1).size.width();
    QCOMPARE(images.at(0).size, QSizeF(40, 30));                      // as it is
    QVERIFY(column >= 200 && column < 3000);                          // the wide one fits the column...
    QCOMPARE(qRound(images.at(1).size.height()), qRound(column / 3)); // ...in proportion
    QCOMPARE(images.at(1).href, QStringLiteral("image:docs/images/wide.png")); // and opens whole on a click
    QCOMPARE(images.at(0).href, QString());
    QCOMPARE(images.at(2).size, QSizeF(120, 60)); // /logo.svg: the library root, as on GitHub
    QCOMPARE(images.at(3).size.width(), column);  // width="99999": the column at most
    QVERIFY(images.at(3).size.height() <= 4096);

    QSignalSpy status(&view, &DocumentView::statusMessage);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("image:docs/images/wide.png")));
    QDialog *whole = view.findChild<QDialog *>();
    QVERIFY(whole);
    QVERIFY(whole->windowTitle().contains(QStringLiteral("3000 × 1000")));
    whole->close();
}

void ReaderReadmeTest::missingRemoteAndOutside_becomeBoxes()
{
    DocumentView view;
    view.resize(900, 700);
    view.setLibrary(&m_library);
    QVERIFY(view.showDocument(QStringLiteral("docs/page.md")));
    const QVector<Shown> images = shownImages(view);
    QCOMPARE(images.size(), 11);
    const auto at = [&](const QString &alt) {
        for (const Shown &s : images)
            if (s.alt == alt)
                return s;
        return Shown{};
    };
    QCOMPARE(at(QStringLiteral("Sea view")).title, QStringLiteral("Missing image: docs/images/missing.png"));
    // A remote image is never fetched: a box that opens it in the browser, or follows the link around it.
    QCOMPARE(at(QStringLiteral("Build status")).title,
             QStringLiteral(
                 "Not loaded: a click opens img.shields.io/badge/build-passing-green.svg in your browser"));
    QCOMPARE(at(QStringLiteral("Build status")).href,
             QStringLiteral("https://img.shields.io/badge/build-passing-green.svg"));
    QCOMPARE(at(QStringLiteral("Badge in a link")).href, QStringLiteral("https://example.com/ci"));
    QVERIFY(
        at(QStringLiteral("Badge in a link")).title.contains(QLatin1String("https://img.shields.io/x.svg")));
    // Nothing outside the library: not by file:, not by climbing, not through a symbolic link.
    QVERIFY(at(QStringLiteral("Password file")).title.startsWith(QLatin1String("Not shown")));
    QVERIFY(at(QStringLiteral("Escape")).title.contains(QLatin1String("outside the library")));
    QCOMPARE(at(QStringLiteral("Symlink")).title, QStringLiteral("Missing image: docs/link.png"));
    QVERIFY(at(QStringLiteral("Not an image"))
                .title.startsWith(QLatin1String("Cannot show docs/images/broken.png")));
    // Boxes are drawn to fit their text, inside the column.
    const QSizeF box = at(QStringLiteral("Sea view")).size;
    QVERIFY(box.width() > 50 && box.width() <= images.at(1).size.width());
    QVERIFY(box.height() > 10 && box.height() < 120);
    // Asked directly, the view reads nothing outside the library either.
    QVERIFY(
        view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
    QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("link.png"))).isNull());
    QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/x.png")))
                .isNull());
}

void ReaderReadmeTest::find_findsAltText()
{
    DocumentView view;
    view.resize(900, 700);
    view.setLibrary(&m_library);
    QVERIFY(view.showDocument(QStringLiteral("docs/page.md")));
    QCOMPARE(view.findAll(QStringLiteral("sea view")), 1);   // a missing image's box
    QCOMPARE(view.findAll(QStringLiteral("wide chart")), 1); // a shown image
    QCOMPARE(view.findAll(QStringLiteral("Images")), 1);     // text still found as before
}

void ReaderReadmeTest::footnotes_referenceAndBackLinkScroll()
{
    QByteArray text = "# Notes\n\nA claim[^src] to check.\n\n";
    for (int i = 0; i < 80; ++i)
        text += "Filler paragraph " + QByteArray::number(i) + " of a long page.\n\n";
    text += "[^src]: The source of the claim.\n";
    writeFile(m_dir.filePath(QStringLiteral("notes.md")), text);
    ae::content::Library library;
    QString error;
    QVERIFY2(library.load(m_dir.path(), &error), qPrintable(error));
    DocumentView view;
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setLibrary(&library);
    QVERIFY(view.showDocument(QStringLiteral("notes.md")));
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("#fn-src")));
    QCOMPARE(view.currentAnchor(), QStringLiteral("fn-src"));
    const int atNote = view.verticalScrollBar()->value();
    QVERIFY(atNote > 0);
    Q_EMIT view.anchorClicked(QUrl(QStringLiteral("#fnref-src")));
    QCOMPARE(view.currentAnchor(), QStringLiteral("fnref-src"));
    QVERIFY(view.verticalScrollBar()->value() < atNote);
    QVERIFY(view.toPlainText().contains(QStringLiteral("The source of the claim. \u21a9")));
}

void ReaderReadmeTest::webpImage_isDrawn()
{
    // WebP comes from Qt's image-format plugins (qt6-image-formats-plugins, a build dependency).
    QVERIFY2(QImageWriter::supportedImageFormats().contains("webp"),
             "no WebP plugin: install qt6-image-formats-plugins (packaging/deps-build.txt)");
    QTemporaryDir dir;
    QImage picture(QSize(40, 20), QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(picture.save(dir.filePath(QStringLiteral("pic.webp")), "WEBP"));
    writeFile(dir.filePath(QStringLiteral("page.md")), "# WebP\n\n![A red box](pic.webp)\n");
    ae::content::Library library;
    QString error;
    QVERIFY2(library.load(dir.path(), &error), qPrintable(error));
    DocumentView view;
    view.resize(900, 700);
    view.setLibrary(&library);
    QVERIFY(view.showDocument(QStringLiteral("page.md")));
    const QVector<Shown> images = shownImages(view);
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).size, QSizeF(40, 20)); // the picture itself, not a 'cannot show' box
    const QImage shown =
        view.loadResource(QTextDocument::ImageResource, QUrl(images.at(0).name)).value<QImage>();
    QVERIFY(qRed(shown.pixel(shown.width() / 2, shown.height() / 2)) > 200);
}

QTEST_MAIN(ReaderReadmeTest)
#include "reader_readme_test.moc"

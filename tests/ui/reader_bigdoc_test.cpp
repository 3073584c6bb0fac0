// SPDX-License-Identifier: MIT
// Long documents in the reader: a 5 MB case study opens (issue 9), built on a worker while a placeholder
// names it, then shown whole: its last section is there, its anchors scroll, find finds in it. Opening
// something else while a long page is still being built shows that instead, and the long page never replaces
// it later.
#include "content/library.h"
#include "ui/reader/documentview.h"

#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ae::ui::DocumentView;

namespace {

// A case study of about `bytes` bytes: sections of prose, lists and now and then a table, then "Final words".
QByteArray longStudy(qsizetype bytes)
{
    QByteArray md = "# Long study\n\n";
    int sections = 0;
    while (md.size() < bytes) {
        md +=
            "## Section " + QByteArray::number(++sections) + "\n\n" +
            QByteArray("Replication lag and *throughput* under `load`, measured per region. ").repeated(15) +
            "\n\n- one\n- two\n\n";
        if (sections % 20 == 0)
            md += "| metric | value |\n|---|---|\n| p99 | 12 ms |\n\n";
    }
    return md + "## Final words\n\nThe closing paragraph of the long study.\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class ReaderBigDocTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fiveMegabyteStudy_opensWhole_anchorsAndFindWork();
    void otherPageOpenedWhileBuilding_staysShown();

private:
    void showView(DocumentView &view)
    {
        view.resize(900, 700);
        view.setLibrary(&m_library);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    QTemporaryDir m_dir;
    ae::content::Library m_library;
};

void ReaderBigDocTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("big.md")), longStudy(5 * 1024 * 1024)));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("medium.md")), longStudy(400 * 1024)));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("small.md")), "# Small study\n\nA short page.\n"));
    QString error;
    QVERIFY2(m_library.load(m_dir.path(), &error), qPrintable(error));
    QCOMPARE(m_library.documents().size(), 3);
}

void ReaderBigDocTest::fiveMegabyteStudy_opensWhole_anchorsAndFindWork()
{
    DocumentView view;
    showView(view);
    QSignalSpy shown(&view, &DocumentView::documentShown);

    QVERIFY(view.showDocument(QStringLiteral("big.md")));
    // Returned at once with a placeholder naming the document; the page itself is still being built.
    QCOMPARE(shown.count(), 0);
    QVERIFY2(view.toPlainText().contains(QLatin1String("Opening big.md")), qPrintable(view.toPlainText()));
    QCOMPARE(view.currentPath(), QStringLiteral("big.md"));

    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("big.md"));
    const QString text = view.toPlainText();
    QVERIFY(text.startsWith(QLatin1String("Long study")));
    QVERIFY(text.contains(QLatin1String("The closing paragraph of the long study.")));
    QVERIFY(!text.contains(QLatin1String("Opening big.md")));
    QVERIFY(text.size() > 4 * 1024 * 1024);

    // The page is the reader's page: its anchors, its find.
    QVERIFY(view.showDocument(QStringLiteral("big.md"), QStringLiteral("final-words")));
    QTRY_VERIFY(view.verticalScrollBar()->value() > view.verticalScrollBar()->maximum() / 2);
    QCOMPARE(view.findAll(QStringLiteral("closing paragraph")), 1);

    // Another long page replaces this one (built the same way), then a short one goes in at once; back again.
    shown.clear();
    QVERIFY(view.showDocument(QStringLiteral("medium.md")));
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.last().at(0).toString(), QStringLiteral("medium.md"));
    QVERIFY(view.toPlainText().contains(QLatin1String("The closing paragraph of the long study.")));
    QVERIFY(view.toPlainText().size() < 1024 * 1024);
    QVERIFY(view.showDocument(QStringLiteral("small.md")));
    QCOMPARE(shown.last().at(0).toString(), QStringLiteral("small.md"));
    QVERIFY(view.toPlainText().contains(QLatin1String("A short page.")));
    view.goBack();
    QVERIFY(shown.wait(60000));
    QCOMPARE(shown.last().at(0).toString(), QStringLiteral("medium.md"));
}

void ReaderBigDocTest::otherPageOpenedWhileBuilding_staysShown()
{
    DocumentView view;
    showView(view);
    QSignalSpy shown(&view, &DocumentView::documentShown);

    QVERIFY(view.showDocument(QStringLiteral("medium.md")));
    QCOMPARE(shown.count(), 0); // being built
    QVERIFY(view.showDocument(QStringLiteral("small.md")));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.last().at(0).toString(), QStringLiteral("small.md"));
    // Long enough for the dropped build to have finished several times over (400 KB builds in ~0.3 s).
    QTest::qWait(2000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(view.currentPath(), QStringLiteral("small.md"));
    QVERIFY(view.toPlainText().contains(QLatin1String("A short page.")));
    QVERIFY(!view.toPlainText().contains(QLatin1String("long study")));
}

QTEST_MAIN(ReaderBigDocTest)
#include "reader_bigdoc_test.moc"

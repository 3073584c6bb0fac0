// SPDX-License-Identifier: MIT
// content::Library: loading real folders built in a QTemporaryDir, every bad input a user can throw at it,
// asynchronous loading and reloading of files changed on disk.
#include "content/library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ae::content;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace

class LibraryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void load_nestedFolders_findsDocumentsSortedByTitle();
    void load_titles_comeFromFrontMatterHeadingOrFileName();
    void load_nonUtf8_decodesWithReplacementAndWarns();
    void load_emptyFile_isListedWithWarning();
    void load_fiveMegabyteFile_loadsCompletely();
    void load_folderWithoutMarkdown_failsWithClearError();
    void load_missingFolder_failsAndKeepsPreviousContent();
    void load_symlinkLoop_terminatesWithoutDuplicates();
    void load_symlinkToOutsideFile_isSkipped();
    void loadDocument_vanishedFile_reportsWarning();
    void readFile_servesOnlyFilesInsideTheLibrary();
    void loadAsync_reportsProgressAndLoads();
    void loadAsync_cancel_keepsPreviousContent();
    void loadAsync_firstDocument_isTheLibraryUntilTheRestArrives();
    void loadAsync_firstDocument_heldRestWaitsForResume();
    void loadAsync_firstDocument_neverReplacesAnOpenLibrary_norLeavesTheFolder();
    void watcher_changedFile_isReparsedAndRemovedFileDropped();
    void bundledRoot_isResourcePath();
};

void LibraryTest::load_nestedFolders_findsDocumentsSortedByTitle()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.md")), "# Zebra\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/deeper/a.md")), "# apple\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/c.markdown")), "# Mango\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/notes.txt")), "# not markdown\n"));
    Library lib;
    QSignalSpy loaded(&lib, &Library::loaded);
    QString error;
    QVERIFY2(lib.load(dir.path(), &error), qPrintable(error));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(lib.documents().size(), 3);
    QCOMPARE(lib.documents().at(0).path, QStringLiteral("sub/deeper/a.md"));
    QCOMPARE(lib.documents().at(1).title, QStringLiteral("Mango"));
    QCOMPARE(lib.documents().at(2).title, QStringLiteral("Zebra"));
    QVERIFY(lib.find(QStringLiteral("sub/c.markdown")));
    QVERIFY(!lib.find(QStringLiteral("sub/notes.txt")));
    QVERIFY(!lib.isBundled());
    QCOMPARE(lib.root(), dir.path());
}

void LibraryTest::load_titles_comeFromFrontMatterHeadingOrFileName()
{
    QTemporaryDir dir;
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("fm.md")), "---\ntitle: From Front Matter\n---\n# Heading\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("h.md")), "Intro\n\n# From Heading\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("file-name_here.md")), "no heading\n"));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    QCOMPARE(lib.find(QStringLiteral("fm.md"))->title, QStringLiteral("From Front Matter"));
    QCOMPARE(lib.find(QStringLiteral("h.md"))->title, QStringLiteral("From Heading"));
    QCOMPARE(lib.find(QStringLiteral("file-name_here.md"))->title, QStringLiteral("file name here"));
}

void LibraryTest::load_nonUtf8_decodesWithReplacementAndWarns()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("latin1.md")), "# Caf\xe9 Menu\n\nPr\xeats \xa3 5\n"));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    const Document *d = lib.find(QStringLiteral("latin1.md"));
    QVERIFY(d);
    QVERIFY(d->title.contains(QChar(0xFFFD)));
    QVERIFY(d->title.startsWith(QStringLiteral("Caf")));
    QCOMPARE(d->warnings.size(), 1);
    QVERIFY(d->warnings.first().contains(QStringLiteral("UTF-8")));
    QVERIFY(d->warnings.first().contains(QStringLiteral("latin1.md")));
}

void LibraryTest::load_emptyFile_isListedWithWarning()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.md")), QByteArray()));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    const Document *d = lib.find(QStringLiteral("empty.md"));
    QVERIFY(d);
    QCOMPARE(d->title, QStringLiteral("empty"));
    QVERIFY(d->md.headings.isEmpty());
    QCOMPARE(d->warnings.size(), 1);
    QVERIFY(d->warnings.first().contains(QStringLiteral("empty")));
}

void LibraryTest::load_fiveMegabyteFile_loadsCompletely()
{
    QTemporaryDir dir;
    QByteArray big = "# Big\n\n";
    int sections = 0;
    while (big.size() < 5 * 1024 * 1024) {
        big += "## Section " + QByteArray::number(++sections) + "\n\n" +
               QByteArray("Lorem ipsum dolor sit amet, latency and throughput. ").repeated(20) + "\n\n";
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("big.md")), big));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    const Document *d = lib.find(QStringLiteral("big.md"));
    QVERIFY(d);
    QCOMPARE(d->md.headings.size(), sections + 1);
    QVERIFY(d->warnings.isEmpty());
}

void LibraryTest::load_folderWithoutMarkdown_failsWithClearError()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("readme.txt")), "text"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("empty/sub")));
    Library lib;
    QSignalSpy loaded(&lib, &Library::loaded);
    QString error;
    QVERIFY(!lib.load(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("no Markdown")), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(dir.path())));
    QCOMPARE(loaded.count(), 0);
}

void LibraryTest::load_missingFolder_failsAndKeepsPreviousContent()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.md")), "# A\n"));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    QString error;
    QVERIFY(!lib.load(dir.filePath(QStringLiteral("does-not-exist")), &error));
    QVERIFY(error.contains(QStringLiteral("not a folder")));
    QCOMPARE(lib.documents().size(), 1);
    QCOMPARE(lib.root(), dir.path());
}

void LibraryTest::load_symlinkLoop_terminatesWithoutDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a/doc.md")), "# Doc\n"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/loop"))));
    QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("a/up"))));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    QCOMPARE(lib.documents().size(), 1);
    QCOMPARE(lib.documents().first().path, QStringLiteral("a/doc.md"));
    QCOMPARE(lib.warnings().size(), 2); // both folder links reported as skipped
}

void LibraryTest::load_symlinkToOutsideFile_isSkipped()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("secret.md")), "# Secret\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("inside.md")), "# Inside\n"));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.md")),
                        dir.filePath(QStringLiteral("secret.md"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("inside.md")), dir.filePath(QStringLiteral("alias.md"))));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    QVERIFY(!lib.find(QStringLiteral("secret.md")));
    QVERIFY(lib.find(QStringLiteral("alias.md"))); // a link that stays inside is fine
    QVERIFY(lib.readFile(QStringLiteral("secret.md")).isEmpty());
}

void LibraryTest::loadDocument_vanishedFile_reportsWarning()
{
    QTemporaryDir dir;
    const Document d = loadDocument(dir.filePath(QStringLiteral("gone.md")), QStringLiteral("gone.md"));
    QCOMPARE(d.path, QStringLiteral("gone.md"));
    QVERIFY(d.source.isEmpty());
    QVERIFY(!d.warnings.isEmpty());
    QVERIFY(d.warnings.first().contains(QStringLiteral("could not be read")));
}

void LibraryTest::readFile_servesOnlyFilesInsideTheLibrary()
{
    QTemporaryDir parent;
    QVERIFY(writeFile(parent.filePath(QStringLiteral("lib/doc.md")), "# Doc\n"));
    QVERIFY(writeFile(parent.filePath(QStringLiteral("lib/img/x.svg")), "<svg/>"));
    QVERIFY(writeFile(parent.filePath(QStringLiteral("outside.txt")), "secret"));
    Library lib;
    QVERIFY(lib.load(parent.filePath(QStringLiteral("lib"))));
    QCOMPARE(lib.readFile(QStringLiteral("img/x.svg")), QByteArray("<svg/>"));
    QCOMPARE(lib.readFile(QStringLiteral("img/../img/x.svg")), QByteArray("<svg/>"));
    QVERIFY(lib.readFile(QStringLiteral("../outside.txt")).isEmpty());
    QVERIFY(lib.readFile(QStringLiteral("img/../../outside.txt")).isEmpty());
    QVERIFY(lib.absolutePath(QStringLiteral("../outside.txt")).isEmpty());
}

void LibraryTest::loadAsync_reportsProgressAndLoads()
{
    QTemporaryDir dir;
    for (int i = 0; i < 30; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("d%1/doc.md").arg(i)),
                          "# Doc " + QByteArray::number(i) + "\n"));
    Library lib;
    QSignalSpy loaded(&lib, &Library::loaded);
    QSignalSpy progress(&lib, &Library::loadProgress);
    lib.loadAsync(dir.path());
    QVERIFY(lib.isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!lib.isLoading());
    QCOMPARE(lib.documents().size(), 30);
    QTRY_VERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), 30);
}

void LibraryTest::loadAsync_cancel_keepsPreviousContent()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(writeFile(first.filePath(QStringLiteral("a.md")), "# A\n"));
    QVERIFY(writeFile(second.filePath(QStringLiteral("b.md")), "# B\n"));
    Library lib;
    QVERIFY(lib.load(first.path()));
    QSignalSpy loaded(&lib, &Library::loaded);
    QSignalSpy failed(&lib, &Library::loadFailed);
    lib.loadAsync(second.path());
    lib.cancelLoad();
    QTest::qWait(300); // give a (wrongly) uncancelled load the chance to land
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(lib.root(), first.path());

    lib.loadAsync(first.filePath(QStringLiteral("nope")));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("not a folder")));
}

void LibraryTest::loadAsync_firstDocument_isTheLibraryUntilTheRestArrives()
{
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("d%1/doc.md").arg(i)),
                          "# Doc " + QByteArray::number(i) + "\n\n```sql\nselect 1;\n```\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("wanted/study.md")), "# The study\n\n## Lessons\n"));
    Library lib;
    int documentsWhenFirst = -1;
    bool loadingWhenFirst = false;
    QString rootWhenFirst;
    connect(&lib, &Library::firstDocumentLoaded, this, [&](const QString &path) {
        QCOMPARE(path, QStringLiteral("wanted/study.md"));
        documentsWhenFirst = int(lib.documents().size());
        loadingWhenFirst = lib.isLoading();
        rootWhenFirst = lib.root();
    });
    QSignalSpy first(&lib, &Library::firstDocumentLoaded);
    QSignalSpy loaded(&lib, &Library::loaded);
    lib.loadAsync(dir.path(), QStringLiteral("wanted/study.md"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(first.count(), 1); // before loaded(): the spy saw it first
    QCOMPARE(documentsWhenFirst, 1);
    QVERIFY(loadingWhenFirst);
    QCOMPARE(rootWhenFirst, dir.path());
    QCOMPARE(lib.documents().size(), 21); // parsed once: one copy of it among the others
    QCOMPARE(lib.firstDocument(), QStringLiteral("wanted/study.md"));
    const Document *study = lib.find(QStringLiteral("wanted/study.md"));
    QVERIFY(study);
    QCOMPARE(study->title, QStringLiteral("The study"));
    QCOMPARE(study->md.headings.size(), 2);
    // The next load starts afresh.
    QVERIFY(lib.load(dir.path()));
    QVERIFY(lib.firstDocument().isEmpty());
}

void LibraryTest::loadAsync_firstDocument_heldRestWaitsForResume()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.md")), "# A\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.md")), "# B\n"));
    Library lib;
    QSignalSpy first(&lib, &Library::firstDocumentLoaded);
    QSignalSpy loaded(&lib, &Library::loaded);
    lib.loadAsync(dir.path(), QStringLiteral("b.md"), true);
    QVERIFY(first.wait(10000));
    QTest::qWait(200);
    QCOMPARE(loaded.count(), 0); // held
    QCOMPARE(lib.documents().size(), 1);
    lib.resumeLoad();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(lib.documents().size(), 2);
}

void LibraryTest::loadAsync_firstDocument_neverReplacesAnOpenLibrary_norLeavesTheFolder()
{
    QTemporaryDir open;
    QTemporaryDir next;
    QVERIFY(writeFile(open.filePath(QStringLiteral("a.md")), "# A\n"));
    QVERIFY(writeFile(next.filePath(QStringLiteral("lib/b.md")), "# B\n"));
    QVERIFY(writeFile(next.filePath(QStringLiteral("outside.md")), "# Outside\n"));
    Library lib;
    QVERIFY(lib.load(open.path()));
    QSignalSpy first(&lib, &Library::firstDocumentLoaded);
    QSignalSpy loaded(&lib, &Library::loaded);
    lib.loadAsync(next.filePath(QStringLiteral("lib")), QStringLiteral("b.md"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(first.count(), 0); // the open library stayed until the new one was whole
    QCOMPARE(lib.documents().size(), 1);
    QCOMPARE(lib.documents().first().path, QStringLiteral("b.md"));

    Library empty;
    QSignalSpy firstOfEmpty(&empty, &Library::firstDocumentLoaded);
    QSignalSpy loadedEmpty(&empty, &Library::loaded);
    empty.loadAsync(next.filePath(QStringLiteral("lib")), QStringLiteral("../outside.md"));
    QVERIFY(loadedEmpty.wait(10000));
    QCOMPARE(firstOfEmpty.count(), 0);
    QVERIFY(!empty.find(QStringLiteral("../outside.md")));
    QVERIFY(!empty.find(QStringLiteral("outside.md")));
}

void LibraryTest::watcher_changedFile_isReparsedAndRemovedFileDropped()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.md")), "# Before\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.md")), "# Other\n"));
    Library lib;
    QVERIFY(lib.load(dir.path()));
    QSignalSpy changed(&lib, &Library::documentChanged);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.md")), "# After\n\n## New Section\n"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().toString(), QStringLiteral("a.md"));
    QCOMPARE(lib.find(QStringLiteral("a.md"))->title, QStringLiteral("After"));
    QCOMPARE(lib.find(QStringLiteral("a.md"))->md.headings.size(), 2);

    changed.clear();
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("b.md"))));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("b.md"));
    QVERIFY(!lib.find(QStringLiteral("b.md")));

    changed.clear();
    QVERIFY(writeFile(dir.filePath(QStringLiteral("new.md")), "# Newcomer\n"));
    QTRY_VERIFY_WITH_TIMEOUT(lib.find(QStringLiteral("new.md")), 5000);
    QCOMPARE(lib.find(QStringLiteral("new.md"))->title, QStringLiteral("Newcomer"));
    QVERIFY(!changed.isEmpty());
}

void LibraryTest::bundledRoot_isResourcePath()
{
    QCOMPARE(Library::bundledRoot(), QStringLiteral(":/library"));
}

QTEST_GUILESS_MAIN(LibraryTest)
#include "library_test.moc"

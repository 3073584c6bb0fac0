// SPDX-License-Identifier: MIT
// Autosave and crash recovery: a killed process's unsaved text is offered on the next start, a live one's is
// not.
#include "ui/diagram/autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using ae::ui::AutosaveStore;

namespace {
const QString kChildFlag = QStringLiteral("--autosave-child");

// Child mode: autosave the given text into the given directory, report, and wait to be killed.
int runChild(const QString &dir, const QString &text)
{
    AutosaveStore store(dir);
    QString error;
    if (!store.save(text, QStringLiteral("/tmp/orders.arch"), &error)) {
        fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 3;
    }
    fputs("saved\n", stdout);
    fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
} // namespace

class DiagramAutosaveTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void save_thenDiscard_leavesNothingToRecover();
    void recoverable_afterOwnerDestroyedWithoutDiscard_returnsTextAndFile();
    void recoverable_killedProcess_offeredOnlyAfterItDies();
    void remove_recoveredSession_isNotOfferedAgain();
    void save_unicodeAndCrlf_roundTripsExactly();
};

void DiagramAutosaveTest::save_thenDiscard_leavesNothingToRecover()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        AutosaveStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("title Shop\n"), QString()));
        QVERIFY(store.hasSaved());
        store.discard();
        QVERIFY(!store.hasSaved());
    }
    AutosaveStore next(dir.path());
    QVERIFY(next.recoverable().isEmpty());
}

void DiagramAutosaveTest::recoverable_afterOwnerDestroyedWithoutDiscard_returnsTextAndFile()
{
    QTemporaryDir dir;
    QString id;
    {
        AutosaveStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("first"), QStringLiteral("/data/a.arch")));
        QVERIFY(store.save(QStringLiteral("second version"), QStringLiteral("/data/a.arch")));
        id = store.sessionId();
        // Its own live session is never offered to itself.
        QVERIFY(store.recoverable().isEmpty());
    }
    AutosaveStore next(dir.path());
    const auto found = next.recoverable();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().sessionId, id);
    QCOMPARE(found.first().text, QStringLiteral("second version"));
    QCOMPARE(found.first().filePath, QStringLiteral("/data/a.arch"));
    QVERIFY(found.first().savedAt.isValid());
}

void DiagramAutosaveTest::recoverable_killedProcess_offeredOnlyAfterItDies()
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("title Orders\napi: service\ndb: database\napi -> db\n");
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {kChildFlag, dir.path(), text});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(10000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("saved"));

    AutosaveStore observer(dir.path());
    QVERIFY2(observer.recoverable().isEmpty(), "a running session's text must not be offered");

    child.kill(); // SIGKILL: no destructor, no cleanup, like a crash
    QVERIFY(child.waitForFinished());
    const auto found = observer.recoverable();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().text, text);
    QCOMPARE(found.first().filePath, QStringLiteral("/tmp/orders.arch"));
}

void DiagramAutosaveTest::remove_recoveredSession_isNotOfferedAgain()
{
    QTemporaryDir dir;
    {
        AutosaveStore store(dir.path());
        QVERIFY(store.save(QStringLiteral("x"), QString()));
    }
    AutosaveStore next(dir.path());
    const auto found = next.recoverable();
    QCOMPARE(found.size(), 1);
    QVERIFY(next.remove(found.first().sessionId));
    QVERIFY(next.recoverable().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void DiagramAutosaveTest::save_unicodeAndCrlf_roundTripsExactly()
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("title Zürich → 東京\r\n\tdb: database \"Bäckerei\"\r\n");
    {
        AutosaveStore store(dir.path());
        QVERIFY(store.save(text, QString()));
    }
    AutosaveStore next(dir.path());
    QCOMPARE(next.recoverable().value(0).text, text);
}

int main(int argc, char **argv)
{
    if (argc == 4 && kChildFlag == QString::fromLocal8Bit(argv[1])) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    DiagramAutosaveTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "diagram_autosave_test.moc"

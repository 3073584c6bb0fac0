// SPDX-License-Identifier: MIT
// A disk that fills during an export: `archexplorer render` and exportDiagram fail with a message naming the
// file, leave no partial file and keep an existing destination as it was (SVG, PNG, PDF; small files and
// large ones). The full disk is a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored): write() then fails with
// EFBIG part-way.
#include "diagram/export.h"
#include "diagram/layout.h"
#include "diagram/parser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace ae::diagram;

namespace {

// Each output is larger than this, so every export hits the limit part-way through its bytes.
constexpr rlim_t kLimitBytes = 2048;

// "small": a few nodes, each file a few KiB (smaller than QFileDevice's 16 KiB write buffer, where a plain
// QSaveFile commit() once reported success for a truncated file); "large": a 6 x 8 grid, tens of KiB.
QByteArray diagramText(const QString &size)
{
    if (size == QLatin1String("small"))
        return "service api \"Orders API\" [tech: \"Go 1.22\"]\ndatabase pg \"Orders\" [tech: \"PostgreSQL "
               "15\"]\n"
               "cache redis \"Sessions\" [tech: \"Redis 7\"]\napi -> pg : \"SQL\"\napi -> redis : \"GET\"\n";
    QByteArray text = "direction down\n";
    for (int i = 0; i < 48; ++i)
        text += "service n" + QByteArray::number(i) + " \"Component " + QByteArray::number(i) +
                "\" [tech: \"Java 17\"]\n";
    for (int i = 0; i + 8 < 48; ++i)
        text += "n" + QByteArray::number(i) + " -> n" + QByteArray::number(i + 8) + " : \"call\"\n";
    return text;
}

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

// Runs `archexplorer render ARGS`, with the file size limit when `limited`.
Run render(const QStringList &args, bool limited, const QString &cacheDir)
{
    QProcess p;
    p.setProgram(QStringLiteral(AE_BINARY_DIR "/archexplorer"));
    p.setArguments(QStringList{QStringLiteral("render")} + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir); // the layout cache stays in the test's folder
    p.setProcessEnvironment(env);
    if (limited) {
        p.setChildProcessModifier([] {
            // Runs in the child between fork and exec: async-signal-safe calls only.
            ::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG instead of the process being killed
            struct rlimit limit;
            if (::getrlimit(RLIMIT_FSIZE, &limit) == 0) {
                limit.rlim_cur = kLimitBytes;
                ::setrlimit(RLIMIT_FSIZE, &limit);
            }
        });
    }
    p.start();
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lowers this process's own file size limit until destroyed (the soft limit goes back up to the hard one).
class ScopedFileSizeLimit
{
public:
    explicit ScopedFileSizeLimit(rlim_t bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        struct rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~ScopedFileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    struct rlimit m_saved
    {
    };
    bool m_ok = false;
};

void addRows()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("format");
    for (const char *size : {"small", "large"})
        for (const char *format : {"svg", "png", "pdf"})
            QTest::addRow("%s %s", size, format) << QString::fromLatin1(size) << QString::fromLatin1(format);
}

} // namespace

class RenderFullDiskTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral(AE_BINARY_DIR "/archexplorer")))
            QFAIL("archexplorer is not built (build the `archexplorer` target)");
    }

    void render_diskFullDuringExport_failsNamesFileLeavesNothing_data() { addRows(); }

    void render_diskFullDuringExport_failsNamesFileLeavesNothing()
    {
        QFETCH(QString, size);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache"));
        QDir(dir.path()).mkpath(QStringLiteral("out"));
        const QString in = dir.filePath(QStringLiteral("in.arch"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(diagramText(size));
        }
        const QString outDir = dir.filePath(QStringLiteral("out"));
        const QString fresh = outDir + QStringLiteral("/fresh.") + format;
        const QString existing = outDir + QStringLiteral("/existing.") + format;
        const QString reference = dir.filePath(QStringLiteral("reference.") + format);

        // Without the limit the file is written, and it is larger than the limit (else this test proves
        // nothing).
        Run r = render({in, QStringLiteral("-o"), reference}, false, cache);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QFileInfo(reference).size() > qint64(kLimitBytes),
                 qPrintable(QStringLiteral("%1 bytes").arg(QFileInfo(reference).size())));

        // A new file: exit 2, a message naming the file and the reason, and no file (nor temporary) left
        // behind.
        r = render({in, QStringLiteral("-o"), fresh}, true, cache);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray("cannot write " + fresh.toUtf8() + ": File too large")),
                 r.err.constData());
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden), QStringList());

        // An existing file: the same failure, and its old contents untouched.
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export");
        }
        r = render({in, QStringLiteral("-o"), existing}, true, cache);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray("cannot write " + existing.toUtf8())), r.err.constData());
        QCOMPARE(readAll(existing), QByteArray("previous export"));
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(existing).fileName()});
    }

    void exportDiagram_diskFullDuringExport_reportsFailureLeavesNothing_data() { addRows(); }

    // The in-process API (what the Draw workspace's Export uses), with this process's own file size limit
    // lowered only around the call.
    void exportDiagram_diskFullDuringExport_reportsFailureLeavesNothing()
    {
        QFETCH(QString, size);
        QFETCH(QString, format);
        const Theme theme = Theme::light();
        const LayoutResult laid =
            layoutDiagram(parseArch(QString::fromUtf8(diagramText(size))).diagram, theme);
        QVERIFY2(laid.ok, qPrintable(laid.error));
        const ExportFormat fmt = *formatFromName(format);
        QVERIFY(exportBytes(laid.diagram, theme, fmt, 2.0, nullptr).size() > qint64(kLimitBytes));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.") + format);
        const QString existing = dir.filePath(QStringLiteral("existing.") + format);
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export");
        }
        QString freshError, existingError;
        bool freshOk = true, existingOk = true;
        {
            ScopedFileSizeLimit limit(kLimitBytes);
            QVERIFY(limit.ok());
            freshOk = exportDiagram(laid.diagram, theme, fresh, fmt, 2.0, &freshError);
            existingOk = exportDiagram(laid.diagram, theme, existing, fmt, 2.0, &existingError);
        }
        QVERIFY(!freshOk);
        QVERIFY2(freshError.startsWith(QStringLiteral("cannot write ") + fresh), qPrintable(freshError));
        QVERIFY2(freshError.endsWith(QLatin1String("File too large")), qPrintable(freshError));
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!existingOk);
        QVERIFY2(existingError.startsWith(QStringLiteral("cannot write ") + existing),
                 qPrintable(existingError));
        QCOMPARE(readAll(existing), QByteArray("previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(existing).fileName()});
    }
};

QTEST_MAIN(RenderFullDiskTest)
#include "render_fulldisk_test.moc"

// SPDX-License-Identifier: MIT
// markdown::parse over the public conformance corpus (AE_CORPUS_DIR/gfm): every GFM spec and extension
// example goes through without crashing, table examples render tables, and each pathological input parses and
// renders in < 2 s of CPU.
#include "markdown/markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QTextDocument>
#include <QtTest>

#include <ctime>

using namespace ae::markdown;

namespace {

struct Example
{
    int number = 0;
    int line = 0;
    QString markdown;
    QString html;
};

// Reads the spec's "```````` example" blocks: markdown, a lone ".", expected HTML; "→" stands for a tab.
QVector<Example> readExamples(const QString &path)
{
    QVector<Example> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QString fence = QString(32, QLatin1Char('`'));
    int state = 0; // 0 outside, 1 markdown, 2 html
    Example cur;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (state == 0 && l.startsWith(fence) && l.contains(QLatin1String(" example"))) {
            cur = Example{};
            cur.number = out.size() + 1;
            cur.line = i + 1;
            state = 1;
        } else if (state == 1 && l == QLatin1String(".")) {
            state = 2;
        } else if (state != 0 && l.startsWith(fence)) {
            cur.markdown.replace(QChar(0x2192), QLatin1Char('\t'));
            cur.html.replace(QChar(0x2192), QLatin1Char('\t'));
            out.append(cur);
            state = 0;
        } else if (state == 1) {
            cur.markdown += l + QLatin1Char('\n');
        } else if (state == 2) {
            cur.html += l + QLatin1Char('\n');
        }
    }
    return out;
}

QString corpus(const QString &rel)
{
    return QStringLiteral(AE_CORPUS_DIR "/") + rel;
}

} // namespace

class MarkdownCorpusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_specExamples_neverCrashAndTablesRender_data();
    void parse_specExamples_neverCrashAndTablesRender();
    void parse_pathologicalInputs_complete_data();
    void parse_pathologicalInputs_complete();
};

void MarkdownCorpusTest::initTestCase()
{
    if (!QFile::exists(corpus(QStringLiteral("gfm/spec.txt"))))
        QSKIP(
            "AE_CORPUS_DIR/gfm is absent: configure with -DAE_CORPUS_DIR=/path/to/corpus to run these tests");
}

void MarkdownCorpusTest::parse_specExamples_neverCrashAndTablesRender_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("expectTable");
    int total = 0;
    for (const QString &file :
         {QStringLiteral("gfm/spec.txt"), QStringLiteral("gfm/extensions.txt"),
          QStringLiteral("gfm/regression.txt"), QStringLiteral("gfm/smart_punct.txt")}) {
        const QVector<Example> examples = readExamples(corpus(file));
        QVERIFY2(!examples.isEmpty(), qPrintable(file));
        for (const Example &e : examples) {
            // Pipe tables must render as tables; <table> written as raw HTML is (correctly) shown as text.
            const bool table = e.html.contains(QLatin1String("<table>")) &&
                               !e.markdown.contains(QLatin1String("<table"), Qt::CaseInsensitive);
            QTest::newRow(qPrintable(QStringLiteral("%1 #%2 (line %3)").arg(file).arg(e.number).arg(e.line)))
                << e.markdown << table;
            ++total;
        }
    }
    QVERIFY(total > 600);
}

void MarkdownCorpusTest::parse_specExamples_neverCrashAndTablesRender()
{
    QFETCH(QString, markdown);
    QFETCH(bool, expectTable);
    const MarkdownDocument d = parse(markdown);
    if (expectTable) {
        QVERIFY2(d.html.contains(QLatin1String("<table cellspacing=\"0\">")), qPrintable(d.html));
        QVERIFY(!d.tables.isEmpty());
    }
    QVERIFY(!d.html.contains(QLatin1String("<script")));
    QVERIFY(!d.html.contains(QLatin1String("raw HTML omitted")));
}

void MarkdownCorpusTest::parse_pathologicalInputs_complete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(corpus(QStringLiteral("gfm/pathological")));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

// The requirement is < 2 s each, parsed and rendered as the reader renders it (QTextDocument::setHtml +
// layout). Wall-clock figures live in the bench (archexplorer-bench markdown); here the bound is on this
// process's CPU time, which a loaded machine does not inflate (worst measured: nested_strong_emph.md, 0.44 s
// on a quiet 2-core machine; before the reader's nesting caps, nested block quotes took 35 s and nested
// emphasis over a minute). The 2 s is for the build users run. Under AddressSanitizer (the asan preset, a
// Debug build CI runs first) every malloc goes through ASan's allocator, and cmark-gfm allocates per node:
// tables.md takes 0.34 s here and 2.6 s there, 7.7x. The bound there is 10x; the blow-ups this test exists
// for (35 s and over a minute before the caps, in release) still fail it by far.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kCpuBoundSeconds = 20.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kCpuBoundSeconds = 20.0;
#else
constexpr double kCpuBoundSeconds = 2.0;
#endif
#else
constexpr double kCpuBoundSeconds = 2.0;
#endif

void MarkdownCorpusTest::parse_pathologicalInputs_complete()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const std::clock_t start = std::clock();
    const MarkdownDocument d = parse(text);
    const double parseSeconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    QTextDocument shown;
    shown.setTextWidth(900);
    shown.setHtml(d.html);
    (void)shown.documentLayout()->documentSize();
    const double cpuSeconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    QVERIFY(!d.html.isEmpty() || text.trimmed().isEmpty());
    const QString figures = QStringLiteral("parse %1 s + render %2 s of CPU (bound %3 s)")
                                .arg(parseSeconds)
                                .arg(cpuSeconds - parseSeconds)
                                .arg(kCpuBoundSeconds);
    qInfo("%s", qPrintable(figures));
    QVERIFY2(cpuSeconds < kCpuBoundSeconds, qPrintable(figures));
}

QTEST_MAIN(MarkdownCorpusTest)
#include "markdown_corpus_test.moc"

// SPDX-License-Identifier: MIT
// Markdown section: each pathological input of the corpus (AE_CORPUS_DIR/gfm/pathological, or --corpus=DIR)
// through markdown::parse and the reader's HTML render (QTextDocument::setHtml + layout), against the 2 s
// target. Each input runs in a child (this program with --markdown-one=FILE), stopped after
// --markdown-limit=S seconds (default 60).
#include "bench.h"

#include "markdown/markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextDocument>

#include <algorithm>
#include <ctime>

namespace {

constexpr double kTargetMs = 2000;

// CPU time of the whole process in milliseconds (what the corpus test bounds; not disturbed by a loaded
// machine).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing
{
    double parseMs = 0, renderMs = 0, cpuMs = 0;
    double totalMs() const { return parseMs + renderMs; }
};

Timing timeOnce(const QString &text)
{
    Timing t;
    const double cpu0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    const ae::markdown::MarkdownDocument md = ae::markdown::parse(text);
    t.parseMs = ae::bench::ms(wall);
    wall.restart();
    QTextDocument doc;
    doc.setTextWidth(900); // the reader's column
    doc.setHtml(md.html);
    (void)doc.documentLayout()->documentSize();
    t.renderMs = ae::bench::ms(wall);
    t.cpuMs = cpuMs() - cpu0;
    return t;
}

QString fmt(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

// The child's side: times one input `runs` times, prints "RESULT parse render cpu" (milliseconds) of the
// median.
void timeOne(QTextStream &out, const QString &path, int runs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(f.readAll());
    QVector<Timing> timings;
    for (int r = 0; r < runs; ++r)
        timings << timeOnce(text);
    std::sort(timings.begin(), timings.end(),
              [](const Timing &a, const Timing &b) { return a.totalMs() < b.totalMs(); });
    const Timing t = timings[timings.size() / 2];
    out << "RESULT " << t.parseMs << " " << t.renderMs << " " << t.cpuMs << "\n";
}

// Runs one input in a child; false when it did not finish within limitSeconds.
bool timeInChild(const QString &path, int runs, int limitSeconds, Timing *t)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("markdown"), QStringLiteral("--markdown-one=") + path,
             QStringLiteral("--markdown-runs=%1").arg(runs)});
    if (!p.waitForFinished(limitSeconds * 1000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> v = line.split(' ');
        if (v.size() == 4) {
            t->parseMs = v[1].toDouble();
            t->renderMs = v[2].toDouble();
            t->cpuMs = v[3].toDouble();
            return true;
        }
    }
    return false;
}

QString option(const QStringList &args, const QString &name)
{
    for (const QString &a : args)
        if (a.startsWith(name))
            return a.mid(name.size());
    return {};
}

} // namespace

AE_BENCH_SECTION("markdown")
{
    QTextStream &out = ctx.out;
    const int runsOption = option(ctx.args, QStringLiteral("--markdown-runs=")).toInt();
    const int runs = ctx.quick ? 1 : runsOption > 0 ? runsOption : 3;
    const QString one = option(ctx.args, QStringLiteral("--markdown-one="));
    if (!one.isEmpty()) {
        timeOne(out, one, runs);
        return;
    }
    const int limitOption = option(ctx.args, QStringLiteral("--markdown-limit=")).toInt();
    const int limit = limitOption > 0 ? limitOption : 60;
    QString corpus = option(ctx.args, QStringLiteral("--corpus="));
    if (corpus.isEmpty())
        corpus = QStringLiteral(AE_CORPUS_DIR);
    const QDir dir(corpus + QStringLiteral("/gfm/pathological"));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "no pathological inputs in " << dir.path()
            << " (configure with -DAE_CORPUS_DIR or pass --corpus=DIR)\n";
        return;
    }
    out << "pathological Markdown: markdown::parse + setHtml + layout at 900 px; median of " << runs
        << " runs, each input in a child stopped after " << limit << " s; target < 2 s each\n";
    out << qSetFieldWidth(36) << Qt::left << "input" << qSetFieldWidth(8) << Qt::right << "KB"
        << qSetFieldWidth(11) << "parse ms"
        << "render ms"
        << "total ms"
        << "CPU ms" << qSetFieldWidth(9) << "ratio" << qSetFieldWidth(0) << "\n";
    QString worstName, worstParseName;
    Timing worst;
    double worstParse = 0;
    QStringList stopped;
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const QString kb = QString::number(QFileInfo(path).size() / 1024.0, 'f', 0);
        Timing t;
        if (!timeInChild(path, runs, limit, &t)) {
            out << qSetFieldWidth(36) << Qt::left << name << qSetFieldWidth(8) << Qt::right << kb
                << qSetFieldWidth(0) << "  did not finish within " << limit << " s\n";
            stopped << name;
            out.flush();
            continue;
        }
        out << qSetFieldWidth(36) << Qt::left << name << qSetFieldWidth(8) << Qt::right << kb
            << qSetFieldWidth(11) << fmt(t.parseMs) << fmt(t.renderMs) << fmt(t.totalMs()) << fmt(t.cpuMs)
            << qSetFieldWidth(9) << QString::number(t.totalMs() / kTargetMs, 'f', 3) + QLatin1Char('x')
            << qSetFieldWidth(0) << "\n";
        out.flush();
        if (t.totalMs() > worst.totalMs()) {
            worst = t;
            worstName = name;
        }
        if (t.parseMs > worstParse) {
            worstParse = t.parseMs;
            worstParseName = name;
        }
    }
    out << "worst finished: " << worstName << " " << fmt(worst.totalMs()) << " ms (parse "
        << fmt(worst.parseMs) << " ms, render " << fmt(worst.renderMs) << " ms, CPU " << fmt(worst.cpuMs)
        << " ms), " << QString::number(worst.totalMs() / kTargetMs, 'f', 3) << "x the 2 s target\n";
    out << "worst markdown::parse alone: " << worstParseName << " " << fmt(worstParse) << " ms\n";
    if (!stopped.isEmpty())
        out << "target NOT met: " << stopped.join(QLatin1String(", ")) << " did not render within " << limit
            << " s\n";
    else
        out << "target " << (worst.totalMs() < kTargetMs ? "met" : "NOT met") << "\n";
}

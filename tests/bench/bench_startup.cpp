// SPDX-License-Identifier: MIT
// Start-up to the first painted case study vs a bare Qt Widgets window, both offscreen, in separate
// processes; peak RSS of each from the kernel's accounting of children. The app is given a case study on its
// command line and ends once the frame that first paints that study is done (AE_BENCH_QUIT_AFTER_SHOW); the
// bare window ends once its first frame is done: both the same way (ui/firstframe.h), each painting its
// window once. (Before, the app painted its window twice, its own frame and then the bench's grab of it,
// while the bare window's only paint was that grab.) Both run with a private HOME (settings, caches), left by
// an unmeasured first start as a second start finds it: the shared settings of the machine change nothing.
#include "bench.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <sys/resource.h>
#include <sys/wait.h>

namespace {

struct Run
{
    double ms = 0;
    double cpuMs = 0; // user + system time of the child
    long maxRssKb = 0;
    bool ok = false;
};

// Runs program once with QT_QPA_PLATFORM=offscreen; returns wall time and the child's peak RSS.
Run runOnce(const QString &program, const QStringList &args, const QByteArray &envName, const QString &home,
            int settleMs = 0)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(xdg));
    env.insert(QString::fromLatin1(envName), QStringLiteral("1"));
    if (settleMs > 0)
        env.insert(QStringLiteral("AE_BENCH_SETTLE_MS"), QString::number(settleMs));
    p.setProcessEnvironment(env);
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.ms = ae::bench::ms(t);
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    const auto cpu = [](const rusage &u) {
        return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
               (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
    };
    r.cpuMs = cpu(after) - cpu(before);
    // ru_maxrss of children is the largest of any child so far.
    r.maxRssKb = after.ru_maxrss;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v[v.size() / 2];
}

} // namespace

AE_BENCH_SECTION("startup")
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString bare = dir + QStringLiteral("/archexplorer-bench-bare");
    const QString app = dir + QStringLiteral("/archexplorer");
    const QString floor = dir + QStringLiteral("/archexplorer-bench-floor");
    const int runs = ctx.quick ? 3 : 15; // medians: a start varies by several ms on a shared machine
    QTemporaryDir home;
    const QStringList study{QStringLiteral(AE_SOURCE_DIR "/content/case-studies/fintech.md")};
    QVector<double> bareMs, appMs, bareCpu, appCpu, floorMs, floorCpu;
    long bareRss = 0, appRss = 0;
    // Peak RSS is the kernel's largest of any child so far: the bare window's is read before anything larger
    // has run.
    bareRss = runOnce(bare, {}, "AE_BENCH_QUIT_AFTER_SHOW", home.path()).maxRssKb;
    // The floor: the bare window showing the same study, parsed by the app's Markdown code, nothing else.
    (void)runOnce(floor, study, "AE_BENCH_QUIT_AFTER_SHOW", home.path());
    // An unmeasured first start leaves what a second start finds: settings, the study's diagram layouts and
    // highlighted code cached.
    (void)runOnce(app, study, "AE_BENCH_QUIT_AFTER_SHOW", home.path(), 3000);
    // Interleaved, so that a busy moment of the machine weighs on all three alike.
    for (int i = 0; i < runs; ++i) {
        const Run b = runOnce(bare, {}, "AE_BENCH_QUIT_AFTER_SHOW", home.path());
        bareMs << b.ms;
        bareCpu << b.cpuMs;
        const Run f = runOnce(floor, study, "AE_BENCH_QUIT_AFTER_SHOW", home.path());
        floorMs << f.ms;
        floorCpu << f.cpuMs;
        const Run a = runOnce(app, study, "AE_BENCH_QUIT_AFTER_SHOW", home.path());
        if (!a.ok) {
            ctx.out << "  archexplorer did not start (is it built beside the bench?)\n";
            return;
        }
        appMs << a.ms;
        appCpu << a.cpuMs;
        appRss = std::max(appRss, a.maxRssKb);
    }
    // Medians of the runs; CPU (user + system) is what the process itself costs, wall time what the user
    // waits (it also counts other processes on a busy machine).
    ctx.out << QStringLiteral(
                   "  bare Qt Widgets window, first paint:     wall %1 ms, CPU %2 ms, peak RSS %3 MB\n")
                   .arg(median(bareMs), 0, 'f', 1)
                   .arg(median(bareCpu), 0, 'f', 1)
                   .arg(bareRss / 1024.0, 0, 'f', 1);
    ctx.out << QStringLiteral(
                   "  bare window showing the study (cmark, Source-highlight, setHtml, layout): wall %1 ms "
                   "(%2x), CPU %3 ms (%4x)\n")
                   .arg(median(floorMs), 0, 'f', 1)
                   .arg(median(floorMs) / median(bareMs), 0, 'f', 2)
                   .arg(median(floorCpu), 0, 'f', 1)
                   .arg(median(floorCpu) / std::max(0.001, median(bareCpu)), 0, 'f', 2);
    ctx.out << QStringLiteral("  archexplorer, first case study painted:  wall %1 ms (%2x), CPU %3 ms (%4x), "
                              "peak RSS %5 MB (%6x)\n")
                   .arg(median(appMs), 0, 'f', 1)
                   .arg(median(appMs) / median(bareMs), 0, 'f', 2)
                   .arg(median(appCpu), 0, 'f', 1)
                   .arg(median(appCpu) / std::max(0.001, median(bareCpu)), 0, 'f', 2)
                   .arg(appRss / 1024.0, 0, 'f', 1)
                   .arg(double(appRss) / double(std::max(1L, bareRss)), 0, 'f', 2);
    ctx.out << QStringLiteral("  archexplorer vs the floor above: wall %1x, CPU %2x\n")
                   .arg(median(appMs) / std::max(0.001, median(floorMs)), 0, 'f', 2)
                   .arg(median(appCpu) / std::max(0.001, median(floorCpu)), 0, 'f', 2);
    ctx.out << QStringLiteral("  target: first case study painted <= 2x the bare window\n");
}

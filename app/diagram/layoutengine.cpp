// SPDX-License-Identifier: MIT
// Asynchronous layouts for the UI. A job goes through three stages and the UI thread only hands over between
// them:
//   1. prepare, on a worker thread: the helper input (every label measured with the theme's fonts), its cache
//   key and
//      the cache lookup (10,000 nodes: ~0.1 s that used to freeze the window);
//   2. the helper process, driven by signals, with a timer that kills a helper taking too long (skipped on a
//   hit);
//   3. read, on a worker thread: the helper's coordinates into a LaidOutDiagram, stored in the cache.
// Cancelling drops the job at whatever stage it is in; a worker still running finishes into a watcher nobody
// reads.
#include "diagram/layout.h"
#include "diagram/layoutcache.h"
#include "diagram/layoutio.h"

#include <QFutureWatcher>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ae::diagram {

namespace {

struct Prepared
{
    QByteArray dot;
    QByteArray key;
    QByteArray cached; // the helper's earlier answer for this input, if any
    bool simplified = false;
};

struct ReadResult
{
    LaidOutDiagram diagram;
    QString error;
    bool ok = false;
};

} // namespace

struct LayoutEngine::Job
{
    // What the helper is started with is fixed when the job is asked for, not when its input is ready.
    QString helper;
    QProcessEnvironment environment;
    Diagram diagram;
    Theme theme;
    Prepared prepared;
    QFutureWatcher<Prepared> *prepare = nullptr;
    QFutureWatcher<ReadResult> *read = nullptr;
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
    bool timedOut = false;
};

QStringList layoutEngineNames()
{
    return {QStringLiteral("dot"),   QStringLiteral("neato"), QStringLiteral("fdp"), QStringLiteral("sfdp"),
            QStringLiteral("circo"), QStringLiteral("twopi"), QStringLiteral("nop")};
}

QString layoutEngineFor(const Diagram &diagram)
{
    const QString asked = diagram.layoutEngine.toLower();
    const bool positioned =
        !diagram.nodes.isEmpty() && std::all_of(diagram.nodes.cbegin(), diagram.nodes.cend(),
                                                [](const Node &n) { return n.hasPosition; });
    if (asked == u"nop" || asked == u"nop1" || asked == u"nop2" || (asked == u"neato" && positioned))
        return positioned ? QStringLiteral("nop") : QStringLiteral("neato");
    if (layoutEngineNames().contains(asked))
        return asked;
    if (positioned)
        return QStringLiteral("nop");
    const bool undirected =
        !diagram.edges.isEmpty() &&
        std::none_of(diagram.edges.cbegin(), diagram.edges.cend(), [](const Edge &e) { return e.directed; });
    // dot on 3,000 nodes takes tens of seconds (tests/bench); force-directed layouts take seconds.
    const qsizetype size = diagram.nodes.size();
    if ((undirected && size > kSimplifiedLayoutThreshold) || size > 3000 || diagram.edges.size() > 10000)
        return QStringLiteral("sfdp");
    return QStringLiteral("dot");
}

LayoutEngine::LayoutEngine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ae::diagram::LaidOutDiagram>();
}

LayoutEngine::~LayoutEngine()
{
    cancelAll();
}

void LayoutEngine::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

int LayoutEngine::timeoutMs() const
{
    return m_timeoutMs;
}

void LayoutEngine::setDiskCacheEnabled(bool enabled)
{
    m_diskCache = enabled;
}

bool LayoutEngine::isRunning(quint64 id) const
{
    return m_jobs.contains(id);
}

quint64 LayoutEngine::start(const Diagram &diagram, const Theme &theme)
{
    const quint64 id = m_nextId++;
    auto *job = new Job;
    job->helper = layoutHelperPath();
    job->environment = QProcessEnvironment::systemEnvironment();
    job->diagram = diagram;
    job->theme = theme;
    m_jobs.insert(id, job);
    Q_EMIT progress(id, tr("preparing"));

    job->prepare = new QFutureWatcher<Prepared>(this);
    connect(job->prepare, &QFutureWatcher<Prepared>::finished, this, [this, id] { onPrepared(id); });
    const bool disk = m_diskCache;
    job->prepare->setFuture(QtConcurrent::run([diagram, theme, disk] {
        Prepared p;
        HelperInput input = buildHelperInput(diagram, theme);
        p.dot = std::move(input.dot);
        p.simplified = input.simplified;
        p.key = LayoutCache::keyFor(p.dot);
        p.cached = LayoutCache::instance().lookup(p.key, disk);
        return p;
    }));
    return id;
}

void LayoutEngine::onPrepared(quint64 id)
{
    Job *job = m_jobs.value(id);
    if (!job)
        return;
    job->prepared = job->prepare->result();
    job->prepare->deleteLater();
    job->prepare = nullptr;

    if (!job->prepared.cached.isEmpty()) {
        Q_EMIT progress(id, tr("cached"));
        readOutput(id, job->prepared.cached, false);
        return;
    }
    if (job->helper.isEmpty()) {
        finish(id, false, {}, tr("The layout helper (archexplorer-layout) was not found."));
        return;
    }

    job->process = new QProcess(this);
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this, [this, id] {
        Job *j = m_jobs.value(id);
        if (!j || !j->process)
            return;
        j->timedOut = true;
        j->process->kill(); // finished() follows and reports the timeout
    });
    connect(job->process, &QProcess::finished, this, [this, id](int exitCode, QProcess::ExitStatus status) {
        onHelperFinished(id, exitCode, status == QProcess::CrashExit);
    });
    connect(job->process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) // crashes and kills arrive through finished()
            onHelperFinished(id, -1, true);
    });
    Q_EMIT progress(id, tr("laying out"));
    job->process->setProcessEnvironment(job->environment);
    job->process->setProgram(job->helper);
    job->process->start(QIODevice::ReadWrite);
    job->process->write(job->prepared.dot);
    job->process->closeWriteChannel();
    job->timer->start(m_timeoutMs);
}

void LayoutEngine::onHelperFinished(quint64 id, int exitCode, bool crashed)
{
    Job *job = m_jobs.value(id);
    if (!job || !job->process || job->read)
        return;
    job->timer->stop();
    if (job->timedOut) {
        finish(id, false, {},
               tr("The layout took longer than %1 s and was stopped.").arg(m_timeoutMs / 1000.0, 0, 'g', 3));
    } else if (crashed || exitCode != 0) {
        finish(id, false, {}, describeHelperFailure(*job->process, job->process->readAllStandardError()));
    } else {
        readOutput(id, job->process->readAllStandardOutput(), true);
    }
}

void LayoutEngine::readOutput(quint64 id, const QByteArray &output, bool store)
{
    Job *job = m_jobs.value(id);
    job->read = new QFutureWatcher<ReadResult>(this);
    connect(job->read, &QFutureWatcher<ReadResult>::finished, this, [this, id] {
        Job *j = m_jobs.value(id);
        if (!j)
            return;
        const ReadResult r = j->read->result();
        finish(id, r.ok, r.diagram, r.error);
    });
    const Diagram diagram = job->diagram;
    const Theme theme = job->theme;
    const bool simplified = job->prepared.simplified;
    const QByteArray key = job->prepared.key;
    const bool disk = m_diskCache;
    job->read->setFuture(QtConcurrent::run([output, diagram, theme, simplified, key, store, disk] {
        ReadResult r;
        r.ok = parseHelperOutput(output, diagram, theme, simplified, &r.diagram, &r.error);
        if (r.ok && store)
            LayoutCache::instance().store(key, output, disk);
        return r;
    }));
}

void LayoutEngine::finish(quint64 id, bool ok, const LaidOutDiagram &result, const QString &error)
{
    Job *job = m_jobs.take(id);
    if (!job)
        return;
    dispose(job);
    if (ok)
        Q_EMIT finished(id, result);
    else
        Q_EMIT failed(id, error);
}

void LayoutEngine::dispose(Job *job)
{
    if (job->prepare) {
        job->prepare->disconnect(this);
        job->prepare->deleteLater();
    }
    if (job->read) {
        job->read->disconnect(this);
        job->read->deleteLater();
    }
    if (job->process) {
        job->process->disconnect(this);
        if (job->process->state() != QProcess::NotRunning) {
            job->process->kill();
            job->process->waitForFinished(1000); // reap it; kill() makes this quick
        }
        job->process->deleteLater();
    }
    if (job->timer)
        job->timer->deleteLater();
    delete job;
}

void LayoutEngine::cancel(quint64 id)
{
    if (Job *job = m_jobs.take(id))
        dispose(job);
}

void LayoutEngine::cancelAll()
{
    const QList<quint64> ids = m_jobs.keys();
    for (quint64 id : ids)
        cancel(id);
}

} // namespace ae::diagram

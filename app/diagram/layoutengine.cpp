// SPDX-License-Identifier: MIT
// Asynchronous layouts for the UI: one QProcess per job, driven by signals (never blocking the UI thread), a timer
// per job that kills a helper taking too long, and the layout cache in front.
#include "diagram/layout.h"
#include "diagram/layoutcache.h"
#include "diagram/layoutio.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace ae::diagram {

struct LayoutEngine::Job {
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
    Diagram diagram;
    Theme theme;
    QByteArray key;
    bool simplified = false;
    bool timedOut = false;
};

LayoutEngine::LayoutEngine(QObject *parent)
    : QObject(parent)
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
    const HelperInput input = buildHelperInput(diagram, theme);
    auto *job = new Job;
    job->diagram = diagram;
    job->theme = theme;
    job->key = LayoutCache::keyFor(input.dot);
    job->simplified = input.simplified;
    m_jobs.insert(id, job);

    const QByteArray cached = LayoutCache::instance().lookup(job->key, m_diskCache);
    if (!cached.isEmpty()) {
        Q_EMIT progress(id, tr("cached"));
        QTimer::singleShot(0, this, [this, id, cached] { finishJob(id, cached, 0, false); });
        return id;
    }

    const QString helper = layoutHelperPath();
    if (helper.isEmpty()) {
        QTimer::singleShot(0, this, [this, id] {
            if (m_jobs.contains(id)) {
                delete m_jobs.take(id);
                Q_EMIT failed(id, tr("The layout helper (archexplorer-layout) was not found."));
            }
        });
        return id;
    }

    job->process = new QProcess(this);
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this, [this, id] {
        Job *j = m_jobs.value(id);
        if (!j)
            return;
        j->timedOut = true;
        j->process->kill(); // finished() follows and reports the timeout
    });
    connect(job->process, &QProcess::finished, this, [this, id](int exitCode, QProcess::ExitStatus status) {
        Job *j = m_jobs.value(id);
        if (!j)
            return;
        finishJob(id, j->process->readAllStandardOutput(), exitCode, status == QProcess::CrashExit);
    });
    connect(job->process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and kills arrive through finished()
        Job *j = m_jobs.value(id);
        if (!j)
            return;
        finishJob(id, {}, -1, true);
    });
    Q_EMIT progress(id, tr("laying out"));
    job->process->setProgram(helper);
    job->process->start(QIODevice::ReadWrite);
    job->process->write(input.dot);
    job->process->closeWriteChannel();
    job->timer->start(m_timeoutMs);
    return id;
}

void LayoutEngine::finishJob(quint64 id, const QByteArray &output, int exitCode, bool crashed)
{
    Job *job = m_jobs.take(id);
    if (!job)
        return;
    QString error;
    LaidOutDiagram result;
    bool ok = false;
    if (job->timedOut) {
        error = tr("The layout took longer than %1 s and was stopped.").arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else if (crashed || exitCode != 0) {
        error = describeHelperFailure(*job->process, job->process->readAllStandardError());
    } else {
        ok = parseHelperOutput(output, job->diagram, job->theme, job->simplified, &result, &error);
        if (ok && job->process)
            LayoutCache::instance().store(job->key, output, m_diskCache);
    }
    if (job->process) {
        job->process->disconnect(this);
        job->process->deleteLater();
    }
    if (job->timer)
        job->timer->deleteLater();
    delete job;
    if (ok)
        Q_EMIT finished(id, result);
    else
        Q_EMIT failed(id, error);
}

void LayoutEngine::cancel(quint64 id)
{
    Job *job = m_jobs.take(id);
    if (!job)
        return;
    if (job->process) {
        job->process->disconnect(this);
        job->process->kill();
        job->process->waitForFinished(1000); // reap it; kill() makes this quick
        job->process->deleteLater();
    }
    if (job->timer)
        job->timer->deleteLater();
    delete job;
}

void LayoutEngine::cancelAll()
{
    const QList<quint64> ids = m_jobs.keys();
    for (quint64 id : ids)
        cancel(id);
}

} // namespace ae::diagram

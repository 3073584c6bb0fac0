// SPDX-License-Identifier: MIT
// Layout: a Diagram + Theme in, a LaidOutDiagram out. Graphviz runs in a helper process
// (archexplorer-layout), one graph per process, so a crash, hang or leak there never reaches the app. Results
// are cached by a hash of the helper's input (memory + disk), so laying out the same diagram again costs
// nothing.
#pragma once

#include "diagram/diagram.h"
#include "diagram/laidout.h"
#include "diagram/theme.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace ae::diagram {

struct LayoutResult
{
    bool ok = false;
    LaidOutDiagram diagram;
    QString error;         // for the user when !ok ("the layout helper timed out after 30 s", ...)
    bool timedOut = false; // !ok because the time limit was reached
};

// The Graphviz engines a layout can use ("dot", "neato", "fdp", "sfdp", "circo", "twopi", and "nop": the
// positions the file gives, as `neato -n`).
QStringList layoutEngineNames();
// The engine a diagram is laid out with: Diagram::layoutEngine when it names one; else "nop" when every node
// carries its own position, "sfdp" for big undirected graphs and for huge ones (dot's ranking does not finish
// in reasonable time there), "dot" otherwise.
QString layoutEngineFor(const Diagram &diagram);

// Synchronous: blocks until the helper answers, times out (the helper is killed) or fails. For the CLI and
// tests; usable from any thread. Does not use the cache unless `useCache`.
LayoutResult layoutDiagram(const Diagram &diagram, const Theme &theme, int timeoutMs = 30000,
                           bool useCache = false);
// The layout the cache (memory, then disk) already holds for this diagram and theme, without running the
// helper; nullopt when there is none. Quick: for the UI thread.
std::optional<LaidOutDiagram> cachedLayout(const Diagram &diagram, const Theme &theme);

// Where the helper is: $AE_LAYOUT_HELPER, else next to the application binary, else the installed libexec
// dir. Empty when none exists.
QString layoutHelperPath();

class LayoutCache;

// Asynchronous layouts for the UI. start() returns at once: the helper input is built and the cache looked up
// on a worker thread, then one helper runs (QProcess, event-driven), and its output is read on a worker
// thread; the UI thread never does more than hand over. A newer start() does not cancel older jobs (call
// cancel()). Results, cached or not, always arrive on a later event-loop turn, never inside start().
class LayoutEngine : public QObject
{
    Q_OBJECT
public:
    explicit LayoutEngine(QObject *parent = nullptr);
    ~LayoutEngine() override;

    // Returns the job id (never 0) that finished()/failed() will carry.
    quint64 start(const Diagram &diagram, const Theme &theme);
    // Kills the job's helper; the job then reports nothing. Unknown or finished ids are ignored.
    void cancel(quint64 id);
    void cancelAll();
    bool isRunning(quint64 id) const;

    void setTimeoutMs(int ms); // default 30000
    int timeoutMs() const;
    // Disk cache on/off (default on, under QStandardPaths::CacheLocation/layout). The memory cache is always
    // on.
    void setDiskCacheEnabled(bool enabled);

Q_SIGNALS:
    void finished(quint64 id, const ae::diagram::LaidOutDiagram &diagram);
    void failed(quint64 id, const QString &error);
    void progress(quint64 id, const QString &stage); // "preparing", then "cached" or "laying out"

private:
    struct Job;
    void onPrepared(quint64 id);
    void onHelperFinished(quint64 id, int exitCode, bool crashed);
    void readOutput(quint64 id, const QByteArray &output, bool store);
    void finish(quint64 id, bool ok, const LaidOutDiagram &result, const QString &error);
    void dispose(Job *job);
    QHash<quint64, Job *> m_jobs;
    quint64 m_nextId = 1;
    int m_timeoutMs = 30000;
    bool m_diskCache = true;
};

} // namespace ae::diagram

Q_DECLARE_METATYPE(ae::diagram::LaidOutDiagram)

// SPDX-License-Identifier: MIT
// The largest interval between ticks of a 10 ms timer: what a user feels as a frozen window. For the bench
// and the GUI latency tests. Header-only.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace ae::testsupport {

class EventLoopProbe
{
public:
    EventLoopProbe()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGapMs = std::max(m_maxGapMs, sinceTickMs());
            m_sinceTick.start();
        });
    }
    // Starts (or restarts) measuring: the largest gap so far is forgotten.
    void start()
    {
        m_maxGapMs = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The largest gap so far, including the one still open.
    double maxGapMs() const { return std::max(m_maxGapMs, sinceTickMs()); }

private:
    double sinceTickMs() const { return m_sinceTick.nsecsElapsed() / 1e6; }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_maxGapMs = 0;
};

} // namespace ae::testsupport

// SPDX-License-Identifier: MIT
// The start-up benchmark's end (tests/bench/bench_startup.cpp), shared by the app and the bare window it is
// compared with, so that both are measured to the same event: the first frame in which their text view is
// painted with its content, painted as the window paints it and handed to the window system, after which the
// process ends at once (tear-down is not measured).
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

namespace ae::ui {

// Ends the process once the window's next frame that paints `view` is done: called when the content is in.
inline void exitAfterNextFrameOf(QWidget *view)
{
    class NextFrame : public QObject
    {
    public:
        explicit NextFrame(QWidget *w) : QObject(w) { w->installEventFilter(this); }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                // Runs once the frame being painted is flushed, before anything its painting asks for.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [] {
                        std::fflush(nullptr);
                        std::_Exit(0);
                    },
                    Qt::QueuedConnection);
            }
            return false;
        }
    };
    new NextFrame(view);
    view->update(); // a frame is due even when nothing else changed
}

// Ends the process after `settleMs` (the bench's unmeasured first start), once the window has painted.
inline void exitAfter(int settleMs, QWidget *window)
{
    QTimer::singleShot(settleMs, window, [window] {
        (void)window->grab();
        std::fflush(nullptr);
        std::_Exit(0);
    });
}

} // namespace ae::ui

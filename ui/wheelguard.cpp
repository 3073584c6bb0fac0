// SPDX-License-Identifier: MIT
#include "ui/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace ae::ui {

void WheelGuard::install()
{
    static WheelGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::guards(const QObject *watched)
{
    // Scroll bars are sliders too, and the wheel is what they are for.
    if (qobject_cast<const QAbstractSlider *>(watched) && watched->inherits("QScrollBar"))
        return false;
    return qobject_cast<const QComboBox *>(watched) || qobject_cast<const QAbstractSpinBox *>(watched) ||
           qobject_cast<const QAbstractSlider *>(watched);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel || !guards(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->hasFocus())
        return false; // the user chose this control: the wheel may change it
    // Hand the turn to the nearest ancestor (a scroll area scrolls; anything else ignores it).
    if (QWidget *parent = widget->parentWidget()) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPointF pos = widget->mapTo(parent, wheel->position().toPoint());
        QWheelEvent forwarded(pos, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                              wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                              wheel->source());
        QCoreApplication::sendEvent(parent, &forwarded);
    }
    return true;
}

} // namespace ae::ui

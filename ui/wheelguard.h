// SPDX-License-Identifier: MIT
// No silent edits by the mouse wheel: a wheel turned over a combo box, spin box or slider that does not have
// the keyboard focus scrolls whatever is around it instead of changing its value (the Decide questions
// switched answers when the page was scrolled over them). Click or tab into the control first to change it
// with the wheel.
#pragma once
#include <QObject>

namespace ae::ui {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs one guard on the application (idempotent).
    static void install();
    // True when `watched` is a value control the guard protects (exposed for the test).
    static bool guards(const QObject *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ae::ui

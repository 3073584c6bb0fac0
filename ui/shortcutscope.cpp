// SPDX-License-Identifier: MIT
#include "ui/shortcutscope.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>
#include <QWidget>

namespace ae::ui::shortcuts {

namespace {

constexpr const char *kScope = "ae_shortcutScope";
constexpr const char *kKeys = "ae_shortcutKeys";

bool isEditingKey(const QKeyEvent *e)
{
    for (QKeySequence::StandardKey k : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                                        QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll})
        if (e->matches(k))
            return true;
    return false;
}

class Priority : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        if (!qobject_cast<QLineEdit *>(watched) && !qobject_cast<QPlainTextEdit *>(watched) &&
            !qobject_cast<QTextEdit *>(watched))
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (isEditingKey(key))
            return false;
        const QKeySequence seq(key->keyCombination());
        if (!isLiveApplicationKey(static_cast<QWidget *>(watched)->window(), seq))
            return false;
        event->ignore(); // not the field's: the shortcut map delivers it to the action
        return true;
    }
};

} // namespace

void scope(QAction *action, QWidget *workspace)
{
    action->setProperty(kScope, QVariant::fromValue(QPointer<QObject>(workspace)));
    QVariantList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k;
    action->setProperty(kKeys, keys);
    action->setShortcutContext(Qt::WindowShortcut);
}

QWidget *scopeOf(const QAction *action)
{
    const QVariant v = action->property(kScope);
    return v.isValid() ? qobject_cast<QWidget *>(v.value<QPointer<QObject>>().data()) : nullptr;
}

QList<QKeySequence> keysOf(const QAction *action)
{
    const QVariant v = action->property(kKeys);
    if (!v.isValid())
        return action->shortcuts();
    QList<QKeySequence> out;
    for (const QVariant &k : v.toList())
        out << k.value<QKeySequence>();
    return out;
}

void apply(QWidget *window, QWidget *current)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (!a->property(kScope).isValid())
            continue;
        const bool live = scopeOf(a) == current;
        a->setShortcuts(live ? keysOf(a) : QList<QKeySequence>{});
    }
}

void installPriority()
{
    static Priority *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new Priority(qApp);
    qApp->installEventFilter(filter);
}

bool isLiveApplicationKey(QWidget *window, const QKeySequence &key)
{
    if (!window)
        return false;
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (!a->isEnabled() || a->shortcutContext() == Qt::WidgetShortcut ||
            a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &k : a->shortcuts())
            if (k == key)
                return true;
    }
    return false;
}

} // namespace ae::ui::shortcuts

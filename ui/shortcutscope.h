// SPDX-License-Identifier: MIT
// One key, one action, in every context. Actions that belong to a workspace (Read's Actual Size, Draw's Fit,
// both Ctrl+0) have their shortcuts live only while that workspace is the current tab, so Qt never sees two
// actions for one key ("ambiguous shortcut overload", and nothing happens). Text fields do not swallow the
// application's keys: Ctrl+K focuses search even in the diagram editor, where QPlainTextEdit would delete to
// the end of the line; the standard editing keys (copy, cut, paste, undo, redo, select all) stay the field's.
#pragma once
#include <QKeySequence>
#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace ae::ui::shortcuts {

// `action`'s shortcuts belong to `workspace` (its current shortcuts are remembered).
void scope(QAction *action, QWidget *workspace);
// The workspace an action belongs to, or null for a window-wide action.
QWidget *scopeOf(const QAction *action);
// Every shortcut the action has when its workspace is current (its remembered ones, else its current ones).
QList<QKeySequence> keysOf(const QAction *action);
// Makes the shortcuts of `current`'s actions live and every other workspace's silent.
void apply(QWidget *window, QWidget *current);
// Installs the filter that lets the window's live shortcuts win over text fields (idempotent).
void installPriority();
// True when `key` is a live shortcut of an enabled action of `window` that a text field must not take.
bool isLiveApplicationKey(QWidget *window, const QKeySequence &key);

} // namespace ae::ui::shortcuts

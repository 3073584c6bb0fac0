// SPDX-License-Identifier: MIT
// What makes the window behave like the rest of the desktop, kept out of MainWindow: drag and drop of files
// and folders, File > Open Diagram and Recent, View > Full Screen, the Help menu's guides and keyboard
// shortcuts.
#pragma once

#include <QStringList>

class QWidget;

namespace ae::ui {

class MainWindow;

// Call once, after every workspace is added and the menus exist.
void installDesktopIntegration(MainWindow *window);

// True for what a drop or a command line may open: a folder, or a .md/.markdown/.arch/.dot/.gv/.mmd/.mermaid
// file.
bool isOpenablePath(const QString &path);

// Most recent first, at most `limit` entries, no duplicates (QSettings "recent/paths").
QStringList recentPaths();
void addRecentPath(const QString &path, int limit = 10);

// Every action of the window that has a shortcut, as "Text\tShortcuts\tWhere" rows sorted by text (for the
// Help dialog); Where is "Everywhere" or the workspace whose tab must be current.
QStringList shortcutRows(const QWidget *window);

} // namespace ae::ui

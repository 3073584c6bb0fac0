// SPDX-License-Identifier: MIT
// How the Draw workspace plugs into the main window, so mainwindow.cpp needs one call per hook.
#pragma once

#include <QString>

namespace ae::ui {

class MainWindow;
class DiagramWorkspace;

// Adds the "Draw" tab, gives the document view a DocumentDiagramRenderer, opens clicked diagram blocks in the
// workspace, follows the window's light/dark theme, and asks to save unsaved diagram text when the window
// closes. Call once, after the Read workspace exists.
DiagramWorkspace *installDiagramWorkspace(MainWindow *window);

// For MainWindow::openPath: opens a diagram file (.arch, .dot/.gv, .mmd/.mermaid) in the Draw workspace and
// brings it to the front. Returns false (and does nothing) for any other path, so the caller handles it; true
// also when opening failed (error shown).
bool openDiagramPath(MainWindow *window, const QString &path);

} // namespace ae::ui

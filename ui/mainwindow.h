// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace ae::ui {

// The window: workspaces as tabs (Read, Draw, Compare, Decide), menus, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a library folder, a Markdown document or a diagram file given on the command line or dropped.
    void openPath(const QString &path);

private:
    QTabWidget *m_workspaces = nullptr;
};

} // namespace ae::ui

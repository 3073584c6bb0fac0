// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QLabel>
#include <QTabWidget>

namespace ae::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(new QLabel(tr("Read")), tr("Read"));
    setCentralWidget(m_workspaces);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openPath(const QString &path)
{
    (void)path;
}

} // namespace ae::ui

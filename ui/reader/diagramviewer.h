// SPDX-License-Identifier: MIT
// The reader's in-place diagram viewer: covers the reading area with one diagram at full size (zoom, pan,
// fit, node tooltips and "where is this discussed" as on the page), a bar of buttons, and Esc (or Close) to
// go back to the same place in the document, which stays underneath untouched.
#pragma once

#include "ui/reader/diagramrenderer.h"

#include <QWidget>

class QLabel;

namespace ae::ui {

class DiagramViewer : public QWidget
{
    Q_OBJECT
public:
    // Covers host (following its size) and takes the keyboard focus. parts.widget is reparented into it.
    DiagramViewer(const DiagramViewerParts &parts, const QString &title, QWidget *host);

Q_SIGNALS:
    void editRequested(); // "Edit in Draw"
    void closed();        // Esc or Close; the viewer deletes itself afterwards

public Q_SLOTS:
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    DiagramViewerParts m_parts;
};

} // namespace ae::ui

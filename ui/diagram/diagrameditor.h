// SPDX-License-Identifier: MIT
// The .arch text editor: monospace, line numbers, current-line highlight, syntax colours, and wavy underlines at
// the diagnostics' locations. Undo/redo are the QPlainTextEdit's own.
#pragma once

#include "common/diagnostic.h"

#include <QPlainTextEdit>

namespace ae::ui {

class DiagramHighlighter;

class DiagramEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DiagramEditor(QWidget *parent = nullptr);

    // Underlines each diagnostic's location (errors red, warnings amber) until the next call.
    void setDiagnostics(const Diagnostics &diagnostics);
    // Moves the cursor to a 1-based line and column (clamped to the text), shows it and focuses the editor.
    void goTo(int line, int column);
    // 1-based line and column of the cursor.
    int cursorLine() const;
    int cursorColumn() const;

    void setDark(bool dark);
    // Syntax colours for .arch text on (default) or off (DOT, Mermaid).
    void setArchSyntax(bool on);
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    void refreshSelections();

    QWidget *m_lineNumbers = nullptr;
    DiagramHighlighter *m_highlighter = nullptr;
    Diagnostics m_diagnostics;
};

} // namespace ae::ui

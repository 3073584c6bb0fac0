// SPDX-License-Identifier: MIT
// The .arch text editor: monospace, line numbers, current-line highlight, syntax colours, and wavy underlines
// at the diagnostics' locations. Undo/redo are the QPlainTextEdit's own.
#pragma once

#include "common/diagnostic.h"

#include <QPlainTextEdit>

class QTimer;

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

    // Replaces the whole text as one undo step (or, with resetUndo, with an empty undo history, as opening a
    // file). A text over one slice (kFillSliceChars) goes in slice by slice on later event-loop turns, the
    // editor read-only meanwhile, so a 23,000-line diagram never freezes the window; textReplaced() says when
    // all of it is in (inside this call for a text of one slice). A replaceText() during a fill first undoes
    // the unfinished one.
    void replaceText(const QString &text, bool resetUndo = false);
    bool isFilling() const { return m_filling; }
    // Puts the rest of an unfinished fill in now (nothing when none runs).
    void completeFill();
    // The text the editor holds, or will hold once the fill is done.
    QString fullText() const { return m_filling ? m_fillText : toPlainText(); }
    static constexpr int kFillSliceChars = 32 * 1024;

Q_SIGNALS:
    void textReplaced();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    void refreshSelections();
    void fillSlice();

    QWidget *m_lineNumbers = nullptr;
    DiagramHighlighter *m_highlighter = nullptr;
    Diagnostics m_diagnostics;
    QTimer *m_fillTimer = nullptr;
    QString m_fillText;
    qsizetype m_fillPos = 0;
    bool m_filling = false;
    bool m_fillResetUndo = false;
    bool m_readOnlyBeforeFill = false;
};

} // namespace ae::ui

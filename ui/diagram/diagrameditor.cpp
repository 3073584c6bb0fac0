// SPDX-License-Identifier: MIT
// Editor chrome: the line-number gutter (the Qt "code editor" pattern), extra selections for the current line
// and the diagnostics, and replacing the whole text in slices.
#include "ui/diagram/diagrameditor.h"

#include "ui/diagram/diagramhighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QTimer>

namespace ae::ui {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(DiagramEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    DiagramEditor *m_editor;
};

DiagramEditor::DiagramEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("diagramEditor"));
    setAccessibleName(tr("Diagram source"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    m_lineNumbers = new LineNumberArea(this);
    m_highlighter = new DiagramHighlighter(document());

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &DiagramEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &DiagramEditor::refreshSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    refreshSelections();

    m_fillTimer = new QTimer(this);
    m_fillTimer->setSingleShot(true);
    m_fillTimer->setInterval(0);
    connect(m_fillTimer, &QTimer::timeout, this, &DiagramEditor::fillSlice);
}

void DiagramEditor::replaceText(const QString &text, bool resetUndo)
{
    if (m_filling) {
        m_fillTimer->stop();
        m_filling = false;
        document()->undo(); // the unfinished fill is one edit block: the text before it comes back
        setReadOnly(m_readOnlyBeforeFill);
    }
    m_fillText = text;
    m_fillPos = 0;
    m_fillResetUndo = resetUndo;
    m_readOnlyBeforeFill = isReadOnly();
    m_filling = true;
    setReadOnly(true);
    fillSlice();
}

void DiagramEditor::completeFill()
{
    while (m_filling)
        fillSlice();
}

// One slice of the text, ending after a line break when there is one in it, never inside a surrogate pair;
// the first slice replaces the old text and opens the edit block every later slice joins, so Undo takes it
// all back. Measured on a 10,000-node text (700 KB, 23,000 lines): one insertText 150 ms; slices of 32 K
// chars 5-10 ms each.
void DiagramEditor::fillSlice()
{
    m_fillTimer->stop();
    if (!m_filling)
        return;
    const qsizetype size = m_fillText.size();
    qsizetype end = qMin(size, m_fillPos + kFillSliceChars);
    if (end < size) {
        const qsizetype lineEnd = m_fillText.lastIndexOf(QLatin1Char('\n'), end - 1);
        if (lineEnd >= m_fillPos)
            end = lineEnd + 1;
        else if (m_fillText.at(end - 1).isHighSurrogate())
            --end;
    }
    QTextCursor cursor(document());
    if (m_fillPos == 0) {
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
    } else {
        cursor.joinPreviousEditBlock();
        cursor.movePosition(QTextCursor::End);
    }
    cursor.insertText(m_fillText.mid(m_fillPos, end - m_fillPos));
    cursor.endEditBlock();
    m_fillPos = end;
    if (m_fillPos < size) {
        m_fillTimer->start();
        return;
    }
    m_filling = false;
    m_fillText.clear();
    setReadOnly(m_readOnlyBeforeFill);
    if (m_fillResetUndo)
        document()->clearUndoRedoStacks();
    Q_EMIT textReplaced();
}

int DiagramEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(digits, 2);
}

void DiagramEditor::setDark(bool dark)
{
    m_highlighter->setDark(dark);
    refreshSelections();
}

void DiagramEditor::setArchSyntax(bool on)
{
    // setDocument() schedules a rehighlight of the whole text even when the document is unchanged: on a
    // 10,000-node text that froze the window for a third of a second after every open.
    QTextDocument *target = on ? document() : nullptr;
    if (m_highlighter->document() != target)
        m_highlighter->setDocument(target);
}

void DiagramEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    refreshSelections();
}

void DiagramEditor::goTo(int line, int column)
{
    QTextBlock block = document()->findBlockByNumber(qBound(0, line - 1, blockCount() - 1));
    QTextCursor cursor(block);
    // Columns count code points; the block is UTF-16, so walk characters rather than add the column.
    const QString text = block.text();
    int offset = 0;
    for (int col = 1; col < column && offset < text.size(); ++col)
        offset += (text.at(offset).isHighSurrogate() && offset + 1 < text.size()) ? 2 : 1;
    cursor.setPosition(block.position() + offset);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int DiagramEditor::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

int DiagramEditor::cursorColumn() const
{
    const QTextCursor c = textCursor();
    const QString before = c.block().text().left(c.positionInBlock());
    int column = 1;
    for (int i = 0; i < before.size(); ++i)
        if (!before.at(i).isLowSurrogate())
            ++column;
    return column;
}

void DiagramEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void DiagramEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshSelections();
}

void DiagramEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void DiagramEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.setPen(block.blockNumber() == current ? pal.color(QPalette::Text)
                                                          : pal.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 5, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

void DiagramEditor::refreshSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    QColor lineColor = palette().color(QPalette::Highlight);
    lineColor.setAlpha(28);
    line.format.setBackground(lineColor);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);

    for (const Diagnostic &d : std::as_const(m_diagnostics)) {
        if (d.line < 1 || d.line > blockCount())
            continue;
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        QTextCursor c(block);
        const QString text = block.text();
        int start = 0;
        for (int col = 1; col < d.column && start < text.size(); ++col)
            start += (text.at(start).isHighSurrogate() && start + 1 < text.size()) ? 2 : 1;
        // Underline the word at the location (at least one character; the line end gets its last character).
        int end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end == start) {
            if (start >= text.size() && start > 0)
                --start;
            end = qMin<int>(start + 1, text.size());
        }
        c.setPosition(block.position() + start);
        c.setPosition(block.position() + qMax(end, start), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection sel;
        sel.cursor = c;
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(d.isError() ? QColor(220, 40, 40) : QColor(220, 150, 0));
        sel.format.setToolTip(d.message);
        selections.append(sel);
    }
    setExtraSelections(selections);
    m_lineNumbers->update();
}

} // namespace ae::ui

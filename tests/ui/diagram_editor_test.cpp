// SPDX-License-Identifier: MIT
// The .arch editor on its own: syntax colours come from the language's tokens, diagnostics are underlined
// where they point, goTo/cursor positions count characters (not UTF-16 units), the gutter grows with the line
// count.
#include "common/diagnostic.h"
#include "ui/diagram/diagrameditor.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using ae::Diagnostic;
using ae::ui::DiagramEditor;

namespace {
// The format applied by the highlighter at a position of a line.
QTextCharFormat formatAt(const DiagramEditor &editor, int line, int pos)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges)
        if (pos >= r.start && pos < r.start + r.length)
            return r.format;
    return {};
}
} // namespace

class DiagramEditorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlight_keywordKindStringComment_getDistinctFormats();
    void setDiagnostics_underlinesWordAtLocation();
    void goTo_afterNonBmpCharacters_countsCodePoints();
    void lineNumberArea_widensForThreeDigitLineCounts();
};

void DiagramEditorTest::highlight_keywordKindStringComment_getDistinctFormats()
{
    DiagramEditor editor;
    editor.setPlainText(QStringLiteral("title \"Shop\"\ndatabase pg \"Orders\" # main store\n"));
    const QTextCharFormat keyword = formatAt(editor, 1, 0);
    const QTextCharFormat string = formatAt(editor, 1, 7);
    const QTextCharFormat kind = formatAt(editor, 2, 0);
    const QTextCharFormat identifier = formatAt(editor, 2, 9);
    const QTextCharFormat comment = formatAt(editor, 2, 23);
    QVERIFY(keyword.foreground().style() != Qt::NoBrush);
    QVERIFY(kind.foreground().color() != keyword.foreground().color());
    QVERIFY(string.foreground().color() != kind.foreground().color());
    QVERIFY(comment.fontItalic());
    QVERIFY(!identifier.hasProperty(QTextFormat::ForegroundBrush)); // plain text colour
}

void DiagramEditorTest::setDiagnostics_underlinesWordAtLocation()
{
    DiagramEditor editor;
    editor.setPlainText(QStringLiteral("service a\n  databse b\n"));
    Diagnostic error;
    error.line = 2;
    error.column = 3;
    error.message = QStringLiteral("unknown kind `databse`");
    editor.setDiagnostics({error});
    const auto selections = editor.extraSelections();
    bool found = false;
    for (const QTextEdit::ExtraSelection &s : selections) {
        if (s.format.underlineStyle() != QTextCharFormat::WaveUnderline)
            continue;
        found = true;
        QCOMPARE(s.cursor.selectedText(), QStringLiteral("databse"));
        QCOMPARE(s.format.toolTip(), error.message);
    }
    QVERIFY(found);
    editor.setDiagnostics({});
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections())
        QVERIFY(s.format.underlineStyle() != QTextCharFormat::WaveUnderline);
}

void DiagramEditorTest::goTo_afterNonBmpCharacters_countsCodePoints()
{
    DiagramEditor editor;
    // "😀" is one character (column) but two UTF-16 units.
    editor.setPlainText(QStringLiteral("service a\nservice b \"😀😀\" [x: 1]\n"));
    // `[` is code point 16 of the line (s-e-r-v-i-c-e, space, b, space, quote, two emoji, quote, space, `[`)
    // and UTF-16 unit 17 (0-based), since each emoji takes two units.
    editor.goTo(2, 16);
    QCOMPARE(editor.cursorLine(), 2);
    QCOMPARE(editor.cursorColumn(), 16);
    QCOMPARE(editor.textCursor().positionInBlock(), 17);
    QCOMPARE(editor.document()->characterAt(editor.textCursor().position()), QLatin1Char('['));
    editor.goTo(99, 99); // clamped, not a crash
    QCOMPARE(editor.cursorLine(), editor.blockCount());
}

void DiagramEditorTest::lineNumberArea_widensForThreeDigitLineCounts()
{
    DiagramEditor editor;
    editor.setPlainText(QStringLiteral("service a\n"));
    const int narrow = editor.lineNumberAreaWidth();
    editor.setPlainText(QString(QStringLiteral("service a\n")).repeated(150));
    QVERIFY(editor.lineNumberAreaWidth() > narrow);
}

QTEST_MAIN(DiagramEditorTest)
#include "diagram_editor_test.moc"

// SPDX-License-Identifier: MIT
// The .arch highlighter in the real editor: an attribute list that goes over several lines colours its keys
// and values on every line, the statement after the `]` colours as a statement again, and typing a `[`
// re-colours the lines below it.
#include "ui/diagram/diagrameditor.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using ae::ui::DiagramEditor;

namespace {

// The foreground colour the highlighter gave the text at `column` of line `line` (0-based), invalid if none.
QColor colourAt(const DiagramEditor &editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats())
        if (column >= r.start && column < r.start + r.length &&
            r.format.hasProperty(QTextFormat::ForegroundBrush))
            return r.format.foreground().color();
    return {};
}

} // namespace

class DiagramHighlighterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiLineAttributeList_keysAndValuesColouredOnEveryLine()
    {
        DiagramEditor editor;
        editor.setPlainText(
            QStringLiteral("service orders \"Orders\" [tech: \"Go\"]\n" // the colours on one line
                           "service billing \"Billing\" [\n"
                           "  tech: \"Java 17\",\n"
                           "  note: \"stateless\"\n"
                           "]\n"
                           "database pg \"PG\"\n"));
        const QColor attribute = colourAt(editor, 0, 26), string = colourAt(editor, 0, 32);
        const QColor kind = colourAt(editor, 0, 0);
        QVERIFY(attribute.isValid() && string.isValid() && attribute != string);
        QCOMPARE(colourAt(editor, 2, 2), attribute); // tech
        QCOMPARE(colourAt(editor, 2, 8), string);    // "Java 17"
        QCOMPARE(colourAt(editor, 3, 2), attribute); // note
        QCOMPARE(colourAt(editor, 5, 0), kind);      // the list is closed: `database` is a kind again
    }

    void typingAnOpeningBracket_recoloursTheLinesBelow()
    {
        DiagramEditor editor;
        editor.setPlainText(QStringLiteral("service orders \"Orders\" [tech: \"Go\"]\n"
                                           "service billing \"Billing\"\n  tech: \"Go\"\n]\n"));
        const QColor attribute = colourAt(editor, 0, 26);
        QVERIFY(colourAt(editor, 2, 2) != attribute); // no list open yet: `tech` is just a word
        QTextCursor cursor(editor.document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(" ["));
        QCOMPARE(colourAt(editor, 2, 2), attribute);
        cursor.deletePreviousChar(); // and back
        QVERIFY(colourAt(editor, 2, 2) != attribute);
    }
};

QTEST_MAIN(DiagramHighlighterTest)
#include "diagram_highlighter_test.moc"

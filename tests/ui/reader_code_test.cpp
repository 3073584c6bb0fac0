// SPDX-License-Identifier: MIT
// Code blocks and tables in the reader: token colours keep WCAG AA (4.5:1) on the code background in both
// themes and follow a theme switch; laid-out table cells never split a word (an offscreen QTextDocument with
// the reader's style sheet and the real view, at narrow widths); numeric columns are right-aligned; a wrapped
// code line continues with a hanging indent, never at column 0; "Copy code block" (context menu) and the Copy
// link put the block's text, as written, on the clipboard through the real DocumentView.
#include "content/library.h"
#include "markdown/highlight.h"
#include "ui/reader/documentstyle.h"
#include "ui/reader/documentview.h"
#include "ui/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>
#include <QtTest>

#include <cmath>

using namespace ae::ui;

namespace {

// WCAG 2.x, computed here rather than taken from the code under test.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// "selector { ... property: #rrggbb ... }" in the generated style sheet -> the colour.
QColor cssColor(const QString &css, const QString &selector, const QString &property)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\n)") + QRegularExpression::escape(selector) +
                                QStringLiteral("\\s*\\{[^}]*?(?<![-\\w])") +
                                QRegularExpression::escape(property) +
                                QStringLiteral("\\s*:\\s*(#[0-9a-fA-F]{6})"));
    const QRegularExpressionMatch m = re.match(css);
    return m.hasMatch() ? QColor(m.captured(1)) : QColor();
}

const char *const kTestDoc = R"(# Code and tables

Some prose before the code.

```sql
SELECT account_id, sum(amount) AS balance FROM postings WHERE created_at > now() - interval '30 days' GROUP BY account_id HAVING sum(amount) <> 0 ORDER BY balance DESC;
    SELECT nested_column_name, another_rather_long_column_name, yet_another_column_name FROM some_table_with_a_long_name;
```

Between the blocks.

```python
def score(x):
	return x * 2  # a tab, kept as written when copied
```

| Component | Authorisation latency | Baseline | Result |
|---|---|---|---|
| PostgreSQL primary with synchronous replication | Authorisation p99 latency over twelve months | 3,900 | 9,800 |
| CockroachDB | Recovery time in region-loss events | ~5 | 0 |
)";

// Every laid-out line break inside a table cell (code blocks included) that falls between two letters or
// digits.
QStringList midWordBreaks(QTextDocument *doc, int *cellLines, int *wrappedCells)
{
    QStringList found;
    (void)doc->documentLayout()->blockBoundingRect(doc->lastBlock()); // the whole document laid out
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (!QTextCursor(b).currentTable())
            continue;
        const QTextLayout *layout = b.layout();
        const QString text = b.text();
        *cellLines += layout->lineCount();
        if (layout->lineCount() > 1)
            ++*wrappedCells;
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int at = layout->lineAt(i).textStart();
            if (at > 0 && at < text.size() && text.at(at - 1).isLetterOrNumber() &&
                text.at(at).isLetterOrNumber())
                found << text.left(at) + QLatin1Char('|') + text.mid(at);
        }
    }
    return found;
}

// The code block whose Copy link is copy:N in the view's document, and a point on its first code line
// (viewport).
QPoint codeLinePoint(DocumentView *view, int block)
{
    QTextDocument *doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextTable *table = QTextCursor(b).currentTable();
        if (!table)
            continue;
        const QTextBlock head = table->cellAt(0, 0).firstCursorPosition().block();
        bool match = false;
        for (auto it = head.begin(); !it.atEnd(); ++it)
            match = match || it.fragment().charFormat().anchorHref() == QStringLiteral("copy:%1").arg(block);
        if (!match)
            continue;
        QTextCursor c(head.next()); // the first code line
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 2);
        view->setTextCursor(c);
        view->ensureCursorVisible();
        return view->cursorRect(c).center();
    }
    return {-1, -1};
}

QPoint anchorPoint(DocumentView *view, const QString &href)
{
    QTextDocument *doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() == href) {
                QTextCursor c(doc);
                c.setPosition(f.position() + qMin(1, f.length() - 1));
                view->setTextCursor(c);
                view->ensureCursorVisible();
                return view->cursorRect(c).center();
            }
        }
    }
    return {-1, -1};
}

// Opens the view's context menu at pos (viewport) as a right click does, returns the popup.
QMenu *openContextMenu(DocumentView *view, const QPoint &pos)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QMenu *menu = nullptr;
    for (int i = 0; i < 50 && !menu; ++i) {
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            QTest::qWait(10);
    }
    return menu;
}

// The foreground of the first fragment of the view's document whose text is `word` (in a code block).
QColor wordColor(DocumentView *view, const QString &word)
{
    QTextDocument *doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text() == word)
                return it.fragment().charFormat().foreground().color();
        }
    }
    return {};
}

// A view as a reader has it: shown (a hidden widget's resize is only pending, and its text is not wrapped),
// at `width`, on `path`.
bool openIn(DocumentView &view, const ae::content::Library &library, const QString &path, int width)
{
    view.setLibrary(&library);
    view.resize(width, 600);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    return view.showDocument(path);
}

} // namespace

class ReaderCodeTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ae::content::Library m_library; // m_dir: the test document
    ae::content::Library m_bundled; // content/: the case studies

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("code.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kTestDoc);
        f.close();
        QString error;
        QVERIFY2(m_library.load(m_dir.path(), &error), qPrintable(error));
        QVERIFY2(m_bundled.load(QStringLiteral(AE_SOURCE_DIR "/content"), &error), qPrintable(error));
        QVERIFY(m_bundled.find(QStringLiteral("case-studies/fintech.md")));
    }

    void themes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // Every token colour, the block's language label and its Copy link against the code background: 4.5:1.
    void tokenContrast_data() { themes_data(); }
    void tokenContrast()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
        const QString css = documentStyleSheet(palette, 10.5, 100);
        const QColor code = cssColor(css, QStringLiteral("td.code"), QStringLiteral("background-color"));
        QVERIFY(code.isValid());
        QCOMPARE(cssColor(css, QStringLiteral("pre"), QStringLiteral("background-color")), code);
        const QString classes = QString::fromLatin1(ae::markdown::kTokenClasses);
        QCOMPARE(classes.size(), 8);
        QStringList report;
        for (const QChar cls : classes) {
            const QColor fg = cssColor(css, QStringLiteral("span.") + cls, QStringLiteral("color"));
            QVERIFY2(fg.isValid(), qPrintable(QStringLiteral("no colour for span.") + cls));
            const double ratio = contrast(fg, code);
            report << QStringLiteral("%1 %2 %3:1").arg(cls).arg(fg.name()).arg(ratio, 0, 'f', 2);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("span.%1 %2 on %3: %4:1")
                                                  .arg(cls)
                                                  .arg(fg.name(), code.name())
                                                  .arg(ratio)));
            QVERIFY2(fg != cssColor(css, QStringLiteral("body"), QStringLiteral("color")),
                     "a token colour is the text colour");
        }
        qInfo().noquote() << (dark ? "dark" : "light") << "code background" << code.name() << "-"
                          << report.join(QLatin1String(", "));
        const QColor text = cssColor(css, QStringLiteral("pre"), QStringLiteral("color"));
        QVERIFY2(contrast(text, code) >= 4.5, qPrintable(text.name()));
        const QColor label = cssColor(css, QStringLiteral("p.codehead"), QStringLiteral("color"));
        QVERIFY2(contrast(label, code) >= 4.5,
                 qPrintable(label.name() + QLatin1String(" on ") + code.name()));
        const QColor link = cssColor(css, QStringLiteral("a"), QStringLiteral("color"));
        QVERIFY2(contrast(link, code) >= 4.5, qPrintable(link.name() + QLatin1String(" on ") + code.name()));
        // The hues stay apart: keyword, string, comment and number are four different colours.
        const QSet<QString> distinct = {
            cssColor(css, QStringLiteral("span.k"), QStringLiteral("color")).name(),
            cssColor(css, QStringLiteral("span.s"), QStringLiteral("color")).name(),
            cssColor(css, QStringLiteral("span.c"), QStringLiteral("color")).name(),
            cssColor(css, QStringLiteral("span.n"), QStringLiteral("color")).name()};
        QCOMPARE(distinct.size(), 4);
    }

    // The laid-out keyword has the theme's keyword colour, and the other theme's after a switch.
    void tokenColoursFollowTheTheme()
    {
        DocumentView view;
        view.setPalette(Theme::lightPalette());
        QVERIFY(openIn(view, m_library, QStringLiteral("code.md"), 900));
        const QString lightCss = documentStyleSheet(Theme::lightPalette(), 10.5, 100);
        const QString darkCss = documentStyleSheet(Theme::darkPalette(), 10.5, 100);
        const QColor lightKeyword = cssColor(lightCss, QStringLiteral("span.k"), QStringLiteral("color"));
        const QColor darkKeyword = cssColor(darkCss, QStringLiteral("span.k"), QStringLiteral("color"));
        QVERIFY(lightKeyword != darkKeyword);
        QCOMPARE(wordColor(&view, QStringLiteral("SELECT")), lightKeyword);
        QCOMPARE(wordColor(&view, QStringLiteral("def")), lightKeyword);
        view.setPalette(Theme::darkPalette());
        QTRY_COMPARE(wordColor(&view, QStringLiteral("SELECT")), darkKeyword);
    }

    void tableWordBreak_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("320 px") << 320;
        QTest::newRow("440 px") << 440;
        QTest::newRow("600 px") << 600;
    }

    // An offscreen QTextDocument dressed as the reader dresses it (style sheet, font, text option) and the
    // real view, each at a narrow width, over the fintech study (its metrics, derived and decision tables)
    // and the test page.
    void tableWordBreak()
    {
        QFETCH(int, width);
        DocumentView view;
        view.setPalette(Theme::lightPalette());
        QVERIFY(openIn(view, m_bundled, QStringLiteral("case-studies/fintech.md"), width));
        const ae::content::Document *fintech = m_bundled.find(QStringLiteral("case-studies/fintech.md"));

        QTextDocument offscreen;
        offscreen.setDefaultFont(view.document()->defaultFont());
        offscreen.setDefaultStyleSheet(documentStyleSheet(Theme::lightPalette(), 10.5, 100));
        offscreen.setDefaultTextOption(view.document()->defaultTextOption());
        offscreen.setHtml(fintech->md.html);
        offscreen.setTextWidth(width);
        int lines = 0, wrapped = 0;
        QStringList broken = midWordBreaks(&offscreen, &lines, &wrapped);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 10).join(QLatin1String("\n"))));
        QVERIFY2(wrapped >= 10, qPrintable(QString::number(wrapped))); // narrow enough that cells do wrap

        lines = wrapped = 0;
        broken = midWordBreaks(view.document(), &lines, &wrapped);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 10).join(QLatin1String("\n"))));
        QVERIFY(wrapped > 0);

        DocumentView page;
        QVERIFY(openIn(page, m_library, QStringLiteral("code.md"), width));
        lines = wrapped = 0;
        broken = midWordBreaks(page.document(), &lines, &wrapped);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1String("\n"))));
    }

    void numericColumnsRightAligned()
    {
        DocumentView view;
        QVERIFY(openIn(view, m_bundled, QStringLiteral("case-studies/fintech.md"), 900));
        QHash<QString, Qt::Alignment> alignments;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
            if (QTextCursor(b).currentTable() && !alignments.contains(b.text()))
                alignments.insert(b.text(), b.blockFormat().alignment());
        }
        for (const QString &number :
             {QStringLiteral("3,900"), QStringLiteral("480,000"), QStringLiteral("~5"),
              QStringLiteral("99.9992"), QStringLiteral("Baseline"), QStringLiteral("Result")}) {
            QVERIFY2(alignments.contains(number), qPrintable(number));
            QVERIFY2(alignments.value(number) & Qt::AlignRight, qPrintable(number));
        }
        for (const QString &text : {QStringLiteral("Authorisation p50 latency"), QStringLiteral("req/s"),
                                    QStringLiteral("API gateway, 12 months")}) {
            QVERIFY2(alignments.contains(text), qPrintable(text));
            QVERIFY2(!(alignments.value(text) & Qt::AlignRight), qPrintable(text));
        }
    }

    // A code line longer than the view wraps; its continuation lines start right of the line's own
    // indentation (2 characters in for a line at column 0, 6 for one indented by 4), never at column 0.
    void codeLinesWrapWithAHangingIndent()
    {
        DocumentView view;
        QVERIFY(openIn(view, m_library, QStringLiteral("code.md"), 520));
        (void)view.document()->documentLayout()->blockBoundingRect(view.document()->lastBlock());
        int checked = 0;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
            if (!b.text().contains(QLatin1String("SELECT")))
                continue;
            const QTextLayout *layout = b.layout();
            QVERIFY2(layout->lineCount() > 1, qPrintable(b.text()));
            const int indent = b.text().indexOf(QLatin1String("SELECT"));
            const qreal space =
                QFontMetricsF(QTextCursor(b).charFormat().font()).horizontalAdvance(QLatin1Char(' '));
            const qreal first = layout->lineAt(0).x();
            for (int i = 1; i < layout->lineCount(); ++i) {
                const qreal x = layout->lineAt(i).x();
                QVERIFY2(qAbs(x - first - (indent + 2) * space) <= 1.5,
                         qPrintable(QStringLiteral("line %1 of '%2' at %3, first at %4")
                                        .arg(i)
                                        .arg(b.text())
                                        .arg(x)
                                        .arg(first)));
            }
            ++checked;
        }
        QCOMPARE(checked, 2);
    }

    void copyCodeBlockFromTheContextMenu()
    {
        DocumentView view;
        QVERIFY(openIn(view, m_library, QStringLiteral("code.md"), 800));
        QGuiApplication::clipboard()->clear();
        QSignalSpy status(&view, &DocumentView::statusMessage);

        const QPoint onPython = codeLinePoint(&view, 1);
        QVERIFY(onPython.x() >= 0);
        QMenu *menu = openContextMenu(&view, onPython);
        QVERIFY(menu);
        QAction *copy = menu->findChild<QAction *>(QStringLiteral("copyCodeBlock"));
        QVERIFY(copy);
        QCOMPARE(copy->text(), QStringLiteral("Copy code block"));
        QCOMPARE(menu->actions().first(), copy);
        QVERIFY(menu->actions().size() > 2); // the standard entries (Copy, Select All) stay below it
        copy->trigger();
        menu->close();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("def score(x):\n\treturn x * 2  # a tab, kept as written when copied"));
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().toString(), QStringLiteral("Copied the code block (2 lines)"));

        // The SQL block, wrapped on screen, is copied as its two lines.
        menu = openContextMenu(&view, codeLinePoint(&view, 0));
        QVERIFY(menu);
        copy = menu->findChild<QAction *>(QStringLiteral("copyCodeBlock"));
        QVERIFY(copy);
        copy->trigger();
        menu->close();
        const ae::content::Document *doc = m_library.find(QStringLiteral("code.md"));
        QCOMPARE(QGuiApplication::clipboard()->text() + QLatin1Char('\n'), doc->md.codeBlocks.at(0).text);

        // Over prose there is no such entry.
        view.verticalScrollBar()->setValue(0);
        QTextCursor prose = view.document()->find(QStringLiteral("Some prose"));
        QVERIFY(!prose.isNull());
        view.setTextCursor(prose);
        menu = openContextMenu(&view, view.cursorRect(prose).center());
        QVERIFY(menu);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("copyCodeBlock")));
        menu->close();
    }

    void copyCodeBlockFromItsCopyLink()
    {
        DocumentView view;
        QVERIFY(openIn(view, m_library, QStringLiteral("code.md"), 800));
        QGuiApplication::clipboard()->clear();
        QSignalSpy shown(&view, &DocumentView::documentShown);
        const QPoint link = anchorPoint(&view, QStringLiteral("copy:1"));
        QVERIFY(link.x() >= 0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                     QStringLiteral("def score(x):\n\treturn x * 2  # a tab, kept as written when copied"));
        QCOMPARE(view.currentPath(), QStringLiteral("code.md")); // the page stays
        QVERIFY(shown.isEmpty());
        // Printed pages keep the language, not the link.
        QVERIFY(!view.printableHtml().contains(QLatin1String("copy:")));
        QVERIFY2(
            view.printableHtml().contains(QLatin1String("<p class=\"codehead\" align=\"right\">Python</p>")),
            qPrintable(view.printableHtml()));
    }
};

QTEST_MAIN(ReaderCodeTest)
#include "reader_code_test.moc"

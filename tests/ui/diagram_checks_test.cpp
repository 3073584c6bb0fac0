// SPDX-License-Identifier: MIT
// Architecture-check findings in the Draw problems list, through the real workspace: typed text with a design
// mistake lists a finding after the syntax problems, with its own icon and a colour that reads at 4.5:1 in
// the light and the dark theme; clicking it moves the editor there; fixing the design clears it; a syntax
// error hides the findings of a text that is only partly read.
#include "diagram/layout.h"
#include "draw/chartstyle.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/problemslist.h"
#include "ui/theme.h"

#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace ae::ui;

namespace {
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

bool sameImage(const QIcon &a, const QIcon &b)
{
    return a.pixmap(16).toImage() == b.pixmap(16).toImage();
}

// A cycle of calls (an error rule) and a warning of the parser (an unknown escape) in one text.
const QString kText = QStringLiteral("title \"Loop\\q\"\n"
                                     "service a\n"
                                     "service b\n"
                                     "a -> b\n"
                                     "b -> a\n");
} // namespace

class DiagramChecksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!ae::diagram::layoutHelperPath().isEmpty());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<DiagramWorkspace>(nullptr, m_dir->filePath(QStringLiteral("autosave")));
        m_ws->resize(1100, 700);
        m_ws->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
        m_editor = m_ws->findChild<DiagramEditor *>(QStringLiteral("diagramEditor"));
        m_problems = m_ws->findChild<ProblemsList *>(QStringLiteral("problemsList"));
        QVERIFY(m_editor && m_problems);
    }

    void cleanup()
    {
        m_ws->editor()->document()->setModified(false);
        m_ws.reset();
        m_dir.reset();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void finding_listedAfterSyntax_withOwnIconAndColour()
    {
        m_editor->selectAll();
        typeText(m_editor, kText);
        QTRY_COMPARE(m_problems->topLevelItemCount(), 2);
        const QTreeWidgetItem *syntax = m_problems->topLevelItem(0);
        const QTreeWidgetItem *finding = m_problems->topLevelItem(1);
        QCOMPARE(syntax->text(ProblemsList::SeverityColumn), QStringLiteral("warning"));
        QCOMPARE(finding->data(ProblemsList::SeverityColumn, ProblemsList::RuleRole).toString(),
                 QStringLiteral("sync-cycle"));
        QCOMPARE(finding->text(ProblemsList::SeverityColumn), QStringLiteral("check error"));
        QCOMPARE(finding->text(ProblemsList::LocationColumn), QStringLiteral("5:6"));
        QVERIFY(finding->text(ProblemsList::MessageColumn)
                    .startsWith(QLatin1String("[sync-cycle] synchronous calls")));
        QVERIFY(!finding->text(ProblemsList::HintColumn).isEmpty());
        QVERIFY(finding->toolTip(ProblemsList::SeverityColumn)
                    .contains(QLatin1String("social-media.md#failure-modes")));
        // Its own icon: none of the syntax icons.
        const QIcon icon = finding->icon(ProblemsList::SeverityColumn);
        QVERIFY(!icon.isNull());
        for (const QStyle::StandardPixmap standard :
             {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxInformation})
            QVERIFY(!sameImage(icon, m_problems->style()->standardIcon(standard)));
        // Its own colour, readable on the list.
        const QColor color = finding->foreground(ProblemsList::MessageColumn).color();
        QCOMPARE(color, ProblemsList::findingColor(m_problems->palette()));
        QVERIFY(color != m_problems->palette().color(QPalette::Text));
        QVERIFY(ae::draw::contrastRatio(color, m_problems->palette().color(QPalette::Base)) >= 4.5);
        QVERIFY(ae::draw::contrastRatio(color, m_problems->palette().color(QPalette::AlternateBase)) >= 4.5);
        QCOMPARE(m_problems->summary(), QStringLiteral("0 error(s), 1 warning(s), 1 finding(s)"));
    }

    void finding_followsTheDarkTheme()
    {
        m_editor->selectAll();
        typeText(m_editor, kText);
        QTRY_COMPARE(m_problems->topLevelItemCount(), 2);
        const QColor light = m_problems->topLevelItem(1)->foreground(ProblemsList::MessageColumn).color();
        QApplication::setPalette(Theme::darkPalette());
        QTRY_VERIFY(m_problems->palette().color(QPalette::Base).lightnessF() < 0.5);
        const QColor dark = m_problems->topLevelItem(1)->foreground(ProblemsList::MessageColumn).color();
        QVERIFY(dark != light);
        QVERIFY(ae::draw::contrastRatio(dark, m_problems->palette().color(QPalette::Base)) >= 4.5);
        QVERIFY(ae::draw::contrastRatio(dark, m_problems->palette().color(QPalette::AlternateBase)) >= 4.5);
    }

    void finding_click_movesTheCursor_fixClearsIt()
    {
        m_editor->selectAll();
        typeText(m_editor, kText);
        QTRY_COMPARE(m_problems->topLevelItemCount(), 2);
        QTreeWidgetItem *finding = m_problems->topLevelItem(1);
        m_problems->scrollToItem(finding);
        QTest::mouseClick(m_problems->viewport(), Qt::LeftButton, {},
                          m_problems->visualItemRect(finding).center());
        QCOMPARE(m_editor->textCursor().blockNumber() + 1, 5);
        QCOMPARE(m_editor->textCursor().positionInBlock() + 1, 6);
        // Make the answer a message: the cycle is gone, the syntax warning stays.
        m_editor->selectAll();
        typeText(m_editor, QStringLiteral("title \"Loop\\q\"\nservice a\nservice b\na -> b\nb ~> a"));
        QTRY_COMPARE(m_problems->topLevelItemCount(), 1);
        QCOMPARE(m_problems->topLevelItem(0)->data(ProblemsList::SeverityColumn, ProblemsList::RuleRole),
                 QVariant());
    }

    void syntaxError_hidesFindings()
    {
        m_editor->selectAll();
        typeText(m_editor, QStringLiteral("service a\nservice b\na -> b\nb -> a\nservce c"));
        QTRY_VERIFY(m_problems->topLevelItemCount() >= 1);
        QTest::qWait(50);
        for (int i = 0; i < m_problems->topLevelItemCount(); ++i)
            QVERIFY(!m_problems->topLevelItem(i)
                         ->data(ProblemsList::SeverityColumn, ProblemsList::RuleRole)
                         .isValid());
    }

    // The list is as narrow as the editor: a long finding wraps, its hint on a line of its own below it, and
    // every line shows (nothing elided, no sideways scroll bar).
    void longFinding_wrapsWhole_hintBelow()
    {
        m_ws->resize(900, 700);
        m_editor->setPlainText(QStringLiteral("user shopper\n"
                                              "database replica \"Orders replica\"\n"
                                              "shopper -> replica : reads history\n"));
        QTRY_VERIFY(m_problems->topLevelItemCount() >= 1);
        QCoreApplication::processEvents();
        const QTreeWidgetItem *item = m_problems->topLevelItem(m_problems->topLevelItemCount() - 1);
        const QString text = item->text(ProblemsList::MessageColumn);
        QVERIFY2(text.contains(QLatin1String("\nHint: ")), qPrintable(text));
        QVERIFY(text.endsWith(item->text(ProblemsList::HintColumn)));
        QVERIFY(m_problems->isColumnHidden(ProblemsList::HintColumn));
        const QModelIndex index =
            m_problems->model()->index(m_problems->topLevelItemCount() - 1, ProblemsList::MessageColumn);
        const QRect cell = m_problems->visualRect(index);
        QVERIFY(cell.right() <= m_problems->viewport()->width());
        QVERIFY(!m_problems->horizontalScrollBar()->isVisible());
        // The wrapped text's height at the column's width (less the item's margins) fits in the row.
        const QRect needed = m_problems->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 100000),
                                                                    Qt::TextWordWrap, text);
        QVERIFY2(needed.height() > 2 * m_problems->fontMetrics().height(), "the finding should wrap here");
        QVERIFY2(cell.height() >= needed.height(),
                 qPrintable(QStringLiteral("row %1 px, text %2 px").arg(cell.height()).arg(needed.height())));
    }

    void manyFindings_listCapped_summaryCountsAll()
    {
        QString text = QStringLiteral("service api\n");
        for (int i = 0; i < 300; ++i)
            text += QStringLiteral("cache c%1\napi -> c%1\n").arg(i);
        m_editor->setPlainText(text);
        QTRY_COMPARE(m_problems->topLevelItemCount(), ProblemsList::kMaxFindingRows + 1);
        const QTreeWidgetItem *last = m_problems->topLevelItem(ProblemsList::kMaxFindingRows);
        QCOMPARE(last->text(ProblemsList::MessageColumn).section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("200 more finding(s) not listed"));
        QCOMPARE(m_problems->summary(), QStringLiteral("0 error(s), 0 warning(s), 300 finding(s)"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DiagramWorkspace> m_ws;
    DiagramEditor *m_editor = nullptr;
    ProblemsList *m_problems = nullptr;
};

QTEST_MAIN(DiagramChecksTest)
#include "diagram_checks_test.moc"

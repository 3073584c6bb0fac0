// SPDX-License-Identifier: MIT
// Search and the technology index driven like a user, offscreen: Ctrl+K focuses the field, typing shows
// grouped results, Enter opens the document at the section with the words highlighted; a technology's uses
// open with a click.
#include "content/library.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/explore/explore.h"
#include "ui/explore/searchcontroller.h"
#include "ui/explore/searchfield.h"
#include "ui/explore/searchresultsview.h"
#include "ui/explore/technologypanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace ae::ui;
using namespace ae::ui::explore;

namespace {

// The first child row of a group whose text starts with prefix ("Sections", "Diagram nodes", "Metrics").
QTreeWidgetItem *firstUse(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        if (group->text(0).startsWith(prefix) && group->childCount() > 0 && group->child(0)->childCount() > 0)
            return group->child(0)->child(0); // kind -> document -> use
    }
    return nullptr;
}

} // namespace

class ExploreSearchTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    Explore *m_explore = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("explore_search_test"));
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        m_explore = m_window->findChild<Explore *>(QStringLiteral("explore"));
        QVERIFY2(m_explore, "installExplore() was not called by the main window");
        QTRY_VERIFY_WITH_TIMEOUT(m_explore->controller()->isReady(), 20000);
        QVERIFY(m_explore->controller()->index().documentCount() >= 5);
    }

    void cleanupTestCase() { m_window.reset(); }

    void ctrlK_focusesSearchField()
    {
        auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(field);
        QVERIFY(!field->accessibleName().isEmpty());
        m_window->documentView()->setFocus();
        QTRY_VERIFY(!field->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
    }

    void typeAndEnter_opensSectionWithHitsHighlighted()
    {
        auto *field = m_explore->searchField();
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, QStringLiteral("double-entry ledger"));
        // The results panel is built for the first query, a moment after the last keystroke.
        SearchResultsView *results = nullptr;
        QTRY_VERIFY((results = m_window->findChild<SearchResultsView *>(QStringLiteral("searchResults"))) &&
                    results->isVisible() && results->hitCount() > 0);
        // grouped: a document row first, hits below it, the snippet's matched words in bold
        QTreeWidgetItem *doc = results->topLevelItem(0);
        QVERIFY(doc->text(0).contains(QStringLiteral("payments ledger"), Qt::CaseInsensitive));
        QVERIFY(doc->childCount() > 0);
        QVERIFY(doc->child(0)->text(0).contains(QStringLiteral("<b>")));
        QVERIFY(results->currentHit());

        QTest::keyClick(field, Qt::Key_Return);
        DocumentView *view = m_window->documentView();
        QTRY_COMPARE(view->currentPath(), QStringLiteral("case-studies/fintech.md"));
        QCOMPARE(view->currentAnchor(), QStringLiteral("the-double-entry-ledger-schema"));
        QVERIFY(!results->isVisible());
        QVERIFY(view->matchCount() > 0);
        // the current highlight is in the opened section, not earlier in the document
        const int heading = view->toPlainText().indexOf(QStringLiteral("The double-entry ledger schema"));
        QVERIFY(heading > 0);
        QVERIFY(view->textCursor().position() >= heading);
    }

    void downThenEnter_opensSecondHit()
    {
        auto *field = m_explore->searchField();
        field->setFocus();
        field->clear();
        field->hidePanel(); // so the wait below sees this query's results, not the last one's
        QTest::keyClicks(field, QStringLiteral("DICOM"));
        SearchResultsView *results = m_explore->searchField()->results();
        QTRY_VERIFY(results->isVisible() && results->hitCount() > 1);
        const QString first = results->currentHit()->entry.anchor + results->currentHit()->entry.key;
        QTest::keyClick(field, Qt::Key_Down);
        QVERIFY(results->currentHit());
        const ae::search::Entry second = results->currentHit()->entry;
        QVERIFY(second.anchor + second.key != first || second.kind != ae::search::EntryKind::Section);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(m_window->documentView()->currentPath(), second.docPath);
        QCOMPARE(m_window->documentView()->currentAnchor(), second.anchor);
    }

    void escape_closesPanel_andNoMatchSaysSo()
    {
        auto *field = m_explore->searchField();
        field->setFocus();
        field->clear();
        field->hidePanel();
        QTest::keyClicks(field, QStringLiteral("zzqxv"));
        SearchResultsView *results = field->results();
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->hitCount(), 0);
        QVERIFY(results->topLevelItem(0)->text(0).contains(QStringLiteral("zzqxv")));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!results->isVisible());
    }

    void technologyIndex_selectPostgres_listsUsesAndOpensOne()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("technologyDock"));
        QVERIFY(dock);
        dock->show();
        auto *panel = m_window->findChild<TechnologyPanel *>(QStringLiteral("technologyIndex"));
        QVERIFY(panel);
        QVERIFY(panel->list()->count() >= 30);
        QVERIFY(panel->selectTechnology(QStringLiteral("PostgreSQL 15")));
        QCOMPARE(panel->currentTechnology(), QStringLiteral("PostgreSQL"));
        QVERIFY(panel->list()->currentItem()->toolTip().contains(QStringLiteral("relational")));
        QTreeWidget *uses = panel->uses();
        QString all;
        QStringList rows;
        for (int i = 0; i < uses->topLevelItemCount(); ++i) {
            for (int d = 0; d < uses->topLevelItem(i)->childCount(); ++d) {
                QTreeWidgetItem *doc = uses->topLevelItem(i)->child(d);
                for (int c = 0; c < doc->childCount(); ++c) {
                    all += doc->child(c)->toolTip(0) + QLatin1Char('\n');
                    rows << uses->topLevelItem(i)->text(0) + doc->text(0) + doc->child(c)->text(0);
                }
            }
        }
        // No two rows say the same: a use found twice is one row with a count.
        QCOMPARE(QSet<QString>(rows.begin(), rows.end()).size(), rows.size());
        QVERIFY(all.contains(QStringLiteral("case-studies/ecommerce.md")));
        QVERIFY(all.contains(QStringLiteral("case-studies/fintech.md")));

        QTreeWidgetItem *node = firstUse(uses, QStringLiteral("Diagram nodes"));
        QVERIFY(node);
        uses->scrollToItem(node);
        // a diagram node opens its diagram in the Draw workspace, the node outlined
        QTest::mouseClick(
            uses->viewport(), Qt::LeftButton, {},
            QPoint(uses->visualItemRect(node).left() + 12, uses->visualItemRect(node).center().y()));
        auto *draw =
            qobject_cast<DiagramWorkspace *>(m_window->workspace(QStringLiteral("diagramWorkspace")));
        QVERIFY(draw);
        QTRY_VERIFY(draw->isVisible());
        QVERIFY(node->toolTip(0).startsWith(draw->sourceDocument() + QLatin1Char(':')));
        QCOMPARE(draw->preview()->highlightedNodes().size(), 1);
        QVERIFY(draw->text().contains(*draw->preview()->highlightedNodes().cbegin()));
        QVERIFY(draw->text().contains(QStringLiteral("PostgreSQL"), Qt::CaseInsensitive));

        // the filter hides what does not match
        auto *filter = panel->findChild<QLineEdit *>(QStringLiteral("technologyFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("qdrant"));
        int visible = 0;
        for (int i = 0; i < panel->list()->count(); ++i)
            visible += panel->list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(visible, 2); // Qdrant under its category heading
        // Alphabetical within a category, headings not selectable.
        filter->clear();
        QStringList names;
        for (int i = 0; i < panel->list()->count(); ++i) {
            QListWidgetItem *item = panel->list()->item(i);
            if (!(item->flags() & Qt::ItemIsSelectable)) {
                for (int n = 1; n < names.size(); ++n)
                    QVERIFY2(names.at(n - 1).compare(names.at(n), Qt::CaseInsensitive) <= 0,
                             qPrintable(names.join(u',')));
                names.clear();
                continue;
            }
            names << item->data(Qt::AccessibleTextRole).toString();
            QVERIFY(!item->text().contains(QStringLiteral("(s)")));
        }
        filter->clear();
    }

    void technologyUses_longTitlesWrap_readWholeWithoutScrollingSideways()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("technologyDock"));
        QVERIFY(dock);
        dock->show();
        auto *panel = m_window->findChild<TechnologyPanel *>(QStringLiteral("technologyIndex"));
        QVERIFY(panel);
        m_window->resizeDocks({dock}, {240}, Qt::Horizontal); // a narrow panel
        QVERIFY(panel->selectTechnology(QStringLiteral("PostgreSQL")));
        QTreeWidget *uses = panel->uses();
        QApplication::processEvents();
        QTest::qWait(50); // the queued re-wrap after the width change
        const QFontMetrics fm(uses->font());
        const int width = uses->viewport()->width();
        QTreeWidgetItem *longest = nullptr;
        int longestWidth = 0;
        QTreeWidgetItemIterator it(uses);
        for (; *it; ++it) {
            const QRect r = uses->visualItemRect(*it);
            const int textWidth = fm.horizontalAdvance((*it)->text(0));
            if (textWidth > longestWidth) {
                longestWidth = textWidth;
                longest = *it;
            }
            if (r.isValid()) // every row within the view's width
                QVERIFY2(r.right() <= width, qPrintable((*it)->text(0)));
        }
        QVERIFY(longest);
        // Some title is longer than the panel is wide: it takes two lines or more, whole.
        QVERIFY2(longestWidth > width, qPrintable(QString::number(longestWidth)));
        uses->scrollToItem(longest);
        QVERIFY2(uses->visualItemRect(longest).height() >= 2 * fm.height(), qPrintable(longest->text(0)));
        QCOMPARE(uses->horizontalScrollBar()->maximum(), 0); // nothing to scroll to sideways
        QVERIFY(!longest->toolTip(0).isEmpty());
        dock->hide();
    }

    void sectionHit_putsTheHeadingAtTheTop()
    {
        if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("technologyDock")))
            dock->hide(); // an earlier test showed it: the page at its usual width
        m_window->documentView()->setZoomPercent(100);
        QVERIFY(m_window->openDocument(QStringLiteral("overview.md")));
        QVERIFY(m_explore->openAt(QStringLiteral("case-studies/ecommerce.md"),
                                  QStringLiteral("lessons-learned"), QStringLiteral("Lessons Learned"),
                                  QStringLiteral("hardware")));
        DocumentView *view = m_window->documentView();
        QTRY_COMPARE(view->currentPath(), QStringLiteral("case-studies/ecommerce.md"));
        QVERIFY(view->matchCount() > 0);
        auto headingTop = [view] {
            QTextCursor heading = view->document()->find(QStringLiteral("Lessons Learned"));
            while (!heading.isNull() && heading.blockFormat().headingLevel() == 0)
                heading = view->document()->find(QStringLiteral("Lessons Learned"), heading);
            return heading.isNull() ? -100000 : view->cursorRect(heading).top();
        };
        // (Diagrams above the section are drawn in the background; the page keeps the section where it was.)
        QTRY_VERIFY2(
            headingTop() >= -2 && headingTop() < view->viewport()->height() / 5,
            qPrintable(
                QStringLiteral("heading at %1 of %2").arg(headingTop()).arg(view->viewport()->height())));
        const QRect match = view->cursorRect();
        QVERIFY(match.top() >= 0 &&
                match.bottom() <= view->viewport()->height()); // the found word is in view
    }

    void libraryFileChange_updatesIndex()
    {
        SearchController *controller = m_explore->controller();
        QSignalSpy ready(controller, &SearchController::indexReady);
        ae::content::Library *library = m_window->library();
        QVector<ae::content::Document> docs = library->documents();
        QVERIFY(!docs.isEmpty());
        // A re-load with an edited document: the index follows.
        docs.first().md.sections.first().text += QStringLiteral(" quokkaword");
        library->setDocuments(library->root(), docs);
        QTRY_VERIFY(ready.count() > 0);
        QTRY_VERIFY(!controller->search(QStringLiteral("quokkaword")).isEmpty());
    }

    void controller_fileChangedOnDisk_updatesThatDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        write(QStringLiteral("a.md"), "# Alpha\n\n## Storage\n\nWe keep wombats here.\n");
        write(QStringLiteral("b.md"), "# Beta\n\n## Queue\n\nMessages wait.\n");
        ae::content::Library library;
        QVERIFY(library.load(dir.path()));
        SearchController controller(&library);
        QTRY_VERIFY(controller.isReady());
        QVERIFY(!controller.search(QStringLiteral("wombats")).isEmpty());
        QSignalSpy ready(&controller, &SearchController::indexReady);
        write(QStringLiteral("a.md"), "# Alpha\n\n## Storage\n\nWe keep platypuses here now.\n");
        QTRY_VERIFY_WITH_TIMEOUT(!controller.search(QStringLiteral("platypuses")).isEmpty(), 10000);
        QVERIFY(controller.search(QStringLiteral("wombats")).isEmpty());
        QVERIFY(!controller.search(QStringLiteral("messages")).isEmpty()); // b.md untouched
        QVERIFY(ready.count() >= 1);
    }
};

QTEST_MAIN(ExploreSearchTest)
#include "explore_search_test.moc"

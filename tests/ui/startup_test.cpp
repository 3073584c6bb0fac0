// SPDX-License-Identifier: MIT
// Start-up builds only what the first frame shows: the workspaces behind other tabs are built when their tab
// is first shown (or something opens in them), in their place in the tab order, with their shortcuts live
// from then on; the workspace the user left is built at start, since it is what the window shows. The
// window's first frame shows the page asked for (the window waits for it, a moment at most), and a library
// that loads quickly never flashes a progress bar.
#include "content/library.h"
#include "ui/advisor/decideview.h"
#include "ui/compare/comparepage.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/explore/searchfield.h"
#include "ui/explore/searchresultsview.h"
#include "ui/explore/technologypanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/documentview.h"
#include "ui/reader/readerpage.h"
#include "ui/settings.h"
#include "ui/shortcutscope.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <utility>

using ae::ui::DiagramWorkspace;
using ae::ui::MainWindow;
using ae::ui::advisor::DecideView;
using ae::ui::compare::ComparePage;
using ae::ui::explore::SearchField;
using ae::ui::explore::SearchResultsView;
using ae::ui::explore::TechnologyPanel;

namespace {

QTabWidget *tabsOf(MainWindow &w)
{
    return w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
}

QStringList tabTitles(QTabWidget *tabs)
{
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i).remove(u'&');
    return titles;
}

// The action of `workspace` bound to `key`, or null.
QAction *actionFor(MainWindow &w, QWidget *workspace, const QKeySequence &key)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (ae::ui::shortcuts::scopeOf(a) == workspace && ae::ui::shortcuts::keysOf(a).contains(key))
            return a;
    return nullptr;
}

// study.md in dir: a title, "The first words." and `parts` sections of SQL (highlighting makes its parse take
// a while). Its path, or empty when it could not be written.
QString writeStudyWithCode(const QTemporaryDir &dir, int parts)
{
    QFile study(dir.filePath(QStringLiteral("study.md")));
    if (!study.open(QIODevice::WriteOnly))
        return {};
    study.write("# The study\n\nThe first words.\n\n");
    for (int i = 0; i < parts; ++i)
        study.write("## Part " + QByteArray::number(i) +
                    "\n\n```sql\nselect a, b from t where c = 1;\n```\n\n");
    return study.fileName();
}

// Calls `then` when `widget` gets its first paint event (before it is handled).
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *widget, std::function<void()> then) : QObject(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            watched->removeEventFilter(this);
            std::exchange(m_then, nullptr)();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

// Calls `then` each time `widget` is shown.
class ShowProbe : public QObject
{
public:
    ShowProbe(QWidget *widget, std::function<void()> then) : QObject(widget), m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            m_then();
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

class StartupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void atStart_onlyReadIsBuilt_theOthersOnFirstShow_withTheirKeys()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QTabWidget *tabs = tabsOf(w);
        QVERIFY(tabs);
        QCOMPARE(tabTitles(tabs), (QStringList{QStringLiteral("Read"), QStringLiteral("Draw"),
                                               QStringLiteral("Compare"), QStringLiteral("Decide")}));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w.readerPage()));
        QVERIFY(!w.findChild<DiagramWorkspace *>());
        QVERIFY(!w.findChild<ComparePage *>());
        QVERIFY(!w.findChild<DecideView *>());

        // Read's Ctrl+0 (Actual Size) is the only one live before Draw exists.
        const QKeySequence ctrl0(Qt::CTRL | Qt::Key_0);
        QAction *actualSize = actionFor(w, w.readerPage(), ctrl0);
        QVERIFY(actualSize);
        QSignalSpy readSpy(actualSize, &QAction::triggered);

        tabs->setCurrentIndex(1); // the user clicks Draw
        auto *draw = w.findChild<DiagramWorkspace *>();
        QVERIFY(draw);
        QCOMPARE(tabs->widget(1), static_cast<QWidget *>(draw));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(draw));
        QCOMPARE(tabTitles(tabs).at(1), QStringLiteral("Draw"));
        QVERIFY(draw->isVisible());
        QVERIFY(!w.findChild<ComparePage *>()); // still only what was shown
        QVERIFY(!w.findChild<DecideView *>());

        // Draw's own Ctrl+0 (Fit) works at once, and Read's does not answer it.
        QAction *fit = actionFor(w, draw, ctrl0);
        QVERIFY(fit);
        QSignalSpy fitSpy(fit, &QAction::triggered);
        draw->editor()->setFocus();
        QTRY_VERIFY(draw->editor()->hasFocus());
        QTest::keyClick(draw->editor(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(fitSpy.count(), 1);
        QCOMPARE(readSpy.count(), 0);

        // Back in Read, Ctrl+0 is Actual Size again; Draw stays built (its text is kept).
        tabs->setCurrentIndex(0);
        QTest::keyClick(w.documentView(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(readSpy.count(), 1);
        QCOMPARE(fitSpy.count(), 1);
        QCOMPARE(w.findChild<DiagramWorkspace *>(), draw);

        tabs->setCurrentIndex(3);
        QVERIFY(w.findChild<DecideView *>());
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w.findChild<DecideView *>()));
        QVERIFY(!w.findChild<ComparePage *>());
    }

    void theTechnologiesAndSearchResults_areBuiltWhenFirstShown()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<TechnologyPanel *>());
        QVERIFY(!w.findChild<SearchResultsView *>());
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("technologyDock"));
        QVERIFY(dock && !dock->isVisible());
        dock->toggleViewAction()->trigger(); // View > Technologies
        auto *panel = w.findChild<TechnologyPanel *>();
        QVERIFY(panel);
        QCOMPARE(dock->widget(), static_cast<QWidget *>(panel));
        QVERIFY(panel->isVisible());
        auto *field = w.findChild<SearchField *>();
        QVERIFY(field);
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("ledger"));
        SearchResultsView *results = nullptr;
        QTRY_VERIFY((results = w.findChild<SearchResultsView *>()) && results->isVisible());

        // Left open, the panel is there in the next session's first frame.
        w.close();
        MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        auto *nextPanel = next.findChild<TechnologyPanel *>();
        QVERIFY(nextPanel && nextPanel->isVisible());
    }

    void openingSomethingInAWorkspace_buildsIt()
    {
        MainWindow w;
        QVERIFY(!w.findChild<ComparePage *>());
        QVERIFY(w.openMetric(QStringLiteral("case-studies/ecommerce.md"),
                             QStringLiteral("Stock read p99 latency")));
        auto *compare = w.findChild<ComparePage *>();
        QVERIFY(compare);
        QCOMPARE(tabsOf(w)->indexOf(compare), 2);
        QCOMPARE(tabsOf(w)->currentWidget(), static_cast<QWidget *>(compare));
        QVERIFY(!w.findChild<DiagramWorkspace *>());
    }

    void aWorkspaceBuiltBehindAnother_keepsItsKeysSilent()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QWidget *draw = w.workspace(QStringLiteral("diagramWorkspace")); // built while Read is shown
        QVERIFY(draw);
        QCOMPARE(tabsOf(w)->currentWidget(), static_cast<QWidget *>(w.readerPage()));
        const QKeySequence ctrl0(Qt::CTRL | Qt::Key_0);
        QAction *actualSize = actionFor(w, w.readerPage(), ctrl0);
        QAction *fit = actionFor(w, draw, ctrl0);
        QVERIFY(actualSize && fit);
        QSignalSpy readSpy(actualSize, &QAction::triggered);
        QSignalSpy fitSpy(fit, &QAction::triggered);
        w.documentView()->setFocus();
        QTest::keyClick(w.documentView(), Qt::Key_0, Qt::ControlModifier); // one live Ctrl+0: no ambiguity
        QCOMPARE(readSpy.count(), 1);
        QCOMPARE(fitSpy.count(), 0);
    }

    void aLibraryOnTheCommandLine_isLoadedInsteadOfTheLastOne_whileTheWindowIsBuilt()
    {
        QTemporaryDir dir;
        QFile study(dir.filePath(QStringLiteral("study.md")));
        QVERIFY(study.open(QIODevice::WriteOnly));
        study.write("# A study\n\nSome words.\n");
        study.close();
        MainWindow w(nullptr, {study.fileName()});
        // Not the bundled library first (the last session's): only the given one, still loading.
        QVERIFY(w.library()->isLoading());
        QVERIFY(w.library()->documents().isEmpty());
        QTRY_COMPARE(w.documentView()->currentPath(), QStringLiteral("study.md"));
        QCOMPARE(w.library()->documents().size(), 1);
    }

    void theRequestedDocument_isShownBeforeTheRestOfTheLibraryHasLoaded()
    {
        // A folder of many documents with code (parsed with highlighting), and the one the user asked for.
        QTemporaryDir dir;
        for (int i = 0; i < 40; ++i) {
            QFile other(dir.filePath(QStringLiteral("other-%1.md").arg(i)));
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write("# Other " + QByteArray::number(i) +
                        "\n\n## Part\n\nText.\n\n```sql\nselect 1;\n```\n");
        }
        QFile study(dir.filePath(QStringLiteral("study.md")));
        QVERIFY(study.open(QIODevice::WriteOnly));
        study.write("# The study\n\n## Lessons Learned\n\nSome words.\n");
        study.close();

        MainWindow w(nullptr, {study.fileName()});
        auto *panel = w.readerPage()->findChild<QTreeView *>(QStringLiteral("libraryTree"));
        QVERIFY(panel);
        // What the window shows at the moment the study appears in the reader.
        int shown = 0;
        int libraryRowsThen = -1;
        int documentsThen = -1;
        bool loadingThen = false;
        connect(&w, &MainWindow::documentOpened, this, [&](const QString &path) {
            if (path != QStringLiteral("study.md") || shown++ > 0)
                return;
            libraryRowsThen = panel->model()->rowCount();
            documentsThen = int(w.library()->documents().size());
            loadingThen = w.library()->isLoading();
        });
        QSignalSpy loaded(w.library(), &ae::content::Library::loaded);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(shown, 1);
        QCOMPARE(w.documentView()->currentTitle(), QStringLiteral("The study"));
        QCOMPARE(w.windowTitle(), QStringLiteral("The study"));
        QVERIFY(w.documentView()->toPlainText().contains(QStringLiteral("Some words.")));
        QVERIFY(loadingThen);         // the rest of the folder still loading,
        QCOMPARE(documentsThen, 1);   // the study the only document parsed,
        QCOMPARE(libraryRowsThen, 0); // the library panel not filled yet

        // Then the rest arrives: the panel fills in, the study stays on screen (not opened a second time).
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        QCOMPARE(w.library()->documents().size(), 41);
        QTRY_COMPARE(panel->model()->rowCount(), 41);
        QCOMPARE(w.documentView()->currentPath(), QStringLiteral("study.md"));
        QCOMPARE(shown, 1);
        QVERIFY(panel->currentIndex().isValid()); // the study selected in the panel
        QCOMPARE(panel->currentIndex().data().toString(), QStringLiteral("The study"));
    }

    void theFirstFrame_showsThePageAskedFor_notAnEmptyReader()
    {
        // A study whose parse takes a while (code blocks are highlighted) and the window shown the app's way.
        QTemporaryDir dir;
        const QString study = writeStudyWithCode(dir, 300);
        QVERIFY(!study.isEmpty());
        MainWindow w(nullptr, {study});
        // The first paint of the window, and what the reader held then.
        bool painted = false;
        QString textThen;
        auto *frame = new FirstPaintProbe(&w, [&] {
            painted = true;
            textThen = w.documentView()->toPlainText();
        });
        Q_UNUSED(frame);
        w.showWhenFirstPageReady(10000);
        QVERIFY(!w.isVisible()); // waiting for the page
        QTRY_VERIFY(painted);
        QVERIFY2(textThen.contains(QStringLiteral("The first words.")), qPrintable(textThen.left(200)));
    }

    void theWindow_isShownAnyway_whenThePageIsLate_orNoneIsComing()
    {
        // Nothing loading (the window left on Draw last time, no library asked for): shown at once.
        {
            ae::ui::Settings().setWorkspace(QStringLiteral("diagramWorkspace"));
            MainWindow w;
            w.showWhenFirstPageReady(10000);
            QVERIFY(w.isVisible());
        }
        // A page that takes longer than the wait: the window comes first, the page after.
        QTemporaryDir dir;
        const QString study = writeStudyWithCode(dir, 2000);
        QVERIFY(!study.isEmpty());
        QSettings().clear();
        MainWindow w(nullptr, {study});
        bool shownBeforeThePage = false;
        auto *shown = new ShowProbe(&w, [&] { shownBeforeThePage = w.library()->documents().isEmpty(); });
        Q_UNUSED(shown);
        QSignalSpy first(w.library(), &ae::content::Library::firstDocumentLoaded);
        w.showWhenFirstPageReady(1);
        QVERIFY(!w.isVisible());
        QTRY_VERIFY(w.isVisible());
        QVERIFY(first.count() == 1 || first.wait(20000));
        QVERIFY(shownBeforeThePage);
        QTRY_COMPARE(w.documentView()->currentPath(), QStringLiteral("study.md"));
    }

    void aQuickLoad_showsNoProgressBar_aLongOne_showsItAndCancel()
    {
        QTemporaryDir small;
        for (int i = 0; i < 3; ++i) {
            QFile f(small.filePath(QStringLiteral("s%1.md").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# Small\n\nText.\n");
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *bar = w.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
        auto *cancel = w.findChild<QToolButton *>(QStringLiteral("cancelLoad"));
        QVERIFY(bar && cancel);
        int barShown = 0;
        auto *probe = new ShowProbe(bar, [&] { ++barShown; });
        Q_UNUSED(probe);
        QSignalSpy loaded(w.library(), &ae::content::Library::loaded);
        w.openLibrary(small.path());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(MainWindow::kLoadProgressDelayMs + 100);
        QCOMPARE(barShown, 0); // never, not even for a frame
        QVERIFY(!cancel->isVisible());

        // A library that takes longer than that: the bar and Cancel come, and Cancel stops the load.
        QTemporaryDir large;
        QByteArray body;
        for (int j = 0; j < 60; ++j)
            body += "## Part\n\nSome text about it.\n\n```sql\nselect a, b from t where c = 1;\n```\n\n";
        for (int i = 0; i < 400; ++i) {
            QFile f(large.filePath(QStringLiteral("l%1.md").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# Large " + QByteArray::number(i) + "\n\n" + body);
        }
        QSignalSpy loadedLarge(w.library(), &ae::content::Library::loaded);
        w.openLibrary(large.path());
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() || loadedLarge.count() > 0, 20000);
        if (loadedLarge.count() > 0)
            QSKIP("this machine loaded 400 documents before the progress bar was due");
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(!w.library()->isLoading());
        QCOMPARE(w.library()->root(), QFileInfo(small.path()).absoluteFilePath()); // the previous one stays
    }

    void theWorkspaceLeftLastTime_isBuiltAtStart_andShown()
    {
        ae::ui::Settings().setWorkspace(QStringLiteral("comparePage"));
        MainWindow w;
        QTabWidget *tabs = tabsOf(w);
        auto *compare = w.findChild<ComparePage *>();
        QVERIFY(compare);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(compare));
        QVERIFY(!w.findChild<DiagramWorkspace *>());
        QVERIFY(!w.findChild<DecideView *>());
        tabs->setCurrentIndex(1);
        QCOMPARE(ae::ui::Settings().workspace(), QStringLiteral("diagramWorkspace"));
    }
};

QTEST_MAIN(StartupTest)
#include "startup_test.moc"

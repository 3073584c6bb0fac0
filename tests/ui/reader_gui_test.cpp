// SPDX-License-Identifier: MIT
// The Read workspace driven like a user: the window opens on the bundled overview with its outline, a
// document is picked in the library panel, links are clicked (internal, missing), Back returns, find counts
// matches, zoom and theme persist, diagrams are drawn by a renderer and clicking one reports it, PDF export
// writes a whole file.
#include "content/library.h"
#include "ui/mainwindow.h"
#include "ui/reader/diagramrenderer.h"
#include "ui/reader/documentview.h"
#include "ui/reader/findbar.h"
#include "ui/reader/librarypanel.h"
#include "ui/reader/printing.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>

#include <QtTest>
#include <functional>

using namespace ae::ui;

namespace {

const QString kTestLibrary = QStringLiteral(AE_TEST_DATA "/content/library");

class FakeRenderer : public DiagramRenderer
{
public:
    int calls = 0;
    QImage render(const QString &, const QString &, int maxWidthPx, qreal dpr, bool,
                  QVector<DiagramHotspot> *, qreal *) override
    {
        ++calls;
        QImage img(QSize(qMin(300, maxWidthPx), 120) * dpr, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::red);
        img.setDevicePixelRatio(dpr);
        return img;
    }
};

// Where in the view an anchor with this href is drawn, in viewport coordinates; (-1,-1) if absent.
QPoint anchorPoint(DocumentView *view, const QString &href)
{
    QTextDocument *doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && f.charFormat().anchorHref() == href) {
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

bool clickLink(DocumentView *view, const QString &href)
{
    const QPoint p = anchorPoint(view, href);
    if (p.x() < 0)
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, p);
    return true;
}

QModelIndex findRow(QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex idx = model->index(r, 0, parent);
        if (idx.data(LibraryPanel::PathRole).toString() == path &&
            idx.data(LibraryPanel::AnchorRole).toString().isEmpty())
            return idx;
        const QModelIndex inner = findRow(model, path, idx);
        if (inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class ReaderGuiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void startup_showsBundledOverviewWithOutline();
    void panel_clickDocument_showsIt();
    void panel_rowsCutAtItsWidth_showTheirWholeTitleAsTooltip();
    void link_internal_navigatesAndBackReturns();
    void link_missing_showsNotInLibraryNotice();
    void find_typedWord_highlightsAndCountsMatches();
    void zoomAndTheme_applyAndPersist();
    void diagrams_drawnByRendererOrShownAsCode();
    void exportPdf_writesCompleteFile();
    void workspaces_addedPagesCanBeFound();
};

void ReaderGuiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchitectureExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("reader_gui_test"));
}

void ReaderGuiTest::init()
{
    QSettings().clear();
}

void ReaderGuiTest::startup_showsBundledOverviewWithOutline()
{
    MainWindow w;
    w.show();
    DocumentView *view = w.findChild<DocumentView *>(QStringLiteral("documentView"));
    QVERIFY(view);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    QVERIFY(w.library()->isBundled());
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Read"));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    const QModelIndex overview = findRow(tree->model(), QStringLiteral("overview.md"));
    QVERIFY(overview.isValid());
    QVERIFY(tree->model()->rowCount(overview) >= 4); // its section outline
    QCOMPARE(tree->currentIndex(), overview);
    QVERIFY(view->toPlainText().contains(QStringLiteral("Choosing a Database")));
}

void ReaderGuiTest::panel_clickDocument_showsIt()
{
    MainWindow w;
    w.show();
    w.openLibrary(kTestLibrary);
    DocumentView *view = w.documentView();
    QTRY_COMPARE(w.library()->root(), kTestLibrary);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    const QModelIndex fintech = findRow(tree->model(), QStringLiteral("case-studies/fintech.md"));
    QVERIFY(fintech.isValid());
    tree->scrollTo(fintech);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(fintech).center());
    QTRY_COMPARE(view->currentPath(), QStringLiteral("case-studies/fintech.md"));
    QVERIFY(view->toPlainText().contains(QStringLiteral("Latency matters.")));
    // A section row jumps to its heading.
    tree->expand(fintech);
    const QModelIndex section = tree->model()->index(0, 0, fintech);
    QCOMPARE(section.data(LibraryPanel::AnchorRole).toString(), QStringLiteral("lessons-learned"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(section).center());
    QTRY_COMPARE(view->currentAnchor(), QStringLiteral("lessons-learned"));

    // Filtering the panel keeps the highlight on the page shown (its section's row, else its own), and
    // highlights nothing when the filter hides it: never a neighbour that is not open.
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
    QVERIFY(filter);
    const auto highlighted = [&] {
        const QModelIndex current = tree->currentIndex();
        return current.isValid() ? current.data(LibraryPanel::PathRole).toString() + QLatin1Char('#') +
                                       current.data(LibraryPanel::AnchorRole).toString()
                                 : QString();
    };
    QTest::keyClicks(filter, QStringLiteral("overview"));
    QCOMPARE(highlighted(), QString()); // fintech is filtered out; overview.md is not open
    filter->clear();
    QCOMPARE(highlighted(), QStringLiteral("case-studies/fintech.md#lessons-learned"));
    QTest::keyClicks(filter, QStringLiteral("Fintech"));
    QCOMPARE(highlighted(), QStringLiteral("case-studies/fintech.md#"));      // its section is filtered out
    QCOMPARE(view->currentPath(), QStringLiteral("case-studies/fintech.md")); // nothing was opened
    QCOMPARE(view->currentAnchor(), QStringLiteral("lessons-learned"));
}

void ReaderGuiTest::link_internal_navigatesAndBackReturns()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openLibrary(kTestLibrary);
    DocumentView *view = w.documentView();
    QTRY_COMPARE(w.library()->root(), kTestLibrary);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    auto *back = w.findChild<QAction *>(QStringLiteral("actionBack"));
    QVERIFY(!back->isEnabled());
    QVERIFY(clickLink(view, QStringLiteral("case-studies/fintech.md#lessons-learned")));
    QTRY_COMPARE(view->currentPath(), QStringLiteral("case-studies/fintech.md"));
    QCOMPARE(view->currentAnchor(), QStringLiteral("lessons-learned"));
    QVERIFY(back->isEnabled());
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    QVERIFY(view->canGoForward());
    w.findChild<QAction *>(QStringLiteral("actionForward"))->trigger();
    QTRY_COMPARE(view->currentPath(), QStringLiteral("case-studies/fintech.md"));
}

void ReaderGuiTest::link_missing_showsNotInLibraryNotice()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    w.openLibrary(kTestLibrary);
    DocumentView *view = w.documentView();
    // The bundled library has an overview.md too: wait for the test library itself, not the page name.
    QTRY_COMPARE(w.library()->root(), kTestLibrary);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    const QString href = QStringLiteral("../04_tutorials/tutorial_postgresql_basics.md");
    QVERIFY(clickLink(view, href));
    QTRY_COMPARE(view->missingHref(), href);
    QVERIFY(view->currentPath().isEmpty());
    QVERIFY(view->toPlainText().contains(href + QStringLiteral(" is not part of this library")));
    view->goBack();
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    // openDocument() with an unknown path says so too, naming it.
    QVERIFY(!w.openDocument(QStringLiteral("nowhere/else.md")));
    QVERIFY(view->toPlainText().contains(QStringLiteral("nowhere/else.md is not part of this library")));
}

void ReaderGuiTest::find_typedWord_highlightsAndCountsMatches()
{
    MainWindow w;
    w.show();
    w.openLibrary(kTestLibrary);
    DocumentView *view = w.documentView();
    // The bundled library has an overview.md too: wait for the test library itself, not the page name.
    QTRY_COMPARE(w.library()->root(), kTestLibrary);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
    QVERIFY(!w.findChild<FindBar *>(QStringLiteral("findBar"))); // built when first asked for
    w.findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    auto *bar = w.findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(bar && bar->isVisible());
    auto *field = w.findChild<QLineEdit *>(QStringLiteral("findField"));
    QTest::keyClicks(field, QStringLiteral("latency"));
    const int expected = view->toPlainText().count(QStringLiteral("latency"), Qt::CaseInsensitive);
    QVERIFY(expected >= 2);
    QCOMPARE(view->matchCount(), expected);
    QCOMPARE(view->extraSelections().size(), expected);
    auto *count = w.findChild<QLabel *>(QStringLiteral("findCount"));
    QCOMPARE(count->text(), QStringLiteral("1 of %1").arg(expected));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(view->currentMatch(), 1);
    QCOMPARE(count->text(), QStringLiteral("2 of %1").arg(expected));
    QCOMPARE(view->textCursor().block().text().contains(QStringLiteral("latency"), Qt::CaseInsensitive),
             true);
    field->setText(QStringLiteral("zzzznotthere"));
    QCOMPARE(view->matchCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("No matches"));
    QTest::keyClick(bar, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(view->extraSelections().isEmpty());
}

void ReaderGuiTest::zoomAndTheme_applyAndPersist()
{
    {
        MainWindow w;
        w.show();
        w.openLibrary(kTestLibrary);
        DocumentView *view = w.documentView();
        QTRY_COMPARE(w.library()->root(), kTestLibrary);
        QTRY_COMPARE(view->currentPath(), QStringLiteral("overview.md"));
        const qreal before = view->document()->defaultFont().pointSizeF();
        w.findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        w.findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        QCOMPARE(view->zoomPercent(), 120);
        QVERIFY(view->document()->defaultFont().pointSizeF() > before);
        w.openDocument(QStringLiteral("case-studies/fintech.md"));
        w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
        QVERIFY(w.theme()->isDark());
        QTRY_VERIFY(view->isDark());
        // The palette reaches widgets through posted events: the page restyles once it arrives.
        QTRY_VERIFY(view->document()->defaultStyleSheet().contains(
            Theme::darkPalette().color(QPalette::Text).name()));
        w.close();
    }
    MainWindow again;
    again.show();
    DocumentView *view = again.documentView();
    QTRY_COMPARE(again.library()->root(), kTestLibrary);
    QTRY_COMPARE(view->currentPath(), QStringLiteral("case-studies/fintech.md"));
    QCOMPARE(view->zoomPercent(), 120);
    QVERIFY(again.theme()->isDark());
    again.findChild<QAction *>(QStringLiteral("actionTheme_light"))->trigger();
    QVERIFY(!again.theme()->isDark());
    again.findChild<QAction *>(QStringLiteral("actionZoomReset"))->trigger();
    QCOMPARE(view->zoomPercent(), 100);
}

void ReaderGuiTest::diagrams_drawnByRendererOrShownAsCode()
{
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    w.openLibrary(kTestLibrary);
    DocumentView *view = w.documentView();
    QTRY_COMPARE(w.library()->root(), kTestLibrary);
    QVERIFY(w.openDocument(QStringLiteral("guide/diagrams.md")));
    view->setDiagramRenderer(nullptr); // whatever the Draw workspace installed
    QVERIFY(view->toPlainText().contains(QStringLiteral("client -> api"))); // no renderer: the code
    FakeRenderer renderer;
    view->setDiagramRenderer(&renderer);
    QVERIFY(renderer.calls >= 1);
    QVERIFY(!view->toPlainText().contains(QStringLiteral("client -> api")));
    QVERIFY(view->toPlainText().contains(QStringLiteral("SELECT 1;")));
    const QImage img =
        view->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("diagram:0"))).value<QImage>();
    QVERIFY(!img.isNull());
    QSignalSpy activated(view, &DocumentView::diagramActivated);
    QVERIFY(clickLink(view, QStringLiteral("diagram:0")));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), QStringLiteral("arch"));
    QCOMPARE(activated.first().at(1).toString(), QStringLiteral("client -> api\n"));
    view->setDiagramRenderer(nullptr);
    QVERIFY(view->toPlainText().contains(QStringLiteral("client -> api")));
    // Images come from the library only.
    QVERIFY(w.openDocument(QStringLiteral("overview.md")));
    QVERIFY(!view->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/dot.svg")))
                 .value<QImage>()
                 .isNull());
    QVERIFY(
        view->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../../outside.png"))).isNull());
    QVERIFY(
        view->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/x.png")))
            .isNull());
}

void ReaderGuiTest::exportPdf_writesCompleteFile()
{
    MainWindow w;
    w.show();
    w.openLibrary(kTestLibrary);
    QTRY_COMPARE(w.library()->root(), kTestLibrary);
    QTRY_COMPARE(w.documentView()->currentPath(), QStringLiteral("overview.md"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overview.pdf"));
    QString error;
    QVERIFY2(exportPdf(w.documentView(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(!exportPdf(w.documentView(), dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

void ReaderGuiTest::workspaces_addedPagesCanBeFound()
{
    MainWindow w;
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("testWorkspace"));
    w.addWorkspace(page, QStringLiteral("Test"));
    QCOMPARE(w.workspace(QStringLiteral("testWorkspace")), page);
    QVERIFY(!w.workspace(QStringLiteral("nothing")));
    QVERIFY(w.showWorkspace(QStringLiteral("testWorkspace")));
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaces"));
    QCOMPARE(tabs->currentWidget(), page);
    QVERIFY(w.openDocument(QStringLiteral("overview.md")));
    QCOMPARE(tabs->currentIndex(), 0);
}

QTEST_MAIN(ReaderGuiTest)
// The library panel's rows are one line each, cut with "…" at the panel's width: every row, cut or not, has a
// tooltip that starts with its whole title (and the panel can be widened with its splitter).
void ReaderGuiTest::panel_rowsCutAtItsWidth_showTheirWholeTitleAsTooltip()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tree = w.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    tree->expandAll();
    QCoreApplication::processEvents();
    int rows = 0, cut = 0;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, parent);
            const QString title = i.data().toString();
            const QRect shown = tree->visualRect(i);
            const int needed = tree->fontMetrics().horizontalAdvance(title) + tree->iconSize().width() + 8;
            ++rows;
            cut += needed > shown.width();
            QVERIFY2(i.data(Qt::ToolTipRole).toString().startsWith(title), qPrintable(title));
            visit(i);
        }
    };
    visit(QModelIndex());
    QVERIFY(rows > 10);
    QVERIFY(cut > 0); // the bundled studies' long titles are cut at the default width: the case this is about
}

#include "reader_gui_test.moc"

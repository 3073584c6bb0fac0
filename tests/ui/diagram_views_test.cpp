// SPDX-License-Identifier: MIT
// Views in Draw: a text with views shows one tab per view over the preview, clicking a tab draws that view,
// the tabs follow edits of the text, and one editor holds it all.
#include "diagram/layout.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"

#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ae::ui;

namespace {

const QString kModel = QStringLiteral("title \"Shop\"\n"
                                      "user shopper \"Shopper\"\n"
                                      "service api \"Orders API\"\n"
                                      "database db \"Orders DB\"\n"
                                      "cache redis \"Cache\"\n"
                                      "shopper -> api\napi -> db\napi -> redis\n"
                                      "view data \"Data stores\" {\n  include kind:database, kind:cache\n}\n"
                                      "dynamic order \"Placing an order\" {\n"
                                      "  shopper -> api : places order\n  api -> db : writes\n}\n");

QStringList drawnNodes(const DiagramPreview *preview)
{
    QStringList ids;
    for (const auto &n : preview->diagram().diagram.nodes)
        ids.append(n.id);
    return ids;
}

} // namespace

class DiagramViewsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!ae::diagram::layoutHelperPath().isEmpty(),
                 "the layout helper (archexplorer-layout) is not built");
    }

    void tabs_switchThePreviewedViewAndFollowTheText()
    {
        QTemporaryDir dir;
        DiagramWorkspace ws(nullptr, dir.filePath(QStringLiteral("autosave")));
        ws.resize(1100, 700);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        auto *tabs = ws.findChild<QTabBar *>(QStringLiteral("diagramViewTabs"));
        auto *preview = ws.findChild<DiagramPreview *>(QStringLiteral("diagramPreview"));
        auto *editor = ws.findChild<DiagramEditor *>(QStringLiteral("diagramEditor"));
        QVERIFY(tabs && preview && editor);

        // A text without views: no tabs.
        ws.openText(QStringLiteral("service a\nservice b\na -> b\n"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasDiagram() && drawnNodes(preview).contains(QStringLiteral("b")),
                                 15000);
        QVERIFY(!tabs->isVisible());

        ws.openText(kModel);
        QTRY_VERIFY_WITH_TIMEOUT(drawnNodes(preview).contains(QStringLiteral("shopper")), 15000);
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Model"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Data stores"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Placing an order"));
        QCOMPARE(drawnNodes(preview).size(), 4);

        // Clicking a tab draws that view.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QCOMPARE(ws.currentView(), QStringLiteral("data"));
        QTRY_COMPARE_WITH_TIMEOUT(drawnNodes(preview),
                                  (QStringList{QStringLiteral("db"), QStringLiteral("redis")}), 15000);
        QCOMPARE(preview->diagram().diagram.title, QStringLiteral("Data stores"));

        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        QTRY_VERIFY_WITH_TIMEOUT(preview->diagram().diagram.title == QStringLiteral("Placing an order"),
                                 15000);
        const auto &edges = preview->diagram().diagram.edges;
        QCOMPARE(edges.size(), 2);
        QCOMPARE(edges[0].label, QStringLiteral("1. places order"));
        QCOMPARE(edges[1].label, QStringLiteral("2. writes"));
        QVERIFY(!drawnNodes(preview).contains(QStringLiteral("redis")));

        // Editing the one editor: the tab stays on its view, which is redrawn from the new text.
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral("view people \"People\" {\n  include kind:user\n}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->count(), 4, 15000);
        QCOMPARE(ws.currentView(), QStringLiteral("order"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("People"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(3).center());
        QTRY_COMPARE_WITH_TIMEOUT(drawnNodes(preview), QStringList{QStringLiteral("shopper")}, 15000);

        // Looking up a node the view leaves out goes back to the whole model.
        QVERIFY(ws.highlightNode(QStringLiteral("redis")));
        QCOMPARE(tabs->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(drawnNodes(preview).contains(QStringLiteral("redis")), 15000);
        editor->document()->setModified(false);
    }

    // A Structurizr workspace opens on its first view, as Structurizr shows it, not on the whole model (where
    // each relationship Structurizr implies between systems is drawn from a system's frame beside the
    // container relationship it comes from). The Model tab stays one click away; edits keep the view shown.
    void structurizrWorkspace_opensOnItsFirstView()
    {
        QTemporaryDir dir;
        DiagramWorkspace ws(nullptr, dir.filePath(QStringLiteral("autosave")));
        ws.resize(1100, 700);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        auto *tabs = ws.findChild<QTabBar *>(QStringLiteral("diagramViewTabs"));
        auto *preview = ws.findChild<DiagramPreview *>(QStringLiteral("diagramPreview"));
        auto *editor = ws.findChild<DiagramEditor *>(QStringLiteral("diagramEditor"));
        QVERIFY(tabs && preview && editor);

        QString error;
        QVERIFY2(
            ws.openFile(QStringLiteral(AE_TEST_DATA "/import/structurizr-real/big-bank-plc.dsl"), &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasDiagram() && !preview->isBusy(), 15000);
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->tabText(0), QStringLiteral("Model"));
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(ws.currentView(), QStringLiteral("SystemLandscape"));
        QCOMPARE(preview->diagram().diagram.title, tabs->tabText(1));
        QSet<std::pair<QString, QString>> pairs;
        for (const auto &e : preview->diagram().diagram.edges) {
            QVERIFY2(!e.fromGroup && !e.toGroup, qPrintable(e.from + QStringLiteral(" -> ") + e.to));
            pairs.insert({e.from, e.to});
        }
        QCOMPARE(pairs.size(), preview->diagram().diagram.edges.size());

        // The whole model is the first tab.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
        QCOMPARE(ws.currentView(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(drawnNodes(preview).contains(QStringLiteral("emailComponent")), 15000);

        // An edit re-reads the text without jumping back to the first view.
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral("\n"));
        QTest::qWait(700);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy(), 15000);
        QCOMPARE(tabs->currentIndex(), 0);
        editor->document()->setModified(false);
    }
};

QTEST_MAIN(DiagramViewsTest)
#include "diagram_views_test.moc"

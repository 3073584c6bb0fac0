// SPDX-License-Identifier: MIT
// Check findings and path figures on Draw's preview, through the real workspace: a marker sits on the node a
// finding is about, its tooltip names the rule, the finding and the hint, a click on it selects the finding's
// row and puts the cursor on its line; View > Show check findings hides the markers and is remembered; the
// path summary gives the path's figures; hovering an element of the path shows its own figures.
#include "diagram/layout.h"
#include "draw/chartstyle.h"
#include "ui/diagram/diagrameditor.h"
#include "ui/diagram/diagrampreview.h"
#include "ui/diagram/diagramworkspace.h"
#include "ui/diagram/problemslist.h"
#include "ui/settings.h"

#include <QAction>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ae;
using namespace ae::ui;

namespace {
QString checkoutText()
{
    QFile f(QStringLiteral(AE_TEST_DATA "/checks/ui/checkout.arch"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList texts(const draw::DrawList &list, const QString &role)
{
    QStringList out;
    for (const draw::Op &op : list.ops)
        if (op.role == role)
            out.append(op.text);
    return out;
}

int findingIndex(const diagram::checks::CheckReport &report, const QString &rule)
{
    for (int i = 0; i < report.findings.size(); ++i)
        if (report.findings[i].rule == rule)
            return i;
    return -1;
}
} // namespace

class DiagramMarkersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!diagram::layoutHelperPath().isEmpty());
    }

    void init()
    {
        Settings().setShowCheckFindings(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<DiagramWorkspace>(nullptr, m_dir->filePath(QStringLiteral("autosave")));
        m_ws->resize(1200, 760);
        m_ws->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
        m_ws->openText(checkoutText());
        QTRY_VERIFY(m_ws->preview()->hasDiagram() &&
                    m_ws->preview()->diagram().diagram.title == QLatin1String("Checkout"));
        QTRY_VERIFY(!m_ws->checkReport().findings.isEmpty());
    }

    void cleanup()
    {
        m_ws->editor()->document()->setModified(false);
        m_ws.reset();
        m_dir.reset();
    }

    void marker_onTheNodeItIsAbout_withTooltip_clickSelectsTheFinding()
    {
        DiagramPreview *preview = m_ws->preview();
        const int stream = findingIndex(m_ws->checkReport(), QStringLiteral("stream-without-consumer"));
        QVERIFY(stream >= 0);
        QCOMPARE(m_ws->checkReport().findings[stream].node, QStringLiteral("events"));
        // Drawn, on the corner of the stream's node, and in the marker colour at 3:1 on the background.
        const QRectF marker = preview->markerWidgetRect(stream);
        QVERIFY(!marker.isEmpty());
        const QRectF node = preview->nodeWidgetRect(QStringLiteral("events"));
        QVERIFY2(node.adjusted(-2, -2, 2, 2).contains(marker.center()), "the marker is not on its node");
        QVERIFY(marker.center().x() > node.center().x() && marker.center().y() < node.center().y());
        int markers = 0;
        for (const draw::Op &op : preview->drawing().ops)
            if (op.role == QLatin1String("check-marker")) {
                ++markers;
                QVERIFY(draw::contrastRatio(op.fill, preview->theme().background) >= 3.0);
            }
        QCOMPARE(markers, 3); // the stream, `checkout` (dual write), the shopper's edge to the replica
        // The tooltip: rule id, its summary, the finding and the hint.
        const QString tip = preview->toolTipAt(marker.center());
        QVERIFY2(tip.startsWith(QLatin1String("stream-without-consumer (warning): ")), qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("stream `events` has producers but no consumer")));
        QVERIFY(tip.contains(QLatin1String("Hint: draw the consumer")));
        // A click: its row in the problems list, and the editor on its line.
        QTest::mouseClick(preview, Qt::LeftButton, {}, marker.center().toPoint());
        ProblemsList *problems = m_ws->problems();
        QVERIFY(problems->currentItem());
        QCOMPARE(
            problems->currentItem()->data(ProblemsList::SeverityColumn, ProblemsList::RuleRole).toString(),
            QStringLiteral("stream-without-consumer"));
        QCOMPARE(m_ws->editor()->textCursor().blockNumber() + 1,
                 m_ws->checkReport().findings[stream].diagnostic.line);
    }

    void markerOnEdge_besideItsLabel()
    {
        const int client = findingIndex(m_ws->checkReport(), QStringLiteral("client-to-database"));
        QVERIFY(client >= 0);
        const QRectF marker = m_ws->preview()->markerWidgetRect(client);
        QVERIFY(!marker.isEmpty());
        QVERIFY(m_ws->preview()->toolTipAt(marker.center()).startsWith(QLatin1String("client-to-database")));
    }

    void toggle_hidesMarkers_andIsRemembered()
    {
        QAction *toggle = m_ws->showFindingsAction();
        QVERIFY(toggle && toggle->isChecked());
        QCOMPARE(toggle->text(), QStringLiteral("Show check findings"));
        toggle->trigger();
        QVERIFY(!m_ws->preview()->showsFindings());
        for (const draw::Op &op : m_ws->preview()->drawing().ops)
            QVERIFY(op.role != QLatin1String("check-marker"));
        QVERIFY(m_ws->preview()->markerWidgetRect(0).isEmpty());
        QVERIFY(!Settings().showCheckFindings());
        // A new Draw starts with them off.
        DiagramWorkspace again(nullptr, m_dir->filePath(QStringLiteral("autosave2")));
        QVERIFY(!again.showFindingsAction()->isChecked());
        QVERIFY(!again.preview()->showsFindings());
        again.editor()->document()->setModified(false);
    }

    // A dynamic view drawn for its steps only (no figure, no budget, as every Structurizr dynamic view is)
    // has nothing to sum up: no box of "unknown" lines over the drawing; one figure brings the box back.
    void summary_absentForAPathWithoutFigures()
    {
        m_ws->openText(
            QStringLiteral("title \"Sign in\"\nservice app\nservice auth\ndatabase db\napp -> auth\n"
                           "auth -> db\ndynamic signin \"Sign in\" {\n  app -> auth\n  auth -> db\n}\n"));
        QTRY_VERIFY(m_ws->preview()->hasDiagram() &&
                    m_ws->preview()->diagram().diagram.title == QLatin1String("Sign in"));
        QTRY_COMPARE(m_ws->checkReport().paths.size(), 1);
        QVERIFY(m_ws->preview()->pathSummary().ops.isEmpty());
        m_ws->openText(
            QStringLiteral("title \"Sign in 2\"\nservice app\nservice auth [latency: 5ms]\ndatabase db\n"
                           "app -> auth\nauth -> db\ndynamic signin \"Sign in\" {\n  app -> auth\n  auth -> "
                           "db\n}\n"));
        QTRY_VERIFY(m_ws->preview()->diagram().diagram.title == QLatin1String("Sign in 2"));
        QTRY_VERIFY(!m_ws->preview()->pathSummary().ops.isEmpty());
    }

    void summary_givesThePathFigures()
    {
        DiagramPreview *preview = m_ws->preview();
        const draw::DrawList &summary = preview->pathSummary();
        QVERIFY(!summary.ops.isEmpty());
        QCOMPARE(texts(summary, QStringLiteral("summary-title")),
                 QStringList{QStringLiteral("Path checkout")});
        QCOMPARE(texts(summary, QStringLiteral("summary-latency")),
                 QStringList{QStringLiteral("p50 42.0 ms · p99 164 ms")});
        QCOMPARE(texts(summary, QStringLiteral("summary-availability")),
                 QStringList{QStringLiteral("99.94 %")});
        QCOMPARE(texts(summary, QStringLiteral("summary-bottleneck")),
                 QStringList{QStringLiteral("edge `checkout -> orders`, 1,500/s")});
        QCOMPARE(texts(summary, QStringLiteral("summary-async")),
                 QStringList{QStringLiteral("async checkout ~> events")});
        QCOMPARE(texts(summary, QStringLiteral("summary-budget-violated")),
                 QStringList{QStringLiteral("✗ violated: p99 < 150 ms (computed 164 ms)")});
        QCOMPARE(texts(summary, QStringLiteral("summary-budget-met")),
                 QStringList{QStringLiteral("✓ met: availability >= 99.9 % (computed 99.94 %)")});
        // Every line reads at 4.5:1 on the box.
        QColor fill;
        for (const draw::Op &op : summary.ops)
            if (op.role == QLatin1String("summary-frame"))
                fill = op.fill;
        QVERIFY(fill.isValid());
        for (const draw::Op &op : summary.ops)
            if (op.kind == draw::Op::Kind::Text)
                QVERIFY2(draw::contrastRatio(op.fill, fill) >= 4.5, qPrintable(op.text));
        // In the preview's bottom left corner, inside it, and the fitted drawing stays above it.
        const QRectF box = preview->summaryWidgetRect();
        QVERIFY(QRectF(preview->rect()).contains(box));
        const QRectF drawing(preview->mapFromDiagram(preview->diagram().bounds.topLeft()),
                             preview->mapFromDiagram(preview->diagram().bounds.bottomRight()));
        QVERIFY(drawing.bottom() <= box.top() + 1);
    }

    void hover_onThePath_showsTheElementsFigures()
    {
        DiagramPreview *preview = m_ws->preview();
        const QRectF checkout = preview->nodeWidgetRect(QStringLiteral("checkout"));
        const QString tip = preview->toolTipAt(checkout.center());
        QVERIFY2(
            tip.contains(QStringLiteral("On path <code>checkout</code>: latency p50 30.0 ms, p99 120 ms · "
                                        "availability 99.95 % · capacity 3,000/s")),
            qPrintable(tip));
        // Off the path: no figures.
        const QString replica =
            preview->toolTipAt(preview->nodeWidgetRect(QStringLiteral("replica")).center());
        QVERIFY(!replica.isEmpty());
        QVERIFY(!replica.contains(QLatin1String("On path")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DiagramWorkspace> m_ws;
};

QTEST_MAIN(DiagramMarkersTest)
#include "diagram_markers_test.moc"

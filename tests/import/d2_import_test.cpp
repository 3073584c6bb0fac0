// SPDX-License-Identifier: MIT
// D2 files as users write them: one golden file per construct group (model + the fields D2 sets + located
// diagnostics), the behaviours users rely on stated directly, and inputs that must never crash or hang.
#include "diagram/import/d2import.h"
#include "diagram/import/import.h"
#include "diagram/layout.h"
#include "diagram/shapes.h"
#include "diagram/svgwriter.h"
#include "importdump.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kDir = QStringLiteral(AE_TEST_DATA "/import/d2/");

using testing::readUtf8;

ParseResult parseFile(const QString &name)
{
    return parseAnyDiagram(readUtf8(kDir + name + QStringLiteral(".d2")), DiagramFormat::D2);
}

const Node &node(const Diagram &d, const QString &id)
{
    const int i = d.indexOfNode(id);
    if (i < 0)
        qFatal("no node %s", qPrintable(id));
    return d.nodes[i];
}

} // namespace

class D2ImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_matchesExpected_data() { QVERIFY(testing::addGoldenRows(kDir, QStringLiteral("d2")) >= 6); }
    void golden_matchesExpected()
    {
        QFETCH(QString, name);
        const QString actual = testing::goldenText(parseFile(name));
        QCOMPARE(actual, testing::expectedText(kDir + name + QStringLiteral(".expected"), actual));
    }

    void shapes_mapToKindsShapesAndRecords()
    {
        const ParseResult r = parseFile(QStringLiteral("shapes"));
        QVERIFY(!hasErrors(r.diagnostics));
        QCOMPARE(r.diagram.direction, Direction::Right);
        QCOMPARE(node(r.diagram, QStringLiteral("db")).kind, NodeKind::Database);
        QCOMPARE(node(r.diagram, QStringLiteral("q")).kind, NodeKind::Queue);
        QCOMPARE(node(r.diagram, QStringLiteral("user")).kind, NodeKind::User);
        QCOMPARE(node(r.diagram, QStringLiteral("net")).shape, QStringLiteral("cloud"));
        QCOMPARE(node(r.diagram, QStringLiteral("sd")).shape, QStringLiteral("stored_data"));
        QCOMPARE(node(r.diagram, QStringLiteral("users")).fields,
                 QStringList({QStringLiteral("id int PK"), QStringLiteral("email string UNQ"),
                              QStringLiteral("org_id int FK")}));
        // A connection from a row ends on its table.
        QCOMPARE(r.diagram.edges.size(), 1);
        QCOMPARE(r.diagram.edges[0].from, QStringLiteral("users"));
    }

    // Every shape the reader keeps by name is drawn as its own outline, not as a box.
    void shapes_everyNamedShapeHasItsOutline()
    {
        const ParseResult r = parseFile(QStringLiteral("shapes"));
        int named = 0;
        for (const Node &n : r.diagram.nodes) {
            if (n.shape.isEmpty())
                continue;
            ++named;
            QVERIFY2(drawsOwnShape(n), qPrintable(n.id + QStringLiteral(" shape=") + n.shape));
        }
        QVERIFY(named >= 10);
    }

    // An inner `direction` the layout cannot honour is a warning at its line, and the container is laid out
    // in the diagram's direction; one across the flow, in a container of shapes, is kept.
    void directions_honouredAcrossTheFlowElseWarnedAtTheLine()
    {
        const ParseResult r = parseFile(QStringLiteral("directions"));
        const Diagram &d = r.diagram;
        const auto group = [&](const char *id) { return d.groups[d.indexOfGroup(QString::fromLatin1(id))]; };
        QVERIFY(group("row").hasDirection);
        QCOMPARE(group("row").direction, Direction::Right);
        QVERIFY(!group("up").hasDirection);
        QVERIFY(!group("outer").hasDirection);
        QVERIFY(group("same").hasDirection);
        QStringList warned;
        for (const Diagnostic &w : r.diagnostics)
            if (w.message.contains(QLatin1String("direction")))
                warned << QStringLiteral("%1:%2").arg(w.line).arg(w.column);
        QCOMPARE(warned, QStringList({QStringLiteral("9:14"), QStringLiteral("13:14")}));
        QCOMPARE(node(d, QStringLiteral("dashed")).pattern, LinePattern::Dashed);
        QCOMPARE(d.edges.last().pattern, LinePattern::Dashed);
    }

    void connections_arrowsChainsAndCaseInsensitiveKeys()
    {
        const ParseResult r = parseFile(QStringLiteral("connections"));
        QVERIFY(!hasErrors(r.diagnostics));
        const QVector<Edge> &e = r.diagram.edges;
        QCOMPARE(e.size(), 10);
        QCOMPARE(e[1].head, ArrowEnd::None); // b <- c: the head is at b, the written source
        QCOMPARE(e[1].tail, ArrowEnd::Normal);
        QVERIFY(e[2].bothWays);
        QVERIFY(!e[3].directed);
        QCOMPARE(e[4].label, QStringLiteral("chain"));
        QCOMPARE(e[6].label, QStringLiteral("chain"));
        QCOMPARE(e[4].pattern, LinePattern::Dashed); // (a -> b)[1] is the chain's first hop
        QCOMPARE(e[7].pattern, LinePattern::FromStyle);
        QCOMPARE(e[8].head, ArrowEnd::Dot);  // circle, filled
        QCOMPARE(e[8].tail, ArrowEnd::None); // no arrow at the source of `->`: its shape is not drawn
        QCOMPARE(e[9].from, e[9].to);        // `Mixed Case` and `mixed case` are one shape
    }

    void containers_becomeNestedGroupsWithEdgesOnGroups()
    {
        const ParseResult r = parseFile(QStringLiteral("containers"));
        QVERIFY(!hasErrors(r.diagnostics));
        const Diagram &d = r.diagram;
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("cloud.vpc.data"))].parent,
                 QStringLiteral("cloud.vpc"));
        QCOMPARE(node(d, QStringLiteral("cloud.vpc.data.pg")).group, QStringLiteral("cloud.vpc.data"));
        QVERIFY(d.groups[d.indexOfGroup(QStringLiteral("cloud"))].hasDirection);
        const Edge &toGroup = d.edges[2];
        QCOMPARE(toGroup.to, QStringLiteral("cloud.vpc"));
        QVERIFY(toGroup.toGroup);
        QCOMPARE(d.edges[1].to, QStringLiteral("cloud.cache")); // `_` is the container above
        QVERIFY(!d.groups[d.indexOfGroup(QStringLiteral("frame"))].showLabel);
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("frame"))].columns, 2);
    }

    // `style.stroke-dash` on a container draws its frame dashed (no "not drawn" warning); a container inside
    // it keeps its own solid frame, and a zero dash is solid as in D2.
    void dashedContainers_frameDrawnDashedInTheSvg()
    {
        const ParseResult r = parseFile(QStringLiteral("dashed-containers"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).message));
        const Diagram &d = r.diagram;
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("edge"))].pattern, LinePattern::Dashed);
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("edge.core"))].pattern, LinePattern::FromStyle);
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("plain"))].pattern, LinePattern::FromStyle);

        const LayoutResult laid = layoutDiagram(d, Theme::light());
        QVERIFY2(laid.ok, qPrintable(laid.error));
        const QString svg = QString::fromUtf8(writeSvg(laid.diagram, Theme::light()));
        // Each group's frame is the first <rect> after its <g id="group-ID" ...><title>.
        const auto frame = [&](const QString &id) {
            const qsizetype g = svg.indexOf(QStringLiteral("<g id=\"group-") + id + u'"');
            if (g < 0)
                return QString();
            const qsizetype start = svg.indexOf(QLatin1String("<rect"), g);
            return svg.mid(start, svg.indexOf(u'>', start) - start);
        };
        QVERIFY2(frame(QStringLiteral("edge")).contains(QLatin1String("stroke-dasharray=\"5,3\"")),
                 qPrintable(frame(QStringLiteral("edge"))));
        QVERIFY2(frame(QStringLiteral("edge")).contains(QLatin1String("stroke=\"#175cd3\"")),
                 qPrintable(frame(QStringLiteral("edge"))));
        for (const char *solid : {"edge.core", "plain"}) {
            const QString f = frame(QString::fromLatin1(solid));
            QVERIFY2(f.startsWith(QLatin1String("<rect")) && !f.contains(QLatin1String("dasharray")),
                     qPrintable(f));
        }
    }

    void styles_classesVarsAndOwnValuesWin()
    {
        const ParseResult r = parseFile(QStringLiteral("styles"));
        QVERIFY(!hasErrors(r.diagnostics));
        const Node &svc = node(r.diagram, QStringLiteral("svc"));
        QCOMPARE(svc.label, QStringLiteral("Checkout service"));
        QCOMPARE(svc.colors.fill, QColor(QStringLiteral("#ffffff"))); // its own fill beats the class's
        QCOMPARE(svc.colors.stroke, QColor(Qt::red));
        QCOMPARE(svc.note, QStringLiteral("Handles the checkout"));
        QCOMPARE(svc.link, QStringLiteral("https://example.com/runbook"));
        QCOMPARE(node(r.diagram, QStringLiteral("other")).colors.text, QColor(QStringLiteral("gray")));
        QCOMPARE(node(r.diagram, QStringLiteral("brand")).colors.stroke, QColor(QStringLiteral("#1f6feb")));
        QCOMPARE(node(r.diagram, QStringLiteral("note")).label, QStringLiteral("Heading\nSome bold text"));
        QCOMPARE(node(r.diagram, QStringLiteral("single ${name}")).label, QStringLiteral("literal"));
        QCOMPARE(r.diagram.edges[0].pattern, LinePattern::Dashed);
    }

    void unsupported_oneLocatedWarningEach()
    {
        const ParseResult r = parseFile(QStringLiteral("unsupported"));
        QVERIFY(!hasErrors(r.diagnostics));
        QStringList messages;
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY(d.line > 0 && d.column > 0);
            messages.append(d.message);
        }
        QCOMPARE(messages.filter(QStringLiteral("near")).size(), 1);
        QCOMPARE(messages.filter(QStringLiteral("boards")).size(), 1);
        QCOMPARE(messages.filter(QStringLiteral("globs")).size(), 1);
        QCOMPARE(messages.filter(QStringLiteral("icons")).size(), 1);
        QCOMPARE(messages.filter(QStringLiteral("imports")).size(), 1);
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("x")) < 0); // layers are not drawn
    }

    void errors_allLocatedAtOnceWithHints()
    {
        const ParseResult r = parseFile(QStringLiteral("errors"));
        int errors = 0;
        for (const Diagnostic &d : r.diagnostics)
            if (d.isError()) {
                ++errors;
                QVERIFY(d.line > 0 && d.column > 0);
                QVERIFY2(!d.hint.isEmpty(), qPrintable(d.message));
            }
        QVERIFY(errors >= 7);
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("c")) >= 0); // the rest is still read
    }

    void detection_byExtensionContentAndFence()
    {
        QCOMPARE(diagramFormatFromPath(QStringLiteral("x.D2")), DiagramFormat::D2);
        QCOMPARE(diagramFormatFromInfo(QStringLiteral("d2")), DiagramFormat::D2);
        const DetectedFormat byContent =
            detectDiagramFormat(QString(), readUtf8(kDir + QStringLiteral("shapes.d2")));
        QCOMPARE(byContent.format, DiagramFormat::D2);
        const QString arch =
            QStringLiteral("# orders\nservice orders \"Orders\" [tech: \"Go\"]\norders -> pg : \"SQL\"\n");
        QCOMPARE(detectDiagramFormat(QString(), arch).format, DiagramFormat::Arch);
    }

    void robustness_truncationsDeepNestingAndHugeInputs()
    {
        for (const QString &name : QDir(kDir).entryList({QStringLiteral("*.d2")}, QDir::Files)) {
            const QString text = readUtf8(kDir + name);
            for (int n = 0; n <= text.size(); n += 3)
                (void)parseD2(text.left(n));
        }
        const ParseResult deep =
            parseD2(QStringLiteral("a: {").repeated(200) + QStringLiteral("}").repeated(200));
        QVERIFY(hasErrors(deep.diagnostics));
        QString path = QStringLiteral("a");
        for (int i = 0; i < 100; ++i)
            path += QStringLiteral(".a");
        QVERIFY(hasErrors(parseD2(path + QStringLiteral(" -> b")).diagnostics));
        QString wide;
        for (int i = 0; i < 60000; ++i)
            wide += QStringLiteral("n%1 -> n%2\n").arg(i).arg(i + 1);
        const ParseResult big = parseD2(wide);
        QVERIFY(hasErrors(big.diagnostics));
        QVERIFY(big.diagram.nodes.size() + big.diagram.edges.size() <= 50000);
    }
};

QTEST_MAIN(D2ImportTest)
#include "d2_import_test.moc"

// SPDX-License-Identifier: MIT
// Structurizr DSL workspaces: golden files (model + views + located diagnostics), the mapping users rely on
// stated directly, !include confined to the workspace's folder, and inputs that must never crash or hang.
#include "diagram/import/import.h"
#include "diagram/import/structurizrimport.h"
#include "diagram/views.h"
#include "importdump.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtTest>

using namespace ae;
using namespace ae::diagram;

namespace {

const QString kDir = QStringLiteral(AE_TEST_DATA "/import/structurizr/");

using testing::readUtf8;

ParseResult parseFile(const QString &name)
{
    const QString path = kDir + name + QStringLiteral(".dsl");
    return parseAnyDiagram(readUtf8(path), DiagramFormat::Structurizr, path);
}

} // namespace

class StructurizrImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_matchesExpected_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : {QStringLiteral("bigbank"), QStringLiteral("flat"), QStringLiteral("errors"),
                                 QStringLiteral("include/workspace")})
            QTest::newRow(qPrintable(n)) << n;
    }
    void golden_matchesExpected()
    {
        QFETCH(QString, name);
        QString actual = testing::goldenText(parseFile(name));
        QCOMPARE(actual, testing::expectedText(kDir + name + QStringLiteral(".expected"), actual));
    }

    void model_systemsWithContainersAreGroupsAndKindsFollowTagsAndStyles()
    {
        const ParseResult r = parseFile(QStringLiteral("bigbank"));
        QVERIFY(!hasErrors(r.diagnostics));
        const Diagram &d = r.diagram;
        QVERIFY(d.indexOfGroup(QStringLiteral("ibs")) >= 0);
        QVERIFY(d.indexOfGroup(QStringLiteral("ibs.api")) >= 0); // a container with components
        QCOMPARE(d.groups[d.indexOfGroup(QStringLiteral("ibs.api"))].parent, QStringLiteral("ibs"));
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("customer"))].kind, NodeKind::User);
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("ibs.db"))].kind, NodeKind::Database);
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("ibs.db"))].colors.fill,
                 QColor(QStringLiteral("#438dd5")));
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("ibs.spa"))].kind, NodeKind::Client);
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("ibs.queue"))].kind, NodeKind::Queue);
        QCOMPARE(d.nodes[d.indexOfNode(QStringLiteral("email"))].kind, NodeKind::External);
        QVERIFY(d.nodes[d.indexOfNode(QStringLiteral("ibs.db"))].tags.contains(QStringLiteral("Database")));
    }

    void relationships_implicitSourceImpliedAndInstances()
    {
        const ParseResult r = parseFile(QStringLiteral("bigbank"));
        auto find = [&](const QString &from, const QString &to) -> const Edge * {
            for (const Edge &e : r.diagram.edges)
                if (e.from == from && e.to == to)
                    return &e;
            return nullptr;
        };
        const Edge *implicit = find(QStringLiteral("ibs.api"), QStringLiteral("mainframe"));
        QVERIFY(implicit); // `-> mainframe` inside api's block
        QVERIFY(implicit->fromGroup);
        QCOMPARE(implicit->label, QStringLiteral("Reads from\n[XML/HTTPS]"));
        QCOMPARE(implicit->pattern, LinePattern::Solid); // relationship style: dashed false
        const Edge *implied = find(QStringLiteral("customer"), QStringLiteral("ibs"));
        QVERIFY(implied); // customer -> ibs.spa implies customer -> ibs
        QVERIFY(implied->toGroup);
        QVERIFY(implied->tags.contains(QStringLiteral("implied")));
        QVERIFY(!find(QStringLiteral("ibs.spa"), QStringLiteral("ibs"))); // never to its own parent
        QVERIFY(find(QStringLiteral("live.dc.apiInstance"), QStringLiteral("live_ibs_db")) ||
                find(QStringLiteral("live.dc.apiInstance"), QStringLiteral("live_Database")));
    }

    void views_mapToViewsWithSelectorsDirectionsAndSteps()
    {
        const ParseResult r = parseFile(QStringLiteral("bigbank"));
        const QVector<View> &v = r.diagram.views;
        QCOMPARE(v.size(), 6);
        QCOMPARE(v[0].include[0].by, ViewSelector::By::Tag); // `*`: every person and software system
        QCOMPARE(v[0].include[1].pattern, QStringLiteral("Software System"));
        QCOMPARE(v[0].direction, Direction::Right);
        QCOMPARE(v[1].title, QStringLiteral("The context"));
        QCOMPARE(v[1].direction, Direction::Down);
        QCOMPARE(v[2].include[1].pattern, QStringLiteral("email"));
        QCOMPARE(v[2].exclude[0].by, ViewSelector::By::Tag);
        QCOMPARE(v[5].type, View::Type::Dynamic);
        QCOMPARE(v[5].steps.size(), 2);
        QCOMPARE(v[5].steps[1].label, QStringLiteral("Signs in"));
        // The system context shows the system as one box (its containers hidden) and its neighbours.
        const Diagram context = applyView(r.diagram, v[1]);
        QVERIFY(context.indexOfNode(QStringLiteral("customer")) >= 0);
        QVERIFY(context.indexOfNode(QStringLiteral("ibs")) >= 0);
        QVERIFY(context.indexOfGroup(QStringLiteral("ibs")) < 0);
        QVERIFY(context.indexOfNode(QStringLiteral("ibs.spa")) < 0);
        QVERIFY(context.indexOfNode(QStringLiteral("live.dc.lb")) < 0);
    }

    // The views of Structurizr's own Big Bank workspace show what Structurizr shows (docs.structurizr.com:
    // landscape = people and software systems; context = the system and the people and systems connected to
    // it; container = the system's containers inside its boundary and the people and systems connected to
    // them; component = the container's components and the containers, people and systems connected to them),
    // every relationship once, none to a boundary.
    void views_bigBankShowWhatStructurizrShows()
    {
        const QString path = QStringLiteral(AE_TEST_DATA "/import/structurizr-real/big-bank-plc.dsl");
        const ParseResult r = parseAnyDiagram(readUtf8(path), DiagramFormat::Structurizr, path);
        QVERIFY(!hasErrors(r.diagnostics));
        const auto picture = [&](const QString &id) {
            return applyView(r.diagram, r.diagram.views[indexOfView(r.diagram, id)]);
        };
        const auto nodes = [](const Diagram &d) {
            QStringList ids;
            for (const Node &n : d.nodes)
                ids << n.id;
            ids.sort();
            return ids.join(u' ');
        };
        // The relationships drawn: each once, none ending on a group's frame.
        const auto edges = [](const Diagram &d) {
            QStringList keys;
            for (const Edge &e : d.edges)
                keys << (e.fromGroup || e.toGroup ? QStringLiteral("boundary ") : QString()) + e.from +
                            QStringLiteral("->") + e.to;
            const int count = int(keys.size());
            return keys.removeDuplicates() == 0 && !keys.join(u' ').contains(QLatin1String("boundary"))
                       ? count
                       : -1;
        };
        const Diagram landscape = picture(QStringLiteral("SystemLandscape"));
        QCOMPARE(
            nodes(landscape),
            QStringLiteral("atm backoffice customer email internetBankingSystem mainframe supportStaff"));
        QCOMPARE(edges(landscape), 9);
        const Diagram context = picture(QStringLiteral("SystemContext"));
        QCOMPARE(nodes(context), QStringLiteral("customer email internetBankingSystem mainframe"));
        QCOMPARE(edges(context), 4);
        const Diagram containers = picture(QStringLiteral("Containers"));
        QCOMPARE(nodes(containers),
                 QStringLiteral("apiApplication customer database email mainframe mobileApp "
                                "singlePageApplication webApplication"));
        QVERIFY(containers.indexOfGroup(QStringLiteral("internetBankingSystem")) >= 0); // the boundary
        QCOMPARE(edges(containers), 10);
        const Diagram components = picture(QStringLiteral("Components"));
        QCOMPARE(nodes(components),
                 QStringLiteral("accountsSummaryController database email emailComponent mainframe "
                                "mainframeBankingSystemFacade mobileApp resetPasswordController "
                                "securityComponent signinController singlePageApplication"));
        QCOMPARE(edges(components), 13);
    }

    void include_readsOnlyLocalFilesInsideTheFolder()
    {
        const ParseResult r = parseFile(QStringLiteral("include/workspace"));
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("a")) >= 0); // parts/people.dsl
        QStringList errors;
        for (const Diagnostic &d : r.diagnostics)
            if (d.isError()) {
                QVERIFY(d.line > 0);
                errors.append(d.message);
            }
        QCOMPARE(errors.filter(QStringLiteral("outside the workspace's folder")).size(), 1); // ../bigbank.dsl
        QCOMPARE(errors.filter(QStringLiteral("nothing is fetched")).size(), 1);
        QVERIFY(r.diagram.indexOfNode(QStringLiteral("customer")) < 0);
        // Without a file (standard input, a document's block) nothing is included.
        const ParseResult noPath = parseStructurizr(readUtf8(kDir + QStringLiteral("include/workspace.dsl")));
        QVERIFY(noPath.diagram.indexOfNode(QStringLiteral("a")) < 0);
    }

    void scripts_areNeverRunAndWarnedAbout()
    {
        const ParseResult r = parseFile(QStringLiteral("flat"));
        QVERIFY(!hasErrors(r.diagnostics));
        QCOMPARE(r.diagram.title, QString()); // the script would have renamed it
        bool warned = false;
        for (const Diagnostic &d : r.diagnostics)
            warned = warned || d.message.contains(QStringLiteral("never run"));
        QVERIFY(warned);
        QCOMPARE(r.diagram.nodes[r.diagram.indexOfNode(QStringLiteral("q"))].kind, NodeKind::Queue);
        QCOMPARE(r.diagram.groups[r.diagram.indexOfGroup(QStringLiteral("s"))].label, QStringLiteral("Shop"));
        QVERIFY(r.diagram.views[0].steps[1].parallelWithPrevious);
    }

    void detection_byExtensionContentAndFence()
    {
        QCOMPARE(diagramFormatFromPath(QStringLiteral("w.dsl")), DiagramFormat::Structurizr);
        QCOMPARE(diagramFormatFromInfo(QStringLiteral("structurizr")), DiagramFormat::Structurizr);
        QCOMPARE(detectDiagramFormat(QString(), QStringLiteral("/* x */\nworkspace \"A\" {\n}\n")).format,
                 DiagramFormat::Structurizr);
    }

    void robustness_truncationsAndDeepNesting()
    {
        for (const QString &name :
             {QStringLiteral("bigbank"), QStringLiteral("flat"), QStringLiteral("errors")}) {
            const QString text = readUtf8(kDir + name + QStringLiteral(".dsl"));
            for (int n = 0; n <= text.size(); n += 5)
                (void)parseStructurizr(text.left(n));
        }
        QString deep = QStringLiteral("workspace {\nmodel {\n");
        for (int i = 0; i < 500; ++i)
            deep += QStringLiteral("group \"g%1\" {\n").arg(i);
        const ParseResult r = parseStructurizr(deep);
        QVERIFY(hasErrors(r.diagnostics));
    }
};

QTEST_GUILESS_MAIN(StructurizrImportTest)
#include "structurizr_import_test.moc"

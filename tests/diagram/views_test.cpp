// SPDX-License-Identifier: MIT
// Views: tests/data/diagram/views/NAME.arch beside NAME.expected, which holds, for every view of the model,
// the dump of the diagram that view shows (AE_UPDATE_GOLDEN=1 rewrites them). Plus the selection rules and
// the numbering of dynamic views, asserted directly.
#include "diagram/modeldump.h"
#include "diagram/parser.h"
#include "diagram/views.h"
#include "goldenfile.h"

#include <QDir>
#include <QTest>

using namespace ae::diagram;

namespace {

QString goldenDir()
{
    return QStringLiteral(AE_TEST_DATA "/diagram/views");
}

QStringList nodeIds(const Diagram &d)
{
    QStringList ids;
    for (const Node &n : d.nodes)
        ids.append(n.id);
    return ids;
}

QStringList edgeLabels(const Diagram &d)
{
    QStringList labels;
    for (const Edge &e : d.edges)
        labels.append(e.from + QStringLiteral("->") + e.to + u' ' + e.label);
    return labels;
}

Diagram view(const QString &text, const QString &id)
{
    const ParseResult r = parseArch(text);
    const int index = indexOfView(r.diagram, id);
    return index < 0 ? Diagram() : applyView(r.diagram, r.diagram.views[index]);
}

} // namespace

class ViewsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(goldenDir()).entryList({QStringLiteral("*.arch")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "the golden inputs are missing");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void golden()
    {
        QFETCH(QString, name);
        bool ok = false;
        const QString input = ae::test::readUtf8(goldenDir() + u'/' + name, &ok);
        QVERIFY(ok);
        const ParseResult parsed = parseArch(input);
        QString actual;
        for (const ae::Diagnostic &d : parsed.diagnostics)
            actual += ae::formatDiagnostic(name, d) + u'\n';
        for (const ViewPicture &picture : viewPictures(parsed.diagram))
            actual += QStringLiteral("== view ") + picture.id + u'\n' + dumpDiagram(picture.diagram);
        const QString expectedPath =
            goldenDir() + u'/' + QString(name).replace(QStringLiteral(".arch"), QStringLiteral(".expected"));
        if (ae::test::updateGoldens()) {
            QVERIFY(ae::test::writeUtf8(expectedPath, actual));
            return;
        }
        const QString expected = ae::test::readUtf8(expectedPath, &ok);
        QVERIFY2(ok,
                 qPrintable(QStringLiteral("missing %1 (run with AE_UPDATE_GOLDEN=1)").arg(expectedPath)));
        const QStringList a = actual.split(u'\n'), e = expected.split(u'\n');
        for (int i = 0; i < std::min(a.size(), e.size()); ++i)
            QCOMPARE(a[i], e[i]);
        QCOMPARE(a.size(), e.size());
    }

    void staticView_keepsSelectedNodesTheirGroupsAndEdgesBetweenThem()
    {
        const Diagram d = view(QStringLiteral("service a\nservice b\nservice c\ngroup g \"G\" { b }\n"
                                              "a -> b\nb -> c\nview v { include a, b }\n"),
                               QStringLiteral("v"));
        QCOMPARE(nodeIds(d), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(d.groups.size(), 1);
        QCOMPARE(edgeLabels(d), QStringList{QStringLiteral("a->b ")});
        QVERIFY(d.views.isEmpty());
    }

    void staticView_neighboursAndExclusion()
    {
        const QString text =
            QStringLiteral("service a\nservice b\nservice c\nservice d\na -> b\nb -> c\nc -> d\n"
                           "view v { include b+\nexclude c }\n");
        QCOMPARE(nodeIds(view(text, QStringLiteral("v"))),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void staticView_wildcardsKindsAndTags()
    {
        const QString text =
            QStringLiteral("service api-eu\nservice api-us\ndatabase pg\ncache c [tag: hot]\n"
                           "view v { include api-e?, kind:db, tag:h* }\n");
        QCOMPARE(nodeIds(view(text, QStringLiteral("v"))),
                 (QStringList{QStringLiteral("api-eu"), QStringLiteral("pg"), QStringLiteral("c")}));
    }

    void dynamicView_numbersStepsInOrderWithParallelRuns()
    {
        const QString text =
            QStringLiteral("service a\nservice b\nservice c\na -> b\na -> c\n"
                           "dynamic f { a -> b : one\n& a ~> c : two\n& a -> b\nb -> a : back\n}\n");
        const Diagram d = view(text, QStringLiteral("f"));
        QCOMPARE(edgeLabels(d), (QStringList{QStringLiteral("a->b 1a. one"), QStringLiteral("a->c 1b. two"),
                                             QStringLiteral("a->b 1c."), QStringLiteral("b->a 2. back")}));
        QCOMPARE(d.edges[1].style, EdgeStyle::Async);
    }

    void viewTitleAndDirection_overrideTheModels()
    {
        const Diagram d =
            view(QStringLiteral("title \"Model\"\nservice a\nview v \"Mine\" { direction down }\n"),
                 QStringLiteral("v"));
        QCOMPARE(d.title, QStringLiteral("Mine"));
        QCOMPARE(d.direction, Direction::Down);
        QCOMPARE(nodeIds(d), QStringList{QStringLiteral("a")}); // no include: everything
    }
};

QTEST_GUILESS_MAIN(ViewsTest)
#include "views_test.moc"

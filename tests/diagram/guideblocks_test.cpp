// SPDX-License-Identifier: MIT
// Every ```arch example of the diagram-language guide parses without errors or warnings and lays out, the
// whole model and each of its views: the guide shows what the language does, so its examples must work as
// shown.
#include "archblocks.h"
#include "diagram/layout.h"
#include "diagram/parser.h"
#include "diagram/views.h"

#include <QtTest>

using namespace ae::diagram;

class GuideBlocksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideExamples_parseCleanAndLayOut_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<QString>("text");
        const QString relative = QStringLiteral("content/guide/diagram-language.md");
        const QVector<ae::test::Block> blocks =
            ae::test::archBlocks(QStringLiteral(AE_SOURCE_DIR) + u'/' + relative, relative);
        QVERIFY2(blocks.size() >= 20, "the guide's examples are missing");
        for (const ae::test::Block &b : blocks)
            QTest::newRow(qPrintable(b.file + u':' + QString::number(b.firstLine - 1)))
                << b.file << b.firstLine << b.text;
    }

    void guideExamples_parseCleanAndLayOut()
    {
        QFETCH(QString, file);
        QFETCH(int, firstLine);
        QFETCH(QString, text);
        const ParseResult parsed = parseArch(text);
        QStringList problems;
        for (ae::Diagnostic d : parsed.diagnostics) {
            d.line += firstLine - 1; // the line in the guide
            problems.append(ae::formatDiagnostic(file, d));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (const ViewPicture &picture :
             viewPictures(parsed.diagram) + QVector<ViewPicture>{{{}, parsed.diagram}}) {
            const LayoutResult laid = layoutDiagram(picture.diagram, Theme::light());
            QVERIFY2(laid.ok, qPrintable(picture.id + u' ' + laid.error));
            QVERIFY2(!laid.diagram.nodes.isEmpty(), qPrintable(picture.id));
            for (const LaidOutNode &n : laid.diagram.nodes)
                QVERIFY2(!n.rect.isEmpty(),
                         qPrintable(picture.id + u' ' + laid.diagram.diagram.nodes[n.index].id));
        }
    }
};

QTEST_MAIN(GuideBlocksTest)
#include "guideblocks_test.moc"

// SPDX-License-Identifier: MIT
// Every ```arch block in every Markdown file under content/ parses without errors: the app draws each one, so
// a mistake in a case study or in the guide shows up here with its file and line.
#include "archblocks.h"
#include "diagram/parser.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ae::diagram;

using ae::test::archBlocks;
using ae::test::Block;

class ArchBlocksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contentBlocks_parseWithoutErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<QString>("text");
        const QString root = QStringLiteral(AE_SOURCE_DIR);
        QDirIterator it(root + QStringLiteral("/content"), {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        int count = 0;
        for (const QString &path : std::as_const(paths)) {
            for (const Block &b : archBlocks(path, path.mid(root.size() + 1))) {
                QTest::newRow(qPrintable(b.file + u':' + QString::number(b.firstLine - 1)))
                    << b.file << b.firstLine << b.text;
                ++count;
            }
        }
        QVERIFY2(count > 0, "no ```arch block found under content/ (the guide has several)");
    }

    void contentBlocks_parseWithoutErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, firstLine);
        QFETCH(QString, text);
        const ParseResult r = parseArch(text);
        QStringList errors;
        for (const ae::Diagnostic &d : r.diagnostics) {
            if (!d.isError())
                continue;
            ae::Diagnostic shifted = d;
            shifted.line += firstLine - 1; // report the line in the Markdown file
            errors.append(ae::formatDiagnostic(file, shifted));
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(!r.diagram.nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ArchBlocksTest)
#include "archblocks_test.moc"

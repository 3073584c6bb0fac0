// SPDX-License-Identifier: MIT
// Every ```arch block in every Markdown file under content/ parses without errors: the app draws each one, so
// a mistake in a case study or in the guide shows up here with its file and line.
#include "diagram/parser.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ae::diagram;

namespace {

struct Block
{
    QString file;  // relative to the source root
    int firstLine; // line of the first statement (the line after the fence)
    QString text;
};

// A line-based fence scanner (the Markdown library is not needed to find ``` / ~~~ fences).
QVector<Block> archBlocks(const QString &path, const QString &relative)
{
    QVector<Block> blocks;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return blocks;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QString fence;
    Block current;
    bool inArch = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        const QString trimmed = line.trimmed();
        if (fence.isEmpty()) {
            if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))) {
                int n = 0;
                while (n < trimmed.size() && trimmed[n] == trimmed[0])
                    ++n;
                fence = trimmed.left(n);
                inArch = trimmed.mid(n).trimmed().section(u' ', 0, 0) == u"arch";
                current = Block{relative, i + 2, {}};
            }
        } else if (trimmed.startsWith(fence) && trimmed.mid(fence.size()).trimmed().isEmpty()) {
            if (inArch)
                blocks.append(current);
            fence.clear();
        } else if (inArch) {
            current.text += line + u'\n';
        }
    }
    return blocks;
}

} // namespace

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

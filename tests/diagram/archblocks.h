// SPDX-License-Identifier: MIT
// The ```arch blocks of a Markdown file, found by a line-based fence scanner (the Markdown library is not
// needed to find ``` / ~~~ fences). Shared by the tests that parse and lay out the library's diagrams.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::test {

struct Block
{
    QString file;  // relative to the source root
    int firstLine; // line of the first statement (the line after the fence)
    QString text;
};

inline QVector<Block> archBlocks(const QString &path, const QString &relative)
{
    QVector<Block> blocks;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return blocks;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QString fence;
    Block current;
    bool inArch = false;
    bool namesView =
        false; // ```arch view=NAME: an empty one shows a view of the model above (lint checks it)
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
                namesView = trimmed.contains(QStringLiteral("view="));
                current = Block{relative, i + 2, {}};
            }
        } else if (trimmed.startsWith(fence) && trimmed.mid(fence.size()).trimmed().isEmpty()) {
            if (inArch && !(namesView && current.text.trimmed().isEmpty()))
                blocks.append(current);
            fence.clear();
        } else if (inArch) {
            current.text += line + u'\n';
        }
    }
    return blocks;
}

} // namespace ae::test

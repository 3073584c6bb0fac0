// SPDX-License-Identifier: MIT
// Golden-file text for an imported diagram: the model dump, then the fields the dump leaves out that the D2
// and Structurizr readers set (shapes, tags, arrow ends, patterns, edges on groups, group layout, views),
// then the diagnostics; and the golden-file plumbing every reader's test shares (reading, listing and, with
// AE_UPDATE_GOLDEN=1, rewriting the expected files: review the diff before committing it).
#pragma once

#include "diagram/modeldump.h"
#include "diagram/parser.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QtTest>

namespace ae::diagram::testing {

// The file's text, empty when it cannot be read.
inline QString readUtf8(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A data-driven golden test's rows (column `name`): one per DIR/*.EXTENSION, named by the file without its
// extension, in name order. Returns how many.
inline int addGoldenRows(const QString &dir, const QString &extension)
{
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.") + extension}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f.chopped(int(extension.size()) + 1);
    return int(files.size());
}

// The expected text in `path`; with AE_UPDATE_GOLDEN=1 the file is first rewritten with `actual`.
inline QString expectedText(const QString &path, const QString &actual)
{
    if (qEnvironmentVariableIntValue("AE_UPDATE_GOLDEN") == 1) {
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(actual.toUtf8());
            f.commit();
        }
    }
    return readUtf8(path);
}

inline QString arrowName(ArrowEnd a)
{
    static const char *names[] = {"normal",  "none",     "empty", "dot",  "odot",
                                  "diamond", "odiamond", "tee",   "crow", "vee"};
    return QString::fromLatin1(names[int(a)]);
}

inline QString viewSelectors(const QVector<ViewSelector> &list)
{
    static const char *by[] = {"id", "group", "kind", "tag", "all"};
    QStringList out;
    for (const ViewSelector &s : list)
        out.append(QString::fromLatin1(by[int(s.by)]) + u':' + s.pattern +
                   (s.withNeighbours ? QStringLiteral("+") : QString()));
    return out.join(u',');
}

inline QString importedExtras(const Diagram &d)
{
    QString out;
    for (const Group &g : d.groups)
        if (!g.showLabel || g.hasDirection || g.columns > 0 || !g.tags.isEmpty())
            out +=
                QStringLiteral("group %1%2%3%4%5\n")
                    .arg(g.id, g.showLabel ? QString() : QStringLiteral(" no-label"),
                         g.hasDirection ? QStringLiteral(" direction=%1").arg(int(g.direction)) : QString(),
                         g.columns > 0 ? QStringLiteral(" columns=%1").arg(g.columns) : QString(),
                         g.tags.isEmpty() ? QString() : QStringLiteral(" tags=") + g.tags.join(u'|'));
    for (const Node &n : d.nodes)
        if (!n.shape.isEmpty() || !n.tags.isEmpty())
            out += QStringLiteral("node %1%2%3\n")
                       .arg(n.id, n.shape.isEmpty() ? QString() : QStringLiteral(" shape=") + n.shape,
                            n.tags.isEmpty() ? QString() : QStringLiteral(" tags=") + n.tags.join(u'|'));
    for (const Edge &e : d.edges)
        out += QStringLiteral("edge %1 -> %2 head=%3 tail=%4 pattern=%5%6%7%8\n")
                   .arg(e.from, e.to, arrowName(e.head), arrowName(e.tail))
                   .arg(int(e.pattern))
                   .arg(e.fromGroup ? QStringLiteral(" from-group") : QString(),
                        e.toGroup ? QStringLiteral(" to-group") : QString(),
                        e.tags.isEmpty() ? QString() : QStringLiteral(" tags=") + e.tags.join(u'|'));
    for (const View &v : d.views) {
        out += QStringLiteral("view %1 %2 title=\"%3\"%4 include=%5 exclude=%6\n")
                   .arg(v.id,
                        v.type == View::Type::Dynamic ? QStringLiteral("dynamic") : QStringLiteral("static"),
                        v.title,
                        v.hasDirection ? QStringLiteral(" direction=%1").arg(int(v.direction)) : QString(),
                        viewSelectors(v.include), viewSelectors(v.exclude));
        for (const ViewStep &s : v.steps)
            out += QStringLiteral("  step %1 -> %2 \"%3\"%4\n")
                       .arg(s.from, s.to, s.label,
                            s.parallelWithPrevious ? QStringLiteral(" parallel") : QString());
    }
    return out;
}

inline QString goldenText(const ParseResult &r)
{
    QString out =
        dumpDiagram(r.diagram) + QStringLiteral("--\n") + importedExtras(r.diagram) + QStringLiteral("--\n");
    for (const Diagnostic &d : r.diagnostics)
        out += QStringLiteral("%1:%2: %3: %4%5\n")
                   .arg(d.line)
                   .arg(d.column)
                   .arg(severityName(d.severity), d.message,
                        d.hint.isEmpty() ? QString() : QStringLiteral(" (hint: ") + d.hint + u')');
    return out;
}

} // namespace ae::diagram::testing

// SPDX-License-Identifier: MIT
// The diagrams every drawing golden is made from, shared by svg_test (the golden SVG files) and
// agreement_test (the SVG and the painter's PNG are the same picture): the .arch files under
// tests/data/diagram/render, and in-code diagrams for what the .arch language does not write (arrow ends,
// line patterns, invisible elements, a diagram's own background, drawn notes).
#pragma once

#include "diagram/diagram.h"
#include "diagram/layout.h"
#include "diagram/parser.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace ae::diagram::testcases {

inline QString renderDataPath(const QString &name)
{
    return QStringLiteral(AE_TEST_DATA "/diagram/render/") + name;
}

inline Node node(const QString &id, const QString &label, NodeKind kind = NodeKind::Service)
{
    Node n;
    n.id = id;
    n.label = label;
    n.kind = kind;
    return n;
}

inline Edge edge(const QString &from, const QString &to, const QString &label = {})
{
    Edge e;
    e.from = from;
    e.to = to;
    e.label = label;
    return e;
}

// Every ArrowEnd by its Graphviz name.
inline const QVector<QPair<QString, ArrowEnd>> &arrowEnds()
{
    static const QVector<QPair<QString, ArrowEnd>> ends = {
        {QStringLiteral("normal"), ArrowEnd::Normal},     {QStringLiteral("none"), ArrowEnd::None},
        {QStringLiteral("empty"), ArrowEnd::Empty},       {QStringLiteral("dot"), ArrowEnd::Dot},
        {QStringLiteral("odot"), ArrowEnd::ODot},         {QStringLiteral("diamond"), ArrowEnd::Diamond},
        {QStringLiteral("odiamond"), ArrowEnd::ODiamond}, {QStringLiteral("tee"), ArrowEnd::Tee},
        {QStringLiteral("crow"), ArrowEnd::Crow},         {QStringLiteral("vee"), ArrowEnd::Vee}};
    return ends;
}

// Two nodes and one edge with `end` at both ends, labelled with the end's name.
inline Diagram arrowEndDiagram(const QString &name, ArrowEnd end)
{
    Diagram d;
    d.nodes << node(QStringLiteral("a"), QStringLiteral("Orders"))
            << node(QStringLiteral("b"), QStringLiteral("Ledger"), NodeKind::Database);
    Edge e = edge(QStringLiteral("a"), QStringLiteral("b"), name);
    e.head = end;
    e.tail = end;
    d.edges << e;
    return d;
}

// Line patterns over each edge style, dashed and dotted group frames, an invisible node and edge, and the
// diagram's own background.
inline Diagram patternsDiagram()
{
    Diagram d;
    d.title = QStringLiteral("Patterns");
    d.background = QColor(0xfd, 0xf6, 0xe3);
    d.nodes << node(QStringLiteral("src"), QStringLiteral("Source"));
    const QVector<QPair<QString, LinePattern>> patterns = {{QStringLiteral("solid"), LinePattern::Solid},
                                                           {QStringLiteral("dashed"), LinePattern::Dashed},
                                                           {QStringLiteral("dotted"), LinePattern::Dotted},
                                                           {QStringLiteral("bold"), LinePattern::Bold}};
    for (const auto &[name, pattern] : patterns) {
        d.nodes << node(name, name);
        Edge e = edge(QStringLiteral("src"), name, name);
        e.pattern = pattern;
        e.style = pattern == LinePattern::Solid ? EdgeStyle::Async : EdgeStyle::Sync; // solid overrides async
        d.edges << e;
    }
    // Frames drawn dashed and dotted (D2 stroke-dash on a container), around the edges' dashed and dotted
    // ends.
    for (const auto &[name, pattern] : {qMakePair(QStringLiteral("dashed"), LinePattern::Dashed),
                                        qMakePair(QStringLiteral("dotted"), LinePattern::Dotted)}) {
        Group g;
        g.id = name + QStringLiteral("-frame");
        g.label = name + QStringLiteral(" frame");
        g.pattern = pattern;
        d.groups << g;
        d.nodes[d.indexOfNode(name)].group = g.id;
    }
    Node hidden = node(QStringLiteral("hidden"), QStringLiteral("Hidden node"));
    hidden.invisible = true;
    d.nodes << hidden;
    Edge hiddenEdge = edge(QStringLiteral("src"), QStringLiteral("hidden"), QStringLiteral("hidden edge"));
    hiddenEdge.invisible = true;
    d.edges << hiddenEdge;
    return d;
}

// A node whose note is drawn (Node::showNote), one whose note is a tooltip only, and an edge label.
inline Diagram notesDiagram()
{
    Diagram d;
    Node api = node(QStringLiteral("api"), QStringLiteral("Orders API"));
    api.technology = QStringLiteral("Go 1.22");
    api.note =
        QStringLiteral("Idempotency keys expire after 24 h; retries with the same key return the first "
                       "answer.");
    api.showNote = true;
    Node pg = node(QStringLiteral("pg"), QStringLiteral("Orders DB"), NodeKind::Database);
    pg.note = QStringLiteral("Tooltip only");
    d.nodes << api << pg;
    d.edges << edge(QStringLiteral("api"), QStringLiteral("pg"), QStringLiteral("INSERT"));
    return d;
}

// One node per shape name the readers keep (Node::shape: Graphviz's, D2's, Structurizr's, Mermaid's), a
// junction (`point`) joining two of them, a dashed outline and a kind beside its named twin.
inline Diagram shapesDiagram()
{
    Diagram d;
    d.title = QStringLiteral("Shapes");
    d.direction = Direction::Down;
    const char *const names[] = {"box",       "ellipse",     "circle",        "doublecircle", "diamond",
                                 "hexagon",   "octagon",     "doubleoctagon", "pentagon",     "septagon",
                                 "triangle",  "invtriangle", "trapezium",     "invtrapezium", "parallelogram",
                                 "house",     "invhouse",    "star",          "folder",       "box3d",
                                 "component", "plaintext",   "underline",     "cloud",        "document",
                                 "page",      "stored_data", "step",          "callout"};
    QString previous;
    int i = 0;
    for (const char *name : names) {
        Node n = node(QString::fromLatin1(name), QString::fromLatin1(name), NodeKind::Generic);
        n.shape = QString::fromLatin1(name);
        d.nodes << n;
        if (i++ % 4 != 0)
            d.edges << edge(previous, n.id);
        previous = n.id;
    }
    Node junction = node(QStringLiteral("j"), QStringLiteral("junction"), NodeKind::Generic);
    junction.shape = QStringLiteral("point");
    Node dashed = node(QStringLiteral("dashed"), QStringLiteral("dashed"), NodeKind::Service);
    dashed.pattern = LinePattern::Dashed;
    Node hexService =
        node(QStringLiteral("hexservice"), QStringLiteral("Hexagon service"), NodeKind::Service);
    hexService.shape = QStringLiteral("Hexagon");
    d.nodes << junction << dashed << hexService;
    d.edges << edge(QStringLiteral("box"), QStringLiteral("j"))
            << edge(QStringLiteral("j"), QStringLiteral("dashed"))
            << edge(QStringLiteral("j"), QStringLiteral("hexservice"));
    return d;
}

// A golden: its name (the file is NAME.svg under tests/data/diagram/render) and how to lay it out.
struct Case
{
    QString name;
    QString theme;
    Diagram diagram;
};

inline QVector<Case> goldenCases()
{
    QVector<Case> cases;
    for (const char *f : {"checkout", "pipeline", "every-kind", "escaping"}) {
        QFile file(renderDataPath(QString::fromLatin1(f) + QStringLiteral(".arch")));
        const Diagram d =
            file.open(QIODevice::ReadOnly) ? parseArch(QString::fromUtf8(file.readAll())).diagram : Diagram();
        for (const char *t : {"light", "dark"})
            cases.append({QString::fromLatin1(f) + u'-' + QLatin1String(t), QString::fromLatin1(t), d});
    }
    for (const auto &[name, end] : arrowEnds())
        cases.append({QStringLiteral("arrow-") + name, QStringLiteral("light"), arrowEndDiagram(name, end)});
    cases.append({QStringLiteral("patterns"), QStringLiteral("light"), patternsDiagram()});
    for (const char *t : {"light", "dark"})
        cases.append({QStringLiteral("notes-") + QLatin1String(t), QString::fromLatin1(t), notesDiagram()});
    for (const char *t : {"light", "dark"})
        cases.append({QStringLiteral("shapes-") + QLatin1String(t), QString::fromLatin1(t), shapesDiagram()});
    return cases;
}

} // namespace ae::diagram::testcases

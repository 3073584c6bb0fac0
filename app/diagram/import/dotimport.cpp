// SPDX-License-Identifier: MIT
// DOT import through cgraph: agmemread builds Graphviz's graph, which we walk into our model. Graphviz's
// error output is captured with agseterrf (never printed to stderr) and turned into located diagnostics.
#include "diagram/import/dotimport.h"
#include "diagram/import/dot_p.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <QtMath>

#include <algorithm>

#include <graphviz/cgraph.h>

namespace ae::diagram {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::DotImport", text);
}

// cgraph's parser and error hooks are process-wide; one import at a time.
QMutex &cgraphMutex()
{
    static QMutex m;
    return m;
}

QByteArray *g_messages = nullptr; // valid only while the mutex is held

int captureMessage(char *text)
{
    if (g_messages && text)
        g_messages->append(text);
    return 0;
}

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString attr(void *obj, const char *name)
{
    return str(agget(obj, const_cast<char *>(name)));
}

// Attributes the model honours (drawn, laid out or kept as a link or tooltip); every other one gets a
// warning. `comment` is never drawn by Graphviz either.
const QSet<QString> &knownAttributes()
{
    static const QSet<QString> known{
        QStringLiteral("label"),    QStringLiteral("shape"),     QStringLiteral("rankdir"),
        QStringLiteral("color"),    QStringLiteral("fillcolor"), QStringLiteral("fontcolor"),
        QStringLiteral("style"),    QStringLiteral("dir"),       QStringLiteral("charset"),
        QStringLiteral("URL"),      QStringLiteral("href"),      QStringLiteral("tooltip"),
        QStringLiteral("rank"),     QStringLiteral("arrowhead"), QStringLiteral("arrowtail"),
        QStringLiteral("bgcolor"),  QStringLiteral("pos"),       QStringLiteral("layout"),
        QStringLiteral("penwidth"), QStringLiteral("comment")};
    return known;
}

Direction directionOf(const QString &rankdir)
{
    const QString r = rankdir.toUpper();
    if (r == u"LR")
        return Direction::Right;
    if (r == u"RL")
        return Direction::Left;
    if (r == u"BT")
        return Direction::Up;
    return Direction::Down; // Graphviz's default, TB
}

QColor colour(const QString &value)
{
    // Graphviz colour lists ("red:blue") and schemes ("/accent3/1") have no single theme colour: first one or
    // none.
    const QString first = value.section(u':', 0, 0).section(u';', 0, 0).trimmed();
    if (first.isEmpty() || first.startsWith(u'/'))
        return {};
    QColor c = QColor::fromString(first);
    if (!c.isValid() && first.size() == 9 && first.startsWith(u'#')) // #RRGGBBAA
        c = QColor::fromString(first.left(7));
    if (!c.isValid() && first.compare(u"transparent", Qt::CaseInsensitive) == 0)
        c = Qt::transparent;
    return c;
}

// The text a node/edge/graph label stands for: `fallbackName` when no label is set, empty for label="".
QString labelText(void *obj, const QString &fallbackName, const QString &graphName)
{
    char *raw = agget(obj, const_cast<char *>("label"));
    if (!raw)
        return fallbackName;
    if (aghtmlstr(raw))
        return dot::htmlLabelText(str(raw));
    return dot::escapedLabelText(str(raw), fallbackName, graphName);
}

RankHint::Type rankType(const QString &rank)
{
    if (rank == u"min")
        return RankHint::Type::Min;
    if (rank == u"max")
        return RankHint::Type::Max;
    if (rank == u"source")
        return RankHint::Type::Source;
    if (rank == u"sink")
        return RankHint::Type::Sink;
    return RankHint::Type::Same;
}

// "x,y" or "x,y!" in points.
bool readPosition(const QString &pos, QPointF *at)
{
    const QStringList xy = QString(pos).remove(u'!').split(u',');
    bool okX = false, okY = false;
    if (xy.size() < 2)
        return false;
    *at = QPointF(xy[0].trimmed().toDouble(&okX), xy[1].trimmed().toDouble(&okY));
    return okX && okY && qIsFinite(at->x()) && qIsFinite(at->y());
}

// A subgraph's own value: cgraph hands subgraphs the root's value (bgcolor) when they set none.
QString ownAttr(Agraph_t *sg, const char *name)
{
    const QString value = attr(sg, name);
    return value == attr(agroot(sg), name) ? QString() : value;
}

struct Walker
{
    ParseResult *result;
    const dot::SourcePlaces &places;
    QString graphName;
    QSet<QString> unsupported;

    SourceLocation placeOf(const QString &id) const { return places.ids.value(id); }

    // The place of the next edge from -> to in the order written, else of the next edge written to `to` (a
    // `{...}` tail), else `to` itself. Indexed once: a mesh has tens of thousands of edges.
    mutable QHash<std::pair<QString, QString>, QVector<SourceLocation>> byPair;
    mutable QHash<QString, QVector<SourceLocation>> byHead;
    mutable QHash<std::pair<QString, QString>, int> usedPairs;
    mutable QHash<QString, int> usedHeads;
    mutable bool indexed = false;
    SourceLocation edgePlaceOf(const QString &from, const QString &to) const
    {
        if (!indexed)
            for (const dot::SourcePlaces::EdgePlace &e : places.edges)
                (e.tail.isEmpty() ? byHead[e.head] : byPair[{e.tail, e.head}]).append(e.at);
        indexed = true;
        for (const auto &key : {std::pair{from, to}, std::pair{to, from}}) {
            const auto it = byPair.constFind(key);
            int &used = usedPairs[key];
            if (it != byPair.constEnd() && used < it->size())
                return it->at(used++);
        }
        const auto it = byHead.constFind(to);
        int &used = usedHeads[to];
        if (it != byHead.constEnd() && used < it->size())
            return it->at(used++);
        return placeOf(to);
    }

    void collectAttributes(Agraph_t *g)
    {
        for (int kind : {AGRAPH, AGNODE, AGEDGE}) {
            for (Agsym_t *sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
                const QString name = str(sym->name);
                if (!knownAttributes().contains(name))
                    unsupported.insert(name);
            }
        }
    }

    // Clusters become groups, parents first; nodes take the innermost cluster that holds them. Subgraphs
    // with `rank` become rank hints.
    void walkSubgraphs(Agraph_t *g, const QString &parent, const QString &parentRank,
                       QHash<QString, QString> *nodeGroup, int depth)
    {
        if (depth > 4 * kMaxGroupDepth) // cgraph nests what it parses; we need not follow it all the way
            return;
        // In the order the file writes them (cgraph's own order varies from run to run).
        QVector<Agraph_t *> subgraphs;
        for (Agraph_t *sg = agfstsubg(g); sg; sg = agnxtsubg(sg))
            subgraphs.append(sg);
        std::sort(subgraphs.begin(), subgraphs.end(),
                  [](Agraph_t *a, Agraph_t *b) { return AGSEQ(a) < AGSEQ(b); });
        for (Agraph_t *sg : std::as_const(subgraphs)) {
            const QString name = str(agnameof(sg));
            QString groupId = parent;
            if (name.startsWith(u"cluster") && depth < kMaxGroupDepth &&
                result->diagram.indexOfGroup(name) < 0) {
                Group group;
                group.id = name;
                group.parent = parent;
                group.label = labelText(sg, QString(), graphName);
                group.showLabel = !group.label.isEmpty();
                group.kind = QStringLiteral("cluster");
                group.location = placeOf(name);
                const QString style = attr(sg, "style");
                const QString fill =
                    attr(sg, "fillcolor").isEmpty() ? attr(sg, "color") : attr(sg, "fillcolor");
                group.colors.fill = dot::hasStyle(style, u"filled") && !fill.isEmpty()
                                        ? colour(fill)
                                        : colour(ownAttr(sg, "bgcolor"));
                group.colors.stroke =
                    colour(attr(sg, "pencolor").isEmpty() ? attr(sg, "color") : attr(sg, "pencolor"));
                group.colors.text = colour(attr(sg, "fontcolor"));
                result->diagram.groups.append(group);
                groupId = name;
                for (Agnode_t *n = agfstnode(sg); n; n = agnxtnode(sg, n))
                    nodeGroup->insert(str(agnameof(n)), name);
            }
            const QString rank = attr(sg, "rank");
            if (!rank.isEmpty() && rank != parentRank) {
                RankHint hint;
                hint.type = rankType(rank);
                for (Agnode_t *n = agfstnode(sg); n; n = agnxtnode(sg, n))
                    hint.ids << str(agnameof(n));
                if (!hint.ids.isEmpty())
                    result->diagram.hints.append(hint);
            }
            walkSubgraphs(sg, groupId, rank, nodeGroup, depth + 1);
        }
    }

    Node readNode(Agnode_t *n, const QHash<QString, QString> &nodeGroup) const
    {
        Node node;
        node.id = str(agnameof(n));
        node.location = placeOf(node.id);
        const QString shape = attr(n, "shape");
        const QString style = attr(n, "style");
        node.shape = shape.isEmpty() ? QStringLiteral("ellipse") : shape; // Graphviz's default
        node.kind = dot::kindOfShape(shape, style);
        if (node.kind == NodeKind::Service && dot::hasStyle(style, u"rounded"))
            node.shape.clear(); // a rounded box: the service kind's outline
        node.invisible = dot::isInvisible(style);
        if (const LinePattern p = dot::linePattern(style);
            p == LinePattern::Dashed || p == LinePattern::Dotted)
            node.pattern = p;
        const char *rawLabel = agget(n, const_cast<char *>("label"));
        const bool record = shape == u"record" || shape == u"Mrecord";
        if (record && rawLabel && !aghtmlstr(const_cast<char *>(rawLabel))) {
            const QString raw = str(rawLabel);
            node.fields = dot::recordFields(raw == u"\\N" ? node.id : raw);
            node.label = node.fields.isEmpty() ? QString() : node.fields.takeFirst();
        } else {
            node.label = labelText(n, node.id, graphName);
        }
        node.group = nodeGroup.value(node.id);
        if (dot::hasStyle(style, u"filled")) {
            const QString fill = attr(n, "fillcolor").isEmpty() ? attr(n, "color") : attr(n, "fillcolor");
            node.colors.fill = fill.isEmpty() ? QColor(0xd3, 0xd3, 0xd3) : colour(fill); // lightgrey
        }
        node.colors.stroke = colour(attr(n, "color"));
        node.colors.text = colour(attr(n, "fontcolor"));
        node.note = attr(n, "tooltip");
        const QString url = attr(n, "URL").isEmpty() ? attr(n, "href") : attr(n, "URL");
        if (url.startsWith(u"http://") || url.startsWith(u"https://"))
            node.link = url;
        node.hasPosition = readPosition(attr(n, "pos"), &node.position);
        return node;
    }

    Edge readEdge(Agedge_t *e, bool directedGraph) const
    {
        Edge edge;
        edge.from = str(agnameof(agtail(e)));
        edge.to = str(agnameof(aghead(e)));
        edge.label = labelText(e, QString(), graphName);
        edge.location = edgePlaceOf(edge.from, edge.to);
        QString dir = attr(e, "dir");
        if (dir.isEmpty())
            dir = directedGraph ? QStringLiteral("forward") : QStringLiteral("none");
        const bool atHead = dir == u"forward" || dir == u"both";
        const bool atTail = dir == u"back" || dir == u"both";
        edge.head = atHead ? dot::arrowEnd(attr(e, "arrowhead")) : ArrowEnd::None;
        edge.tail = atTail ? dot::arrowEnd(attr(e, "arrowtail")) : ArrowEnd::None;
        edge.directed = edge.head != ArrowEnd::None || edge.tail != ArrowEnd::None;
        edge.bothWays = edge.head != ArrowEnd::None && edge.tail != ArrowEnd::None;
        edge.style = edge.directed ? EdgeStyle::Sync : EdgeStyle::Plain;
        const QString style = attr(e, "style");
        edge.invisible = dot::isInvisible(style);
        edge.pattern = dot::linePattern(style);
        if (edge.pattern == LinePattern::FromStyle && attr(e, "penwidth").toDouble() >= 2)
            edge.pattern = LinePattern::Bold;
        edge.colors.stroke = colour(attr(e, "color"));
        edge.colors.text = colour(attr(e, "fontcolor"));
        return edge;
    }

    void walk(Agraph_t *g)
    {
        Diagram &d = result->diagram;
        graphName = str(agnameof(g));
        d.direction = directionOf(attr(g, "rankdir"));
        d.title = labelText(g, QString(), graphName);
        d.background = colour(attr(g, "bgcolor"));
        d.layoutEngine = attr(g, "layout").trimmed().toLower();
        collectAttributes(g);

        QHash<QString, QString> nodeGroup;
        walkSubgraphs(g, QString(), QString(), &nodeGroup, 0);

        d.nodes.reserve(agnnodes(g));
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
            d.nodes.append(readNode(n, nodeGroup));
        // Edges in the order the file writes them (cgraph walks them node by node).
        QVector<Agedge_t *> ordered;
        ordered.reserve(agnedges(g));
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
            for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
                ordered.append(e);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](Agedge_t *a, Agedge_t *b) { return AGSEQ(a) < AGSEQ(b); });
        const bool directed = agisdirected(g);
        d.edges.reserve(ordered.size());
        for (Agedge_t *e : std::as_const(ordered))
            d.edges.append(readEdge(e, directed));
    }
};

// "Error: <stdin>: syntax error in line 3 near 'x'" -> a diagnostic on line 3.
Diagnostic messageDiagnostic(const QString &message)
{
    static const QRegularExpression lineRe(QStringLiteral("\\bline (\\d+)"));
    Diagnostic d;
    QString text = message.trimmed();
    d.severity = text.startsWith(u"Warning") ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
    text.remove(QRegularExpression(QStringLiteral("^(Error|Warning):\\s*")));
    text.remove(QRegularExpression(QStringLiteral("^<stdin>:\\s*")));
    const QRegularExpressionMatch m = lineRe.match(text);
    if (m.hasMatch()) {
        d.line = m.captured(1).toInt();
        d.column = 1;
    }
    d.message = tr("Graphviz: %1").arg(text);
    return d;
}

} // namespace

ParseResult importDot(const QString &text)
{
    ParseResult result;
    QString source = text;
    if (source.startsWith(QChar(0xFEFF)))
        source.remove(0, 1);
    const QByteArray utf8 = source.toUtf8();

    QMutexLocker lock(&cgraphMutex());
    QByteArray messages;
    g_messages = &messages;
    const agusererrf previous = agseterrf(captureMessage);
    agseterr(AGWARN);
    agreseterrors();
    // As Graphviz's own context does: a node's label is its name unless set (`a [label=""]; b` keeps b's).
    agattr(nullptr, AGNODE, const_cast<char *>("label"), const_cast<char *>("\\N"));
    Agraph_t *g = agmemread(utf8.constData());
    const int graphvizErrors = agerrors();
    agseterrf(previous);
    g_messages = nullptr;

    for (const QString &m : QString::fromUtf8(messages).split(u'\n', Qt::SkipEmptyParts))
        result.diagnostics.append(messageDiagnostic(m));
    if (!g) {
        if (!hasErrors(result.diagnostics) || graphvizErrors == 0)
            result.diagnostics.append({Diagnostic::Severity::Error, 1, 1,
                                       tr("not a Graphviz DOT graph (cgraph could not read it)"),
                                       tr("the file must start with `graph` or `digraph`")});
        return result;
    }
    const dot::SourcePlaces places = dot::scanSource(source);
    Walker walker{&result, places, {}, {}, {}, {}, {}, {}, false};
    walker.walk(g);
    agclose(g);

    // One warning per attribute we do not draw, where the file first writes it.
    QStringList names(walker.unsupported.cbegin(), walker.unsupported.cend());
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const SourceLocation la = places.attributes.value(a), lb = places.attributes.value(b);
        return std::tie(la.line, la.column, a) < std::tie(lb.line, lb.column, b);
    });
    for (const QString &name : std::as_const(names)) {
        SourceLocation at = places.attributes.value(name);
        if (at.line == 0)
            at = places.graph.line > 0 ? places.graph : SourceLocation{1, 1};
        result.diagnostics.append(
            {Diagnostic::Severity::Warning, at.line, at.column,
             tr("DOT attribute `%1` is not drawn").arg(name),
             tr("it changes only how Graphviz draws; our layout and theme apply instead")});
    }
    return result;
}

} // namespace ae::diagram

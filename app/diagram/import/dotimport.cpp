// SPDX-License-Identifier: MIT
// DOT import through cgraph: agmemread builds Graphviz's graph, which we walk into our model. Graphviz's
// error output is captured with agseterrf (never printed to stderr) and turned into located diagnostics.
#include "diagram/import/dotimport.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

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

// Attributes we map (or that only affect Graphviz's own drawing and cost the user nothing when dropped).
const QSet<QString> &knownAttributes()
{
    static const QSet<QString> known{
        QStringLiteral("label"),     QStringLiteral("shape"),     QStringLiteral("rankdir"),
        QStringLiteral("color"),     QStringLiteral("fillcolor"), QStringLiteral("fontcolor"),
        QStringLiteral("style"),     QStringLiteral("dir"),       QStringLiteral("charset"),
        QStringLiteral("URL"),       QStringLiteral("href"),      QStringLiteral("tooltip"),
        QStringLiteral("fontname"),  QStringLiteral("fontsize"),  QStringLiteral("width"),
        QStringLiteral("height"),    QStringLiteral("size"),      QStringLiteral("ratio"),
        QStringLiteral("margin"),    QStringLiteral("nodesep"),   QStringLiteral("ranksep"),
        QStringLiteral("rank"),      QStringLiteral("arrowhead"), QStringLiteral("arrowtail"),
        QStringLiteral("arrowsize"), QStringLiteral("penwidth"),  QStringLiteral("center"),
        QStringLiteral("bgcolor"),   QStringLiteral("fixedsize"), QStringLiteral("weight"),
        QStringLiteral("xlabel")};
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

NodeKind kindOfShape(const QString &shape, const QString &style)
{
    const QString s = shape.toLower();
    if (s == u"cylinder")
        return NodeKind::Database;
    if (s == u"note")
        return NodeKind::Note;
    if (s == u"component")
        return NodeKind::Service;
    if ((s == u"box" || s == u"rect" || s == u"rectangle") && style.contains(u"rounded"))
        return NodeKind::Service;
    return NodeKind::Generic;
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
    return c;
}

// The text a node/edge/graph label stands for.
QString labelText(void *obj, const QString &fallbackName, const QString &graphName)
{
    char *raw = agget(obj, const_cast<char *>("label"));
    if (!raw || !*raw)
        return fallbackName;
    if (aghtmlstr(raw))
        return dot::htmlLabelText(str(raw));
    return dot::escapedLabelText(str(raw), fallbackName, graphName);
}

struct Walker
{
    ParseResult *result;
    QString graphName;
    QSet<QString> unsupported;

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

    // Clusters become groups, parents first; nodes take the innermost cluster that holds them.
    void walkClusters(Agraph_t *g, const QString &parent, QHash<QString, QString> *nodeGroup, int depth)
    {
        for (Agraph_t *sg = agfstsubg(g); sg; sg = agnxtsubg(sg)) {
            const QString name = str(agnameof(sg));
            QString groupId = parent;
            if (name.startsWith(u"cluster") && depth < kMaxGroupDepth &&
                result->diagram.indexOfGroup(name) < 0) {
                Group group;
                group.id = name;
                group.parent = parent;
                group.label = labelText(sg, QString(), graphName);
                if (group.label.isEmpty())
                    group.label = name.mid(7).trimmed().remove(QRegularExpression(QStringLiteral("^[_-]+")));
                group.kind = QStringLiteral("cluster");
                group.colors.fill = colour(attr(sg, "fillcolor"));
                group.colors.stroke = colour(attr(sg, "color"));
                group.colors.text = colour(attr(sg, "fontcolor"));
                result->diagram.groups.append(group);
                groupId = name;
                for (Agnode_t *n = agfstnode(sg); n; n = agnxtnode(sg, n))
                    nodeGroup->insert(str(agnameof(n)), name);
            }
            walkClusters(sg, groupId, nodeGroup, depth + 1);
        }
    }

    void walk(Agraph_t *g)
    {
        Diagram &d = result->diagram;
        graphName = str(agnameof(g));
        d.direction = directionOf(attr(g, "rankdir"));
        const QString title = labelText(g, QString(), graphName);
        d.title = title;
        collectAttributes(g);

        QHash<QString, QString> nodeGroup;
        walkClusters(g, QString(), &nodeGroup, 0);

        const bool directed = agisdirected(g);
        d.nodes.reserve(agnnodes(g));
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
            Node node;
            node.id = str(agnameof(n));
            const QString shape = attr(n, "shape");
            const QString style = attr(n, "style");
            node.kind = kindOfShape(shape, style);
            const char *rawLabel = agget(n, const_cast<char *>("label"));
            const bool record = shape == u"record" || shape == u"Mrecord";
            if (record && rawLabel && !aghtmlstr(const_cast<char *>(rawLabel))) {
                const QString raw = str(rawLabel);
                node.fields = dot::recordFields(raw == u"\\N" || raw.isEmpty() ? node.id : raw);
                node.label = node.fields.isEmpty() ? node.id : node.fields.takeFirst();
            } else {
                node.label = labelText(n, node.id, graphName);
            }
            node.group = nodeGroup.value(node.id);
            if (style.contains(u"filled"))
                node.colors.fill =
                    colour(attr(n, "fillcolor").isEmpty() ? attr(n, "color") : attr(n, "fillcolor"));
            node.colors.stroke = colour(attr(n, "color"));
            node.colors.text = colour(attr(n, "fontcolor"));
            const QString url = attr(n, "URL").isEmpty() ? attr(n, "href") : attr(n, "URL");
            if (url.startsWith(u"http://") || url.startsWith(u"https://"))
                node.link = url;
            d.nodes.append(node);
        }
        // Edges in the order the file writes them (cgraph walks them node by node).
        QVector<Agedge_t *> ordered;
        ordered.reserve(agnedges(g));
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
            for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
                ordered.append(e);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](Agedge_t *a, Agedge_t *b) { return AGSEQ(a) < AGSEQ(b); });
        {
            for (Agedge_t *e : std::as_const(ordered)) {
                Edge edge;
                edge.from = str(agnameof(agtail(e)));
                edge.to = str(agnameof(aghead(e)));
                edge.label = labelText(e, QString(), graphName);
                const QString dir = attr(e, "dir");
                const QString style = attr(e, "style");
                edge.directed = directed ? dir != u"none" : (dir == u"forward" || dir == u"both");
                edge.bothWays = dir == u"both";
                if (!edge.directed)
                    edge.style = EdgeStyle::Plain;
                else if (style.contains(u"dashed") || style.contains(u"dotted"))
                    edge.style = EdgeStyle::Async;
                else if (style.contains(u"bold"))
                    edge.style = EdgeStyle::Replication;
                edge.colors.stroke = colour(attr(e, "color"));
                edge.colors.text = colour(attr(e, "fontcolor"));
                d.edges.append(edge);
            }
        }
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
    Walker walker{&result, {}, {}};
    walker.walk(g);
    agclose(g);

    if (!walker.unsupported.isEmpty()) {
        QStringList names(walker.unsupported.cbegin(), walker.unsupported.cend());
        names.sort();
        result.diagnostics.append(
            {Diagnostic::Severity::Warning, 0, 0,
             tr("ignored DOT attributes: %1").arg(names.join(QStringLiteral(", "))),
             tr("they change only how Graphviz draws; our layout and theme apply instead")});
    }
    return result;
}

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// The .arch, DOT and Mermaid writers. Each writes every node (with its kind or nearest shape, label and
// colours), group (nested) and edge (style, direction, label, colours), so reading the output back gives the
// same graph.
#include "diagram/import/writers.h"

#include "diagram/kinds.h"
#include "diagram/parser.h"

#include <QSet>

#include <functional>

namespace ae::diagram {

namespace {

enum class Lang { Arch, Dot, Mermaid };

bool validIdChar(QChar c, Lang lang)
{
    if (c.isLetterOrNumber() || c == u'_')
        return true;
    return lang == Lang::Arch && (c == u'-' || c == u'.');
}

// Stable, unique, valid ids for one output file.
class IdMaker
{
public:
    explicit IdMaker(Lang lang) : m_lang(lang)
    {
        if (lang == Lang::Arch) {
            for (const QString &w : allKindWords())
                m_reserved.insert(w);
            for (const char *k : {"title", "direction", "group", "rank", "order", "style"})
                m_reserved.insert(QString::fromLatin1(k));
        } else if (lang == Lang::Mermaid) {
            for (const char *k : {"end", "graph", "flowchart", "subgraph", "style", "class", "classDef",
                                  "click", "linkStyle", "direction", "call", "href", "default", "o", "x"})
                m_reserved.insert(QString::fromLatin1(k));
        }
    }
    QString operator()(const QString &id)
    {
        const auto found = m_map.constFind(id);
        if (found != m_map.constEnd())
            return *found;
        QString out;
        for (qsizetype i = 0; i < id.size(); ++i) {
            const QChar c = id[i];
            // In .arch `--` and `->` inside a word read as an edge: `a_-----_long` is written `a______long`.
            const bool edgeLike = m_lang == Lang::Arch && c == u'-' && i + 1 < id.size() &&
                                  (id[i + 1] == u'-' || id[i + 1] == u'>');
            out += validIdChar(c, m_lang) && !edgeLike ? c : u'_';
        }
        if (out.isEmpty() || !(out[0].isLetter() || out[0] == u'_'))
            out.prepend(u'n');
        if (m_reserved.contains(out))
            out.prepend(QStringLiteral("n_"));
        QString unique = out;
        for (int i = 2; m_used.contains(unique); ++i)
            unique = out + u'_' + QString::number(i);
        m_used.insert(unique);
        m_map.insert(id, unique);
        return unique;
    }
    const QHash<QString, QString> &map() const { return m_map; }

private:
    Lang m_lang;
    QSet<QString> m_reserved, m_used;
    QHash<QString, QString> m_map;
};

QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            out += u' ';
        else
            out += c;
    }
    return out + u'"';
}

QString fullLabel(const Node &n)
{
    return n.fields.isEmpty() ? n.label : (QStringList{n.label} + n.fields).join(u'\n');
}

// ---- .arch ----

void archColours(const StyleOverride &c, QStringList *attrs, bool edge)
{
    const std::pair<const char *, const QColor *> colours[] = {
        {edge ? "color" : "fill", edge ? &c.stroke : &c.fill},
        {edge ? nullptr : "stroke", &c.stroke},
        {"text", &c.text},
        {edge ? "dark-color" : "dark-fill", edge ? &c.darkStroke : &c.darkFill},
        {edge ? nullptr : "dark-stroke", &c.darkStroke},
        {"dark-text", &c.darkText}};
    for (const auto &[key, colour] : colours)
        if (key && colour->isValid())
            *attrs << QStringLiteral("%1: \"%2\"").arg(QLatin1String(key), colour->name());
}

QString attrList(const QStringList &attrs)
{
    return attrs.isEmpty() ? QString() : QStringLiteral(" [") + attrs.join(QStringLiteral(", ")) + u']';
}

struct ArchWriter
{
    const Diagram &d;
    IdMaker ids{Lang::Arch};
    QString out;

    void node(const Node &n, const QString &indent)
    {
        QStringList attrs;
        if (!n.technology.isEmpty())
            attrs << QStringLiteral("tech: ") + quoted(n.technology);
        if (!n.note.isEmpty())
            attrs << QStringLiteral("note: ") + quoted(n.note);
        if (!n.link.isEmpty())
            attrs << QStringLiteral("link: ") + quoted(n.link);
        archColours(n.colors, &attrs, false);
        out += indent + kindName(n.kind) + u' ' + ids(n.id) + u' ' + quoted(fullLabel(n)) + attrList(attrs) +
               u'\n';
    }

    void group(const Group &g, const QString &indent, int depth)
    {
        QStringList attrs;
        static const QStringList kinds{QStringLiteral("region"), QStringLiteral("zone"),
                                       QStringLiteral("vpc"), QStringLiteral("tier"),
                                       QStringLiteral("cluster")};
        if (kinds.contains(g.kind))
            attrs << QStringLiteral("kind: ") + g.kind;
        archColours(g.colors, &attrs, false);
        out += indent + QStringLiteral("group ") + ids(g.id) + u' ' + quoted(g.label) + attrList(attrs) +
               QStringLiteral(" {\n");
        contents(g.id, indent + QStringLiteral("  "), depth + 1);
        out += indent + QStringLiteral("}\n");
    }

    void contents(const QString &groupId, const QString &indent, int depth)
    {
        for (const Node &n : d.nodes)
            if (n.group == groupId)
                node(n, indent);
        if (depth > kMaxGroupDepth)
            return;
        for (const Group &g : d.groups)
            if (g.parent == groupId && g.id != groupId)
                group(g, indent, depth);
    }

    void write()
    {
        if (!d.title.isEmpty())
            out += QStringLiteral("title ") + quoted(d.title) + u'\n';
        static const char *dirs[] = {"right", "down", "left", "up"};
        out += QStringLiteral("direction %1\n\n").arg(QLatin1String(dirs[int(d.direction)]));
        // Nodes whose group is unknown are written at the top level.
        QSet<QString> groupIds;
        for (const Group &g : d.groups)
            groupIds.insert(g.id);
        for (const Node &n : d.nodes)
            if (!n.group.isEmpty() && !groupIds.contains(n.group))
                node(n, QString());
        contents(QString(), QString(), 0);
        if (!d.edges.isEmpty())
            out += u'\n';
        for (const Edge &e : d.edges) {
            QString op;
            QStringList attrs;
            static const char *styles[] = {"sync", "async", "replication", "plain"};
            if (!e.directed) {
                op = QStringLiteral("--");
                if (e.style != EdgeStyle::Plain)
                    attrs << QStringLiteral("style: %1").arg(QLatin1String(styles[int(e.style)]));
            } else {
                op = e.style == EdgeStyle::Async         ? QStringLiteral("~>")
                     : e.style == EdgeStyle::Replication ? QStringLiteral("=>")
                                                         : QStringLiteral("->");
                if (e.style == EdgeStyle::Plain)
                    attrs << QStringLiteral("style: plain");
                if (e.bothWays)
                    op.prepend(u'<');
            }
            archColours(e.colors, &attrs, true);
            out += ids(e.from) + u' ' + op + u' ' + ids(e.to) +
                   (e.label.isEmpty() ? QString() : QStringLiteral(" : ") + quoted(e.label)) +
                   attrList(attrs) + u'\n';
        }
        for (const RankHint &h : d.hints) {
            QStringList list;
            for (const QString &id : h.ids)
                list << ids(id);
            out += (h.type == RankHint::Type::Same ? QStringLiteral("rank ") : QStringLiteral("order ")) +
                   list.join(QStringLiteral(", ")) + u'\n';
        }
    }
};

// ---- DOT ----

QString recordEscaped(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c == u'{' || c == u'}' || c == u'|' || c == u'<' || c == u'>')
            out += u'\\';
        out += c;
    }
    return out;
}

QString dotShape(NodeKind k)
{
    switch (k) {
    case NodeKind::Database:
    case NodeKind::DocumentStore:
    case NodeKind::KeyValue:
    case NodeKind::Cache:
    case NodeKind::Warehouse:
    case NodeKind::GraphDatabase:
    case NodeKind::VectorDatabase:
    case NodeKind::TimeSeries:
        return QStringLiteral("shape=cylinder");
    case NodeKind::Note:
        return QStringLiteral("shape=note");
    case NodeKind::Generic:
        return QStringLiteral("shape=box");
    case NodeKind::User:
        return QStringLiteral("shape=ellipse");
    default:
        return QStringLiteral("shape=box, style=rounded");
    }
}

void dotColours(const StyleOverride &c, QStringList *attrs, bool hasStyle)
{
    if (c.fill.isValid())
        *attrs << (hasStyle ? QString() : QStringLiteral("style=filled, ")) +
                      QStringLiteral("fillcolor=\"%1\"").arg(c.fill.name());
    if (c.stroke.isValid())
        *attrs << QStringLiteral("color=\"%1\"").arg(c.stroke.name());
    if (c.text.isValid())
        *attrs << QStringLiteral("fontcolor=\"%1\"").arg(c.text.name());
}

struct DotWriter
{
    const Diagram &d;
    IdMaker ids{Lang::Dot};
    QString out;

    void node(const Node &n, const QString &indent)
    {
        QStringList attrs;
        if (!n.fields.isEmpty()) {
            QStringList parts{recordEscaped(n.label)};
            for (const QString &f : n.fields)
                parts << recordEscaped(f);
            attrs << QStringLiteral("shape=record") << QStringLiteral("label=") + quoted(parts.join(u'|'));
        } else {
            attrs << dotShape(n.kind) << QStringLiteral("label=") + quoted(n.label);
        }
        const bool hasStyle = attrs.first().contains(QStringLiteral("style="));
        QStringList colours;
        dotColours(n.colors, &colours, hasStyle);
        if (hasStyle && n.colors.fill.isValid())
            attrs[0].replace(QStringLiteral("style=rounded"), QStringLiteral("style=\"rounded,filled\""));
        attrs << colours;
        out += indent + quoted(ids(n.id)) + QStringLiteral(" [") + attrs.join(QStringLiteral(", ")) +
               QStringLiteral("];\n");
    }

    void contents(const QString &groupId, const QString &indent, int depth)
    {
        for (const Node &n : d.nodes)
            if (n.group == groupId)
                node(n, indent);
        if (depth > kMaxGroupDepth)
            return;
        for (const Group &g : d.groups) {
            if (g.parent != groupId || g.id == groupId)
                continue;
            QString id = ids(g.id);
            out += indent + QStringLiteral("subgraph ") +
                   quoted(id.startsWith(QStringLiteral("cluster")) ? id : QStringLiteral("cluster_") + id) +
                   QStringLiteral(" {\n");
            QStringList attrs{QStringLiteral("label=") + quoted(g.label)};
            if (g.colors.fill.isValid())
                attrs << QStringLiteral("style=filled");
            dotColours(g.colors, &attrs, true);
            for (const QString &a : attrs)
                out += indent + QStringLiteral("  ") + a + QStringLiteral(";\n");
            contents(g.id, indent + QStringLiteral("  "), depth + 1);
            out += indent + QStringLiteral("}\n");
        }
    }

    void write()
    {
        static const char *dirs[] = {"LR", "TB", "RL", "BT"};
        out += QStringLiteral("digraph {\n  rankdir=%1;\n").arg(QLatin1String(dirs[int(d.direction)]));
        if (!d.title.isEmpty())
            out += QStringLiteral("  label=") + quoted(d.title) + QStringLiteral(";\n  labelloc=t;\n");
        QSet<QString> groupIds;
        for (const Group &g : d.groups)
            groupIds.insert(g.id);
        for (const Node &n : d.nodes)
            if (!n.group.isEmpty() && !groupIds.contains(n.group))
                node(n, QStringLiteral("  "));
        contents(QString(), QStringLiteral("  "), 0);
        for (const Edge &e : d.edges) {
            QStringList attrs;
            if (!e.label.isEmpty())
                attrs << QStringLiteral("label=") + quoted(e.label);
            if (e.style == EdgeStyle::Async)
                attrs << QStringLiteral("style=dashed");
            else if (e.style == EdgeStyle::Replication)
                attrs << QStringLiteral("style=bold");
            if (!e.directed)
                attrs << QStringLiteral("dir=none");
            else if (e.bothWays)
                attrs << QStringLiteral("dir=both");
            dotColours(e.colors, &attrs, true);
            out += QStringLiteral("  ") + quoted(ids(e.from)) + QStringLiteral(" -> ") + quoted(ids(e.to)) +
                   (attrs.isEmpty() ? QString()
                                    : QStringLiteral(" [") + attrs.join(QStringLiteral(", ")) + u']') +
                   QStringLiteral(";\n");
        }
        out += QStringLiteral("}\n");
    }
};

// ---- Mermaid ----

QString mermaidText(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'"')
            out += QStringLiteral("#quot;");
        else if (c == u'#')
            out += QStringLiteral("#35;");
        else if (c == u'|')
            out += QStringLiteral("#124;");
        else if (c == u'<')
            out += QStringLiteral("#lt;");
        else if (c == u'>')
            out += QStringLiteral("#gt;");
        else if (c == u'\n')
            out += QStringLiteral("<br>");
        else
            out += c;
    }
    return out + u'"';
}

QString mermaidShape(const Node &n)
{
    const QString text = mermaidText(fullLabel(n));
    switch (n.kind) {
    case NodeKind::Generic:
        return u'[' + text + u']';
    case NodeKind::Note:
        return QStringLiteral("@{ shape: text, label: ") + text + QStringLiteral(" }");
    case NodeKind::Database:
    case NodeKind::DocumentStore:
    case NodeKind::KeyValue:
    case NodeKind::Cache:
    case NodeKind::Warehouse:
    case NodeKind::GraphDatabase:
    case NodeKind::VectorDatabase:
    case NodeKind::TimeSeries:
        return QStringLiteral("[(") + text + QStringLiteral(")]");
    default:
        return u'(' + text + u')';
    }
}

QString mermaidStyle(const StyleOverride &c, bool edge)
{
    QStringList parts;
    if (c.fill.isValid() && !edge)
        parts << QStringLiteral("fill:") + c.fill.name();
    if (c.stroke.isValid())
        parts << QStringLiteral("stroke:") + c.stroke.name();
    if (c.text.isValid())
        parts << QStringLiteral("color:") + c.text.name();
    return parts.join(u',');
}

struct MermaidWriter
{
    const Diagram &d;
    IdMaker ids{Lang::Mermaid};
    QString out;
    QStringList styles;

    void node(const Node &n, const QString &indent)
    {
        out += indent + ids(n.id) + mermaidShape(n) + u'\n';
        const QString s = mermaidStyle(n.colors, false);
        if (!s.isEmpty())
            styles << QStringLiteral("  style ") + ids(n.id) + u' ' + s;
    }

    void contents(const QString &groupId, const QString &indent, int depth)
    {
        for (const Node &n : d.nodes)
            if (n.group == groupId)
                node(n, indent);
        if (depth > kMaxGroupDepth)
            return;
        for (const Group &g : d.groups) {
            if (g.parent != groupId || g.id == groupId)
                continue;
            out += indent + QStringLiteral("subgraph ") + ids(g.id) + QStringLiteral(" [") +
                   mermaidText(g.label) + QStringLiteral("]\n");
            contents(g.id, indent + QStringLiteral("  "), depth + 1);
            out += indent + QStringLiteral("end\n");
            const QString s = mermaidStyle(g.colors, false);
            if (!s.isEmpty())
                styles << QStringLiteral("  style ") + ids(g.id) + u' ' + s;
        }
    }

    void write()
    {
        if (!d.title.isEmpty())
            out += QStringLiteral("---\ntitle: ") + QString(d.title).replace(u'\n', u' ') +
                   QStringLiteral("\n---\n");
        static const char *dirs[] = {"LR", "TB", "RL", "BT"};
        out += QStringLiteral("flowchart %1\n").arg(QLatin1String(dirs[int(d.direction)]));
        QSet<QString> groupIds;
        for (const Group &g : d.groups)
            groupIds.insert(g.id);
        for (const Node &n : d.nodes)
            if (!n.group.isEmpty() && !groupIds.contains(n.group))
                node(n, QStringLiteral("  "));
        contents(QString(), QStringLiteral("  "), 0);
        for (int i = 0; i < d.edges.size(); ++i) {
            const Edge &e = d.edges[i];
            QString body = e.style == EdgeStyle::Async         ? QStringLiteral("-.-")
                           : e.style == EdgeStyle::Replication ? QStringLiteral("===")
                                                               : QStringLiteral("---");
            QString op = body;
            if (e.directed) {
                op = e.style == EdgeStyle::Async         ? QStringLiteral("-.->")
                     : e.style == EdgeStyle::Replication ? QStringLiteral("==>")
                                                         : QStringLiteral("-->");
                if (e.bothWays)
                    op.prepend(u'<');
            }
            out += QStringLiteral("  ") + ids(e.from) + u' ' + op +
                   (e.label.isEmpty() ? QString() : u'|' + mermaidText(e.label) + u'|') + u' ' + ids(e.to) +
                   u'\n';
            const QString s = mermaidStyle(e.colors, true);
            if (!s.isEmpty())
                styles << QStringLiteral("  linkStyle %1 %2").arg(i).arg(s);
        }
        for (const QString &s : std::as_const(styles))
            out += s + u'\n';
    }
};

} // namespace

Diagram withGroupEndsOnNodes(const Diagram &diagram)
{
    bool any = false;
    for (const Edge &e : diagram.edges)
        any = any || e.fromGroup || e.toGroup;
    if (!any)
        return diagram;
    // The first node of a group, else of its first group that has one (depth-first, in model order).
    std::function<QString(const QString &, int)> anchor = [&](const QString &group, int depth) -> QString {
        for (const Node &n : diagram.nodes)
            if (n.group == group)
                return n.id;
        if (depth < kMaxGroupDepth)
            for (const Group &g : diagram.groups)
                if (g.parent == group && g.id != group)
                    if (const QString id = anchor(g.id, depth + 1); !id.isEmpty())
                        return id;
        return {};
    };
    Diagram out = diagram;
    out.edges.clear();
    for (Edge e : diagram.edges) {
        if (e.fromGroup)
            e.from = anchor(e.from, 0);
        if (e.toGroup)
            e.to = anchor(e.to, 0);
        e.fromGroup = e.toGroup = false;
        if (!e.from.isEmpty() && !e.to.isEmpty())
            out.edges.append(e);
    }
    return out;
}

QString writeArch(const Diagram &diagram, QHash<QString, QString> *idMap)
{
    ArchWriter w{diagram, IdMaker(Lang::Arch), {}};
    w.write();
    if (idMap)
        *idMap = w.ids.map();
    return w.out;
}

QString writeDot(const Diagram &diagram, QHash<QString, QString> *idMap)
{
    const Diagram anchored = withGroupEndsOnNodes(diagram);
    DotWriter w{anchored, IdMaker(Lang::Dot), {}};
    w.write();
    if (idMap)
        *idMap = w.ids.map();
    return w.out;
}

QString writeMermaid(const Diagram &diagram, QHash<QString, QString> *idMap)
{
    const Diagram anchored = withGroupEndsOnNodes(diagram);
    MermaidWriter w{anchored, IdMaker(Lang::Mermaid), {}, {}};
    w.write();
    if (idMap)
        *idMap = w.ids.map();
    return w.out;
}

} // namespace ae::diagram

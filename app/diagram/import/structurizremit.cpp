// SPDX-License-Identifier: MIT
// A Structurizr workspace written as a Diagram: elements with children become groups, the rest nodes with a
// kind (from type, technology, tags and styles); relationships become edges, plus the implied ones up the
// hierarchy and the ones between deployed instances, as Structurizr derives them.
#include "diagram/import/structurizr_p.h"
#include "diagram/parser.h"

#include <QCoreApplication>

namespace ae::diagram::structurizr {

namespace {

bool hasTag(const Element &e, const char *tag)
{
    for (const QString &t : e.tags)
        if (t.compare(QLatin1String(tag), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool mentions(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

NodeKind kindOf(const Element &e)
{
    const QString facts = e.technology + u' ' + e.tags.join(u' ');
    if (e.type == u"person")
        return NodeKind::User;
    if (hasTag(e, "External") || hasTag(e, "External System"))
        return NodeKind::External;
    if (e.type == u"softwareSystem" || e.type == u"component")
        return mentions(facts, {"database"}) ? NodeKind::Database : NodeKind::Service;
    if (mentions(facts, {"database", "schema", "postgres", "mysql", "oracle", "rds", "sql"}))
        return NodeKind::Database;
    if (mentions(facts, {"queue", "topic", "kafka", "rabbitmq", "sqs", "message bus"}))
        return NodeKind::Queue;
    if (mentions(facts, {"web browser", "mobile", "browser"}))
        return NodeKind::Client;
    if (mentions(facts, {"load balancer", "elastic load", "elb"}))
        return NodeKind::LoadBalancer;
    if (mentions(facts, {"gateway"}))
        return NodeKind::Gateway;
    if (mentions(facts, {"cdn", "cloudfront"}))
        return NodeKind::Cdn;
    if (mentions(facts, {"s3", "bucket", "object storage"}))
        return NodeKind::ObjectStorage;
    if (e.type == u"deploymentNode" || e.type == u"infrastructureNode")
        return NodeKind::Generic;
    return NodeKind::Service;
}

class Emitter
{
public:
    Emitter(const Workspace &ws, Diagnostics *out) : m_ws(ws), m_out(out) {}

    Diagram run()
    {
        m_diagram.title = m_ws.name;
        m_diagram.direction = Direction::Down; // Structurizr's autoLayout default: top to bottom
        m_diagram.views = m_ws.views;
        for (View &v : m_diagram.views)
            for (Node &n : v.collapsed)
                if (const Element *e = element(n.id))
                    n = nodeFor(*e, styleOf(e->tags, m_ws.elementStyles));
        for (const Element &e : m_ws.elements)
            if (!e.parent.isEmpty())
                m_hasChildren.insert(e.parent);
        for (const Element &e : m_ws.elements)
            emitElement(e);
        for (const Relationship &r : m_ws.relationships)
            addEdge(r, false);
        if (m_ws.impliedRelationships)
            for (const Relationship &r : m_ws.relationships)
                addImplied(r);
        const QVector<Relationship> all =
            m_all; // explicit and implied: instances relate as their elements do
        for (const Relationship &r : all)
            addInstanceEdges(r);
        return m_diagram;
    }

private:
    const Workspace &m_ws;
    Diagnostics *m_out;
    Diagram m_diagram;
    QSet<QString> m_hasChildren;
    QSet<QString> m_groups;
    QSet<std::pair<QString, QString>> m_connected;
    QHash<QString, QVector<int>> m_instances; // deployed element -> its instances
    QVector<Relationship> m_all;              // every relationship drawn so far
    bool m_instancesIndexed = false;

    const Element *element(const QString &id) const
    {
        const int i = m_ws.index.value(id, -1);
        return i < 0 ? nullptr : &m_ws.elements[i];
    }

    bool isGroup(const Element &e) const
    {
        return e.type == u"group" || e.type == u"environment" || m_hasChildren.contains(e.id);
    }

    // Style properties for the element's tags, later tags over earlier ones, later rules over earlier ones.
    QMap<QString, QString> styleOf(const QStringList &tags, const QVector<StyleRule> &rules) const
    {
        QMap<QString, QString> out;
        for (const QString &tag : tags)
            for (const StyleRule &r : rules)
                if (r.tag.compare(tag, Qt::CaseInsensitive) == 0)
                    for (auto p = r.properties.cbegin(); p != r.properties.cend(); ++p)
                        out.insert(p.key(), p.value());
        return out;
    }

    void applyColours(StyleOverride *c, const QMap<QString, QString> &style) const
    {
        if (style.contains(QStringLiteral("background")))
            c->fill = QColor::fromString(style.value(QStringLiteral("background")));
        if (style.contains(QStringLiteral("color")))
            c->text = QColor::fromString(style.value(QStringLiteral("color")));
        if (style.contains(QStringLiteral("stroke")))
            c->stroke = QColor::fromString(style.value(QStringLiteral("stroke")));
    }

    // Structurizr draws a boundary (a system or container opened around its members) unfilled, its border and
    // title in the element's stroke colour, else its background colour: the element's fill under its members
    // would hide them, and its text colour (white on that fill) would vanish on the page.
    void applyBoundaryColours(StyleOverride *c, const QMap<QString, QString> &style) const
    {
        const QString border =
            style.value(QStringLiteral("stroke"), style.value(QStringLiteral("background")));
        if (border.isEmpty())
            return;
        c->stroke = QColor::fromString(border);
        c->text = c->stroke;
    }

    // The group an element is drawn in: its parent, unless that parent is itself drawn as a node.
    QString groupOf(const Element &e) const { return e.parent; }

    void emitElement(const Element &e)
    {
        const QMap<QString, QString> style = styleOf(e.tags, m_ws.elementStyles);
        if (isGroup(e)) {
            Group g;
            g.id = e.id;
            g.label = e.name;
            g.parent = groupOf(e);
            g.location = e.pos;
            g.tags = e.tags;
            applyBoundaryColours(&g.colors, style);
            m_groups.insert(e.id);
            m_diagram.groups.append(g);
            return;
        }
        m_diagram.nodes.append(nodeFor(e, style));
    }

    // The element as one box (also a software system a view collapses, View::collapsed).
    Node nodeFor(const Element &e, const QMap<QString, QString> &style) const
    {
        Node n;
        n.id = e.id;
        n.label = e.name;
        const Element *ref = element(e.ref);
        n.kind = kindOf(ref ? *ref : e);
        n.technology = e.technology;
        n.note = e.description;
        n.link = e.url;
        n.group = groupOf(e);
        n.location = e.pos;
        n.tags = e.tags;
        if (ref)
            for (const QString &t : ref->tags)
                if (!n.tags.contains(t))
                    n.tags.append(t);
        const QMap<QString, QString> finalStyle = ref ? styleOf(n.tags, m_ws.elementStyles) : style;
        applyColours(&n.colors, finalStyle);
        applyShape(&n, finalStyle.value(QStringLiteral("shape")).toLower());
        return n;
    }

    static void applyShape(Node *n, const QString &shape)
    {
        if (shape.isEmpty() || shape == u"box" || shape == u"roundedbox")
            return;
        if (shape == u"cylinder")
            n->kind = NodeKind::Database;
        else if (shape == u"pipe")
            n->kind = NodeKind::Queue;
        else if (shape == u"person" || shape == u"robot")
            n->kind = NodeKind::User;
        else if (shape == u"bucket")
            n->kind = NodeKind::ObjectStorage;
        else if (shape == u"webbrowser" || shape.startsWith(QLatin1String("mobiledevice")) ||
                 shape == u"window" || shape == u"terminal" || shape == u"shell")
            n->kind = NodeKind::Client;
        else if (shape == u"ellipse")
            n->shape = QStringLiteral("oval");
        else
            n->shape = shape; // folder, hexagon, circle, diamond, component
    }

    void addEdge(const Relationship &r, bool implied)
    {
        Edge e;
        e.from = r.from;
        e.to = r.to;
        e.fromGroup = m_groups.contains(r.from);
        e.toGroup = m_groups.contains(r.to);
        e.label = r.technology.isEmpty() ? r.description
                                         : r.description + QStringLiteral("\n[") + r.technology + u']';
        e.location = r.pos;
        e.tags = r.tags;
        if (implied)
            e.tags.append(QStringLiteral("implied"));
        e.pattern = LinePattern::Dashed; // Structurizr draws relationships dashed unless styled otherwise
        const QMap<QString, QString> style = styleOf(r.tags, m_ws.relationshipStyles);
        if (style.value(QStringLiteral("dashed")).toLower() == u"false")
            e.pattern = LinePattern::Solid;
        const QString lineStyle = style.value(QStringLiteral("style")).toLower();
        if (lineStyle == u"solid")
            e.pattern = LinePattern::Solid;
        else if (lineStyle == u"dotted")
            e.pattern = LinePattern::Dotted;
        if (style.contains(QStringLiteral("color")))
            e.colors.stroke = QColor::fromString(style.value(QStringLiteral("color")));
        m_connected.insert({r.from, r.to});
        m_all.append(r);
        m_diagram.edges.append(e);
    }

    QStringList lineage(const QString &id) const
    {
        QStringList out;
        for (const Element *e = element(id); e && out.size() <= 64; e = element(e->parent)) {
            if (e->type == u"group")
                continue;
            if (e->type != u"person" && e->type != u"softwareSystem" && e->type != u"container" &&
                e->type != u"component")
                break;
            out.append(e->id);
        }
        return out;
    }

    // Structurizr's default: a relationship also relates the parents of both ends, unless any relationship
    // between those two already exists.
    void addImplied(const Relationship &r)
    {
        const QStringList from = lineage(r.from), to = lineage(r.to);
        for (const QString &a : from)
            for (const QString &b : to) {
                if (a == b || from.contains(b) || to.contains(a) || m_connected.contains({a, b}))
                    continue;
                Relationship implied = r;
                implied.from = a;
                implied.to = b;
                addEdge(implied, true);
            }
    }

    void addInstanceEdges(const Relationship &r)
    {
        if (!m_instancesIndexed)
            for (int i = 0; i < m_ws.elements.size(); ++i)
                if (!m_ws.elements[i].ref.isEmpty())
                    m_instances[m_ws.elements[i].ref].append(i);
        m_instancesIndexed = true;
        for (const int ai : m_instances.value(r.from)) {
            const Element &a = m_ws.elements[ai];
            for (const int bi : m_instances.value(r.to)) {
                const Element &b = m_ws.elements[bi];
                if (b.environment != a.environment)
                    continue;
                Relationship copy = r;
                copy.from = a.id;
                copy.to = b.id;
                if (!m_connected.contains({a.id, b.id}))
                    addEdge(copy, false);
            }
        }
    }
};

} // namespace

Diagram emitWorkspace(const Workspace &ws, Diagnostics *out)
{
    Diagram d = Emitter(ws, out).run();
    if (d.nodes.isEmpty() && out->size() < kMaxDiagnostics)
        out->append({Diagnostic::Severity::Warning, 1, 1, tr("the workspace's model has no elements"), {}});
    return d;
}

} // namespace ae::diagram::structurizr

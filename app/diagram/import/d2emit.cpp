// SPDX-License-Identifier: MIT
// The D2 object tree written as a Diagram: containers become groups (parents first), other objects nodes with
// a kind and shape, sql_table/class objects records, connections edges with arrow ends, colours and dashes.
#include "diagram/import/d2_p.h"
#include "diagram/kinds.h"

#include <QCoreApplication>

namespace ae::diagram::d2 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::D2", text);
}

struct ShapeInfo
{
    NodeKind kind;
    const char *shape; // Node::shape, "" = the kind's own
};

const QHash<QString, ShapeInfo> &shapes()
{
    static const QHash<QString, ShapeInfo> table = {
        {QStringLiteral("rectangle"), {NodeKind::Generic, ""}},
        {QStringLiteral("square"), {NodeKind::Generic, "square"}},
        {QStringLiteral("cylinder"), {NodeKind::Database, ""}},
        {QStringLiteral("queue"), {NodeKind::Queue, ""}},
        {QStringLiteral("person"), {NodeKind::User, ""}},
        {QStringLiteral("c4-person"), {NodeKind::User, ""}},
        {QStringLiteral("cloud"), {NodeKind::Generic, "cloud"}},
        {QStringLiteral("hexagon"), {NodeKind::Generic, "hexagon"}},
        {QStringLiteral("page"), {NodeKind::Generic, "page"}},
        {QStringLiteral("document"), {NodeKind::Generic, "document"}},
        {QStringLiteral("stored_data"), {NodeKind::Generic, "stored_data"}},
        {QStringLiteral("package"), {NodeKind::Generic, "package"}},
        {QStringLiteral("step"), {NodeKind::Generic, "step"}},
        {QStringLiteral("oval"), {NodeKind::Generic, "oval"}},
        {QStringLiteral("diamond"), {NodeKind::Generic, "diamond"}},
        {QStringLiteral("circle"), {NodeKind::Generic, "circle"}},
        {QStringLiteral("parallelogram"), {NodeKind::Generic, "parallelogram"}},
        {QStringLiteral("callout"), {NodeKind::Generic, "callout"}},
        {QStringLiteral("text"), {NodeKind::Generic, "text"}},
        {QStringLiteral("code"), {NodeKind::Generic, "text"}},
        {QStringLiteral("sql_table"), {NodeKind::Generic, ""}},
        {QStringLiteral("class"), {NodeKind::Generic, ""}},
        {QStringLiteral("image"), {NodeKind::Generic, ""}},
        {QStringLiteral("sequence_diagram"), {NodeKind::Generic, ""}},
        {QStringLiteral("hierarchy"), {NodeKind::Generic, ""}}};
    return table;
}

bool isRecord(const Obj &o)
{
    const QString s = o.attrs.value(QStringLiteral("shape")).value.toLower();
    return s == u"sql_table" || s == u"class";
}

class Emitter
{
public:
    Emitter(Warner &warn) : m_warn(warn) {}

    Diagram run(const Obj &root, const std::vector<std::unique_ptr<EdgeRec>> &edges)
    {
        if (const auto d = root.attrs.find(QStringLiteral("direction")); d != root.attrs.end())
            m_diagram.direction = direction(*d);
        else
            m_diagram.direction = Direction::Down; // D2 lays out top to bottom
        for (auto a = root.attrs.begin(); a != root.attrs.end(); ++a)
            if (a.key() != u"direction")
                unsupported(a.key(), *a);
        emitChildren(root, QString(), QString());
        for (const auto &r : edges)
            emitEdge(*r);
        return m_diagram;
    }

private:
    Warner &m_warn;
    Diagram m_diagram;
    QHash<const Obj *, QString> m_ids;
    QSet<const Obj *> m_groups;

    Direction direction(const Attr &a)
    {
        const QString v = a.value.toLower();
        if (v == u"right")
            return Direction::Right;
        if (v == u"left")
            return Direction::Left;
        if (v == u"up")
            return Direction::Up;
        if (v != u"down")
            m_warn.error(a.pos, tr("`direction` must be up, down, left or right, not `%1`").arg(a.value),
                         tr("write `direction: right`"));
        return Direction::Down;
    }

    QColor colour(const Attr &a)
    {
        const QColor c = QColor::fromString(a.value.trimmed());
        if (!c.isValid())
            m_warn.once(QStringLiteral("colour ") + a.value, a.pos,
                        tr("colour `%1` is not understood; the theme's is used").arg(a.value),
                        tr("write a CSS colour name or #rrggbb (D2 theme codes such as B1 are not read)"));
        return c;
    }

    void unsupported(const QString &key, const Attr &a)
    {
        const QString head = key.section(u'.', 0, 0);
        if (head == u"near" || key.endsWith(QLatin1String(".near")))
            m_warn.once(QStringLiteral("near"), a.pos,
                        tr("`near` is not applied: the layout places every shape"));
        else if (head == u"icon")
            m_warn.once(QStringLiteral("icon"), a.pos, tr("icons are not drawn (nothing is fetched)"));
        else
            m_warn.once(key, a.pos, tr("`%1` is not drawn").arg(key));
    }

    void applyColours(StyleOverride *c, const Target &t)
    {
        if (const auto a = t.attrs.find(QStringLiteral("style.fill")); a != t.attrs.end())
            c->fill = colour(*a);
        if (const auto a = t.attrs.find(QStringLiteral("style.stroke")); a != t.attrs.end())
            c->stroke = colour(*a);
        if (const auto a = t.attrs.find(QStringLiteral("style.font-color")); a != t.attrs.end())
            c->text = colour(*a);
    }

    // Graphviz lays out one flow for the whole diagram; inside it a container can only line its members up
    // across that flow (`right` or `left` in a diagram going down), and only when they are shapes, not
    // containers. Any other inner `direction` is a located warning, and the container follows the diagram's.
    bool honoured(const Obj &o, Direction d, const Attr &a)
    {
        const auto vertical = [](Direction x) { return x == Direction::Down || x == Direction::Up; };
        if (d == m_diagram.direction)
            return true;
        const QString flow = directionWord(m_diagram.direction);
        if (vertical(d) == vertical(m_diagram.direction)) {
            m_warn.once(QStringLiteral("direction %1:%2").arg(a.pos.line).arg(a.pos.column), a.pos,
                        tr("`direction: %1` inside a container is not honoured: the diagram flows %2 and a "
                           "container can only turn across that flow")
                            .arg(directionWord(d), flow),
                        tr("inside a container write `direction: %1`, or set the direction at the top level")
                            .arg(vertical(d) ? QStringLiteral("right") : QStringLiteral("down")));
            return false;
        }
        for (const auto &kid : o.kids)
            if (!kid->deleted && !kid->kids.empty() && !isRecord(*kid)) {
                m_warn.once(QStringLiteral("direction %1:%2").arg(a.pos.line).arg(a.pos.column), a.pos,
                            tr("`direction: %1` is not honoured on a container that holds containers: its "
                               "contents flow %2 like the diagram's")
                                .arg(directionWord(d), flow),
                            tr("set `direction` on the innermost containers, or at the top level"));
                return false;
            }
        return true;
    }

    static QString directionWord(Direction d)
    {
        switch (d) {
        case Direction::Right:
            return QStringLiteral("right");
        case Direction::Left:
            return QStringLiteral("left");
        case Direction::Up:
            return QStringLiteral("up");
        case Direction::Down:
            break;
        }
        return QStringLiteral("down");
    }

    void emitChildren(const Obj &parent, const QString &parentId, const QString &groupId)
    {
        for (const auto &kid : parent.kids) {
            if (kid->deleted)
                continue;
            const QString id = parentId.isEmpty() ? kid->name : parentId + u'.' + kid->name;
            m_ids.insert(kid.get(), id);
            if (!kid->kids.empty() && !isRecord(*kid))
                emitGroup(*kid, id, groupId);
            else
                emitNode(*kid, id, groupId);
        }
    }

    void emitGroup(const Obj &o, const QString &id, const QString &parentGroup)
    {
        m_groups.insert(&o);
        Group g;
        g.id = id;
        g.label = o.labelSet ? o.label : o.name;
        g.showLabel = !(o.labelSet && o.label.trimmed().isEmpty());
        g.parent = parentGroup;
        g.location = o.pos;
        g.tags = o.classes;
        applyColours(&g.colors, o);
        for (auto a = o.attrs.begin(); a != o.attrs.end(); ++a) {
            const QString &k = a.key();
            if (k == u"direction") {
                g.direction = direction(*a);
                g.hasDirection = honoured(o, g.direction, *a);
            } else if (k == u"grid-columns") {
                g.columns = qBound(0, a->value.toInt(), 1000);
            } else if (k == u"shape") {
                if (a->value.toLower() != u"rectangle")
                    m_warn.once(QStringLiteral("container shape"), a->pos,
                                tr("a container's shape (`%1`) is drawn as a frame").arg(a->value));
            } else if (k == u"style.stroke-dash") {
                if (a->value.toDouble() > 0)
                    g.pattern = LinePattern::Dashed;
            } else if (k != u"style.fill" && k != u"style.stroke" && k != u"style.font-color" &&
                       k != u"tooltip" && k != u"link") {
                unsupported(k, *a);
            }
        }
        m_diagram.groups.append(g);
        emitChildren(o, id, id);
    }

    void emitNode(const Obj &o, const QString &id, const QString &group)
    {
        Node n;
        n.id = id;
        n.label = o.labelSet ? o.label : o.name;
        n.kind = NodeKind::Generic;
        n.group = group;
        n.location = o.pos;
        n.declared = o.declared;
        n.tags = o.classes;
        applyColours(&n.colors, o);
        for (auto a = o.attrs.begin(); a != o.attrs.end(); ++a) {
            const QString &k = a.key();
            if (k == u"shape") {
                const QString s = a->value.toLower();
                const auto it = shapes().constFind(s);
                if (it == shapes().constEnd()) {
                    const QString near = suggestion(s, shapes().keys());
                    m_warn.error(a->pos, tr("unknown shape `%1`").arg(a->value),
                                 near.isEmpty()
                                     ? tr("D2's shapes include rectangle, cylinder, queue, person, "
                                          "cloud, hexagon, sql_table")
                                     : tr("did you mean `%1`?").arg(near));
                    continue;
                }
                n.kind = it->kind;
                n.shape = QString::fromLatin1(it->shape);
                if (s == u"image" || s == u"sequence_diagram" || s == u"hierarchy")
                    m_warn.once(QStringLiteral("shape ") + s, a->pos,
                                tr("shape `%1` is drawn as a box").arg(s));
            } else if (k == u"style.stroke-dash") {
                if (a->value.toDouble() > 0)
                    n.pattern = LinePattern::Dashed;
            } else if (k == u"tooltip") {
                n.note = a->value;
            } else if (k == u"link") {
                n.link = a->value;
            } else if (k != u"style.fill" && k != u"style.stroke" && k != u"style.font-color") {
                unsupported(k, *a);
            }
        }
        if (isRecord(o)) {
            for (const auto &row : o.kids) {
                if (row->deleted)
                    continue;
                m_ids.insert(row.get(), id); // a connection to a row ends on its table
                QString text = row->name;
                if (row->labelSet && !row->label.isEmpty())
                    text += u' ' + row->label;
                const QString constraint = row->attrs.value(QStringLiteral("constraint")).value;
                for (const QString &c : constraint.split(u',', Qt::SkipEmptyParts)) {
                    const QString t = c.trimmed().toLower();
                    text += u' ' + (t == u"primary_key"   ? QStringLiteral("PK")
                                    : t == u"foreign_key" ? QStringLiteral("FK")
                                    : t == u"unique"      ? QStringLiteral("UNQ")
                                                          : c.trimmed());
                }
                n.fields.append(text);
            }
        }
        m_diagram.nodes.append(n);
    }

    ArrowEnd arrowEnd(const EdgeRec &r, const QString &side)
    {
        const auto a = r.attrs.find(side + QStringLiteral(".shape"));
        if (a == r.attrs.end())
            return ArrowEnd::Normal;
        const bool filled = r.attrs.value(side + QStringLiteral(".filled")).value.toLower() == u"true";
        const bool unfilled = r.attrs.value(side + QStringLiteral(".filled")).value.toLower() == u"false";
        const QString s = a->value.toLower();
        if (s == u"triangle")
            return unfilled ? ArrowEnd::Empty : ArrowEnd::Normal;
        if (s == u"unfilled-triangle")
            return ArrowEnd::Empty;
        if (s == u"arrow")
            return ArrowEnd::Vee;
        if (s == u"diamond")
            return filled ? ArrowEnd::Diamond : ArrowEnd::ODiamond;
        if (s == u"circle")
            return filled ? ArrowEnd::Dot : ArrowEnd::ODot;
        if (s == u"cf-one" || s == u"cf-one-required")
            return ArrowEnd::Tee;
        if (s == u"cf-many" || s == u"cf-many-required")
            return ArrowEnd::Crow;
        if (s == u"none")
            return ArrowEnd::None;
        m_warn.once(QStringLiteral("arrowhead ") + s, a->pos,
                    tr("arrowhead `%1` is drawn as a plain arrow").arg(a->value));
        return ArrowEnd::Normal;
    }

    void emitEdge(const EdgeRec &r)
    {
        for (const Obj *o = r.from; o; o = o->parent)
            if (o->deleted)
                return;
        for (const Obj *o = r.to; o; o = o->parent)
            if (o->deleted)
                return;
        if (r.deleted || !m_ids.contains(r.from) || !m_ids.contains(r.to))
            return;
        Edge e;
        e.from = m_ids.value(r.from);
        e.to = m_ids.value(r.to);
        e.fromGroup = m_groups.contains(r.from);
        e.toGroup = m_groups.contains(r.to);
        e.label = r.labelSet ? r.label : QString();
        e.location = r.pos;
        e.tags = r.classes;
        applyColours(&e.colors, r);
        switch (r.arrow) {
        case Arrow::Forward:
            e.head = arrowEnd(r, QStringLiteral("target-arrowhead"));
            e.tail = ArrowEnd::None;
            break;
        case Arrow::Backward:
            e.head = ArrowEnd::None;
            e.tail = arrowEnd(r, QStringLiteral("source-arrowhead"));
            break;
        case Arrow::Both:
            e.bothWays = true;
            e.head = arrowEnd(r, QStringLiteral("target-arrowhead"));
            e.tail = arrowEnd(r, QStringLiteral("source-arrowhead"));
            break;
        case Arrow::None:
            e.directed = false;
            e.head = ArrowEnd::None;
            e.tail = ArrowEnd::None;
            break;
        }
        for (auto a = r.attrs.begin(); a != r.attrs.end(); ++a) {
            const QString &k = a.key();
            if (k == u"style.stroke-dash") {
                if (a->value.toDouble() > 0)
                    e.pattern = LinePattern::Dashed;
            } else if (k == u"style.stroke-width") {
                if (a->value.toDouble() >= 4)
                    e.pattern = LinePattern::Bold;
            } else if (k.endsWith(QLatin1String("arrowhead.label")) ||
                       (k.endsWith(QLatin1String("-arrowhead")) && !a->value.isEmpty())) {
                m_warn.once(QStringLiteral("arrowhead label"), a->pos, tr("arrowhead labels are not drawn"));
            } else if (k.endsWith(QLatin1String("arrowhead.shape")) ||
                       k.endsWith(QLatin1String("arrowhead.filled")) ||
                       k.endsWith(QLatin1String("-arrowhead")) || k == u"style.stroke" ||
                       k == u"style.fill" || k == u"style.font-color") {
                // read above (style.fill has no meaning on a line and is ignored, as D2 does)
            } else {
                unsupported(k, *a);
            }
        }
        m_diagram.edges.append(e);
    }
};

} // namespace

Diagram emitDiagram(const Obj &root, const std::vector<std::unique_ptr<EdgeRec>> &edges, Warner &warn)
{
    return Emitter(warn).run(root, edges);
}

} // namespace ae::diagram::d2

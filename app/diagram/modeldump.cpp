// SPDX-License-Identifier: MIT
// Model dump: one line per element, fields in a fixed order, only fields that differ from their defaults.
#include "diagram/modeldump.h"

#include "diagram/kinds.h"

namespace ae::diagram {

namespace {

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else
            out += c;
    }
    return out + u'"';
}

QString colour(const QColor &c)
{
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

QString colours(const StyleOverride &s)
{
    QString out;
    const std::pair<const char *, const QColor *> fields[] = {
        {"fill", &s.fill},          {"stroke", &s.stroke},          {"text", &s.text},
        {"dark-fill", &s.darkFill}, {"dark-stroke", &s.darkStroke}, {"dark-text", &s.darkText}};
    for (const auto &[name, value] : fields)
        if (value->isValid())
            out += u' ' + QString::fromLatin1(name) + u'=' + colour(*value);
    return out;
}

QString at(const SourceLocation &l)
{
    return QStringLiteral(" at=") + QString::number(l.line) + u':' + QString::number(l.column);
}

QString field(const char *name, const QString &value)
{
    return value.isEmpty() ? QString() : u' ' + QString::fromLatin1(name) + u'=' + quoted(value);
}

QString styleName(EdgeStyle style)
{
    switch (style) {
    case EdgeStyle::Sync:
        return QStringLiteral("sync");
    case EdgeStyle::Async:
        return QStringLiteral("async");
    case EdgeStyle::Replication:
        return QStringLiteral("replication");
    case EdgeStyle::Plain:
        return QStringLiteral("plain");
    }
    return QStringLiteral("sync");
}

QString directionName(Direction d)
{
    switch (d) {
    case Direction::Right:
        return QStringLiteral("right");
    case Direction::Down:
        return QStringLiteral("down");
    case Direction::Left:
        return QStringLiteral("left");
    case Direction::Up:
        return QStringLiteral("up");
    }
    return QStringLiteral("right");
}

QString tags(const QStringList &tags)
{
    return tags.isEmpty() ? QString() : QStringLiteral(" tags=") + tags.join(u',');
}

QString selectorName(ViewSelector::By by)
{
    switch (by) {
    case ViewSelector::By::Id:
        return QStringLiteral("id");
    case ViewSelector::By::Group:
        return QStringLiteral("group");
    case ViewSelector::By::Kind:
        return QStringLiteral("kind");
    case ViewSelector::By::Tag:
        return QStringLiteral("tag");
    case ViewSelector::By::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("id");
}

QString arrowName(ArrowEnd end)
{
    static const char *names[] = {"normal",  "none",     "empty", "dot",  "odot",
                                  "diamond", "odiamond", "tee",   "crow", "vee"};
    return QString::fromLatin1(names[int(end)]);
}

QString patternName(LinePattern p)
{
    static const char *names[] = {"", "solid", "dashed", "dotted", "bold"};
    return QString::fromLatin1(names[int(p)]);
}

QString hintName(RankHint::Type t)
{
    static const char *names[] = {"rank ", "order ", "rank-min ", "rank-max ", "rank-source ", "rank-sink "};
    return QString::fromLatin1(names[int(t)]);
}

// The fields shared by every reader since tags, shapes and arrow ends came in; each only when set.
QString nodeExtras(const Node &n)
{
    QString out = field("shape", n.shape);
    if (n.invisible)
        out += QStringLiteral(" invisible");
    if (n.pattern != LinePattern::FromStyle)
        out += QStringLiteral(" pattern=") + patternName(n.pattern);
    if (n.hasPosition)
        out += QStringLiteral(" pos=%1,%2").arg(n.position.x()).arg(n.position.y());
    return out;
}

QString edgeExtras(const Edge &e)
{
    QString out;
    const ArrowEnd defaultHead = e.directed ? ArrowEnd::Normal : e.head;
    if (e.head != defaultHead)
        out += QStringLiteral(" head=") + arrowName(e.head);
    // A both-ways edge has a normal tail whether or not its reader set one.
    if (e.tail != ArrowEnd::None && !(e.bothWays && e.tail == ArrowEnd::Normal))
        out += QStringLiteral(" tail=") + arrowName(e.tail);
    if (e.pattern != LinePattern::FromStyle)
        out += QStringLiteral(" pattern=") + patternName(e.pattern);
    if (e.invisible)
        out += QStringLiteral(" invisible");
    return out;
}

} // namespace

QString dumpDiagram(const Diagram &d)
{
    QString out = QStringLiteral("title ") + quoted(d.title) + u'\n';
    out += QStringLiteral("direction ") + directionName(d.direction) + u'\n';
    if (d.background.isValid())
        out += QStringLiteral("background ") + colour(d.background) + u'\n';
    if (!d.layoutEngine.isEmpty())
        out += QStringLiteral("layout ") + d.layoutEngine + u'\n';
    for (const Group &g : d.groups) {
        out += QStringLiteral("group ") + g.id + field("label", g.label) +
               (g.kind.isEmpty() ? QString() : QStringLiteral(" kind=") + g.kind) +
               (g.parent.isEmpty() ? QString() : QStringLiteral(" parent=") + g.parent) + colours(g.colors) +
               tags(g.tags) +
               (g.columns > 0 ? QStringLiteral(" columns=") + QString::number(g.columns) : QString()) +
               (g.hasDirection ? QStringLiteral(" direction=") + directionName(g.direction) : QString()) +
               (g.showLabel ? QString() : QStringLiteral(" no-title")) +
               (g.pattern == LinePattern::FromStyle ? QString()
                                                    : QStringLiteral(" pattern=") + patternName(g.pattern)) +
               at(g.location) + u'\n';
    }
    for (const Node &n : d.nodes) {
        out += QStringLiteral("node ") + n.id + QStringLiteral(" kind=") + kindName(n.kind) +
               field("label", n.label) + field("tech", n.technology) + field("note", n.note) +
               field("link", n.link) + (n.group.isEmpty() ? QString() : QStringLiteral(" group=") + n.group) +
               (n.fields.isEmpty() ? QString() : field("fields", n.fields.join(u'|'))) +
               (n.declared ? QString() : QStringLiteral(" undeclared")) + nodeExtras(n) + colours(n.colors) +
               tags(n.tags) + (n.showNote ? QStringLiteral(" show-note") : QString()) + at(n.location) +
               u'\n';
    }
    for (const Edge &e : d.edges) {
        QString c;
        if (e.colors.stroke.isValid())
            c += QStringLiteral(" color=") + colour(e.colors.stroke);
        if (e.colors.darkStroke.isValid())
            c += QStringLiteral(" dark-color=") + colour(e.colors.darkStroke);
        if (e.colors.text.isValid())
            c += QStringLiteral(" text=") + colour(e.colors.text);
        if (e.colors.darkText.isValid())
            c += QStringLiteral(" dark-text=") + colour(e.colors.darkText);
        out += QStringLiteral("edge ") + (e.fromGroup ? QStringLiteral("group:") : QString()) + e.from +
               QStringLiteral(" -> ") + (e.toGroup ? QStringLiteral("group:") : QString()) + e.to +
               QStringLiteral(" style=") + styleName(e.style) +
               (e.bothWays ? QStringLiteral(" both-ways") : QString()) +
               (e.directed ? QString() : QStringLiteral(" undirected")) + field("label", e.label) +
               edgeExtras(e) + c + tags(e.tags) + at(e.location) + u'\n';
    }
    for (const RankHint &h : d.hints) {
        out += hintName(h.type) + h.ids.join(QStringLiteral(", ")) + at(h.location) + u'\n';
    }
    for (const View &v : d.views) {
        out += (v.type == View::Type::Dynamic ? QStringLiteral("dynamic ") : QStringLiteral("view ")) + v.id +
               field("title", v.title) +
               (v.hasDirection ? QStringLiteral(" direction=") + directionName(v.direction) : QString()) +
               at(v.location) + u'\n';
        for (const auto &[word, list] : {std::pair{"include", &v.include}, std::pair{"exclude", &v.exclude}})
            for (const ViewSelector &s : *list)
                out += QStringLiteral("  ") + QString::fromLatin1(word) + u' ' + selectorName(s.by) + u':' +
                       s.pattern + (s.withNeighbours ? QStringLiteral(" +neighbours") : QString()) +
                       at(s.location) + u'\n';
        if (!v.collapsed.isEmpty()) {
            QStringList ids;
            for (const Node &n : v.collapsed)
                ids.append(n.id + u':' + kindName(n.kind));
            out += QStringLiteral("  collapse ") + ids.join(QStringLiteral(", ")) + u'\n';
        }
        if (!v.groupEdges)
            out += QStringLiteral("  no-group-edges\n");
        for (const ViewStep &s : v.steps)
            out += QStringLiteral("  step ") + (s.parallelWithPrevious ? QStringLiteral("& ") : QString()) +
                   s.from + (s.async ? QStringLiteral(" ~> ") : QStringLiteral(" -> ")) + s.to +
                   field("label", s.label) + at(s.location) + u'\n';
    }
    return out;
}

} // namespace ae::diagram

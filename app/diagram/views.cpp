// SPDX-License-Identifier: MIT
// View selection and dynamic-view numbering (see views.h).
#include "diagram/views.h"

#include "diagram/kinds.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ae::diagram {

namespace {

bool hasWildcard(const QString &pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?');
}

// One selector, its pattern compiled once.
class Matcher
{
public:
    Matcher(const Diagram &model, const ViewSelector &selector) : m_model(model), m_selector(selector)
    {
        if (hasWildcard(selector.pattern)) {
            QString rx;
            for (const QChar c : selector.pattern)
                rx += c == u'*'   ? QStringLiteral(".*")
                      : c == u'?' ? QStringLiteral(".")
                                  : QRegularExpression::escape(QString(c));
            m_regex = QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(rx));
        }
        if (selector.by == ViewSelector::By::Kind && !hasWildcard(selector.pattern)) {
            // An alias names its kind: `kind:db` is `kind:database`.
            if (const std::optional<NodeKind> kind = kindFromName(selector.pattern))
                m_kindName = kindName(*kind);
        }
    }

    bool matchesText(const QString &text) const
    {
        return hasWildcard(m_selector.pattern) ? m_regex.match(text).hasMatch() : text == m_selector.pattern;
    }

    bool matchesGroup(const QString &groupId) const
    {
        // The node's group and every group around it.
        QString g = groupId;
        for (int guard = 0; !g.isEmpty() && guard <= m_model.groups.size(); ++guard) {
            if (matchesText(g))
                return true;
            const int index = groupIndex(g);
            g = index >= 0 ? m_model.groups[index].parent : QString();
        }
        return false;
    }

    bool matches(const Node &node) const
    {
        switch (m_selector.by) {
        case ViewSelector::By::All:
            return true;
        case ViewSelector::By::Id:
            return matchesText(node.id);
        case ViewSelector::By::Group:
            return matchesGroup(node.group);
        case ViewSelector::By::Kind:
            return m_kindName.isEmpty() ? matchesText(kindName(node.kind))
                                        : kindName(node.kind) == m_kindName;
        case ViewSelector::By::Tag:
            for (const QString &tag : node.tags)
                if (matchesText(tag))
                    return true;
            return false;
        }
        return false;
    }

private:
    int groupIndex(const QString &id) const
    {
        if (m_groups.isEmpty())
            for (int i = m_model.groups.size() - 1; i >= 0; --i)
                m_groups.insert(m_model.groups[i].id, i);
        return m_groups.value(id, -1);
    }

    const Diagram &m_model;
    const ViewSelector &m_selector;
    QRegularExpression m_regex;
    QString m_kindName;
    mutable QHash<QString, int> m_groups;
};

// Node indices the selectors pick, with neighbours where asked.
QSet<int> select(const Diagram &model, const QVector<ViewSelector> &selectors,
                 const QHash<QString, int> &nodeIndex)
{
    QSet<int> picked;
    for (const ViewSelector &selector : selectors) {
        const Matcher matcher(model, selector);
        QSet<int> direct;
        for (int i = 0; i < model.nodes.size(); ++i)
            if (matcher.matches(model.nodes[i]))
                direct.insert(i);
        picked += direct;
        if (!selector.withNeighbours)
            continue;
        for (const Edge &e : model.edges) {
            const int from = e.fromGroup ? -1 : nodeIndex.value(e.from, -1);
            const int to = e.toGroup ? -1 : nodeIndex.value(e.to, -1);
            if (from < 0 || to < 0)
                continue;
            if (direct.contains(from))
                picked.insert(to);
            if (direct.contains(to))
                picked.insert(from);
        }
    }
    return picked;
}

QHash<QString, int> indexNodes(const Diagram &model)
{
    QHash<QString, int> index;
    for (int i = model.nodes.size() - 1; i >= 0; --i)
        index.insert(model.nodes[i].id, i);
    return index;
}

// The picture with these nodes (model order), the groups that hold them (and those named in `extraGroups`),
// and the hints among them; no edges.
Diagram frame(const Diagram &model, const View &view, const QSet<int> &keep, const QSet<QString> &extraGroups)
{
    Diagram d;
    d.title = view.title.isEmpty() ? model.title : view.title;
    d.direction = view.hasDirection ? view.direction : model.direction;
    d.background = model.background;
    d.silenced = model.silenced;
    QSet<QString> keptIds, groups;
    QHash<QString, int> groupIndex;
    for (int i = model.groups.size() - 1; i >= 0; --i)
        groupIndex.insert(model.groups[i].id, i);
    auto keepGroup = [&](QString g) {
        for (int guard = 0; !g.isEmpty() && !groups.contains(g) && guard <= model.groups.size(); ++guard) {
            groups.insert(g);
            const int index = groupIndex.value(g, -1);
            g = index >= 0 ? model.groups[index].parent : QString();
        }
    };
    for (int i = 0; i < model.nodes.size(); ++i) {
        if (!keep.contains(i))
            continue;
        d.nodes.append(model.nodes[i]);
        keptIds.insert(model.nodes[i].id);
        keepGroup(model.nodes[i].group);
    }
    for (const QString &g : extraGroups)
        keepGroup(g);
    for (const Group &g : model.groups)
        if (groups.contains(g.id))
            d.groups.append(g);
    for (const RankHint &hint : model.hints) {
        RankHint h = hint;
        h.ids.clear();
        for (const QString &id : hint.ids)
            if (keptIds.contains(id))
                h.ids.append(id);
        if (h.ids.size() >= 2)
            d.hints.append(h);
    }
    return d;
}

// The model as the view sees it (View::collapsed, View::groupEdges): each collapsed group one node, in the
// place of its first member, its members' edges moved onto it; edges that only repeat one kept are dropped.
Diagram collapse(const Diagram &model, const View &view)
{
    QHash<QString, const Node *> collapsed;
    for (const Node &n : view.collapsed)
        collapsed.insert(n.id, &n);
    QHash<QString, QString> into; // member node or group id -> the collapsed group's id
    Diagram d = model;
    d.groups.clear();
    d.nodes.clear();
    d.edges.clear();
    for (const Group &g : model.groups) { // parents first: a group inside a collapsed one goes with it
        if (into.contains(g.parent))
            into.insert(g.id, into.value(g.parent));
        else if (collapsed.contains(g.id))
            into.insert(g.id, g.id);
        else
            d.groups.append(g);
    }
    QSet<QString> placed;
    auto place = [&](const QString &id) {
        if (placed.contains(id))
            return;
        placed.insert(id);
        Node n = *collapsed.value(id);
        const int g = model.indexOfGroup(id);
        n.group = model.groups[g].parent;
        n.location = n.location.line > 0 ? n.location : model.groups[g].location;
        d.nodes.append(n);
    };
    for (const Node &n : model.nodes) {
        const QString to = into.value(n.group);
        if (to.isEmpty()) {
            d.nodes.append(n);
            continue;
        }
        into.insert(n.id, to);
        place(to);
    }
    for (const Group &g : model.groups) // collapsed groups without member nodes
        if (into.value(g.id) == g.id)
            place(g.id);
    QSet<std::pair<QString, QString>> drawn;
    QVector<Edge> moved;
    for (Edge e : model.edges) {
        const QString from = into.value(e.from, e.from), to = into.value(e.to, e.to);
        const bool remapped = from != e.from || to != e.to;
        if (into.contains(e.from))
            e.fromGroup = false;
        if (into.contains(e.to))
            e.toGroup = false;
        e.from = from;
        e.to = to;
        if ((e.fromGroup || e.toGroup) && !view.groupEdges)
            continue;
        if (remapped) {
            if (from != to)
                moved.append(e);
            continue;
        }
        drawn.insert({from, to});
        d.edges.append(e);
    }
    for (const Edge &e : std::as_const(moved))
        if (!drawn.contains({e.from, e.to})) {
            drawn.insert({e.from, e.to});
            d.edges.append(e);
        }
    return d;
}

Diagram picture(const Diagram &model, const View &view);

} // namespace

bool selectorMatches(const Diagram &model, const ViewSelector &selector, const Node &node)
{
    return Matcher(model, selector).matches(node);
}

bool selectorMatchesAny(const Diagram &model, const ViewSelector &selector)
{
    const Matcher matcher(model, selector);
    return std::any_of(model.nodes.cbegin(), model.nodes.cend(),
                       [&](const Node &n) { return matcher.matches(n); });
}

QStringList stepNumbers(const View &view)
{
    QStringList numbers;
    int number = 0;
    for (int i = 0; i < view.steps.size(); ++i) {
        const bool parallel = i > 0 && view.steps[i].parallelWithPrevious;
        const bool startsRun = i + 1 < view.steps.size() && view.steps[i + 1].parallelWithPrevious;
        if (!parallel)
            ++number;
        if (!parallel && !startsRun) {
            numbers.append(QString::number(number));
            continue;
        }
        // A parallel run: 3a, 3b, ... (the letters wrap after z into aa, ab, ...).
        int letter = 0;
        for (int k = i; k > 0 && view.steps[k].parallelWithPrevious; --k)
            ++letter;
        QString suffix;
        for (int l = letter;; l = l / 26 - 1) {
            suffix.prepend(QChar(u'a' + l % 26));
            if (l < 26)
                break;
        }
        numbers.append(QString::number(number) + suffix);
    }
    return numbers;
}

Diagram applyView(const Diagram &model, const View &view)
{
    if (view.collapsed.isEmpty() && view.groupEdges)
        return picture(model, view);
    return picture(collapse(model, view), view);
}

namespace {

Diagram picture(const Diagram &model, const View &view)
{
    const QHash<QString, int> nodeIndex = indexNodes(model);
    if (view.type == View::Type::Static) {
        QSet<int> keep;
        if (view.include.isEmpty())
            for (int i = 0; i < model.nodes.size(); ++i)
                keep.insert(i);
        else
            keep = select(model, view.include, nodeIndex);
        keep -= select(model, view.exclude, nodeIndex);
        Diagram d = frame(model, view, keep, {});
        QSet<QString> nodes, groups;
        for (const Node &n : std::as_const(d.nodes))
            nodes.insert(n.id);
        for (const Group &g : std::as_const(d.groups))
            groups.insert(g.id);
        for (const Edge &e : model.edges)
            if ((e.fromGroup ? groups : nodes).contains(e.from) &&
                (e.toGroup ? groups : nodes).contains(e.to))
                d.edges.append(e);
        return d;
    }

    QSet<int> keep;
    QSet<QString> stepGroups;
    QSet<QString> groupIds;
    for (const Group &g : model.groups)
        groupIds.insert(g.id);
    for (const ViewStep &step : view.steps) {
        for (const QString &id : {step.from, step.to}) {
            const int n = nodeIndex.value(id, -1);
            if (n >= 0)
                keep.insert(n);
            else if (groupIds.contains(id))
                stepGroups.insert(id);
        }
    }
    Diagram d = frame(model, view, keep, stepGroups);
    const QStringList numbers = stepNumbers(view);
    QHash<std::pair<QString, QString>, int> modelEdges; // the first edge written from -> to
    for (int i = model.edges.size() - 1; i >= 0; --i)
        modelEdges.insert({model.edges[i].from, model.edges[i].to}, i);
    for (int i = 0; i < view.steps.size(); ++i) {
        const ViewStep &step = view.steps[i];
        const bool fromNode = nodeIndex.contains(step.from), toNode = nodeIndex.contains(step.to);
        if ((!fromNode && !stepGroups.contains(step.from)) || (!toNode && !stepGroups.contains(step.to)))
            continue;
        Edge e;
        if (const int m = modelEdges.value({step.from, step.to}, -1); m >= 0) {
            e = model.edges[m];
            e.bothWays = false;
            e.tail = ArrowEnd::None;
        }
        e.from = step.from;
        e.to = step.to;
        e.fromGroup = !fromNode;
        e.toGroup = !toNode;
        e.directed = true;
        if (step.async)
            e.style = EdgeStyle::Async;
        else if (e.style == EdgeStyle::Plain)
            e.style = EdgeStyle::Sync;
        e.label = step.label.isEmpty() ? QString(numbers[i] + u'.')
                                       : QString(numbers[i] + QStringLiteral(". ") + step.label);
        e.location = step.location;
        d.edges.append(e);
    }
    return d;
}

} // namespace

QVector<ViewPicture> viewPictures(const Diagram &model)
{
    QVector<ViewPicture> pictures;
    if (model.views.isEmpty()) {
        pictures.append({QString(), model});
        return pictures;
    }
    for (const View &view : model.views)
        pictures.append({view.id, applyView(model, view)});
    return pictures;
}

int indexOfView(const Diagram &model, const QString &id)
{
    for (int i = 0; i < model.views.size(); ++i)
        if (model.views[i].id == id)
            return i;
    return -1;
}

} // namespace ae::diagram

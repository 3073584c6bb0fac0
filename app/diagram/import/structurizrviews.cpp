// SPDX-License-Identifier: MIT
// Structurizr DSL views and styles -> Diagram::views and style rules: systemLandscape, systemContext,
// container, component, deployment (static views with include/exclude selectors) and dynamic views (steps).
#include "diagram/import/structurizr_p.h"
#include "diagram/kinds.h"

#include <QCoreApplication>

#include <algorithm>

namespace ae::diagram::structurizr {

namespace {

QString arg(const QVector<Token> &t, int i)
{
    return i < t.size() ? t[i].text : QString();
}

} // namespace

void Parser::viewsStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    const QString word = t[0].text.toLower();
    static const QHash<QString, QString> titles = {
        {QStringLiteral("systemlandscape"), QStringLiteral("System Landscape")},
        {QStringLiteral("systemcontext"), QStringLiteral("System Context")},
        {QStringLiteral("container"), QStringLiteral("Containers")},
        {QStringLiteral("component"), QStringLiteral("Components")},
        {QStringLiteral("deployment"), QStringLiteral("Deployment")},
        {QStringLiteral("dynamic"), QStringLiteral("Dynamic")}};
    if (titles.contains(word)) {
        View v;
        v.location = t[0].pos;
        v.hasDirection = false;
        int next = 1;
        QString scope;
        if (word != u"systemlandscape") {
            if (t.size() < 2) {
                error(st, t[0].pos, tr("`%1` needs the element it shows").arg(t[0].text),
                      tr("as in `%1 mySystem`").arg(t[0].text));
                skipBlock(st, opens);
                return;
            }
            scope = t[1].text == u"*" ? QString() : resolve(t[1].text, QString(), st, t[1].pos);
            if (t[1].text != u"*" && scope.isEmpty()) {
                skipBlock(st, opens);
                return;
            }
            next = 2;
        }
        QString environment;
        if (word == u"deployment") {
            const QString env = arg(t, 2);
            for (const Element &e : m_ws.elements)
                if (e.type == u"environment" && (e.name == env || e.id == env))
                    environment = e.id;
            if (environment.isEmpty()) {
                error(st, t.size() > 2 ? t[2].pos : t[0].pos,
                      tr("no deployment environment named `%1`").arg(env),
                      tr("as in `deployment * \"Live\"`"));
                skipBlock(st, opens);
                return;
            }
            next = 3;
        }
        const QString key = arg(t, next);
        v.id = key.isEmpty() ? QStringLiteral("%1-%2")
                                   .arg(titles.value(word).remove(u' '))
                                   .arg(m_ws.views.size() + 1, 3, 10, QLatin1Char('0'))
                             : key;
        const QString description = arg(t, next + 1);
        const int si = m_ws.index.value(scope, -1);
        v.title = !description.isEmpty() ? description
                  : si >= 0              ? m_ws.elements[si].name + QStringLiteral(" - ") + titles.value(word)
                                         : titles.value(word);
        v.type = word == u"dynamic" ? View::Type::Dynamic : View::Type::Static;
        v.properties.insert(QStringLiteral("structurizr-type"), word);
        if (!scope.isEmpty())
            v.properties.insert(QStringLiteral("scope"), scope);
        if (!environment.isEmpty())
            v.properties.insert(QStringLiteral("environment"), environment);
        collapseFor(&v);
        m_ws.views.append(v);
        push(word == u"dynamic" ? Ctx::Dynamic : Ctx::View, st);
        m_stack.last().view = int(m_ws.views.size()) - 1;
        if (!opens)
            m_stack.removeLast();
        return;
    }
    if (word == u"styles") {
        push(Ctx::Styles, st);
        return;
    }
    if (word == u"theme" || word == u"themes") {
        warnOnce(QStringLiteral("theme"), st, t[0].pos,
                 tr("themes are not fetched: the app's own theme is used"),
                 tr("write the styles in a `styles` block"));
        return;
    }
    if (word == u"filtered" || word == u"custom" || word == u"image") {
        warnOnce(word, st, t[0].pos, tr("`%1` views are not read").arg(t[0].text));
        skipBlock(st, opens);
        return;
    }
    if (word == u"branding" || word == u"terminology" || word == u"properties" || word == u"configuration") {
        skipBlock(st, opens);
        return;
    }
    if (directive(st, t, opens))
        return;
    unexpected(st, t[0],
               {QStringLiteral("systemLandscape"), QStringLiteral("systemContext"),
                QStringLiteral("container"), QStringLiteral("component"), QStringLiteral("deployment"),
                QStringLiteral("dynamic"), QStringLiteral("styles"), QStringLiteral("theme")},
               opens);
}

// Views select nodes; an element drawn as a group (a system with containers) is selected through its members.
bool Parser::drawnAsGroup(const QString &id) const
{
    const int i = m_ws.index.value(id, -1);
    if (i >= 0 && (m_ws.elements[i].type == u"group" || m_ws.elements[i].type == u"environment"))
        return true;
    return std::any_of(m_ws.elements.cbegin(), m_ws.elements.cend(),
                       [&](const Element &e) { return e.parent == id; });
}

static bool isCollapsed(const View &view, const QString &id)
{
    return std::any_of(view.collapsed.cbegin(), view.collapsed.cend(),
                       [&](const Node &n) { return n.id == id; });
}

// What Structurizr draws as one box though it has children, and which boundaries it draws: landscape and
// context views show every software system as a box; a container view opens the system in scope (the
// boundary around its containers) and shows every container as a box; a component view opens its container
// (and that container's system). A dynamic view is at the level of its scope. Deployment views draw
// deployment nodes as the boxes they are. No view draws a relationship to a boundary (View::groupEdges).
void Parser::collapseFor(View *view) const
{
    const QString type = view->properties.value(QStringLiteral("structurizr-type"));
    if (type == u"deployment")
        return;
    view->groupEdges = false;
    const QString scope = view->properties.value(QStringLiteral("scope"));
    const int si = m_ws.index.value(scope, -1);
    const QString scopeType = si >= 0 ? m_ws.elements[si].type : QString();
    QString openSystem, openContainer;
    if (type == u"container" || (type == u"dynamic" && scopeType == u"softwareSystem")) {
        openSystem = scope;
    } else if (type == u"component" || (type == u"dynamic" && scopeType == u"container")) {
        openContainer = scope;
        for (int i = si; i >= 0 && openSystem.isEmpty(); i = m_ws.index.value(m_ws.elements[i].parent, -1))
            if (m_ws.elements[i].type == u"softwareSystem")
                openSystem = m_ws.elements[i].id;
    }
    QSet<QString> parents;
    for (const Element &e : m_ws.elements)
        parents.insert(e.parent);
    for (const Element &e : m_ws.elements) {
        if (!parents.contains(e.id))
            continue;
        if ((e.type == u"softwareSystem" && e.id != openSystem) ||
            (e.type == u"container" && e.id != openContainer)) {
            Node n; // filled in by the emitter, as the element would be drawn without its children
            n.id = e.id;
            view->collapsed.append(n);
        }
    }
}

// `include *` shows what Structurizr shows for the view's type: the scope (its members, when it is drawn as a
// group) and what it connects to.
QVector<ViewSelector> Parser::selectors(const Statement &st, const QVector<Token> &t, const View &view)
{
    QVector<ViewSelector> out;
    const QString type = view.properties.value(QStringLiteral("structurizr-type"));
    const QString scope = view.properties.value(QStringLiteral("scope"));
    for (int i = 1; i < t.size(); ++i) {
        const QString x = t[i].text;
        ViewSelector s;
        s.location = t[i].pos;
        if (x == u"*") {
            if ((type == u"systemcontext" || type == u"container" || type == u"component") &&
                !scope.isEmpty()) {
                s.by = drawnAsGroup(scope) && !isCollapsed(view, scope) ? ViewSelector::By::Group
                                                                        : ViewSelector::By::Id;
                s.pattern = scope;
                s.withNeighbours = true;
            } else if (type == u"systemlandscape") { // every person and software system
                s.by = ViewSelector::By::Tag;
                s.pattern = QStringLiteral("Person");
                out.append(s);
                s.pattern = QStringLiteral("Software System");
            } else if (type == u"deployment") {
                s.by = ViewSelector::By::Group;
                s.pattern = view.properties.value(QStringLiteral("environment"));
            } else {
                s.by = ViewSelector::By::All;
                s.pattern = QStringLiteral("*");
            }
        } else if (x.startsWith(QLatin1String("element.tag=="), Qt::CaseInsensitive) ||
                   x.startsWith(QLatin1String("element.tag!="), Qt::CaseInsensitive)) {
            s.by = ViewSelector::By::Tag;
            s.pattern = x.mid(13);
        } else if (x.startsWith(u'-') && x.endsWith(QLatin1String("->")) && x.size() > 4) {
            const QString id = resolve(x.mid(2, x.size() - 4), QString(), st, t[i].pos);
            if (id.isEmpty())
                continue;
            s.by =
                drawnAsGroup(id) && !isCollapsed(view, id) ? ViewSelector::By::Group : ViewSelector::By::Id;
            s.pattern = id;
            s.withNeighbours = true;
        } else if (x.contains(QLatin1String("->")) ||
                   x.startsWith(QLatin1String("relationship"), Qt::CaseInsensitive) ||
                   x.startsWith(QLatin1String("element."), Qt::CaseInsensitive)) {
            warnOnce(QStringLiteral("expression"), st, t[i].pos,
                     tr("the expression `%1` is not applied to the view").arg(x),
                     tr("views read `*`, identifiers, `->id->` and `element.tag==Tag`"));
            continue;
        } else if (m_relationshipIds.contains(x.toLower())) {
            warnOnce(QStringLiteral("relationship selector"), st, t[i].pos,
                     tr("relationships are not selected by identifier in views (`%1`)").arg(x));
            continue;
        } else {
            const QString id = resolve(x, scope, st, t[i].pos);
            if (id.isEmpty())
                continue;
            s.by =
                drawnAsGroup(id) && !isCollapsed(view, id) ? ViewSelector::By::Group : ViewSelector::By::Id;
            s.pattern = id;
        }
        out.append(s);
    }
    return out;
}

void Parser::viewBodyStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    const QString word = t[0].text.toLower();
    View &v = m_ws.views[m_stack.last().view];
    if (word == u"include" || word == u"exclude") {
        (word == u"include" ? v.include : v.exclude) += selectors(st, t, v);
        // Deployed instances carry their element's tags (for its styles) but are not in a landscape.
        if (word == u"include" &&
            v.properties.value(QStringLiteral("structurizr-type")) == u"systemlandscape" &&
            std::any_of(t.cbegin() + 1, t.cend(), [](const Token &x) { return x.text == u"*"; })) {
            ViewSelector instances;
            instances.by = ViewSelector::By::Tag;
            instances.pattern = QStringLiteral("Software System Instance");
            instances.location = t[0].pos;
            v.exclude.append(instances);
        }
    } else if (word == u"autolayout") {
        const QString d = arg(t, 1).toLower();
        v.hasDirection = true;
        v.direction = d == u"lr"   ? Direction::Right
                      : d == u"rl" ? Direction::Left
                      : d == u"bt" ? Direction::Up
                                   : Direction::Down;
    } else if (word == u"title") {
        v.title = arg(t, 1);
    } else if (word == u"description" || word == u"default") {
    } else if (word == u"animation" || word == u"properties") {
        skipBlock(st, opens);
    } else if (directive(st, t, opens)) {
    } else {
        unexpected(st, t[0],
                   {QStringLiteral("include"), QStringLiteral("exclude"), QStringLiteral("autoLayout"),
                    QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("animation"),
                    QStringLiteral("properties"), QStringLiteral("default")},
                   opens);
    }
}

void Parser::dynamicStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    View &v = m_ws.views[m_stack.last().view];
    int arrow = -1;
    for (int i = 0; i < t.size() && i < 3; ++i)
        if (t[i].text == u"->" && !t[i].quoted)
            arrow = i;
    const auto rel = m_relationshipIds.constFind(t[0].text.toLower());
    if ((arrow >= 1 && arrow + 1 < t.size()) || rel != m_relationshipIds.constEnd()) {
        const QString scope = v.properties.value(QStringLiteral("scope"));
        const bool byId = arrow < 1;
        const QString from = resolve(byId ? rel->first : t[arrow - 1].text, scope, st, t[0].pos);
        const QString to = resolve(byId ? rel->second : t[arrow + 1].text, scope, st, t[0].pos);
        if (byId)
            arrow = -1;
        if (!from.isEmpty() && !to.isEmpty()) {
            ViewStep s;
            s.from = from;
            s.to = to;
            s.label = arg(t, byId ? 1 : arrow + 2);
            s.location = t[0].pos;
            s.parallelWithPrevious = m_markParallel;
            m_markParallel = false;
            v.steps.append(s);
        }
        skipBlock(st, opens);
        return;
    }
    viewBodyStatement(st, t, opens);
}

void Parser::stylesStatement(const Statement &st, const QVector<Token> &t, bool opens)
{
    const QString word = t[0].text.toLower();
    if (m_stack.last().ctx == Ctx::Styles) {
        if (word == u"element" || word == u"relationship") {
            StyleRule r;
            r.tag = arg(t, 1);
            r.pos = t[0].pos;
            const bool rel = word == u"relationship";
            (rel ? m_ws.relationshipStyles : m_ws.elementStyles).append(r);
            push(Ctx::StyleRule, st);
            m_stack.last().relationshipStyle = rel;
            m_stack.last().style = int((rel ? m_ws.relationshipStyles : m_ws.elementStyles).size()) - 1;
            if (!opens)
                m_stack.removeLast();
            return;
        }
        if (word == u"theme" || word == u"themes") {
            warnOnce(QStringLiteral("theme"), st, t[0].pos,
                     tr("themes are not fetched: the app's own theme is used"));
            return;
        }
        if (word == u"light" || word == u"dark") {
            skipBlock(st, opens); // per-colour-scheme styles: the theme decides
            return;
        }
        unexpected(st, t[0], {QStringLiteral("element"), QStringLiteral("relationship")}, opens);
        return;
    }
    const Frame &f = m_stack.last();
    if (opens) { // properties { ... } inside a style
        skipBlock(st, opens);
        return;
    }
    StyleRule &r = (f.relationshipStyle ? m_ws.relationshipStyles : m_ws.elementStyles)[f.style];
    QStringList rest;
    for (int i = 1; i < t.size(); ++i)
        rest.append(t[i].text);
    r.properties.insert(word, rest.join(u' '));
}

} // namespace ae::diagram::structurizr

// SPDX-License-Identifier: MIT
// Views (`view ID "TITLE" { include …; exclude …; direction … }`), dynamic views (`dynamic ID "TITLE" { a ->
// b : LABEL … }`) and classes (`class NAME [fill: …]`): reading them, and checking their ids once the whole
// model is known.
#include "diagram/parser_p.h"

#include "diagram/kinds.h"
#include "diagram/views.h"

#include <QCoreApplication>

namespace ae::diagram::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Parser", text);
}

bool hasWildcard(const QString &pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?');
}

QString selectorText(const ViewSelector &s)
{
    static const char *const keys[] = {"id", "group", "kind", "tag", ""};
    return (s.by == ViewSelector::By::Id ? QString() : QString::fromLatin1(keys[int(s.by)]) + u':') +
           s.pattern;
}
} // namespace

// view ID ["TITLE"] {   |   dynamic ID ["TITLE"] {
void Parser::parseView(View::Type type)
{
    const QString keyword = current().toString();
    ++m_pos;
    PendingView pending;
    pending.view.type = type;
    SourceLocation idAt;
    if (!takeId(&pending.view.id, &idAt, tr("after `%1`").arg(keyword)))
        return;
    pending.view.location = idAt;
    if (!takeLabel(&pending.view.title))
        return;
    if (!atPunct(u'{')) {
        error(m_pos < m_tokens.size() ? here() : idAt,
              tr("expected `{` after the view `%1`").arg(pending.view.id),
              tr("a view's `{` goes on the same line: `%1 %2 \"TITLE\" {`").arg(keyword, pending.view.id));
        skipStatement();
        return;
    }
    const SourceLocation brace = here();
    ++m_pos;
    if (currentView() >= 0 || m_groupDepth > 0) {
        error(idAt,
              tr("a view cannot be written inside a %1").arg(currentView() >= 0 ? tr("view") : tr("group")),
              tr("write views at the top level, after the model"));
        openFrame({}, false, brace);
        m_frames.last().view = int(m_views.size());
        pending.duplicate = true;
        m_views.append(pending);
        return;
    }
    const auto first = m_viewIndex.constFind(pending.view.id);
    if (first != m_viewIndex.constEnd()) {
        error(idAt, tr("duplicate view `%1`").arg(pending.view.id),
              tr("a view `%1` is already defined at line %2; give each view its own id")
                  .arg(pending.view.id)
                  .arg(m_views[first.value()].view.location.line));
        pending.duplicate = true;
    } else {
        m_viewIndex.insert(pending.view.id, int(m_views.size()));
    }
    openFrame({}, false, brace);
    m_frames.last().view = int(m_views.size());
    m_views.append(pending);
}

// Inside a view's braces: include/exclude, direction, title; in a dynamic view also the steps.
void Parser::parseViewStatement()
{
    PendingView &pending = m_views[currentView()];
    View &view = pending.view;
    const bool dynamic = view.type == View::Type::Dynamic;
    const QStringView word = current();
    const TokenType type = m_tokens[m_pos].type;
    if (type == TokenType::Keyword && (word == u"include" || word == u"exclude")) {
        const bool include = word == u"include";
        if (dynamic) {
            error(here(), tr("a dynamic view lists steps, not `%1`").arg(word.toString()),
                  tr("write each interaction as `a -> b : LABEL`; use `view` for a selection of elements"));
            skipStatement();
            return;
        }
        ++m_pos;
        parseSelectors(include ? &view.include : &view.exclude);
        return;
    }
    if (type == TokenType::Keyword && word == u"direction") {
        parseDirection(&view.direction);
        view.hasDirection = true;
        return;
    }
    if (type == TokenType::Keyword && word == u"title") {
        const SourceLocation at = here();
        ++m_pos;
        if (m_pos >= m_tokens.size() || m_tokens[m_pos].type != TokenType::String) {
            error(m_pos < m_tokens.size() ? here() : at, tr("`title` needs a quoted text"),
                  tr("write `title \"TEXT\"`"));
            skipStatement();
            return;
        }
        if (takeLabel(&view.title))
            expectStatementEnd(tr("the title"));
        return;
    }
    if (dynamic && (atPunct(u'&') || (atWord() && m_pos + 1 < m_tokens.size() &&
                                      m_tokens[m_pos + 1].type == TokenType::Operator))) {
        parseStep();
        return;
    }
    const QString what = word.toString();
    error(here(), tr("`%1` cannot be written inside a view").arg(what),
          dynamic
              ? tr("a dynamic view holds steps (`a -> b : LABEL`, `& a -> c` in parallel), `direction` and "
                   "`title`; declare nodes outside it")
              : tr("a view holds `include` and `exclude` selectors, `direction` and `title`; declare nodes "
                   "outside it"));
    skipStatement();
}

// SELECTOR [, SELECTOR …] where SELECTOR is `*`, PATTERN, or KEY:PATTERN (KEY id|group|kind|tag), with a
// trailing `+` for "and its neighbours".
void Parser::parseSelectors(QVector<ViewSelector> *into)
{
    static const QStringList keys{QStringLiteral("id"), QStringLiteral("group"), QStringLiteral("kind"),
                                  QStringLiteral("tag")};
    for (;;) {
        if (m_pos >= m_tokens.size() || atPunct(u'}')) {
            error(here(), tr("expected a selector"),
                  tr("write e.g. `include api, group:eu*, kind:database, tag:pii` (or `*` for everything)"));
            return;
        }
        ViewSelector s;
        s.location = here();
        if (!atWord()) {
            reportTokenError(m_pos);
            if (m_tokens[m_pos].type != TokenType::Error)
                error(here(), tr("expected a selector, found `%1`").arg(current().toString()),
                      tr("a selector is an id, `*`, or `group:`, `kind:`, `tag:` followed by a name"));
            skipStatement();
            return;
        }
        QString first = current().toString();
        ++m_pos;
        if (atPunct(u':')) {
            ++m_pos;
            const int key = keys.indexOf(first);
            if (key < 0) {
                const QString guess = suggestion(first, keys);
                error(s.location, tr("unknown selector `%1:`").arg(first),
                      guess.isEmpty() ? tr("selectors are `id:`, `group:`, `kind:` and `tag:`")
                                      : tr("did you mean `%1:`?").arg(guess));
                skipStatement();
                return;
            }
            if (!atWord()) {
                error(here(), tr("missing name after `%1:`").arg(first),
                      tr("write e.g. `%1:NAME`; `*` and `?` are wildcards").arg(first));
                skipStatement();
                return;
            }
            s.by = ViewSelector::By(key);
            s.pattern = current().toString();
            ++m_pos;
        } else if (first == u"*") {
            s.by = ViewSelector::By::All;
            s.pattern = first;
        } else {
            s.pattern = first;
        }
        if (atPunct(u'+')) {
            s.withNeighbours = true;
            ++m_pos;
        }
        into->append(s);
        if (!atPunct(u','))
            break;
        ++m_pos;
    }
    expectStatementEnd(tr("the selectors"));
}

// [&] FROM -> TO [: LABEL]   (`~>` for an asynchronous step)
void Parser::parseStep()
{
    PendingView &pending = m_views[currentView()];
    ViewStep step;
    if (atPunct(u'&')) {
        step.parallelWithPrevious = true;
        if (pending.view.steps.isEmpty())
            warning(here(), tr("the first step has nothing to run in parallel with"),
                    tr("`&` marks a step that runs alongside the one before it"));
        ++m_pos;
    }
    SourceLocation fromAt, toAt;
    if (!takeId(&step.from, &fromAt, tr("in a step")))
        return;
    if (!atOperator()) {
        error(here(), tr("expected `->` or `~>` after `%1`").arg(step.from),
              tr("a step is written `%1 -> ID : LABEL`").arg(step.from));
        skipStatement();
        return;
    }
    const QString op = current().toString();
    if (op != u"->" && op != u"~>") {
        error(here(), tr("a step uses `->` or `~>`, not `%1`").arg(op),
              tr("`->` for a call, `~>` for an asynchronous message; the model's edge keeps its own style"));
        skipStatement();
        return;
    }
    step.async = op == u"~>";
    ++m_pos;
    if (!takeId(&step.to, &toAt, tr("after `%1` in a step").arg(op)))
        return;
    step.location = toAt;
    if (atOperator()) {
        error(here(), tr("one step per line"),
              tr("number each hop: write `%1 %2 ID` on the next line").arg(step.to, current().toString()));
        skipStatement();
        return;
    }
    if (atPunct(u':')) {
        const SourceLocation colon = here();
        ++m_pos;
        if (m_pos >= m_tokens.size() || atPunct(u'}')) {
            error(colon, tr("missing step label after `:`"), tr("write `a -> b : LABEL` or remove the `:`"));
            skipStatement();
            return;
        }
        if (!takeLabel(&step.label))
            return;
    }
    if (!expectStatementEnd(tr("the step")))
        return;
    step.location = fromAt;
    pending.view.steps.append(step);
    pending.stepPlaces.append({fromAt, toAt});
}

// class NAME [ATTRIBUTES]
void Parser::parseClass()
{
    ++m_pos;
    ClassDef def;
    if (!takeId(&def.name, &def.location, tr("after `class`")))
        return;
    if (!atPunct(u'[')) {
        error(m_pos < m_tokens.size() ? here() : def.location, tr("`class` needs attributes"),
              tr("write `class %1 [fill: \"#fde8e8\", dark-fill: \"#4a1414\"]`").arg(def.name));
        skipStatement();
        return;
    }
    QVector<Attribute> attributes;
    if (!parseAttributes(&attributes) || !expectStatementEnd(tr("the class")))
        return;
    applyClassAttributes(def, attributes);
    const auto first = m_classIndex.constFind(def.name);
    if (first != m_classIndex.constEnd()) {
        warning(def.location, tr("class `%1` is defined twice; the last one is used").arg(def.name),
                tr("first defined at line %1").arg(m_classes[first.value()].location.line));
        m_classes[first.value()] = def;
        return;
    }
    m_classIndex.insert(def.name, int(m_classes.size()));
    m_classes.append(def);
}

namespace {
// Fills the colours `to` does not set from `from`: explicit colours win over a class.
void fillUnset(StyleOverride &to, const StyleOverride &from)
{
    for (auto field : {&StyleOverride::fill, &StyleOverride::stroke, &StyleOverride::text,
                       &StyleOverride::darkFill, &StyleOverride::darkStroke, &StyleOverride::darkText})
        if (!(to.*field).isValid() && (from.*field).isValid())
            to.*field = from.*field;
}
} // namespace

// Tags name classes; a later tag wins over an earlier one, and any colour written on the element (or in a
// `style` statement) wins over both.
void Parser::resolveClasses()
{
    if (m_classes.isEmpty())
        return;
    auto apply = [this](StyleOverride &colors, const QStringList &tags, bool edge) {
        for (auto it = tags.crbegin(); it != tags.crend(); ++it) {
            const auto c = m_classIndex.constFind(*it);
            if (c != m_classIndex.constEnd())
                fillUnset(colors, edge ? m_classes[c.value()].edgeColors : m_classes[c.value()].colors);
        }
    };
    for (Node &n : m_diagram.nodes)
        apply(n.colors, n.tags, false);
    for (Group &g : m_diagram.groups)
        apply(g.colors, g.tags, false);
    for (Edge &e : m_diagram.edges)
        apply(e.colors, e.tags, true);
}

void Parser::resolveViews()
{
    QSet<QString> tags;
    for (const Node &n : std::as_const(m_diagram.nodes))
        for (const QString &t : n.tags)
            tags.insert(t);
    QStringList groupIds, kindWords = allKindWords();
    for (const Group &g : std::as_const(m_diagram.groups))
        groupIds.append(g.id);
    const QStringList tagList(tags.cbegin(), tags.cend());
    // Each step looks its edge up here, either way round: linear in steps + edges.
    QSet<std::pair<QString, QString>> edgePairs;
    for (const Edge &e : std::as_const(m_diagram.edges)) {
        edgePairs.insert({e.from, e.to});
        edgePairs.insert({e.to, e.from});
    }
    // Checking that a wildcard matches something costs a pass over the nodes: only the first few are checked,
    // so a hostile text of many selectors stays linear.
    int wildcardBudget = 20;

    for (PendingView &pending : m_views) {
        if (pending.duplicate)
            continue;
        View &view = pending.view;
        for (QVector<ViewSelector> *list : {&view.include, &view.exclude}) {
            for (ViewSelector &s : *list) {
                if (s.by == ViewSelector::By::All || capped())
                    continue;
                const QString shown = selectorText(s);
                if (hasWildcard(s.pattern)) {
                    if (--wildcardBudget < 0)
                        continue;
                    if (!selectorMatchesAny(m_diagram, s))
                        warning(s.location, tr("`%1` matches nothing in the model").arg(shown),
                                tr("`*` matches any run of characters, `?` one character"));
                    continue;
                }
                switch (s.by) {
                case ViewSelector::By::Id:
                    if (m_nodeIndex.contains(s.pattern))
                        break;
                    if (m_groupIndex.contains(s.pattern)) { // a group's id selects what is inside it
                        s.by = ViewSelector::By::Group;
                        break;
                    }
                    error(s.location, tr("unknown id `%1` in view `%2`").arg(s.pattern, view.id), [&] {
                        const QString guess = similarId(s.pattern);
                        return guess.isEmpty() ? tr("name a node or a group of the model")
                                               : tr("did you mean `%1`?").arg(guess);
                    }());
                    break;
                case ViewSelector::By::Group:
                    if (!m_groupIndex.contains(s.pattern)) {
                        const QString guess = suggestion(s.pattern, groupIds);
                        error(s.location, tr("unknown group `%1` in view `%2`").arg(s.pattern, view.id),
                              guess.isEmpty() ? tr("name a group of the model")
                                              : tr("did you mean `%1`?").arg(guess));
                    }
                    break;
                case ViewSelector::By::Kind:
                    if (!kindFromName(s.pattern)) {
                        const QString guess = suggestion(s.pattern, kindWords);
                        error(s.location, tr("unknown kind `%1` in view `%2`").arg(s.pattern, view.id),
                              guess.isEmpty()
                                  ? tr("known kinds: %1").arg(kindNames().join(QStringLiteral(", ")))
                                  : tr("did you mean `%1`?").arg(guess));
                    }
                    break;
                case ViewSelector::By::Tag:
                    if (!tags.contains(s.pattern)) {
                        const QString guess = suggestion(s.pattern, tagList);
                        warning(s.location, tr("no node is tagged `%1`").arg(s.pattern),
                                guess.isEmpty() ? tr("tag nodes with `[tag: %1]`").arg(s.pattern)
                                                : tr("did you mean `%1`?").arg(guess));
                    }
                    break;
                case ViewSelector::By::All:
                    break;
                }
            }
        }
        for (int i = 0; i < view.steps.size(); ++i) {
            const ViewStep &step = view.steps[i];
            bool known = true;
            for (const auto &[id, at] : {std::pair{step.from, pending.stepPlaces[i].first},
                                         std::pair{step.to, pending.stepPlaces[i].second}}) {
                if (m_nodeIndex.contains(id) || m_groupIndex.contains(id))
                    continue;
                known = false;
                const QString guess = similarId(id);
                error(at, tr("unknown id `%1` in the step").arg(id),
                      guess.isEmpty() ? tr("a step connects nodes or groups of the model")
                                      : tr("did you mean `%1`?").arg(guess));
            }
            if (!known || capped())
                continue;
            if (!edgePairs.contains({step.from, step.to}))
                warning(pending.stepPlaces[i].first,
                        tr("the model has no edge between `%1` and `%2`; the step is drawn anyway")
                            .arg(step.from, step.to),
                        tr("add `%1 -> %2` to the model, or check the ids").arg(step.from, step.to));
        }
        if (view.type == View::Type::Dynamic && view.steps.isEmpty())
            warning(view.location, tr("dynamic view `%1` has no steps").arg(view.id),
                    tr("list the interactions in order: `a -> b : LABEL`"));
        m_diagram.views.append(view);
    }
}

} // namespace ae::diagram::detail

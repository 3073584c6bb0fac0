// SPDX-License-Identifier: MIT
// Rules about request paths and about the silences themselves: a synchronous call that crosses regions on a
// user-facing path (a `path` with `user-facing: true`), and a `silence` naming a rule the catalogue does not
// have.
#include "diagram/checks/context.h"

#include "diagram/kinds.h"

#include <QCoreApplication>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

int edgeBetween(const Context &c, int a, int b)
{
    for (int e : c.out[a])
        if (c.to(e) == b)
            return e;
    return -1;
}
} // namespace

void checkUserFacing(const Context &c, Emitter &e)
{
    if (c.regions < 2)
        return;
    for (const View &view : c.d.views) {
        if (view.type != View::Type::Dynamic ||
            view.properties.value(QStringLiteral("user-facing")) != u"true")
            continue;
        for (const ViewStep &step : view.steps) {
            const int a = c.node(step.from), b = c.node(step.to);
            if (step.async || a < 0 || b < 0 || c.region[a].isEmpty() || c.region[b].isEmpty() ||
                c.region[a] == c.region[b])
                continue;
            e.emit(
                QStringLiteral("cross-region-sync"), step.location,
                tr("user-facing path `%1` calls `%2` in region `%3` from `%4` in region `%5` synchronously")
                    .arg(view.id, step.to, c.region[b], step.from, c.region[a]),
                {{a, b}, {edgeBetween(c, a, b)}});
        }
    }
}

void checkSilences(const Context &c, Emitter &e)
{
    const QStringList &known = implementedRules();
    QStringList candidates = known;
    candidates.append(QStringLiteral("all"));
    auto check = [&](const QStringList &ids, SourceLocation at) {
        for (const QString &id : ids) {
            if (candidates.contains(id))
                continue;
            const QString guess = suggestion(id, candidates);
            e.emit(QStringLiteral("unknown-rule"), at,
                   tr("`silence` names `%1`, which is not a rule").arg(id), {},
                   guess.isEmpty() ? tr("the rules are listed in the architecture-checks guide")
                                   : tr("did you mean `%1`?").arg(guess));
        }
    };
    for (int i = 0; i < c.d.silenced.size(); ++i)
        check({c.d.silenced[i]}, c.d.silencedPlaces.value(i));
    for (const Node &node : c.d.nodes)
        check(node.silenced, node.propertyPlaces.value(QStringLiteral("silence"), node.location));
    for (const Edge &edge : c.d.edges)
        check(edge.silenced, edge.propertyPlaces.value(QStringLiteral("silence"), edge.location));
    for (const Group &group : c.d.groups)
        check(group.silenced, group.location);
}

} // namespace ae::diagram::checks::detail

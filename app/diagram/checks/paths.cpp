// SPDX-License-Identifier: MIT
// Path arithmetic. Steps are read in order: a step that continues the chain before it (its `from` is the
// previous step's `to`) is sequential; a step marked parallel (`&`, or a target after `,`) forks: it runs
// alongside what the path did since it last left the same node, and the fork takes as long as its slowest
// branch; any other step starts a new sequential stage. Each hop costs the latency of its edge plus that of
// the node it reaches; the first node's own latency starts the sum. A message `~>` is left out, and so is
// what a node reached only by messages does next (`kafka ~> auditor`, then `auditor -> archive`): that work
// happens after the request, not within it. A step against a directed edge that an earlier step of the path
// travelled as a request is its reply: it costs nothing (the round trip is in the request's figures) and
// brings the path back to the caller.
#include "diagram/checks/context.h"

#include "diagram/kinds.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

Latency latencyOf(const QMap<QString, QString> &properties, bool *known)
{
    Latency latency;
    QString ignored;
    *known = properties.contains(QStringLiteral("latency")) &&
             parseLatency(properties.value(QStringLiteral("latency")), &latency, &ignored);
    return *known ? latency : Latency{};
}

bool availabilityOf(const QMap<QString, QString> &properties, double *fraction)
{
    QString ignored;
    return properties.contains(QStringLiteral("availability")) &&
           parseAvailability(properties.value(QStringLiteral("availability")), fraction, &ignored);
}

bool capacityOf(const QMap<QString, QString> &properties, double *rate)
{
    QString ignored;
    return properties.contains(QStringLiteral("capacity")) &&
           parseCapacity(properties.value(QStringLiteral("capacity")), rate, &ignored);
}

// The edge a step travels: from -> to, or a two-way / undirected edge the other way, or an edge that ends on
// a group holding the other end. -1 when there is none.
int stepEdge(const Context &c, int a, int b)
{
    for (int e : c.out[a])
        if (c.to(e) == b)
            return e;
    for (int e : c.in[a])
        if (c.from(e) == b && (c.d.edges[e].bothWays || !c.d.edges[e].directed))
            return e;
    const auto inside = [&c](int node, const QString &group) {
        for (QString g = c.d.nodes[node].group; !g.isEmpty();) {
            if (g == group)
                return true;
            const int gi = c.group(g);
            g = gi >= 0 ? c.d.groups[gi].parent : QString();
        }
        return false;
    };
    for (int e = 0; e < c.d.edges.size(); ++e) {
        const Edge &edge = c.d.edges[e];
        if (!edge.fromGroup && !edge.toGroup)
            continue;
        const bool fromOk = edge.fromGroup ? inside(a, edge.from) : edge.from == c.d.nodes[a].id;
        const bool toOk = edge.toGroup ? inside(b, edge.to) : edge.to == c.d.nodes[b].id;
        if (fromOk && toOk)
            return e;
    }
    return -2; // -2: no edge (-1 is kept for "not looked up")
}

// The redundant set of a node: replication-connected nodes of its kind, and its kind's members of a cluster
// group it is in. Their availabilities combine in parallel.
double redundantAvailability(const Context &c, int n, double own, QStringList *members)
{
    QVector<int> set{n};
    QSet<int> seen{n};
    for (int q = 0; q < set.size(); ++q) {
        const int v = set[q];
        auto visit = [&](int e, int w) {
            if (c.d.edges[e].style == EdgeStyle::Replication && w >= 0 && !seen.contains(w) &&
                c.d.nodes[w].kind == c.d.nodes[n].kind) {
                seen.insert(w);
                set.append(w);
            }
        };
        for (int e : c.out[v])
            visit(e, c.to(e));
        for (int e : c.in[v])
            visit(e, c.from(e));
    }
    const QString &group = c.d.nodes[n].group;
    const int g = group.isEmpty() ? -1 : c.group(group);
    if (g >= 0 && c.d.groups[g].kind == u"cluster") {
        for (int m = 0; m < c.d.nodes.size(); ++m)
            if (!seen.contains(m) && c.d.nodes[m].group == group && c.d.nodes[m].kind == c.d.nodes[n].kind) {
                seen.insert(m);
                set.append(m);
            }
    }
    if (set.size() == 1)
        return own;
    double allDown = 1.0;
    for (int m : set) {
        double a = own;
        availabilityOf(c.d.nodes[m].properties, &a);
        allDown *= 1.0 - a;
        members->append(c.d.nodes[m].id);
    }
    return 1.0 - allDown;
}

PathFigures figures(const Context &c, Emitter &e, const View &view)
{
    PathFigures f;
    f.id = view.id;
    f.title = view.title;
    f.location = view.location;
    // Resolve every step first: a path with a missing node or edge is reported and not added up.
    QVector<int> edges(view.steps.size(), -1);
    bool ok = true;
    QStringList ids;        // for "did you mean", filled at the first unknown id
    QSet<QString> reported; // an unknown id is reported once per path
    QSet<int> replies;      // steps that answer a request made earlier on the path
    for (int i = 0; i < view.steps.size(); ++i) {
        const ViewStep &step = view.steps[i];
        const int a = c.node(step.from), b = c.node(step.to);
        for (const QString &id : {step.from, step.to}) {
            if (c.node(id) >= 0 || reported.contains(id))
                continue;
            reported.insert(id);
            if (ids.isEmpty())
                for (const Node &node : c.d.nodes)
                    ids.append(node.id);
            const QString guess = suggestion(id, ids);
            e.emit(QStringLiteral("path-unknown-node"), step.location,
                   tr("path `%1` names `%2`, which is not a node of the diagram").arg(view.id, id), {},
                   guess.isEmpty() ? tr("declare it, or fix the name in the path")
                                   : tr("did you mean `%1`?").arg(guess));
            ok = false;
        }
        if (a < 0 || b < 0)
            continue;
        edges[i] = stepEdge(c, a, b);
        if (edges[i] >= 0)
            continue;
        // A reply: the edge the other way, travelled as a request earlier on this path.
        const int request = stepEdge(c, b, a);
        if (request >= 0 && edges.mid(0, i).contains(request)) {
            replies.insert(i);
            edges[i] = request;
            continue;
        }
        e.emit(QStringLiteral("path-missing-edge"), step.location,
               tr("path `%1` goes from `%2` to `%3`, but the diagram has no edge between them")
                   .arg(view.id, step.from, step.to),
               {{a, b}, {}},
               request >= 0
                   ? tr("a reply follows its request: put `%1 -> %2` earlier in the path, or draw "
                        "the edge `%2 -> %1`")
                         .arg(step.to, step.from)
                   : tr("draw the edge (`%1 %2 %3`) or fix the step")
                         .arg(step.from, step.async ? QStringLiteral("~>") : QStringLiteral("->"), step.to));
        ok = false;
    }
    if (!ok || view.steps.isEmpty())
        return f;
    f.computed = true;

    // Latency by stages of parallel branches.
    QSet<int> nodesSeen;
    QSet<int> edgesSeen;
    QVector<int> pathNodes;
    auto addNode = [&](int n) {
        if (!nodesSeen.contains(n)) {
            nodesSeen.insert(n);
            pathNodes.append(n);
            f.elements.append(c.d.nodes[n].id);
        }
    };
    struct Cost
    {
        double p50 = 0, p99 = 0;
        QString from;
    };
    const auto sum = [](const QVector<Cost> &chain, int from, int to, double Cost::*field) {
        double total = 0;
        for (int k = from; k < to; ++k)
            total += chain[k].*field;
        return total;
    };
    double total50 = 0, total99 = 0; // stages already closed
    QVector<Cost> chain;             // the open sequential chain (the current branch, inside a fork)
    bool inFork = false;
    QString forkFrom;
    double fork50 = 0, fork99 = 0; // slowest closed branch of the open fork
    QString previousTo;
    bool started = false;
    const auto closeChain = [&]() {
        const double c50 = sum(chain, 0, int(chain.size()), &Cost::p50);
        const double c99 = sum(chain, 0, int(chain.size()), &Cost::p99);
        total50 += inFork ? qMax(fork50, c50) : c50;
        total99 += inFork ? qMax(fork99, c99) : c99;
        chain.clear();
        inFork = false;
    };
    QSet<int> afterMessage; // nodes reached only by messages: what they do next is not the request's work
    for (int i = 0; i < view.steps.size(); ++i) {
        const ViewStep &step = view.steps[i];
        const int a = c.node(step.from), b = c.node(step.to);
        if (step.async || (afterMessage.contains(a) && !nodesSeen.contains(a))) {
            f.asyncSteps.append(step.from + (step.async ? QStringLiteral(" ~> ") : QStringLiteral(" -> ")) +
                                step.to);
            if (!nodesSeen.contains(b))
                afterMessage.insert(b);
            continue;
        }
        if (replies.contains(i)) {
            // The round trip is counted on the request: the answer adds no hop, and the path is back at `to`.
            f.replySteps.append(step.from + QStringLiteral(" -> ") + step.to);
            previousTo = step.to;
            continue;
        }
        bool edgeKnown = false, nodeKnown = false;
        const Latency edgeLatency = latencyOf(c.d.edges[edges[i]].properties, &edgeKnown);
        const Latency nodeLatency = latencyOf(c.d.nodes[b].properties, &nodeKnown);
        const Cost cost{edgeLatency.p50 + nodeLatency.p50, edgeLatency.p99 + nodeLatency.p99, step.from};
        f.latencyAnnotated += (edgeKnown ? 1 : 0) + (nodeKnown ? 1 : 0);
        if (!started) {
            bool known = false;
            const Latency own = latencyOf(c.d.nodes[a].properties, &known);
            total50 += own.p50;
            total99 += own.p99;
            f.latencyAnnotated += known ? 1 : 0;
            addNode(a);
            started = true;
            chain.append(cost);
        } else if (step.parallelWithPrevious && inFork && step.from == forkFrom) {
            // Another branch of the open fork.
            fork50 = qMax(fork50, sum(chain, 0, int(chain.size()), &Cost::p50));
            fork99 = qMax(fork99, sum(chain, 0, int(chain.size()), &Cost::p99));
            chain = {cost};
        } else if (step.parallelWithPrevious) {
            // A new fork at `from`: what the chain did since it last left `from` is the first branch.
            if (inFork)
                closeChain();
            int k = int(chain.size()) - 1;
            while (k > 0 && chain[k].from != step.from)
                --k;
            k = qMax(0, k);
            total50 += sum(chain, 0, k, &Cost::p50);
            total99 += sum(chain, 0, k, &Cost::p99);
            fork50 = sum(chain, k, int(chain.size()), &Cost::p50);
            fork99 = sum(chain, k, int(chain.size()), &Cost::p99);
            inFork = true;
            forkFrom = step.from;
            chain = {cost};
        } else if (step.from == previousTo) {
            chain.append(cost);
        } else {
            closeChain();
            chain.append(cost);
        }
        addNode(b);
        edgesSeen.insert(edges[i]);
        previousTo = step.to;
    }
    closeChain();
    f.p50Ms = total50;
    f.p99Ms = total99;

    // Availability: every node and edge of the request path once, in series.
    double capacity = std::numeric_limits<double>::infinity();
    for (int n : pathNodes) {
        double own = 1.0;
        const bool known = availabilityOf(c.d.nodes[n].properties, &own);
        QStringList members;
        const double combined = redundantAvailability(c, n, own, &members);
        if (known || combined < 1.0) {
            ++f.availabilityAnnotated;
            f.availability *= combined;
        }
        double rate = 0;
        if (capacityOf(c.d.nodes[n].properties, &rate) && rate < capacity) {
            capacity = rate;
            f.bottleneck = tr("node `%1`").arg(c.d.nodes[n].id);
        }
    }
    QVector<int> sortedEdges = edgesSeen.values().toVector();
    std::sort(sortedEdges.begin(), sortedEdges.end());
    for (int edge : sortedEdges) {
        double a = 1.0;
        if (availabilityOf(c.d.edges[edge].properties, &a)) {
            ++f.availabilityAnnotated;
            f.availability *= a;
        }
        double rate = 0;
        if (capacityOf(c.d.edges[edge].properties, &rate) && rate < capacity) {
            capacity = rate;
            f.bottleneck = tr("edge `%1 -> %2`").arg(c.d.edges[edge].from, c.d.edges[edge].to);
        }
    }
    f.hasCapacity = !f.bottleneck.isEmpty();
    f.capacity = f.hasCapacity ? capacity : 0;

    // The budget.
    const QString budget = view.properties.value(QStringLiteral("budget"));
    QVector<BudgetTerm> terms;
    QString ignored;
    if (budget.isEmpty() || !parseBudget(budget, &terms, &ignored))
        return f;
    const SourceLocation at = view.propertyPlaces.value(QStringLiteral("budget"), view.location);
    for (const BudgetTerm &term : terms) {
        BudgetResult r;
        r.term = term;
        QString actual;
        switch (term.measure) {
        case BudgetTerm::Measure::P50:
        case BudgetTerm::Measure::P99:
            r.known = f.latencyAnnotated > 0;
            r.actual = term.measure == BudgetTerm::Measure::P50 ? f.p50Ms : f.p99Ms;
            actual = formatMs(r.actual);
            break;
        case BudgetTerm::Measure::Availability:
            r.known = f.availabilityAnnotated > 0;
            r.actual = f.availability;
            actual = formatPercent(r.actual);
            break;
        case BudgetTerm::Measure::Capacity:
            r.known = f.hasCapacity;
            r.actual = f.capacity;
            actual = formatRate(r.actual) + QStringLiteral(" (") + f.bottleneck + QLatin1Char(')');
            break;
        }
        r.met = r.known && term.holds(r.actual);
        f.budget.append(r);
        if (!r.known)
            e.emit(QStringLiteral("budget-unverifiable"), at,
                   tr("path `%1`: `%2` cannot be checked, nothing on the path carries that figure")
                       .arg(view.id, term.text),
                   {});
        else if (!r.met)
            e.emit(QStringLiteral("budget-exceeded"), at,
                   tr("path `%1` misses its budget `%2`: computed %3").arg(view.id, term.text, actual), {});
    }
    return f;
}
} // namespace

QVector<PathFigures> computePaths(const Context &c, Emitter &e)
{
    QVector<PathFigures> result;
    for (const View &view : c.d.views)
        if (view.type == View::Type::Dynamic)
            result.append(figures(c, e, view));
    return result;
}

} // namespace ae::diagram::checks::detail

namespace ae::diagram::checks {

QString PathFigures::summary() const
{
    if (!computed)
        return QCoreApplication::translate("ae::diagram::checks", "%1: not computed (see the errors above)")
            .arg(id);
    // A path none of whose counted hops carries a latency has none: "0 ms" would read as a measurement.
    const QString latency = latencyAnnotated > 0 ? QStringLiteral("latency p50 ") + formatMs(p50Ms) +
                                                       QStringLiteral(", p99 ") + formatMs(p99Ms)
                                                 : QStringLiteral("latency unknown");
    QString s =
        id + QStringLiteral(": ") + latency + QStringLiteral("; availability ") +
        (availabilityAnnotated > 0 ? formatPercent(availability) : QStringLiteral("unknown")) +
        QStringLiteral("; bottleneck ") +
        (hasCapacity ? bottleneck + QLatin1Char(' ') + formatRate(capacity) : QStringLiteral("unknown"));
    if (!asyncSteps.isEmpty())
        s += QStringLiteral("; async, not counted: ") + asyncSteps.join(QStringLiteral(", "));
    if (!replySteps.isEmpty())
        s += QStringLiteral("; replies, counted on their request: ") + replySteps.join(QStringLiteral(", "));
    return s;
}

} // namespace ae::diagram::checks

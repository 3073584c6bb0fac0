// SPDX-License-Identifier: MIT
// The figures of one request path: end-to-end latency (sequential hops add, a fan-out takes its slowest
// branch; messages `~>`, and what a node reached only by messages does next, are left out and listed),
// availability (the hops in series multiply; a node with replicas, or in a cluster group of its own kind,
// counts as its redundant set: 1 - product of unavailabilities), and the capacity bottleneck (the smallest
// capacity on the path, with its hop). A step against a directed edge that the path already travelled the
// right way is a reply: listed, not counted.
#pragma once

#include "diagram/checks/quantity.h"
#include "diagram/diagram.h"

#include <QStringList>

namespace ae::diagram::checks {

struct BudgetResult
{
    BudgetTerm term;
    double actual = 0;
    bool known = false; // false: nothing on the path carries the measure
    bool met = false;
};

struct PathFigures
{
    QString id, title;
    SourceLocation location;
    bool computed = false; // false: the path names a missing node or a hop without an edge (reported)
    double p50Ms = 0, p99Ms = 0;
    int latencyAnnotated = 0; // hops (nodes and edges) that carry a latency
    double availability = 1.0;
    int availabilityAnnotated = 0;
    bool hasCapacity = false;
    double capacity = 0;    // events/s of the bottleneck
    QString bottleneck;     // "node `db`" or "edge `api -> db`"
    QStringList asyncSteps; // "orders ~> cdc", "cdc -> mailer": messages and what they set off, left out
    QStringList replySteps; // "db -> api": answers to a request made earlier on the path, not counted again
    QStringList elements;   // nodes on the request path, in order of first appearance
    QVector<BudgetResult> budget;

    // "checkout: latency p50 12.0 ms, p99 40.0 ms; availability 99.95 %; bottleneck node `db` 2,000/s"
    QString summary() const;
};

} // namespace ae::diagram::checks

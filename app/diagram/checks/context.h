// SPDX-License-Identifier: MIT
// What the rules need to know about a diagram, computed once: adjacency by node, the region and zone each
// node is in, node kinds by role; and the one way findings are emitted (with the elements whose `silence`
// applies).
#pragma once

#include "diagram/checks/check.h"

#include <QHash>

namespace ae::diagram::checks::detail {

bool isStateful(NodeKind kind);   // holds data: databases, caches, streams, queues, storage, indexes
bool isStore(NodeKind kind);      // a durable home for data (no cache, stream or queue)
bool isMessaging(NodeKind kind);  // stream or queue
bool isClientSide(NodeKind kind); // user or client
bool isWriteEdge(
    const Edge &edge); // a call or message whose label does not say it only reads (see Context::writes)
QString kindWord(NodeKind kind); // "database", for messages

inline constexpr int kMaxGroupDepthWalk = 1000; // groups nest at most kMaxGroupDepth; a guard, not a limit

struct Context
{
    explicit Context(const Diagram &diagram);

    const Diagram &d;
    QHash<QString, int> nodeIndex, groupIndex;
    QVector<QVector<int>> out, in; // edge indices by node (edges between two nodes only)
    QVector<QString> region, zone; // per node: the nearest enclosing group of that kind, empty when none
    int regions = 0, zones = 0;    // distinct region / zone groups that hold nodes
    QVector<bool> writes;          // per edge: isWriteEdge (its label read once)

    int node(const QString &id) const { return nodeIndex.value(id, -1); }
    int group(const QString &id) const { return groupIndex.value(id, -1); }
    int from(int edge) const { return node(d.edges[edge].from); }
    int to(int edge) const { return node(d.edges[edge].to); }
    QString nodeName(int index) const; // "`id`"
};

struct Subject
{
    QVector<int> nodes, edges; // a silence on any of these (or their groups) silences the finding
};

class Emitter
{
public:
    Emitter(const Context &context, const RuleCatalog &catalog, CheckReport &report);
    void emit(const QString &rule, SourceLocation at, const QString &message, const Subject &about,
              const QString &hint = {});

private:
    bool silenced(const QString &rule, const Subject &about) const;
    bool groupSilences(QString group, const QString &rule) const;

    const Context &m_context;
    const RuleCatalog &m_catalog;
    CheckReport &m_report;
};

// One function per rule family (rules_*.cpp).
void checkReplication(const Context &c, Emitter &e); // replica-without-writer, -kind-mismatch, -same-region
void checkMessaging(const Context &c, Emitter &e);   // stream-without-consumer / -producer
void checkSyncCycles(const Context &c, Emitter &e);  // sync-cycle
void checkRedundancy(const Context &c, Emitter &e);  // single-point-of-failure
void checkDataAccess(const Context &c, Emitter &e);  // cache-without-store, client-to-database, dual-write,
                                                     // index-without-source
void checkUserFacing(const Context &c, Emitter &e);  // cross-region-sync
void checkSilences(const Context &c, Emitter &e);    // unknown-rule
// paths.cpp: the figures of every dynamic view; path-unknown-node, path-missing-edge, budget-exceeded,
// budget-unverifiable.
QVector<PathFigures> computePaths(const Context &c, Emitter &e);

} // namespace ae::diagram::checks::detail

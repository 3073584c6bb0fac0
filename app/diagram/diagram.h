// SPDX-License-Identifier: MIT
// The diagram model: what a diagram says, independent of where its text came from (.arch, DOT, Mermaid)
// and of how it is laid out or drawn. Plain values; no widgets, no Graphviz.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::diagram {

enum class Direction { Right, Down, Left, Up };

// The vocabulary of node kinds. Names, aliases and "did you mean" live in kinds.cpp.
enum class NodeKind {
    User,    // a person or actor
    Client,  // web or mobile app, device
    Service, // an application service (the default)
    Worker,  // batch job, stream processor, consumer
    Gateway, // API gateway
    LoadBalancer,
    Database, // relational / SQL / distributed SQL
    DocumentStore,
    KeyValue,
    Cache,
    Queue,
    Stream, // log / event stream (Kafka, Redis Streams)
    ObjectStorage,
    SearchIndex,
    Warehouse, // analytics / OLAP / data lake
    GraphDatabase,
    VectorDatabase,
    TimeSeries,
    Cdn,
    External, // a system outside our control
    Note,     // free text on the canvas
    Generic   // a plain box (imported shapes with no better mapping)
};

enum class EdgeStyle { Sync, Async, Replication, Plain };

// Where an element is written in .arch text: a node's or group's id, an edge's target id (so every edge of a
// chain or fan-out has its own place), a rank/order hint's keyword. Imported diagrams may leave it unknown.
struct SourceLocation
{
    int line = 0;   // 1-based, 0 = unknown
    int column = 0; // 1-based
};

// Colours that override the theme for one node or edge; invalid QColor = use the theme.
struct StyleOverride
{
    QColor fill, stroke, text;
    QColor darkFill, darkStroke, darkText;
    bool isEmpty() const
    {
        return !fill.isValid() && !stroke.isValid() && !text.isValid() && !darkFill.isValid() &&
               !darkStroke.isValid() && !darkText.isValid();
    }
};

struct Node
{
    QString id;
    QString label; // may contain '\n'; defaults to the id
    NodeKind kind = NodeKind::Service;
    QString technology; // "PostgreSQL 15"
    QString note;
    QString link;         // URL or library-relative document link
    QString group;        // id of the innermost group containing it, empty = top level
    QStringList fields;   // record-shaped nodes (imported DOT records): one entry per field, drawn stacked
    bool declared = true; // false when only mentioned by an edge (implicitly created)
    StyleOverride colors;
    SourceLocation location;
};

struct Edge
{
    QString from;
    QString to;
    QString label;
    EdgeStyle style = EdgeStyle::Sync;
    bool bothWays = false; // arrow heads at both ends
    bool directed = true;  // false: a plain line without heads
    StyleOverride colors;  // stroke and text used
    SourceLocation location;
};

struct Group
{
    QString id;
    QString label;
    QString kind;   // "region", "zone", "vpc", "tier", "cluster" or empty
    QString parent; // id of the enclosing group, empty = top level
    StyleOverride colors;
    SourceLocation location;
};

// Layout hints: the listed nodes share a rank ("rank a, b") or keep this order within their rank ("order a,
// b").
struct RankHint
{
    enum class Type { Same, Order };
    Type type = Type::Same;
    QStringList ids;
    SourceLocation location;
};

struct Diagram
{
    QString title;
    Direction direction = Direction::Right;
    QVector<Node> nodes;
    QVector<Edge> edges;
    QVector<Group> groups; // parents before children
    QVector<RankHint> hints;

    int indexOfNode(const QString &id) const;
    int indexOfGroup(const QString &id) const;
};

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// The diagram model: what a diagram says, independent of where its text came from (.arch, DOT, Mermaid)
// and of how it is laid out or drawn. Plain values; no widgets, no Graphviz.
#pragma once

#include <QColor>
#include <QMap>
#include <QPointF>
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

// Arrow ends as Graphviz names them (imported DOT); .arch edges use Normal/None.
enum class ArrowEnd { Normal, None, Empty, Dot, ODot, Diamond, ODiamond, Tee, Crow, Vee };

// A line pattern that overrides the edge style's own (DOT style=dashed|dotted|bold, D2 stroke-dash).
enum class LinePattern { FromStyle, Solid, Dashed, Dotted, Bold };

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
    QStringList tags;       // tag/class names; styles by tag are resolved into `colors` by the reader
    QString shape;          // explicit shape overriding the kind's (imported: "doublecircle", "cylinder"...)
    bool invisible = false; // laid out but not drawn (DOT style=invis)
    bool showNote = false;  // draw `note` on the canvas, not only as a tooltip / SVG <title>
    QStringList silenced;   // architecture-check rule ids silenced on this element
    QMap<QString, QString> properties;            // annotations by name (latency, availability, capacity)
    QMap<QString, SourceLocation> propertyPlaces; // where each annotation's value is written
    bool hasPosition = false; // imported with a fixed place (DOT pos): laid out there, not by rank
    QPointF position;         // that place's centre in points, y pointing up (Graphviz's convention)
    LinePattern pattern = LinePattern::FromStyle; // the outline's pattern (D2 stroke-dash, DOT style=dashed)
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
    QStringList tags;
    ArrowEnd head = ArrowEnd::Normal; // at `to` (only drawn when directed)
    ArrowEnd tail = ArrowEnd::None;   // at `from` (Normal when bothWays)
    LinePattern pattern = LinePattern::FromStyle;
    bool invisible = false;
    bool fromGroup = false, toGroup = false; // `from`/`to` name a group: the edge ends on its border
    QStringList silenced;
    QMap<QString, QString> properties;
    QMap<QString, SourceLocation> propertyPlaces;
};

struct Group
{
    QString id;
    QString label;
    QString kind;   // "region", "zone", "vpc", "tier", "cluster" or empty
    QString parent; // id of the enclosing group, empty = top level
    StyleOverride colors;
    SourceLocation location;
    QStringList tags;
    int columns = 0;           // > 0: members without edges between them packed in a grid of N columns
    bool hasDirection = false; // the group lays out its members in its own direction
    Direction direction = Direction::Right;
    bool showLabel = true; // false: an unlabelled cluster (no title drawn)
    QStringList silenced;
    QMap<QString, QString> properties;
    LinePattern pattern = LinePattern::FromStyle; // the frame's pattern (D2 stroke-dash on a container)
};

// Layout hints: the listed nodes share a rank ("rank a, b") or keep this order within their rank ("order a,
// b").
struct RankHint
{
    enum class Type {
        Same,
        Order,
        Min,    // DOT rank=min: on the first rank (others may share it)
        Max,    // DOT rank=max: on the last rank
        Source, // DOT rank=source: alone on the first rank
        Sink    // DOT rank=sink: alone on the last rank
    };
    Type type = Type::Same;
    QStringList ids;
    SourceLocation location;
};

// Which elements a view shows: by id, group, kind or tag, with `*` and `?` wildcards; optionally with every
// element one edge away.
struct ViewSelector
{
    enum class By { Id, Group, Kind, Tag, All };
    By by = By::Id;
    QString pattern;
    bool withNeighbours = false;
    SourceLocation location;
};

// One interaction of a dynamic view, drawn with its step number ("1. places order").
struct ViewStep
{
    QString from, to, label;
    bool async = false;
    bool parallelWithPrevious = false; // a fan-out: runs alongside the step before it
    SourceLocation location;
};

// A named picture of the model. A static view selects elements; a dynamic view (or a `path`) lists steps.
struct View
{
    enum class Type { Static, Dynamic };
    QString id;
    QString title; // empty = the diagram's title
    Type type = Type::Static;
    bool hasDirection = false;
    Direction direction = Direction::Right;
    QVector<ViewSelector> include, exclude;
    QVector<ViewStep> steps;
    QMap<QString, QString> properties; // "budget", "user-facing"...
    QMap<QString, SourceLocation> propertyPlaces;
    SourceLocation location;
    // Groups this view draws as one node each, given as the node drawn (its id the group's): the group's
    // members are hidden, edges to them end on that node, and an edge that then repeats one already drawn
    // between the same two ends is dropped. Structurizr: a software system is one box in its context view.
    QVector<Node> collapsed;
    bool groupEdges = true; // false: edges ending on a group's frame are not drawn (Structurizr boundaries)
};

struct Diagram
{
    QString title;
    Direction direction = Direction::Right;
    QVector<Node> nodes;
    QVector<Edge> edges;
    QVector<Group> groups; // parents before children
    QVector<RankHint> hints;
    QVector<View> views;  // empty = one implicit view of everything
    QColor background;    // invalid = the theme's (DOT bgcolor)
    QStringList silenced; // architecture-check rule ids silenced for the whole file
    QString
        layoutEngine; // Graphviz engine asked for (DOT `layout`, --engine); empty = chosen by size and kind

    int indexOfNode(const QString &id) const;
    int indexOfGroup(const QString &id) const;

    QVector<SourceLocation> silencedPlaces; // where each id of `silenced` is written (same order)
};

} // namespace ae::diagram

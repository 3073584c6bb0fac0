// SPDX-License-Identifier: MIT
// Internals of the .arch parser, split over parser.cpp (lines, dispatch, recovery), parser_statements.cpp
// (nodes, groups, edges, styles), parser_attributes.cpp (attribute lists) and parser_resolve.cpp
// (order-independent resolution and the warnings that need the whole input).
#pragma once

#include "diagram/lexer.h"
#include "diagram/parser.h"

#include <QHash>
#include <QSet>

namespace ae::diagram::detail {

struct Attribute
{
    QString key;
    SourceLocation keyLocation;
    QString value;
    SourceLocation valueLocation;
    TokenType valueType = TokenType::Identifier;
    bool valueOk =
        true; // false: the value was missing or unreadable (already reported); the key is still checked
};

enum class AttributeTarget { Node, Edge, Group, NodeStyle, EdgeStyle };

// A bare id on its own line: "put this node here" (usually inside a group).
struct Placement
{
    QString id;
    QString group;
    SourceLocation location;
};

struct PendingEdge
{
    Edge edge;
    SourceLocation fromLocation, toLocation;
};

struct StyleRequest
{
    QString from, to; // `to` empty: a node or a group
    QString op;       // the operator written between them
    QVector<Attribute> attributes;
    SourceLocation location;
};

struct PendingHint
{
    RankHint hint;
    QVector<SourceLocation> idLocations;
};

// `{` seen and not yet closed. Recovery and depth overflow push frames with no group of their own.
struct Frame
{
    QString group; // the group that contains what is written inside (inherited for non-group frames)
    bool isGroup = false;
    bool overflow = false; // opened beyond kMaxGroupDepth
    SourceLocation brace;
    int view = -1; // index into Parser::m_views when this is a view's `{`
};

// A view as written, with where each step's ids are, until resolve() checks them.
struct PendingView
{
    View view;
    bool duplicate = false; // its id was taken: parsed for errors, then dropped
    QVector<std::pair<SourceLocation, SourceLocation>> stepPlaces; // from, to
};

// `class NAME [ATTRIBUTES]`: colours shared by every element tagged NAME.
struct ClassDef
{
    QString name;
    StyleOverride colors; // nodes and groups
    StyleOverride edgeColors;
    SourceLocation location;
};

} // namespace ae::diagram::detail

// A megabyte of `{` opens a million frames; relocatable frames grow by memcpy instead of copy-and-destroy.
Q_DECLARE_TYPEINFO(ae::diagram::detail::Frame, Q_RELOCATABLE_TYPE);

namespace ae::diagram::detail {

class Parser
{
public:
    explicit Parser(const QString &text);
    ParseResult run();

private:
    // parser.cpp: tokens of the current line
    void parseLine();
    void loadLine(int index, QVector<Token> tokens);
    bool nextListLine();
    void parseStatement();
    void parseKeywordStatement();
    void parseDeclaration();
    void parseGroup();
    void parseEdge();
    void parseRankOrOrder(RankHint::Type type);
    void parseStyle();
    void parseTitle();
    void parseDirection(Direction *into = nullptr);
    // parser_views.cpp: views, dynamic views and classes
    void parseView(View::Type type);
    void parseViewStatement();
    void parseSelectors(QVector<ViewSelector> *into);
    void parseStep();
    void parseClass();
    void resolveViews();
    void resolveClasses();
    int currentView() const { return m_frames.isEmpty() ? -1 : m_frames.last().view; }
    void openFrame(const QString &group, bool isGroup, SourceLocation brace);
    void closeFrame();
    bool expectStatementEnd(const QString &what);
    void skipStatement();
    bool atStatementEnd() const;
    bool atWord() const;
    bool atPunct(char16_t c) const;
    bool atOperator() const;
    QStringView text(int index) const;
    QStringView current() const { return text(m_pos); }
    SourceLocation location(int index) const;
    SourceLocation offsetLocation(int offset) const;
    SourceLocation here() const { return location(m_pos); }
    bool takeLabel(QString *label);
    bool takeId(QString *id, SourceLocation *loc, const QString &context);
    enum class OperatorMistake { None, InId, InDeclaration };
    OperatorMistake reportEdgeOperator(const QString &declaredId);
    void reportTokenError(int index);
    QString currentGroup() const;

    // parser_attributes.cpp
    bool parseAttributes(QVector<Attribute> *out);
    void applyNodeAttributes(Node &node, const QVector<Attribute> &attributes, bool styleOnly);
    bool applyEdgeAttributes(Edge &edge, const QVector<Attribute> &attributes); // true: a `style` was applied
    void applyGroupAttributes(Group &group, const QVector<Attribute> &attributes, bool styleOnly);
    void applyTags(QStringList *tags, const Attribute &a);
    void applyClassAttributes(ClassDef &def, const QVector<Attribute> &attributes);
    bool checkKeys(const QVector<Attribute> &attributes, const QStringList &allowed, const QString &what);
    bool colorValue(const Attribute &a, QColor *color);

    // parser_checks.cpp: annotations and silences for the architecture checks, `silence` and `path`
    // statements
    QVector<Attribute> takeCheckAttributes(const QVector<Attribute> &attributes,
                                           QMap<QString, QString> *properties,
                                           QMap<QString, SourceLocation> *places, QStringList *silenced,
                                           bool annotations);
    void parseSilence();
    void parsePath();
    void parsePathStep(View &view);
    bool atPathStatementEnd() const;
    void skipPathStep();

    // parser_resolve.cpp
    void resolve();
    void resolvePlacements();
    void resolveEdges();
    void resolveStyles();
    void resolveHints();
    void warnEmptyGroups();
    void closeUnclosedFrames();
    int ensureNode(const QString &id, SourceLocation mention);
    QString similarId(const QString &id);

public:
    bool capped() const
    {
        return m_diagnostics.size() > kMaxDiagnostics;
    } // lets hot paths skip building messages
    void error(SourceLocation at, const QString &message, const QString &hint = {});
    void warning(SourceLocation at, const QString &message, const QString &hint = {});

private:
    QString m_text;
    Diagram m_diagram;
    Diagnostics m_diagnostics;

    QVector<QStringView> m_lines; // every line of the input, without its line end
    int m_lineIndex = 0;          // the line m_tokens come from (0-based; m_lineNo is 1-based)
    int m_lineNo = 0;
    QStringView m_line;
    QVector<Token> m_tokens;
    int m_pos = 0;
    QVector<int> m_columns; // code-point column per UTF-16 index, only for lines with surrogate pairs

    QVector<Frame> m_frames;
    int m_groupDepth = 0;     // frames that are groups
    int m_overflowFrames = 0; // frames opened beyond kMaxGroupDepth
    bool m_titleSet = false;
    QHash<QString, int> m_nodeIndex; // declared and implicit nodes
    QHash<QString, int> m_groupIndex;
    QVector<Placement> m_placements;
    QVector<PendingEdge> m_edges;
    QVector<StyleRequest> m_styles;
    QVector<PendingHint> m_hints;
    QVector<PendingView> m_views;
    QHash<QString, int> m_viewIndex;
    QVector<ClassDef> m_classes;
    QHash<QString, int> m_classIndex;
    int m_suggestionBudget = 50;
};

} // namespace ae::diagram::detail

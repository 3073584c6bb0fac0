// SPDX-License-Identifier: MIT
// Internals of the Structurizr DSL reader, shared by its lexer, parser, views and emitter.
#pragma once

#include "common/diagnostic.h"
#include "diagram/diagram.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace ae::diagram::structurizr {

// The reader's messages, in one translation context (structurizrparser.cpp).
QString tr(const char *text);
// A tag list as written ("Database, External") -> its tags, trimmed, empties dropped.
QStringList splitTags(const QString &tags);

struct Token
{
    QString text;
    bool quoted = false;
    SourceLocation pos;
};

// One line of the DSL (continuations joined), as tokens. A statement from an included file is placed at the
// `!include` line, and `origin` names where it really is ("model.dsl:3:5").
struct Statement
{
    QVector<Token> tokens;
    SourceLocation pos;
    QString origin;
};

struct Diag
{
    Diagnostics *out;
    void add(Diagnostic::Severity s, const Statement &st, const SourceLocation &at, const QString &message,
             const QString &hint = {});
};

// Splits `text` into statements; `!include` is replaced by the statements of the named file or folder,
// which must be inside `rootDir` (empty rootDir: no include is read).
QVector<Statement> lex(const QString &text, const QString &filePath, const QString &rootDir,
                       Diagnostics *out);

struct Element
{
    QString id;
    QString type; // person, softwareSystem, container, component, deploymentNode, infrastructureNode,
                  // softwareSystemInstance, containerInstance, environment, group
    QString name, description, technology, url;
    QStringList tags;
    QString parent; // the enclosing element, group or environment id
    QString ref;    // instances: the element deployed
    QString environment;
    SourceLocation pos;
    bool external = false;
};

struct Relationship
{
    QString from, to, description, technology;
    QStringList tags;
    SourceLocation pos;
};

struct StyleRule
{
    QString tag;
    QMap<QString, QString> properties; // lower-case name -> value
    SourceLocation pos;
};

struct Workspace
{
    QString name;
    QVector<Element> elements; // parents before children
    QHash<QString, int> index; // id -> position in elements
    QVector<Relationship> relationships;
    QVector<StyleRule> elementStyles, relationshipStyles;
    QVector<View> views;
    bool impliedRelationships = true;
};

enum class Ctx {
    Root,
    Workspace,
    Model,
    Element,
    Group,
    Environment,
    Views,
    View,
    Dynamic,
    Parallel,
    Styles,
    StyleRule,
    Archetypes,
    Archetype,
    Skip
};

// `archetypes { api = container { technology "Java" tag "API" } }`: a named element type with defaults.
struct Archetype
{
    QString type; // the element keyword it stands for (lower case) or another archetype
    QString description, technology;
    QStringList tags;
};

struct Frame
{
    Ctx ctx = Ctx::Root;
    QString element; // Element, Group, Environment: its id
    int view = -1;   // View, Dynamic, Parallel: index in Workspace::views
    bool relationshipStyle = false;
    int style = -1;
    int sequences = 0; // Parallel: inner sequences opened so far
    Statement opened;
};

// A relationship or instance whose identifiers are resolved once the whole model is read.
struct Pending
{
    Statement st;
    QString from, to; // raw identifiers ("" from: the enclosing element)
    QStringList args;
    QString context; // the enclosing element
    bool instance = false;
    int element = -1; // instance: index in elements
};

// Statements -> workspace. The model in structurizrparser.cpp, views and styles in structurizrviews.cpp.
class Parser
{
public:
    explicit Parser(Diagnostics *out) : m_diag{out} {}
    Workspace run(const QVector<Statement> &statements);

private:
    Workspace m_ws;
    Diag m_diag;
    QVector<Frame> m_stack;
    QVector<Pending> m_pending;
    bool m_hierarchical = false;
    QHash<QString, QString> m_constants;
    QSet<QString> m_warned;
    QSet<QString> m_usedIds;
    QHash<QString, QString> m_lowerIds;     // lower-case identifier -> id (identifiers ignore case)
    QHash<QString, Archetype> m_archetypes; // lower-case name -> archetype
    QHash<QString, std::pair<QString, QString>> m_relationshipIds; // lower-case id -> (from, to) raw
    QString m_archetype;                                           // the archetype being defined
    bool m_markParallel = false;

    // structurizrparser.cpp
    void statement(Statement st);
    void modelStatement(const Statement &st, const QVector<Token> &t, bool opens);
    bool elementStatement(const Statement &st, const QVector<Token> &t, bool opens);
    bool relationshipStatement(const Statement &st, const QVector<Token> &t, bool opens);
    bool bodyStatement(const Statement &st, const QVector<Token> &t, bool opens);
    bool directive(const Statement &st, const QVector<Token> &t, bool opens);
    void push(Ctx ctx, const Statement &st, const QString &element = {});
    void skipBlock(const Statement &st, bool opens);
    QString enclosingElement() const; // innermost element/group/environment id ("" in the model)
    QString structuralParent() const; // innermost element or environment id, groups skipped
    QString newId(const QString &assigned, const QString &name, const QString &parent);
    int addElement(Element e);
    void resolvePending();
    QString resolve(const QString &raw, const QString &context, const Statement &st,
                    const SourceLocation &at);
    void error(const Statement &st, const SourceLocation &at, const QString &message,
               const QString &hint = {});
    void warnOnce(const QString &what, const Statement &st, const SourceLocation &at, const QString &message,
                  const QString &hint = {});
    void unexpected(const Statement &st, const Token &t, const QStringList &expected, bool opens);

    void archetypeStatement(const Statement &st, const QVector<Token> &t, bool opens);

    // structurizrviews.cpp
    void viewsStatement(const Statement &st, const QVector<Token> &t, bool opens);
    void viewBodyStatement(const Statement &st, const QVector<Token> &t, bool opens);
    void dynamicStatement(const Statement &st, const QVector<Token> &t, bool opens);
    void stylesStatement(const Statement &st, const QVector<Token> &t, bool opens);
    QVector<ViewSelector> selectors(const Statement &st, const QVector<Token> &t, const View &view);
    bool drawnAsGroup(const QString &id) const;
    void collapseFor(View *view) const;
};
// Workspace -> Diagram (structurizremit.cpp).
Diagram emitWorkspace(const Workspace &ws, Diagnostics *out);

inline constexpr int kMaxStructurizrElements = 50000;

} // namespace ae::diagram::structurizr

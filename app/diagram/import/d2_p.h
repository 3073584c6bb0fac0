// SPDX-License-Identifier: MIT
// Internals of the D2 reader: the object tree the syntax tree is folded into (d2builder.cpp) and from which
// the Diagram is written (d2emit.cpp). D2 keys are case-insensitive; an object is a container when it has
// children.
#pragma once

#include "common/diagnostic.h"
#include "diagram/import/d2ast.h"
#include "diagram/parser.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <memory>
#include <vector>

namespace ae::diagram::d2 {

struct Attr
{
    QString value;
    SourceLocation pos;
    bool fromClass = false; // set by a class: the element's own value wins whatever the order
};

// What objects and connections share: a label and attributes by dotted name ("shape", "style.fill",
// "target-arrowhead.shape").
struct Target
{
    QMap<QString, Attr> attrs;
    bool labelSet = false;
    bool labelFromClass = false;
    QString label;
    QStringList classes;
};

struct Obj : Target
{
    QString name; // as first written
    Obj *parent = nullptr;
    std::vector<std::unique_ptr<Obj>> kids;
    QHash<QString, Obj *> byKey; // lower-case name -> child
    SourceLocation pos;
    int depth = 0;
    bool declared = false; // has a statement of its own (not only named by a connection)
    bool deleted = false;  // `x: null`
};

struct EdgeRec : Target
{
    Obj *from = nullptr;
    Obj *to = nullptr;
    Arrow arrow = Arrow::Forward;
    SourceLocation pos; // the target's place, like every connection in the model
    bool deleted = false;
};

// Warnings about constructs that are read but not drawn: one per construct, at its first use.
class Warner
{
public:
    explicit Warner(Diagnostics *diagnostics) : m_diagnostics(diagnostics) {}
    void once(const QString &construct, const SourceLocation &at, const QString &message,
              const QString &hint = {});
    void error(const SourceLocation &at, const QString &message, const QString &hint = {});
    Diagnostics *diagnostics() const { return m_diagnostics; }

private:
    Diagnostics *m_diagnostics;
    QSet<QString> m_warned;
};

// Writes the object tree as a Diagram: containers -> groups, the rest -> nodes (sql_table/class -> records),
// connections -> edges, shapes -> kinds, styles -> colours and line patterns (d2emit.cpp).
Diagram emitDiagram(const Obj &root, const std::vector<std::unique_ptr<EdgeRec>> &edges, Warner &warn);

inline constexpr int kMaxD2Elements = 50000;

} // namespace ae::diagram::d2

// SPDX-License-Identifier: MIT
// The syntax tree of a D2 file as d2parser.cpp reads it: maps of entries, each a key path or a chain of
// connections with an optional value and an optional nested map. Positions are 1-based line:column.
#pragma once

#include "diagram/diagram.h"

#include <QString>
#include <QVector>

#include <memory>

namespace ae::diagram::d2 {

struct Str
{
    enum class Quote { None, Double, Single, Block };
    QString text;
    SourceLocation pos;
    Quote quote = Quote::None;
    QString tag; // a block string's language: "md", "latex", "go"... (empty for |...|)
};

// `a.b.c`: the parts of a key, each with its place.
struct Path
{
    QVector<Str> parts;
    SourceLocation pos;
};

enum class Arrow { Forward, Backward, Both, None }; // -> <- <-> --

struct Map;

struct Value
{
    enum class Kind { Absent, Scalar, Null, Array, Import };
    Kind kind = Kind::Absent;
    Str scalar;         // Scalar; Import: the file named after `@`
    QVector<Str> items; // Array
    SourceLocation pos;
};

struct Entry
{
    SourceLocation pos;
    QVector<Path> ends;    // one path: a field; two or more: a chain of connections
    QVector<Arrow> arrows; // ends.size() - 1 of them
    bool edgeRef = false;  // `(a -> b)[0]...`
    int edgeIndex = 0;     // -1: `[*]`
    Path afterEdge;        // `(a -> b)[0].style.stroke`: style.stroke
    bool spread = false;   // `...@file` or `...${var}`
    Value value;
    std::shared_ptr<Map> map;
};

struct Map
{
    QVector<Entry> entries;
};

} // namespace ae::diagram::d2

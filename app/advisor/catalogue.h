// SPDX-License-Identifier: MIT
// The technology catalogue (content/technologies.json) as the advisor sees it: every entry keeps its JSON
// object so scoring rules can test any field by name ("dataModels", "operations.complexity") without code
// changes.
#pragma once

#include "common/diagnostic.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace ae::advisor {

struct Technology
{
    QString id;          // "postgresql"
    QString name;        // "PostgreSQL"
    QStringList aliases; // "Postgres", "PG"
    QString category;    // "relational", "graph", ...
    QString summary;
    QStringList strengths;
    QStringList weaknesses;
    QJsonObject fields; // the whole entry

    // The values of a (dotted) field as strings: a string gives one value, an array its items, a bool "true"
    // or "false", a number its text; a missing field gives none. E.g. values("operations.managedOffers").
    QStringList values(const QString &field) const;
    bool hasField(const QString &field) const;
    // Name and aliases, for matching mentions in case studies.
    QStringList names() const { return QStringList{name} + aliases; }
};

struct Catalogue
{
    QVector<Technology> technologies; // in file order
    const Technology *find(const QString &id) const;
};

// Parses technologies.json. Entries without an id or name are reported (with the entry's index) and skipped;
// duplicate ids are errors. Returns what could be read.
Catalogue parseCatalogue(const QByteArray &json, Diagnostics *diagnostics);

} // namespace ae::advisor

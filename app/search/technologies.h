// SPDX-License-Identifier: MIT
// The technology index: every technology of the catalogue (content/technologies.json) and of the diagrams'
// tech attributes, each with the sections, diagram nodes and metrics that involve it. Matching ignores case,
// diacritics and versions: "PostgreSQL 15", "postgres" and "Postgres" are all PostgreSQL.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::search {

struct CatalogueTechnology
{
    QString id;   // "postgresql"
    QString name; // "PostgreSQL"
    QStringList aliases;
    QString category; // "relational", "vector", ...; empty for technologies only seen in diagrams
    QString summary;
};

// Reads technologies.json ({"technologies": [{id, name, aliases, category, summary}, ...]}). On a syntax
// error returns nothing and says why in *error.
QVector<CatalogueTechnology> parseCatalogue(const QByteArray &json, QString *error = nullptr);

struct TechnologyUse
{
    enum class Kind { Section, DiagramNode, Metric };
    Kind kind = Kind::Section;
    QString docPath;
    QString docTitle;
    QString anchor; // the section to open
    QString sectionTitle;
    QString label;  // section title, node label ("Ledger nodes") or metric name
    QString detail; // node: the technology as written ("CockroachDB 23.2"); metric: its section
    QString key;    // node id / metric name
    int line = 0;
    int block = -1; // diagram nodes: index into the document's codeBlocks
};

struct Technology
{
    QString id;
    QString name;
    QString category; // empty when not in the catalogue
    QStringList aliases;
    QString summary;
    bool inCatalogue = false;
    QStringList writtenAs;       // the tech attributes seen in diagrams that resolved to it ("PostgreSQL 15")
    QVector<TechnologyUse> uses; // sections first, then diagram nodes, then metrics, each in library order
    QStringList documents() const; // distinct docPaths of uses, in order
};

class TechnologyIndex
{
public:
    // Catalogue technologies first (in catalogue order), then diagram-only technologies by name. Pure.
    static TechnologyIndex build(const QVector<content::Document> &documents,
                                 const QVector<CatalogueTechnology> &catalogue);

    const QVector<Technology> &technologies() const { return m_items; }
    // Index of the technology a name, alias, id or tech attribute refers to ("PostgreSQL 15" -> PostgreSQL);
    // -1 when none.
    int find(const QString &nameOrAttribute) const;

private:
    QVector<Technology> m_items;
    QHash<QString, int> m_byKey; // normalised name/alias/id -> index
};

// The tech attribute without its version: "PostgreSQL 15" -> "PostgreSQL", "Redis 7.2" -> "Redis",
// "CockroachDB v23.2" -> "CockroachDB".
QString stripVersion(const QString &technology);

} // namespace ae::search

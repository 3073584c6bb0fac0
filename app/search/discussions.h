// SPDX-License-Identifier: MIT
// Where a library discusses a diagram node: the sections whose heading or prose mention the node's label or
// its technology, best first. Behind "click a node in a diagram to see where the case study talks about it".
#pragma once

#include "search/snippet.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::search {

struct NodeSubject
{
    QString label; // the node's label as drawn (newlines allowed)
    QStringList
        technologyNames; // the tech attribute and what else it is called ("CockroachDB 23.2", "CRDB", ...)
};

// Where the diagram itself sits, so its own section can be told apart (it mentions every node by
// construction).
struct DiagramPlace
{
    QString docPath;
    int sectionIndex = -1; // into the document's md.sections
};

struct Discussion
{
    QString docPath;
    QString docTitle;
    QString anchor; // of the section
    QString sectionTitle;
    int line = 0;    // of the section's heading
    QString matched; // the first mention as written ("ledger service", "Kafka"), to find in the page
    Snippet snippet; // around the first mention, mentioned words highlighted
    int score = 0;   // label phrase 3 per mention, a technology name 2, the label's words near each other 1
    bool holdsDiagram = false;
};

// Sections of `documents` that mention the subject, highest score first (ties: in library order); a mention
// in a heading counts twice. Words are compared as search compares them (case, accents and plurals ignored).
// Names of one or two letters without a digit ("PG", "ES") are ignored: they match too much. Pure; at most
// `limit` results.
QVector<Discussion> findDiscussions(const QVector<const content::Document *> &documents,
                                    const NodeSubject &subject, const DiagramPlace &place = {},
                                    int limit = 12);

} // namespace ae::search

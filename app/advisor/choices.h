// SPDX-License-Identifier: MIT
// "Compare choices": selected case studies against the technologies they use (from front matter, named as in
// the catalogue when it knows them), and each study's trade-offs table, ready to show side by side.
#pragma once

#include <QStringList>
#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::advisor {

struct Catalogue;

struct ChoiceRow
{
    QString technology; // catalogue name ("Redis"), else the entry without its version
    QString id;         // catalogue id, empty when the catalogue does not know it
    QString category;   // catalogue category, empty when unknown
    QStringList
        usedAs; // parallel to ChoiceMatrix::studies: the entry as written ("Redis 7"), empty when unused
    int usedBy() const; // how many of the studies use it
};

struct ChoiceMatrix
{
    QStringList studies; // paths, in the order given
    QStringList studyTitles;
    QVector<ChoiceRow> rows; // most shared first, then by name
};

struct TradeOffTable
{
    QString path;
    QString title;        // the study's title
    QString sectionTitle; // "Trade-offs Made"
    QString anchor;
    QStringList header;
    QVector<QStringList> rows;
};

// Documents whose front matter lists `technologies:` (the case studies), in library order.
QVector<const content::Document *> caseStudies(const QVector<content::Document> &documents);

ChoiceMatrix buildChoiceMatrix(const QVector<const content::Document *> &studies, const Catalogue &catalogue);

// The tables in sections whose title starts with "Trade-off" (any case, "Tradeoffs" too); empty when none.
QVector<TradeOffTable> tradeOffTables(const content::Document &document);

} // namespace ae::advisor

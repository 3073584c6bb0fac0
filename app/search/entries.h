// SPDX-License-Identifier: MIT
// What search finds: one entry per document title, section, diagram node, technology used in a diagram and
// metric, each knowing where it lives (document, section anchor, line) so a hit is one click from its place.
#pragma once

#include <QString>
#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::search {

enum class EntryKind { Title, Section, DiagramNode, Technology, Metric };

struct Entry
{
    EntryKind kind = EntryKind::Section;
    QString docPath; // library-relative
    QString docTitle;
    QString anchor; // heading slug of the section holding it (empty: top of the document)
    QString sectionTitle;
    QString heading; // the boosted field: title, heading, node label (+ technology), technology, metric name
    QString text;    // the body field: section prose, node note and diagram title, metric source
    QString key;     // node id, technology as written, metric name
    int line = 0;    // 1-based line in the document
    int block = -1;  // diagram entries: index into the document's codeBlocks
};

// Every entry of one document, in document order. Pure and thread-safe. Diagrams are the "arch" code blocks;
// metrics come from the Performance Metrics section (metrics::extractMetrics).
QVector<Entry> entriesForDocument(const content::Document &doc);

} // namespace ae::search

// SPDX-License-Identifier: MIT
// Evidence for a technology: where the library's case studies used it — the sections that discuss it, the
// diagram nodes built on it and the metrics that name it — each pointing at a document and section anchor to
// open.
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::advisor {

struct Catalogue;
struct Technology;

struct EvidenceItem
{
    enum class Kind { Section, DiagramNode, Metric };
    Kind kind = Kind::Section;
    QString path; // library-relative document path
    QString documentTitle;
    QString anchor; // heading anchor to open (may be empty: top of the document)
    QString sectionTitle;
    QString text; // the section title, "node label (technology)" or "metric: value unit"
    int line = 0;
};

// technology id -> evidence, documents in library order; within a document sections, then nodes, then
// metrics.
using EvidenceIndex = QHash<QString, QVector<EvidenceItem>>;

// Only documents whose front matter `technologies:` lists a technology (by name or alias, version ignored)
// count as using it; in them, a section counts when its title or text names the technology as a whole word, a
// diagram node when its `tech:` does, a metric when its name or source does. A study whose metrics never name
// it still gives one Metric item pointing at its metrics table. Each technology's list holds no repeated
// item.
EvidenceIndex buildEvidence(const QVector<content::Document> &documents, const Catalogue &catalogue);

// Drops every item that repeats an earlier one: same kind, document, anchor and text (a diagram drawing one
// box per region gives several nodes with the same label under one section; the list shows them once). Keeps
// the order.
void removeRepeatedEvidence(QVector<EvidenceItem> *items);

// True when `text` names the technology (name or alias) as a whole word; aliases of three letters or fewer
// ("PG") must match case.
bool mentions(const Technology &technology, const QString &text);

} // namespace ae::advisor

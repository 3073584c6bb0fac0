// SPDX-License-Identifier: MIT
// Checks a library of case studies against the collection's rules (content/guide/writing-case-studies.md):
// the eight sections in order, front matter, diagrams that parse, a metrics table that parses, links that
// resolve.
#pragma once

#include "common/diagnostic.h"

#include <QStringList>
#include <QVector>

namespace ae::content {
class Library;
struct Document;
} // namespace ae::content

namespace ae::cli {

struct LintFinding
{
    QString path; // library-relative document path
    Diagnostic diagnostic;
};

// The level-2 sections every case study has, in this order.
const QStringList &caseStudySections();

// The front matter keys every case study fills in.
const QStringList &requiredFrontMatter();

// A document is a case study when it lives under case-studies/ or its front matter names a domain other than
// "overview" or "guide".
bool isCaseStudy(const content::Document &doc);

// Every finding for every document, in library order then source order. References to documents outside the
// library are notes (the overview links to tutorials we do not ship), not errors. The architecture checks of
// every diagram block are notes too, unless checksAtRuleSeverity gives them their rule's severity (`lint
// --checks`).
QVector<LintFinding> lintLibrary(const content::Library &library, bool checksAtRuleSeverity = false);

} // namespace ae::cli

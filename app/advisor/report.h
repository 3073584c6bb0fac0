// SPDX-License-Identifier: MIT
// A recommendation as a Markdown report: the answers, conflicts, then the top technologies with their
// per-factor points, reasons and evidence (links relative to the library root).
#pragma once

#include "advisor/advisor.h"

namespace ae::advisor {

struct ReportOptions
{
    int top = 5;         // how many technologies get a full entry
    int maxEvidence = 8; // evidence items listed per technology
};

QString recommendationMarkdown(const Rules &rules, const Requirements &requirements,
                               const Recommendation &recommendation, const ReportOptions &options = {});

// Writes the report atomically (QSaveFile): on failure the target is untouched and *error says why.
bool exportMarkdown(const QString &path, const Rules &rules, const Requirements &requirements,
                    const Recommendation &recommendation, QString *error, const ReportOptions &options = {});

} // namespace ae::advisor

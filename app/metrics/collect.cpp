// SPDX-License-Identifier: MIT
// Runs the extractor over every document of a library (pure: callable from a worker thread).
#include "collect.h"

#include "content/library.h"
#include "metrics/extract.h"

namespace ae::metrics {

LibraryMetrics collectMetrics(const QVector<content::Document> &documents)
{
    LibraryMetrics out;
    for (const content::Document &doc : documents) {
        const Extraction ex = extractMetrics(doc.md, doc.path, doc.title);
        if (!ex.hasSection)
            continue;
        out.studies.append(doc.path);
        out.studyTitles.append(doc.title);
        out.metrics += ex.metrics;
        for (const Diagnostic &d : ex.diagnostics)
            out.diagnostics.append(FileDiagnostic{doc.path, d});
    }
    return out;
}

} // namespace ae::metrics

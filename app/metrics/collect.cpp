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
        // A guide may explain the section without being a case study: outside case-studies/ only a document whose
        // section has a metrics table counts.
        const bool inCaseStudies = doc.path.startsWith(QLatin1String("case-studies/")) ||
                                   doc.path.contains(QLatin1String("/case-studies/"));
        if (!ex.hasSection || (ex.metrics.isEmpty() && !inCaseStudies))
            continue;
        out.studies.append(doc.path);
        out.studyTitles.append(doc.title);
        out.metrics += ex.metrics;
        for (const Diagnostic &d : ex.diagnostics)
            out.diagnostics.append(FileDiagnostic{doc.path, d});
    }
    return out;
}

int findStudy(const LibraryMetrics &data, const QString &name)
{
    const QString want = name.trimmed();
    for (int i = 0; i < data.studies.size(); ++i) {
        const QString &path = data.studies.at(i);
        const QString file = path.section(u'/', -1);
        const QString base = file.endsWith(QLatin1String(".md")) ? file.chopped(3) : file;
        for (const QString &candidate : {path, file, base, data.studyTitles.at(i)})
            if (candidate.compare(want, Qt::CaseInsensitive) == 0)
                return i;
    }
    return -1;
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Runs the extractor over every document of a library (pure: callable from a worker thread).
#include "collect.h"

#include "content/library.h"
#include "metrics/extract.h"

#include <QRegularExpression>

namespace ae::metrics {

LibraryMetrics collectMetrics(const QVector<content::Document> &documents, const MeasureCatalog &catalog)
{
    LibraryMetrics out;
    out.catalog = catalog;
    for (const content::Document &doc : documents) {
        const Extraction &ex = doc.metrics;
        // A guide may explain the section without being a case study: outside case-studies/ only a document
        // whose section has a metrics table counts.
        const bool inCaseStudies = doc.path.startsWith(QLatin1String("case-studies/")) ||
                                   doc.path.contains(QLatin1String("/case-studies/"));
        if (!ex.hasSection || (ex.metrics.isEmpty() && !inCaseStudies))
            continue;
        out.studies.append(doc.path);
        out.studyTitles.append(doc.title);
        const QString shortName = doc.md.frontMatter.value(QStringLiteral("short")).trimmed();
        out.shortNames.append(shortName.isEmpty() ? derivedShortName(doc.path) : shortName);
        out.metrics += ex.metrics;
        for (const Diagnostic &d : ex.diagnostics)
            out.diagnostics.append(FileDiagnostic{doc.path, d});
    }
    QVector<MeasureDiagnostic> unmapped;
    assignMeasures(out.metrics, catalog, &unmapped);
    for (const MeasureDiagnostic &d : unmapped)
        out.diagnostics.append(FileDiagnostic{d.path, d.diagnostic});
    return out;
}

QString derivedShortName(const QString &path)
{
    QString base = path.section(u'/', -1);
    if (base.endsWith(QLatin1String(".md")))
        base.chop(3);
    QStringList words = base.split(QRegularExpression(QStringLiteral("[-_ ]+")), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (w.size() <= 2)
            w = w.toUpper(); // "ai", "ml", "db"
        else if (i == 0)
            w[0] = w[0].toUpper();
    }
    return words.join(u' ');
}

QString LibraryMetrics::shortName(const QString &studyPath) const
{
    const int i = studies.indexOf(studyPath);
    return i >= 0 ? shortNames.value(i) : derivedShortName(studyPath);
}

QString LibraryMetrics::title(const QString &studyPath) const
{
    const int i = studies.indexOf(studyPath);
    return i >= 0 ? studyTitles.value(i) : studyPath;
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

// SPDX-License-Identifier: MIT
// The metrics of a whole library. A case study is a document under case-studies/ with a Performance Metrics
// section, or any document whose Performance Metrics section has a metrics table.
#pragma once

#include "common/diagnostic.h"
#include "metrics/measure.h"
#include "metrics/metric.h"

#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::metrics {

struct FileDiagnostic
{
    QString path; // library-relative
    Diagnostic diagnostic;
};

struct LibraryMetrics
{
    Metrics metrics;         // every row of every case study, in library order
    QStringList studies;     // paths of documents with a metrics section, in library order
    QStringList studyTitles; // parallel to studies
    QStringList shortNames;  // parallel to studies: front matter `short:`, else derived from the file name
    QVector<FileDiagnostic> diagnostics;
    MeasureCatalog catalog; // the vocabulary every row's measure comes from

    QString shortName(const QString &studyPath) const;
    QString title(const QString &studyPath) const;
};

// Every case study's metrics (read once per document at load: content::Document::metrics), each row given its
// measure from `catalog`. Rows that map to no measure keep an empty Metric::measure and add a diagnostic.
LibraryMetrics collectMetrics(const QVector<content::Document> &documents, const MeasureCatalog &catalog);

// "ai-ml-platform.md" -> "AI ML platform"; what a study is called where its title does not fit.
QString derivedShortName(const QString &path);

// Index into studies of a study named by its path, its file name with or without ".md", or its title
// (case-insensitive); -1 when none matches.
int findStudy(const LibraryMetrics &data, const QString &name);

} // namespace ae::metrics

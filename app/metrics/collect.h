// SPDX-License-Identifier: MIT
// The metrics of a whole library. A case study is a document under case-studies/ with a Performance Metrics section,
// or any document whose Performance Metrics section has a metrics table.
#pragma once

#include "common/diagnostic.h"
#include "metrics/metric.h"

#include <QVector>

namespace ae::content {
struct Document;
}

namespace ae::metrics {

struct FileDiagnostic {
    QString path; // library-relative
    Diagnostic diagnostic;
};

struct LibraryMetrics {
    Metrics metrics;          // every row of every case study, in library order
    QStringList studies;      // paths of documents with a metrics section, in library order
    QStringList studyTitles;  // parallel to studies
    QVector<FileDiagnostic> diagnostics;
};

LibraryMetrics collectMetrics(const QVector<content::Document> &documents);

// Index into studies of a study named by its path, its file name with or without ".md", or its title
// (case-insensitive); -1 when none matches.
int findStudy(const LibraryMetrics &data, const QString &name);

} // namespace ae::metrics

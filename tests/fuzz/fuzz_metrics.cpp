// SPDX-License-Identifier: MIT
// libFuzzer target: everything that reads a metrics table written by hand. The input is used three ways: as
// one cell (the value and unit parsers), as a whole document (extraction, the Measure column, measure
// assignment with the bundled vocabulary, the derived-number checks, the Compare matrix and the request each
// latency row names) and as a derived-number formula.
#include "content/library.h"
#include "metrics/collect.h"
#include "metrics/derived.h"
#include "metrics/matrix.h"
#include "metrics/request.h"
#include "metrics/unit.h"
#include "metrics/value.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ae::metrics::MeasureCatalog catalog = ae::metrics::MeasureCatalog::forLibrary({});
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    (void)ae::metrics::parseValue(text, &error);
    (void)ae::metrics::parseUnit(text, &error);
    (void)ae::metrics::parseMeasureText(text);

    ae::content::Document doc;
    doc.path = QStringLiteral("case-studies/fuzz.md");
    doc.source = text;
    ae::content::analyse(doc);
    const ae::metrics::LibraryMetrics collected = ae::metrics::collectMetrics({doc}, catalog);
    (void)ae::metrics::buildMatrix(collected, {}, 1);
    for (const ae::metrics::Metric &m : doc.metrics.metrics)
        (void)ae::metrics::requestOf(m);
    ae::metrics::Metric named;
    named.name = text;
    (void)ae::metrics::requestOf(named);
    (void)ae::metrics::checkDerived(doc.metrics, doc.source);
    int offset = 0;
    (void)ae::metrics::evaluateFormula(text, doc.metrics.metrics, &error, &offset);
    return 0;
}

// SPDX-License-Identifier: MIT
// Checks the derived numbers of a metrics section: each formula is recomputed from the metrics table and must
// give the stated value (within 3 %), and the value must be stated in the document's prose, so a table value
// changed without its prose (or the other way round) is reported.
#pragma once
#include "common/diagnostic.h"
#include "metrics/extract.h"

#include <optional>

namespace ae::metrics {

// Evaluates `formula` (numbers, + - * /, parentheses, {Metric name} and {Metric name:baseline}) against
// `rows`. On failure returns nothing and sets `error` and `errorOffset` (0-based, in `formula`).
std::optional<double> evaluateFormula(const QString &formula, const Metrics &rows, QString *error = nullptr,
                                      int *errorOffset = nullptr);

// Warnings for every derived number whose formula fails, disagrees with its value by more than 3 %, or whose
// value is not written anywhere in `source`'s prose (lines outside tables and code fences).
Diagnostics checkDerived(const Extraction &extraction, const QString &source);

} // namespace ae::metrics

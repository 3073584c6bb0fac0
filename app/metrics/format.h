// SPDX-License-Identifier: MIT
// Numbers for people: values in a dimension's canonical unit turned into the text a reader expects ("28 ms",
// "3.5k payments/s", "99.999 % (5 min/yr)", "22 TB", "$690k/month", "2.5x"). One place for every chart,
// matrix, table and export.
#pragma once
#include "metrics/metric.h"

namespace ae::metrics {

// Up to `significant` significant digits, trailing zeros dropped, k/M/B/T above 10,000 ("3.5k", "170k",
// "46B", "0.051", "1,400" stays "1.4k").
QString humanNumber(double v, int significant = 3);

// A duration given in milliseconds, in the unit that reads best ("450 µs", "28 ms", "4.1 s", "35 min", "4.4
// h", "3 days").
QString formatDuration(double ms);

// Minutes of downtime a year that an availability allows ((100 − a) % of 525,960 minutes).
double downtimeMinutesPerYear(double availabilityPercent);
// "Nines" of an availability: −log10(1 − a/100) (99.9 → 3, 99.95 → 3.3).
double nines(double availabilityPercent);

// A value in the canonical unit of `unit.dimension`, formatted with its unit. `availability` adds the yearly
// downtime to percentages ("99.95 % (4.4 h/yr)").
QString formatQuantity(double canonical, const Unit &unit, bool availability = false);

// A metric's value as a reader should see it: formatQuantity of the normalised value, decorated as written
// ("<10 units", "~35 s", "2–5 ms"); "missing" / "unreadable" when there is no number.
QString formatValue(const Metric &metric, const Value &value, bool availability = false);

// An improvement factor: two significant digits and an x ("0.3x", "2.5x", "12x", "140x").
QString formatFactor(double factor);

} // namespace ae::metrics

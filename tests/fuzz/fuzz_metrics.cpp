// SPDX-License-Identifier: MIT
// libFuzzer target: the metrics value and unit parsers (table cells written by hand).
#include "metrics/unit.h"
#include "metrics/value.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    (void)ae::metrics::parseValue(text, &error);
    (void)ae::metrics::parseUnit(text, &error);
    return 0;
}

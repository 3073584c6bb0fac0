// SPDX-License-Identifier: MIT
// libFuzzer target: DOT import (cgraph's parser plus our mapping of labels, records, clusters and
// attributes).
#include "diagram/import/import.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = ae::diagram::decodeDiagramBytes(bytes, ae::diagram::DiagramFormat::Dot);
    (void)ae::diagram::parseAnyDiagram(text, ae::diagram::DiagramFormat::Dot);
    return 0;
}

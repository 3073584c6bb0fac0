// SPDX-License-Identifier: MIT
// libFuzzer target: the hand-written D2 reader (imported diagrams).
#include "diagram/import/import.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)ae::diagram::parseAnyDiagram(text, ae::diagram::DiagramFormat::D2);
    return 0;
}

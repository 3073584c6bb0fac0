// SPDX-License-Identifier: MIT
// libFuzzer target: the .arch parser and the syntax highlighter's tokenizer must survive any bytes.
#include "diagram/lexer.h"
#include "diagram/parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ae::diagram::ParseResult result = ae::diagram::parseArch(text);
    for (const ae::Diagnostic &d : result.diagnostics) {
        // Every location must be inside the input (or 0 = whole input).
        if (d.line < 0 || d.column < 0)
            __builtin_trap();
    }
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        (void)ae::diagram::highlightTokens(line);
    return 0;
}

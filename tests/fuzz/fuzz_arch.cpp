// SPDX-License-Identifier: MIT
// libFuzzer target: the .arch parser, the syntax highlighter's tokenizer and the architecture checks (rules,
// paths and budgets over whatever model the parser made of the bytes) must survive any bytes.
#include "diagram/checks/check.h"
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
    const ae::diagram::checks::CheckReport report = ae::diagram::checks::checkDiagram(result.diagram);
    for (const ae::diagram::checks::Finding &f : report.findings)
        if (f.diagnostic.line < 0 || f.diagnostic.column < 0)
            __builtin_trap();
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        (void)ae::diagram::highlightTokens(line);
    return 0;
}

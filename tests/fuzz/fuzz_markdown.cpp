// SPDX-License-Identifier: MIT
// libFuzzer target: our Markdown post-processing (front matter, anchors, sections, tables, diagram blocks, HTML).
#include "markdown/markdown.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ae::markdown::MarkdownDocument doc = ae::markdown::parse(text);
    // Raw HTML must never reach the output as markup.
    if (doc.html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap();
    for (const ae::markdown::CodeBlock &block : doc.codeBlocks)
        if (block.line <= 0)
            __builtin_trap();
    return 0;
}

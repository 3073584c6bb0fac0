// SPDX-License-Identifier: MIT
// The Markdown pipeline's entry point: text in, our own MarkdownDocument out (the only caller of cmark-gfm).
#pragma once

#include "markdown/markdowndocument.h"

#include <QString>

namespace ae::markdown {

// Parses GitHub-flavoured Markdown (tables, strikethrough, autolink, task lists, footnotes) into a
// MarkdownDocument. Contract:
// - A leading front matter block ("---" on line 1, "key: value" lines, "---") fills frontMatter (keys
// lower-case)
//   and is blanked out before cmark sees the text, so every line/column stays true to the original file.
// - html is safe for QTextBrowser: cmark-gfm's unsafe option is never passed; raw HTML blocks/inlines go
// through the
//   allowlist (htmlallow.h: allowed elements shown, everything else escaped, comments hidden); a block with
//   nothing allowed in it is a <pre class="rawhtml"> listing; <del> becomes <s>; task list items start with
//   ☑/☐; footnotes follow an <hr class="footnotes"/> in a <div class="footnotes"> (<li id="fn-N">, back-links
//   to id="fnref-N"); GitHub's :emoji: shortcodes are Unicode outside code; headings carry <a name="anchor">
//   with unique GitHub slugs; a fenced block whose info is arch|dot|mermaid becomes <p class="diagram"><a
//   href="diagram:N"><img src="diagram:N"/></a></p> (N = index in codeBlocks).
// - Never crashes or hangs on any input (NUL bytes, pathological nesting); thread-safe (may run off the UI
// thread).
MarkdownDocument parse(const QString &text);

// GitHub-style anchor for a heading: lower-case, punctuation dropped (except '-' and '_'), spaces to '-'.
// "Trade-offs Made" -> "trade-offs-made", "Performance Metrics (2024)" -> "performance-metrics-2024".
// Uniqueness ("x", "x-1", "x-2") is parse()'s job, not this function's.
QString slugify(const QString &heading);

// True for the info words whose blocks are drawn as diagrams: "arch", "dot", "mermaid", "d2", "structurizr".
bool isDiagramInfo(const QString &info);

} // namespace ae::markdown

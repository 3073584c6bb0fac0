// SPDX-License-Identifier: MIT
// Private to ae_markdown: the node rewrites that only change how the reader shows a document (its extracted
// data stays as parsed): caps on what Qt lays out slowly, code blocks as padded highlighted boxes, numeric
// table columns right-aligned, and the HTML adjustments QTextBrowser needs.
#pragma once

#include "markdown/markdowndocument.h"

#include <cmark-gfm.h>

namespace ae::markdown {

// Nesting beyond 16 levels of one kind loses its wrappers; tables keep their first 5,000 rows and a sentence.
void capForDisplay(cmark_node *root);
// Every code block that is not a diagram becomes a highlighted box with a Copy link (index in
// doc.codeBlocks).
void dressCodeBlocks(cmark_node *root, const MarkdownDocument &doc);
// Columns of numbers are right-aligned unless the table says otherwise.
void dressTables(cmark_node *root);
// What QTextBrowser cannot show as cmark writes it (del, task boxes, the footnotes section).
QString adaptHtmlForQt(QString html);

} // namespace ae::markdown

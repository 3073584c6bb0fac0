// SPDX-License-Identifier: MIT
// Private to ae_markdown: owning pointers for cmark-gfm objects and the small node helpers every cmark walker
// uses.
#pragma once

#include <QString>

#include <cmark-gfm.h>

#include <memory>

namespace ae::markdown {

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

void ensureExtensions();
QString str(const char *s);
bool isType(cmark_node *node, const char *typeString);
// Plain text of an inline subtree: text and code literals, breaks as spaces, an inline image tag's alt text.
QString plainText(cmark_node *node);

} // namespace ae::markdown

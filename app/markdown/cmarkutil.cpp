// SPDX-License-Identifier: MIT
#include "markdown/cmarkutil_p.h"

#include "markdown/htmlallow.h"

#include <cmark-gfm-core-extensions.h>

namespace ae::markdown {

void ensureExtensions()
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    (void)registered;
}

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

bool isType(cmark_node *node, const char *typeString)
{
    const char *t = cmark_node_get_type_string(node);
    return t && qstrcmp(t, typeString) == 0;
}

// Plain text of an inline subtree: text and code literals, breaks as spaces.
QString plainText(cmark_node *node)
{
    QString out;
    IterPtr iter(cmark_iter_new(node));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *cur = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(cur)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += str(cmark_node_get_literal(cur));
            break;
        case CMARK_NODE_HTML_INLINE: // a tag: its image's alt text, if any ("<code>" and "</b>" are no text)
            out += htmlAltText(str(cmark_node_get_literal(cur)));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return out.simplified();
}

} // namespace ae::markdown

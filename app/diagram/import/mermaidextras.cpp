// SPDX-License-Identifier: MIT
// Mermaid's interactions and decorations: `click` (a URL becomes the node's link), KaTeX math and Font
// Awesome icon prefixes (kept readable, with a warning).
#include "diagram/import/mermaid_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::diagram::mermaid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Mermaid", text);
}
} // namespace

// `click ID "https://..." "tooltip"`, `click ID href "..."`, `click ID call fn()`: a URL becomes the node's
// link, the tooltip its note; strings may run over line ends.
void Parser::parseClick(qsizetype at)
{
    skipBlanks();
    const QString id = readWord();
    QStringList strings;
    bool callback = false;
    while (!atEnd() && peek() != u'\n' && peek() != u';') {
        if (peek() == u'"') {
            const qsizetype close = m_text.indexOf(u'"', m_pos + 1);
            if (close < 0) {
                error(m_pos, tr("string in `click` is never closed"), tr("add the closing `\"`"));
                m_pos = m_text.size();
                return;
            }
            strings << m_text.mid(m_pos + 1, close - m_pos - 1);
            m_pos = close + 1;
            continue;
        }
        const QString word = readWord();
        if (word.isEmpty())
            ++m_pos;
        else if (word == u"call" || (strings.isEmpty() && word != u"href"))
            callback = true;
    }
    const int index = m_nodeIndex.value(id, -1);
    const QString url = strings.value(0);
    if (!callback && index >= 0 && (url.startsWith(u"http://") || url.startsWith(u"https://"))) {
        Node &node = m_result.diagram.nodes[index];
        node.link = url;
        if (strings.size() > 1)
            node.note = strings[1].simplified();
        return;
    }
    warning(at, tr("`click` callbacks, local links and links on unknown nodes are ignored"),
            tr("use a node `link` in .arch instead"));
}

// KaTeX (`$$x^2$$`) and Font Awesome prefixes (`fa:fa-car`) have no drawing here: the text stays readable
// (math as its source, icons dropped) with one warning each where first used.
void Parser::tidyLabels()
{
    static const QRegularExpression icon(QStringLiteral("\\bfa[bsrlk]?:fa-[\\w-]+\\s*"));
    bool warnedMath = false, warnedIcon = false;
    auto tidy = [&](QString *label, const SourceLocation &at) {
        if (label->contains(QStringLiteral("$$"))) {
            label->remove(QStringLiteral("$$"));
            if (!warnedMath)
                m_result.diagnostics.append({Diagnostic::Severity::Warning,
                                             at.line,
                                             at.column,
                                             tr("KaTeX math is shown as its source text"),
                                             {}});
            warnedMath = true;
        }
        if (label->contains(icon)) {
            label->remove(icon);
            *label = label->trimmed();
            if (!warnedIcon)
                m_result.diagnostics.append(
                    {Diagnostic::Severity::Warning,
                     at.line,
                     at.column,
                     tr("Font Awesome icons (`fa:`) are not drawn; the label's text is kept"),
                     {}});
            warnedIcon = true;
        }
    };
    for (Node &n : m_result.diagram.nodes)
        tidy(&n.label, n.location);
    for (Edge &e : m_result.diagram.edges)
        tidy(&e.label, e.location);
    for (Group &g : m_result.diagram.groups)
        tidy(&g.label, g.location);
}

} // namespace ae::diagram::mermaid

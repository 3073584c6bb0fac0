// SPDX-License-Identifier: MIT
// Structurizr DSL identifiers: a name as written (flat or hierarchical, `this`) resolved to its element once
// the whole model is read, and the relationships and instances that waited for that.
#include "diagram/import/structurizr_p.h"
#include "diagram/kinds.h"
#include "diagram/parser.h"

#include <QCoreApplication>

namespace ae::diagram {

namespace structurizr {

QString Parser::resolve(const QString &raw, const QString &context, const Statement &st,
                        const SourceLocation &at)
{
    if (raw == u"this") {
        if (!context.isEmpty())
            return context;
        error(st, at, tr("`this` is only meaningful inside an element's block"));
        return {};
    }
    if (m_ws.index.contains(raw))
        return raw;
    if (const QString id = m_lowerIds.value(raw.toLower()); !id.isEmpty())
        return id;
    // Hierarchical identifiers may be written relative to the enclosing elements.
    for (QString c = context; !c.isEmpty();) {
        const QString candidate = c + u'.' + raw;
        if (const QString id = m_lowerIds.value(candidate.toLower()); !id.isEmpty())
            return id;
        const int dot = c.lastIndexOf(u'.');
        c = dot < 0 ? QString() : c.left(dot);
    }
    // Flat identifiers of elements nested in hierarchical mode ("wa" for "ss.wa") when unambiguous.
    QString found;
    for (const Element &e : m_ws.elements)
        if (e.id.endsWith(u'.' + raw, Qt::CaseInsensitive)) {
            if (!found.isEmpty())
                return error(st, at, tr("identifier `%1` is ambiguous").arg(raw),
                             tr("write the full identifier")),
                       QString();
            found = e.id;
        }
    if (!found.isEmpty())
        return found;
    const QString near = suggestion(raw, m_ws.index.keys());
    error(st, at, tr("unknown identifier `%1`").arg(raw),
          near.isEmpty() ? tr("assign it first, as in `%1 = softwareSystem \"Name\"`").arg(raw)
                         : tr("did you mean `%1`?").arg(near));
    return {};
}

void Parser::resolvePending()
{
    for (const Pending &p : m_pending) {
        const QVector<Token> &t = p.st.tokens;
        const SourceLocation at = t.isEmpty() ? p.st.pos : t.first().pos;
        if (p.instance) {
            const QString ref = resolve(p.to, p.context, p.st, at);
            if (ref.isEmpty())
                continue;
            Element &e = m_ws.elements[p.element];
            const Element &target = m_ws.elements[m_ws.index.value(ref)];
            e.ref = ref;
            e.name = target.name;
            e.technology = target.technology;
            e.description = target.description;
            continue;
        }
        const QString from = resolve(p.from, p.context, p.st, at);
        const QString to = resolve(p.to, p.context, p.st, at);
        if (from.isEmpty() || to.isEmpty())
            continue;
        Relationship r;
        r.from = from;
        r.to = to;
        r.description = p.args.value(0);
        r.technology = p.args.value(1);
        r.tags = QStringList{QStringLiteral("Relationship")} + splitTags(p.args.value(2));
        r.pos = at;
        m_ws.relationships.append(r);
    }
}

} // namespace structurizr

} // namespace ae::diagram

// SPDX-License-Identifier: MIT
// Mermaid colours: classDef, class, `:::`, style and linkStyle, mapped onto our StyleOverride where a theme
// colour can carry them; everything else (widths, dashes, fonts, `none`) is a located warning.
#include "diagram/import/mermaid_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::diagram::mermaid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Mermaid", text);
}

QString restOfStatement(Parser *p)
{
    const qsizetype start = p->m_pos;
    p->skipToStatementEnd();
    QString s = p->m_text.mid(start, p->m_pos - start);
    const qsizetype comment = s.indexOf(QStringLiteral("%%"));
    if (comment >= 0)
        s.truncate(comment);
    return s.trimmed();
}

void warnIgnored(Parser *p, qsizetype at, const StyleSpec &spec)
{
    if (!spec.ignored.isEmpty())
        p->warning(at, tr("style properties ignored: %1").arg(spec.ignored.join(QStringLiteral(", "))),
                   tr("only fill, stroke and color are drawn"));
}
} // namespace

StyleSpec parseStyleList(const QString &text)
{
    StyleSpec spec;
    QString t = text.trimmed();
    if (t.endsWith(u';'))
        t.chop(1);
    for (const QString &part : t.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        const QString key = part.left(colon).trimmed();
        const QString value =
            colon < 0 ? QString() : part.mid(colon + 1).trimmed().remove(QStringLiteral("!important"));
        if (key.isEmpty())
            continue;
        QColor *target = key == u"fill" || key == u"background" || key == u"background-color"
                             ? &spec.colors.fill
                         : key == u"stroke" ? &spec.colors.stroke
                         : key == u"color"  ? &spec.colors.text
                                            : nullptr;
        const QColor c = QColor::fromString(value.trimmed());
        if (target && c.isValid())
            *target = c;
        else if (!spec.ignored.contains(key))
            spec.ignored << (target ? QStringLiteral("%1:%2").arg(key, value.trimmed()) : key);
    }
    return spec;
}

void mergeStyle(StyleOverride *into, const StyleOverride &from)
{
    if (from.fill.isValid())
        into->fill = from.fill;
    if (from.stroke.isValid())
        into->stroke = from.stroke;
    if (from.text.isValid())
        into->text = from.text;
}

void Parser::parseClassDef(qsizetype at)
{
    const QString names = readWord();
    QStringList list{names};
    while (peek() == u',') { // classDef a,b fill:...
        ++m_pos;
        list << readWord();
    }
    skipBlanks();
    const StyleSpec spec = parseStyleList(restOfStatement(this));
    if (names.isEmpty()) {
        error(at, tr("`classDef` needs a class name"), tr("write `classDef name fill:#f96`"));
        return;
    }
    warnIgnored(this, at, spec);
    for (const QString &n : list)
        if (!n.isEmpty())
            m_classDefs.insert(n, spec);
}

void Parser::parseClassStatement(qsizetype at)
{
    QStringList ids{readWord()};
    skipBlanks();
    while (peek() == u',') {
        ++m_pos;
        skipBlanks();
        ids << readWord();
        skipBlanks();
    }
    const QString cls = restOfStatement(this);
    if (ids.contains(QString()) || cls.isEmpty()) {
        error(at, tr("`class` needs node ids and a class name"), tr("write `class a,b name`"));
        return;
    }
    for (const QString &id : ids)
        m_classesOf[id].append(cls);
}

void Parser::parseStyleStatement(qsizetype at)
{
    const QString id = readWord();
    skipBlanks();
    const StyleSpec spec = parseStyleList(restOfStatement(this));
    if (id.isEmpty()) {
        error(at, tr("`style` needs a node id"), tr("write `style id fill:#f96`"));
        return;
    }
    warnIgnored(this, at, spec);
    auto &entry = m_styleOf[id];
    mergeStyle(&entry.first.colors, spec.colors);
    entry.second = at;
}

void Parser::parseLinkStyle(qsizetype at)
{
    m_linkStyles.append({restOfStatement(this), at});
}

void Parser::applyStyles()
{
    Diagram &d = m_result.diagram;
    auto styleOf = [&](const QString &id, StyleOverride *colors) {
        const QStringList classes = m_classesOf.value(id);
        if (classes.isEmpty() && m_classDefs.contains(QStringLiteral("default")))
            mergeStyle(colors, m_classDefs.value(QStringLiteral("default")).colors);
        for (const QString &c : classes) {
            if (m_classDefs.contains(c))
                mergeStyle(colors, m_classDefs.value(c).colors);
        }
        if (m_styleOf.contains(id))
            mergeStyle(colors, m_styleOf.value(id).first.colors);
    };
    QSet<QString> known;
    for (Node &n : d.nodes) {
        styleOf(n.id, &n.colors);
        known.insert(n.id);
    }
    for (Group &g : d.groups) {
        styleOf(g.id, &g.colors);
        known.insert(g.id);
    }
    for (auto it = m_styleOf.cbegin(); it != m_styleOf.cend(); ++it)
        if (!known.contains(it.key()))
            warning(it.value().second,
                    tr("`style` names `%1`, which is not a node or subgraph").arg(it.key()));

    for (const auto &[text, at] : std::as_const(m_linkStyles)) {
        const qsizetype space = text.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const QString which = space < 0 ? text : text.left(space);
        const StyleSpec spec = parseStyleList(space < 0 ? QString() : text.mid(space + 1));
        StyleOverride colors;
        colors.stroke = spec.colors.stroke;
        colors.text = spec.colors.text;
        QStringList ignored = spec.ignored;
        if (spec.colors.fill.isValid())
            ignored << QStringLiteral("fill");
        if (!ignored.isEmpty())
            warning(at, tr("link style properties ignored: %1").arg(ignored.join(QStringLiteral(", "))),
                    tr("only stroke and color are drawn"));
        if (which == u"default") {
            for (Edge &e : d.edges)
                mergeStyle(&e.colors, colors);
            continue;
        }
        for (const QString &index : which.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int i = index.trimmed().toInt(&ok);
            if (!ok || i < 0 || i >= d.edges.size()) {
                warning(at, tr("`linkStyle` names link %1, but there are %2 links")
                                .arg(index.trimmed())
                                .arg(d.edges.size()));
                continue;
            }
            mergeStyle(&d.edges[i].colors, colors);
        }
    }
}

} // namespace ae::diagram::mermaid

// SPDX-License-Identifier: MIT
// Graphviz attribute values -> model values: arrow ends, line patterns, shapes -> kinds.
#include "diagram/import/dot_p.h"

#include <QStringList>

namespace ae::diagram::dot {

ArrowEnd arrowEnd(const QString &arrowType)
{
    QString t = arrowType.trimmed().toLower();
    if (t.isEmpty() || t == u"normal")
        return ArrowEnd::Normal;
    if (t == u"empty" || t == u"invempty")
        return ArrowEnd::Empty;
    if (t == u"ediamond")
        return ArrowEnd::ODiamond;
    if (t == u"open" || t == u"halfopen")
        return ArrowEnd::Vee;
    // The first shape of a multi-arrow ("lteeoldiamond" -> tee), its modifiers read off first.
    bool open = false;
    while (!t.isEmpty() && (t[0] == u'o' || t[0] == u'l' || t[0] == u'r') && !t.startsWith(u"none")) {
        open |= t[0] == u'o';
        t.remove(0, 1);
    }
    static const std::pair<const char *, ArrowEnd> shapes[] = {
        {"normal", ArrowEnd::Normal},   {"inv", ArrowEnd::Crow}, {"dot", ArrowEnd::Dot},
        {"diamond", ArrowEnd::Diamond}, {"box", ArrowEnd::Tee},  {"tee", ArrowEnd::Tee},
        {"crow", ArrowEnd::Crow},       {"vee", ArrowEnd::Vee},  {"curve", ArrowEnd::Vee},
        {"icurve", ArrowEnd::Crow},     {"none", ArrowEnd::None}};
    for (const auto &[name, end] : shapes) {
        if (!t.startsWith(QLatin1String(name)))
            continue;
        if (open && end == ArrowEnd::Normal)
            return ArrowEnd::Empty;
        if (open && end == ArrowEnd::Dot)
            return ArrowEnd::ODot;
        if (open && end == ArrowEnd::Diamond)
            return ArrowEnd::ODiamond;
        return end;
    }
    return ArrowEnd::Normal; // an unknown name: Graphviz warns and draws `normal`
}

bool hasStyle(const QString &style, QStringView word)
{
    for (const QString &part : style.split(u',')) {
        const QString p = part.trimmed().section(u'(', 0, 0).trimmed();
        if (p.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isInvisible(const QString &style)
{
    return hasStyle(style, u"invis") || hasStyle(style, u"invisible");
}

LinePattern linePattern(const QString &style)
{
    if (hasStyle(style, u"dashed"))
        return LinePattern::Dashed;
    if (hasStyle(style, u"dotted"))
        return LinePattern::Dotted;
    if (hasStyle(style, u"bold") || hasStyle(style, u"setlinewidth"))
        return LinePattern::Bold;
    if (hasStyle(style, u"solid"))
        return LinePattern::Solid;
    return LinePattern::FromStyle;
}

NodeKind kindOfShape(const QString &shape, const QString &style)
{
    const QString s = shape.toLower();
    if (s == u"cylinder")
        return NodeKind::Database;
    if (s == u"note")
        return NodeKind::Note;
    if (s == u"component")
        return NodeKind::Service;
    if ((s == u"box" || s == u"rect" || s == u"rectangle") && hasStyle(style, u"rounded"))
        return NodeKind::Service;
    return NodeKind::Generic;
}

} // namespace ae::diagram::dot

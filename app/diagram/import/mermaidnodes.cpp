// SPDX-License-Identifier: MIT
// Mermaid nodes: ids with their shapes (`[ ]`, `( )`, `([ ])`, `[[ ]]`, `[( )]`, `(( ))`, `{ }`, `{{ }}`,
// `>]`, trapezoids, `@{ shape: ... }`) mapped to kinds, labels, `:::class`, and `&` groups of them.
#include "diagram/import/mermaid_p.h"

#include <QCoreApplication>
#include <QHash>

namespace ae::diagram::mermaid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Mermaid", text);
}

struct Shape
{
    const char16_t *open;
    const char16_t *close;
    const char16_t *altClose; // trapezoids close with either slash
    NodeKind kind;
    const char *shape;    // Node::shape drawn, "" = the kind's outline
    const char *altShape; // the shape when closed with altClose
};

// Longest openers first, so `[(` wins over `[` and `(((` over `((`.
const Shape kShapes[] = {
    {u"(((", u")))", nullptr, NodeKind::Generic, "doublecircle", ""},
    {u"((", u"))", nullptr, NodeKind::Generic, "circle", ""},
    {u"([", u"])", nullptr, NodeKind::Service, "", ""},
    {u"[[", u"]]", nullptr, NodeKind::Generic, "", ""},
    {u"[(", u")]", nullptr, NodeKind::Database, "", ""},
    {u"{{", u"}}", nullptr, NodeKind::Generic, "hexagon", ""},
    {u"[/", u"/]", u"\\]", NodeKind::Generic, "parallelogram", "trapezium"},
    {u"[\\", u"\\]", u"/]", NodeKind::Generic, "parallelogram", "invtrapezium"},
    {u"(", u")", nullptr, NodeKind::Service, "", ""},
    {u"[", u"]", nullptr, NodeKind::Generic, "", ""},
    {u"{", u"}", nullptr, NodeKind::Generic, "diamond", ""},
    {u">", u"]", nullptr, NodeKind::Generic, "", ""},
};

// Mermaid's `@{ shape: name }` names with an outline of their own (shapes_named.cpp).
QString outlineOfShapeName(const QString &name)
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("circle"), QStringLiteral("circle")},
        {QStringLiteral("circ"), QStringLiteral("circle")},
        {QStringLiteral("sm-circ"), QStringLiteral("circle")},
        {QStringLiteral("small-circle"), QStringLiteral("circle")},
        {QStringLiteral("start"), QStringLiteral("circle")},
        {QStringLiteral("dbl-circ"), QStringLiteral("doublecircle")},
        {QStringLiteral("double-circle"), QStringLiteral("doublecircle")},
        {QStringLiteral("stop"), QStringLiteral("doublecircle")},
        {QStringLiteral("diam"), QStringLiteral("diamond")},
        {QStringLiteral("diamond"), QStringLiteral("diamond")},
        {QStringLiteral("decision"), QStringLiteral("diamond")},
        {QStringLiteral("question"), QStringLiteral("diamond")},
        {QStringLiteral("hex"), QStringLiteral("hexagon")},
        {QStringLiteral("hexagon"), QStringLiteral("hexagon")},
        {QStringLiteral("prepare"), QStringLiteral("hexagon")},
        {QStringLiteral("doc"), QStringLiteral("document")},
        {QStringLiteral("document"), QStringLiteral("document")},
        {QStringLiteral("lean-r"), QStringLiteral("parallelogram")},
        {QStringLiteral("lean-l"), QStringLiteral("parallelogram")},
        {QStringLiteral("trap-b"), QStringLiteral("trapezium")},
        {QStringLiteral("trap-t"), QStringLiteral("invtrapezium")},
        {QStringLiteral("cloud"), QStringLiteral("cloud")},
        {QStringLiteral("tri"), QStringLiteral("triangle")},
        {QStringLiteral("triangle"), QStringLiteral("triangle")}};
    return table.value(name.trimmed().toLower());
}

NodeKind kindOfShapeName(const QString &name, bool *known)
{
    const QString s = name.trimmed().toLower();
    *known = true;
    static const QStringList database{QStringLiteral("cyl"),
                                      QStringLiteral("cylinder"),
                                      QStringLiteral("database"),
                                      QStringLiteral("db"),
                                      QStringLiteral("disk"),
                                      QStringLiteral("lin-cyl"),
                                      QStringLiteral("lined-cylinder"),
                                      QStringLiteral("h-cyl"),
                                      QStringLiteral("das"),
                                      QStringLiteral("horizontal-cylinder")};
    static const QStringList service{QStringLiteral("rounded"), QStringLiteral("event"),
                                     QStringLiteral("stadium"), QStringLiteral("pill"),
                                     QStringLiteral("terminal")};
    static const QStringList note{QStringLiteral("text"),    QStringLiteral("comment"),
                                  QStringLiteral("brace"),   QStringLiteral("brace-l"),
                                  QStringLiteral("brace-r"), QStringLiteral("braces")};
    static const QStringList generic{QStringLiteral("rect"),
                                     QStringLiteral("rectangle"),
                                     QStringLiteral("proc"),
                                     QStringLiteral("process"),
                                     QStringLiteral("circle"),
                                     QStringLiteral("circ"),
                                     QStringLiteral("diam"),
                                     QStringLiteral("diamond"),
                                     QStringLiteral("decision"),
                                     QStringLiteral("question"),
                                     QStringLiteral("hex"),
                                     QStringLiteral("hexagon"),
                                     QStringLiteral("prepare"),
                                     QStringLiteral("subproc"),
                                     QStringLiteral("subprocess"),
                                     QStringLiteral("fr-rect"),
                                     QStringLiteral("framed-rectangle"),
                                     QStringLiteral("doc"),
                                     QStringLiteral("document"),
                                     QStringLiteral("docs"),
                                     QStringLiteral("documents"),
                                     QStringLiteral("st-doc"),
                                     QStringLiteral("lean-r"),
                                     QStringLiteral("lean-l"),
                                     QStringLiteral("trap-b"),
                                     QStringLiteral("trap-t"),
                                     QStringLiteral("dbl-circ"),
                                     QStringLiteral("double-circle"),
                                     QStringLiteral("sm-circ"),
                                     QStringLiteral("small-circle"),
                                     QStringLiteral("start"),
                                     QStringLiteral("stop"),
                                     QStringLiteral("fr-circ"),
                                     QStringLiteral("odd"),
                                     QStringLiteral("card"),
                                     QStringLiteral("notch-rect"),
                                     QStringLiteral("cloud"),
                                     QStringLiteral("bolt"),
                                     QStringLiteral("com-link"),
                                     QStringLiteral("delay"),
                                     QStringLiteral("hourglass"),
                                     QStringLiteral("collate"),
                                     QStringLiteral("fork"),
                                     QStringLiteral("join"),
                                     QStringLiteral("flag"),
                                     QStringLiteral("tri"),
                                     QStringLiteral("triangle"),
                                     QStringLiteral("manual-input"),
                                     QStringLiteral("sl-rect"),
                                     QStringLiteral("div-rect"),
                                     QStringLiteral("win-pane"),
                                     QStringLiteral("lin-rect"),
                                     QStringLiteral("tag-rect"),
                                     QStringLiteral("tag-doc"),
                                     QStringLiteral("bow-rect"),
                                     QStringLiteral("curv-trap"),
                                     QStringLiteral("cross-circ"),
                                     QStringLiteral("f-circ")};
    if (database.contains(s))
        return NodeKind::Database;
    if (service.contains(s))
        return NodeKind::Service;
    if (note.contains(s))
        return NodeKind::Note;
    *known = generic.contains(s);
    return NodeKind::Generic;
}

// Splits "a: 1, b: \"x, y\"" at commas and line ends outside quotes.
QStringList splitPairs(const QString &body)
{
    QStringList parts;
    QString cur;
    QChar quote;
    for (const QChar c : body) {
        if (!quote.isNull()) {
            cur += c;
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            cur += c;
        } else if (c == u',' || c == u'\n') {
            parts << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts << cur;
    return parts;
}
} // namespace

QString Parser::readUntil(QStringView closer, qsizetype openPos, bool *ok)
{
    // A quoted label may hold the closer and span lines; an unquoted one ends at the closer on the same line.
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    while (i < m_text.size() && (m_text[i] == u' ' || m_text[i] == u'\t'))
        ++i;
    if (i < m_text.size() && m_text[i] == u'"') {
        const qsizetype q = m_text.indexOf(u'"', i + 1);
        if (q >= 0) {
            qsizetype j = q + 1;
            while (j < m_text.size() && (m_text[j] == u' ' || m_text[j] == u'\t'))
                ++j;
            if (QStringView(m_text).mid(j).startsWith(closer)) {
                m_pos = j + closer.size();
                *ok = true;
                return m_text.mid(i, q + 1 - i);
            }
        }
    }
    const qsizetype lineEnd = m_text.indexOf(u'\n', start);
    const qsizetype c = m_text.indexOf(closer, start);
    if (c < 0 || (lineEnd >= 0 && c > lineEnd)) {
        error(openPos, tr("`%1` is never closed on this line").arg(m_text.mid(openPos, 1)),
              tr("close it with `%1`").arg(closer.toString()));
        *ok = false;
        m_pos = lineEnd < 0 ? m_text.size() : lineEnd;
        return {};
    }
    m_pos = c + closer.size();
    *ok = true;
    return m_text.mid(start, c - start);
}

bool Parser::parseShape(qsizetype idPos, Node *node)
{
    for (const Shape &s : kShapes) {
        const QStringView open(s.open);
        if (!lookingAt(open))
            continue;
        const qsizetype openPos = m_pos;
        m_pos += open.size();
        bool ok = false;
        bool useAlt = false;
        QString raw;
        if (s.altClose) {
            // Trapezoids: [/ ... /], [\ ... \], [/ ... \], [\ ... /] — the nearest closer on the line wins.
            const qsizetype a = m_text.indexOf(QStringView(s.close), m_pos);
            const qsizetype b = m_text.indexOf(QStringView(s.altClose), m_pos);
            useAlt = b >= 0 && (a < 0 || b < a);
            raw = readUntil(useAlt ? QStringView(s.altClose) : QStringView(s.close), openPos, &ok);
        } else {
            raw = readUntil(QStringView(s.close), openPos, &ok);
        }
        if (!ok)
            return false;
        node->label = labelText(raw);
        if (node->label.isEmpty() &&
            raw.trimmed() != u"\"\"") // `A[""]` is an empty label, as Mermaid draws it
            node->label = node->id;
        node->kind = s.kind;
        node->shape = QString::fromLatin1(useAlt ? s.altShape : s.shape);
        node->location = locationAt(idPos);
        return true;
    }
    return false;
}

void Parser::parseShapeObject(qsizetype at, Node *node)
{
    m_pos += 2; // @{
    qsizetype i = m_pos;
    QChar quote;
    for (; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'}') {
            break;
        }
    }
    if (i >= m_text.size()) {
        error(at, tr("`@{` is never closed"), tr("close the shape object with `}`"));
        m_pos = m_text.size();
        return;
    }
    const QString body = m_text.mid(m_pos, i - m_pos);
    m_pos = i + 1;
    for (const QString &pair : splitPairs(body)) {
        if (pair.trimmed().isEmpty())
            continue;
        const qsizetype colon = pair.indexOf(u':');
        const QString key = pair.left(colon).trimmed();
        const QString value = colon < 0 ? QString() : pair.mid(colon + 1).trimmed();
        if (key == u"label") {
            node->label = labelText(value);
        } else if (key == u"shape") {
            bool known = false;
            node->kind = kindOfShapeName(value, &known);
            node->shape = outlineOfShapeName(value);
            if (!known)
                warning(at, tr("unknown Mermaid shape `%1`, drawn as a box").arg(value));
        } else {
            warning(at, tr("shape property `%1` is ignored").arg(key));
        }
    }
}

QString Parser::parseNodeRef()
{
    const qsizetype idPos = m_pos;
    const QString id = readWord();
    if (id.isEmpty())
        return {};
    touchNode(id, idPos);
    const int index = m_nodeIndex.value(id);
    Node node = m_result.diagram.nodes[index];
    if (lookingAt(u"@{"))
        parseShapeObject(idPos, &node);
    else
        parseShape(idPos, &node);
    if (lookingAt(u":::")) {
        m_pos += 3;
        const QString cls = readWord();
        if (!cls.isEmpty())
            m_classesOf[id].append(cls);
    }
    m_result.diagram.nodes[index] = node;
    return id;
}

QStringList Parser::parseNodeGroup()
{
    QStringList ids;
    const QString first = parseNodeRef();
    if (first.isEmpty())
        return ids;
    ids << first;
    for (;;) {
        skipBlanks();
        if (peek() != u'&')
            break;
        ++m_pos;
        while (!atEnd() && peek().isSpace())
            ++m_pos;
        const qsizetype at = m_pos;
        const QString next = parseNodeRef();
        if (next.isEmpty()) {
            error(at, tr("`&` must be followed by a node id"));
            break;
        }
        ids << next;
    }
    return ids;
}

} // namespace ae::diagram::mermaid

// SPDX-License-Identifier: MIT
// Attribute lists `[key: value, ...]`: reading them with recovery, and applying them to nodes, edges and
// groups.
#include "diagram/parser_p.h"

#include "diagram/kinds.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ae::diagram::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Parser", text);
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

const QStringList &nodeKeys()
{
    static const QStringList k = keys({"tech", "note", "link", "tag", "class", "show-note", "fill", "stroke",
                                       "text", "dark-fill", "dark-stroke", "dark-text"});
    return k;
}

const QStringList &colourKeys()
{
    static const QStringList k = keys({"fill", "stroke", "text", "dark-fill", "dark-stroke", "dark-text"});
    return k;
}

const QStringList &edgeKeys()
{
    static const QStringList k = keys({"color", "dark-color", "text", "dark-text", "style", "tag", "class"});
    return k;
}

const QStringList &groupKeys()
{
    static const QStringList k = keys({"kind", "tag", "class", "columns", "direction", "fill", "stroke",
                                       "text", "dark-fill", "dark-stroke", "dark-text"});
    return k;
}

const QStringList &classKeys()
{
    static const QStringList k =
        keys({"fill", "stroke", "text", "dark-fill", "dark-stroke", "dark-text", "color", "dark-color"});
    return k;
}

// The colour fields a key sets, shared by nodes and groups.
QColor *colourField(StyleOverride &colors, const QString &key)
{
    if (key == u"fill")
        return &colors.fill;
    if (key == u"stroke")
        return &colors.stroke;
    if (key == u"text")
        return &colors.text;
    if (key == u"dark-fill")
        return &colors.darkFill;
    if (key == u"dark-stroke")
        return &colors.darkStroke;
    if (key == u"dark-text")
        return &colors.darkText;
    return nullptr;
}
} // namespace

// Reads `[ ... ]` at m_pos. A list left open at the end of a line carries on over the next lines that look
// like its continuation (nextListLine()). Bad entries are reported and skipped; the good ones are returned,
// and so are entries whose value was missing or unreadable (valueOk false), so that an unknown key is still
// named. Returns false only when the statement cannot go on (kept for callers; every problem found so far is
// recoverable).
bool Parser::parseAttributes(QVector<Attribute> *out)
{
    const SourceLocation open = here();
    ++m_pos;
    QSet<QString> seen;
    bool noMoreLines = false;   // nextListLine() said no once: the list cannot go on
    bool stringAteLine = false; // an unclosed string ran to the end of the line, `]` and all
    // More tokens on this line, or on a line that carries the list on.
    auto more = [&]() {
        if (m_pos < m_tokens.size())
            return true;
        if (noMoreLines || !nextListLine()) {
            noMoreLines = true;
            return false;
        }
        stringAteLine = false;
        return true;
    };
    auto recover = [this]() {
        while (m_pos < m_tokens.size() && !atPunct(u',') && !atPunct(u']') && !atPunct(u'{') &&
               !atPunct(u'}'))
            ++m_pos;
        if (atPunct(u','))
            ++m_pos;
    };
    auto unclosed = [&]() {
        // After an unclosed string the `]` was most likely inside it: that string's error says it all.
        if (!stringAteLine)
            error(open, tr("unclosed `[`"), tr("close the attribute list with `]`"));
    };
    auto keep = [&](const Attribute &a) {
        if (a.valueOk && seen.contains(a.key))
            warning(a.keyLocation, tr("`%1` is given twice; the last one is used").arg(a.key));
        if (a.valueOk)
            seen.insert(a.key);
        out->append(a);
    };
    for (;;) {
        if (!more()) {
            unclosed();
            return true;
        }
        if (atPunct(u']')) {
            ++m_pos;
            return true;
        }
        if (atPunct(u'{') || atPunct(u'}')) {
            unclosed();
            return true;
        }
        if (m_tokens[m_pos].type == TokenType::Error && current().startsWith(u'"')) {
            reportTokenError(m_pos);
            m_pos = int(m_tokens.size());
            stringAteLine = true;
            continue;
        }
        Attribute a;
        if (!atWord()) {
            reportTokenError(m_pos);
            if (m_tokens[m_pos].type != TokenType::Error)
                error(here(), tr("expected an attribute name, found `%1`").arg(current().toString()),
                      tr("write `[key: value, key: value]`"));
            recover();
            continue;
        }
        a.key = current().toString();
        a.keyLocation = here();
        ++m_pos;
        if (!atPunct(u':') && !out->isEmpty() && out->last().key == u"silence" && out->last().valueOk) {
            out->last().value += u',' + a.key; // `silence: rule-a, rule-b` lists rule ids without quotes
            if (atPunct(u','))
                ++m_pos;
            continue;
        }
        if (!atPunct(u':')) {
            error(m_pos < m_tokens.size() ? here() : a.keyLocation, tr("expected `:` after `%1`").arg(a.key),
                  tr("write `%1: value`").arg(a.key));
            recover();
            continue;
        }
        ++m_pos;
        a.valueLocation = here();
        // `key:` at the end of a line: the value may be on the next one.
        if (m_pos >= m_tokens.size() && more() &&
            (m_tokens[m_pos].type == TokenType::Attribute || atPunct(u']') || atPunct(u','))) {
            error(a.valueLocation, tr("missing value for `%1`").arg(a.key),
                  tr("write `%1: \"VALUE\"`").arg(a.key));
            a.valueOk = false;
            keep(a);
            if (atPunct(u','))
                ++m_pos;
            continue;
        }
        if (m_pos < m_tokens.size())
            a.valueLocation = here();
        const TokenType type = m_pos < m_tokens.size() ? m_tokens[m_pos].type : TokenType::Punctuation;
        if (type == TokenType::String || type == TokenType::Color || atWord()) {
            a.valueType =
                type == TokenType::String || type == TokenType::Color ? type : TokenType::Identifier;
            a.value = type == TokenType::String ? unquote(current()) : current().toString();
        } else if (type == TokenType::Error && current().startsWith(u'"')) {
            // An unclosed string ends the line; the value is still used and the entries before it kept.
            reportTokenError(m_pos);
            a.value = unquote(current());
            keep(a);
            m_pos = int(m_tokens.size());
            stringAteLine = true;
            continue;
        } else if (type == TokenType::Error) {
            error(here(), tr("`%1` cannot start a bare value").arg(current().toString()),
                  tr("quote the value: `%1: \"%2…\"`").arg(a.key, current().toString()));
            a.valueOk = false;
            keep(a);
            recover();
            continue;
        } else {
            error(here(), tr("missing value for `%1`").arg(a.key), tr("write `%1: \"VALUE\"`").arg(a.key));
            a.valueOk = false;
            keep(a);
            recover();
            continue;
        }
        const Token &valueToken = m_tokens[m_pos];
        const SourceLocation valueEnd = offsetLocation(valueToken.start + valueToken.length);
        ++m_pos;
        keep(a);
        if (atPunct(u',')) {
            ++m_pos;
        } else if (m_pos >= m_tokens.size()) {
            // The entry ends its line: the next line must close the list or start with `,`.
            if (more() && !atPunct(u']') && !atPunct(u',')) {
                error(valueEnd, tr("missing `,` after the value of `%1`").arg(a.key),
                      tr("separate attributes with `,`, also at the end of a line: `%1: %2,`")
                          .arg(a.key, a.valueType == TokenType::String ? QStringLiteral("\"…\"") : a.value));
            } else if (atPunct(u',')) {
                ++m_pos;
            }
        } else if (!atPunct(u']') && !atPunct(u'{') && !atPunct(u'}')) {
            error(here(), tr("expected `,` or `]` after the value of `%1`").arg(a.key),
                  tr("quote values that contain spaces: `%1: \"%2 …\"`").arg(a.key, a.value));
            recover();
        }
    }
}

bool Parser::checkKeys(const QVector<Attribute> &attributes, const QStringList &allowed, const QString &what)
{
    bool ok = true;
    for (const Attribute &a : attributes) {
        if (allowed.contains(a.key))
            continue;
        ok = false;
        const QString guess = suggestion(a.key, allowed);
        error(a.keyLocation, tr("unknown attribute `%1` for %2").arg(a.key, what),
              guess.isEmpty() ? tr("%1 take: %2").arg(what, allowed.join(QStringLiteral(", ")))
                              : tr("did you mean `%1`?").arg(guess));
    }
    return ok;
}

bool Parser::colorValue(const Attribute &a, QColor *color)
{
    if (QColor::isValidColor(a.value)) {
        *color = QColor(a.value);
        return true;
    }
    error(a.valueLocation, tr("bad colour `%1` for `%2`").arg(a.value, a.key),
          tr("use `#rrggbb` (e.g. `#b42318`) or a colour name such as `teal`"));
    return false;
}

void Parser::applyNodeAttributes(Node &node, const QVector<Attribute> &all, bool styleOnly)
{
    const QVector<Attribute> attributes =
        styleOnly ? all
                  : takeCheckAttributes(all, &node.properties, &node.propertyPlaces, &node.silenced, true);
    checkKeys(attributes, styleOnly ? colourKeys() : nodeKeys(), tr("nodes"));
    for (const Attribute &a : attributes) {
        if (!a.valueOk)
            continue;
        if (QColor *field = colourField(node.colors, a.key)) {
            colorValue(a, field);
        } else if (styleOnly) {
            continue;
        } else if (a.key == u"tech") {
            node.technology = a.value;
        } else if (a.key == u"note") {
            node.note = a.value;
        } else if (a.key == u"link") {
            node.link = a.value;
        } else if (a.key == u"tag" || a.key == u"class") {
            applyTags(&node.tags, a);
        } else if (a.key == u"show-note") {
            if (a.value == u"true" || a.value == u"false")
                node.showNote = a.value == u"true";
            else
                error(a.valueLocation, tr("`show-note` is `true` or `false`, not `%1`").arg(a.value),
                      tr("write `show-note: true` to draw the note on the canvas"));
        }
    }
}

// `tag: pii`, `class: "critical pii"`: one or more names, separated by spaces or commas.
void Parser::applyTags(QStringList *tags, const Attribute &a)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList names = a.value.split(separators, Qt::SkipEmptyParts);
    if (names.isEmpty())
        warning(a.valueLocation, tr("`%1` is empty").arg(a.key), tr("write `%1: NAME`").arg(a.key));
    for (const QString &name : names) {
        if (!isIdentifierStart(name[0]) ||
            !std::all_of(name.begin(), name.end(), [](QChar c) { return isIdentifierChar(c); })) {
            error(a.valueLocation, tr("`%1` is not a valid tag").arg(name),
                  tr("tags use letters, digits, `_`, `-` and `.`, and start with a letter or `_`"));
            continue;
        }
        if (!tags->contains(name))
            tags->append(name);
    }
}

void Parser::applyClassAttributes(ClassDef &def, const QVector<Attribute> &attributes)
{
    checkKeys(attributes, classKeys(), tr("classes"));
    for (const Attribute &a : attributes) {
        if (!a.valueOk)
            continue;
        if (a.key == u"color") {
            colorValue(a, &def.edgeColors.stroke);
        } else if (a.key == u"dark-color") {
            colorValue(a, &def.edgeColors.darkStroke);
        } else if (QColor *field = colourField(def.colors, a.key)) {
            if (colorValue(a, field)) {
                if (a.key == u"text")
                    def.edgeColors.text = *field;
                else if (a.key == u"dark-text")
                    def.edgeColors.darkText = *field;
            }
        }
    }
}

bool Parser::applyEdgeAttributes(Edge &edge, const QVector<Attribute> &all)
{
    const QVector<Attribute> attributes =
        takeCheckAttributes(all, &edge.properties, &edge.propertyPlaces, &edge.silenced, true);
    bool styled = false;
    checkKeys(attributes, edgeKeys(), tr("edges"));
    for (const Attribute &a : attributes) {
        if (!a.valueOk)
            continue;
        if (a.key == u"color") {
            colorValue(a, &edge.colors.stroke);
        } else if (a.key == u"dark-color") {
            colorValue(a, &edge.colors.darkStroke);
        } else if (a.key == u"text") {
            colorValue(a, &edge.colors.text);
        } else if (a.key == u"dark-text") {
            colorValue(a, &edge.colors.darkText);
        } else if (a.key == u"tag" || a.key == u"class") {
            applyTags(&edge.tags, a);
        } else if (a.key == u"style") {
            static const QStringList styles = keys({"sync", "async", "replication", "plain"});
            const int index = styles.indexOf(a.value);
            if (index < 0) {
                const QString guess = suggestion(a.value, styles);
                warning(a.valueLocation,
                        tr("unknown edge style `%1`; the operator's style is used").arg(a.value),
                        guess.isEmpty() ? tr("use sync, async, replication or plain")
                                        : tr("did you mean `%1`?").arg(guess));
            } else {
                edge.style = EdgeStyle(index);
                styled = true;
            }
        }
    }
    return styled;
}

void Parser::applyGroupAttributes(Group &group, const QVector<Attribute> &all, bool styleOnly)
{
    QMap<QString, SourceLocation> places; // groups keep no annotations, only silences
    const QVector<Attribute> attributes =
        styleOnly ? all : takeCheckAttributes(all, &group.properties, &places, &group.silenced, false);
    checkKeys(attributes, styleOnly ? colourKeys() : groupKeys(), tr("groups"));
    for (const Attribute &a : attributes) {
        if (!a.valueOk)
            continue;
        if (QColor *field = colourField(group.colors, a.key)) {
            colorValue(a, field);
        } else if (styleOnly) {
            continue;
        } else if (a.key == u"tag" || a.key == u"class") {
            applyTags(&group.tags, a);
        } else if (a.key == u"columns") {
            bool ok = false;
            const int n = a.value.toInt(&ok);
            if (!ok || n < 1 || n > 100)
                error(a.valueLocation, tr("`columns` is a whole number from 1 to 100, not `%1`").arg(a.value),
                      tr("write e.g. `columns: 3`"));
            else
                group.columns = n;
        } else if (a.key == u"direction") {
            static const QStringList names = keys({"right", "down", "left", "up"});
            const int index = names.indexOf(a.value);
            if (index < 0) {
                const QString guess = suggestion(a.value, names);
                error(a.valueLocation, tr("unknown direction `%1`").arg(a.value),
                      guess.isEmpty() ? tr("use right, down, left or up")
                                      : tr("did you mean `%1`?").arg(guess));
            } else {
                group.hasDirection = true;
                group.direction = Direction(index);
            }
        } else if (a.key == u"kind") {
            static const QStringList kinds = keys({"region", "zone", "vpc", "tier", "cluster"});
            if (kinds.contains(a.value)) {
                group.kind = a.value;
            } else {
                const QString guess = suggestion(a.value, kinds);
                warning(a.valueLocation, tr("unknown group kind `%1`; drawn as a plain group").arg(a.value),
                        guess.isEmpty() ? tr("use region, zone, vpc, tier or cluster")
                                        : tr("did you mean `%1`?").arg(guess));
            }
        }
    }
}

} // namespace ae::diagram::detail

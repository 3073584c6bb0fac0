// SPDX-License-Identifier: MIT
// D2 syntax: keys and dotted paths, connection chains, values (unquoted, quoted, |block| strings, arrays,
// null, @imports), nested maps, `#` and `"""` comments. A hand-written reader with one cursor.
#include "diagram/import/d2parser.h"

#include "diagram/parser.h"

#include <QCoreApplication>

#include <algorithm>

namespace ae::diagram::d2 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::D2", text);
}

class Reader
{
public:
    Reader(const QString &text, Diagnostics *diagnostics) : m_text(text), m_diagnostics(diagnostics)
    {
        if (m_text.startsWith(QChar(0xFEFF)))
            m_pos = 1;
        m_lineStarts.append(m_pos);
        for (qsizetype i = 0; i < m_text.size(); ++i)
            if (m_text[i] == u'\n')
                m_lineStarts.append(i + 1);
    }

    std::shared_ptr<Map> run()
    {
        auto root = std::make_shared<Map>();
        parseMap(*root, false, 0);
        return root;
    }

private:
    QString m_text;
    Diagnostics *m_diagnostics;
    qsizetype m_pos = 0;
    QVector<qsizetype> m_lineStarts;
    int m_depth = 0;
    bool m_inParens = false;

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    bool lookingAt(QStringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }

    // Where `c` is next on the current line, -1 when it is not (never scans past the line: linear overall).
    qsizetype indexOnLine(QChar c) const
    {
        for (qsizetype i = m_pos; i < m_text.size() && m_text[i] != u'\n'; ++i)
            if (m_text[i] == c)
                return i;
        return -1;
    }

    // An escape (`\\x`) or a variable reference (`${name}`, kept whole for substitution) at the cursor:
    // appended to `text` and stepped over; false when neither starts here. Shared by unquoted keys and
    // values.
    bool takeEscapeOrVariable(QString &text)
    {
        const QChar c = peek();
        if (c == u'\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] != u'\n') {
            text += escaped(m_text[m_pos + 1]);
            m_pos += 2;
            return true;
        }
        if (c == u'$' && peek(1) == u'{') {
            const qsizetype close = indexOnLine(u'}');
            if (close > 0) {
                text += m_text.mid(m_pos, close + 1 - m_pos);
                m_pos = close + 1;
                return true;
            }
        }
        return false;
    }

    SourceLocation at(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), pos);
        const int line = int(it - m_lineStarts.cbegin());
        return {line, int(pos - m_lineStarts[line - 1]) + 1};
    }

    void error(qsizetype pos, const QString &message, const QString &hint = {})
    {
        if (m_diagnostics->size() >= kMaxDiagnostics)
            return;
        const SourceLocation l = at(pos);
        m_diagnostics->append({Diagnostic::Severity::Error, l.line, l.column, message, hint});
    }

    QString describe(qsizetype pos) const
    {
        if (pos >= m_text.size())
            return tr("the end of the file");
        if (m_text[pos] == u'\n')
            return tr("the end of the line");
        return u'`' + QString(m_text[pos]) + u'`';
    }

    void skipBlanks()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t' || peek() == u'\r'))
            ++m_pos;
    }
    void skipLine()
    {
        while (!atEnd() && peek() != u'\n')
            ++m_pos;
    }
    bool atStatementEnd() const
    {
        return atEnd() || peek() == u'\n' || peek() == u';' || peek() == u'}' || peek() == u'#';
    }

    // Blanks, line ends, `;`, `#` comments and `"""` block comments between statements.
    void skipSeparators()
    {
        for (;;) {
            skipBlanks();
            if (atEnd())
                return;
            if (peek() == u'\n' || peek() == u';') {
                ++m_pos;
            } else if (peek() == u'#') {
                skipLine();
            } else if (lookingAt(u"\"\"\"")) {
                const qsizetype close = m_text.indexOf(QStringLiteral("\"\"\""), m_pos + 3);
                if (close < 0) {
                    error(m_pos, tr("this block comment is never closed"),
                          tr("end it with `\"\"\"` on a line of its own"));
                    m_pos = m_text.size();
                    return;
                }
                m_pos = close + 3;
            } else {
                return;
            }
        }
    }

    // `->`, `<-`, `<->`, `--` (and longer dashes): its length at `pos`, 0 when there is none.
    int arrowAt(qsizetype pos, Arrow *kind) const
    {
        qsizetype i = pos;
        const bool back = i < m_text.size() && m_text[i] == u'<';
        if (back)
            ++i;
        int dashes = 0;
        while (i < m_text.size() && m_text[i] == u'-')
            ++i, ++dashes;
        const bool fore = i < m_text.size() && m_text[i] == u'>';
        if (fore)
            ++i;
        if (dashes == 0 || (!back && !fore && dashes < 2))
            return 0;
        if (kind)
            *kind = back && fore ? Arrow::Both : back ? Arrow::Backward : fore ? Arrow::Forward : Arrow::None;
        return int(i - pos);
    }

    void parseMap(Map &map, bool braced, qsizetype openPos)
    {
        for (;;) {
            skipSeparators();
            if (atEnd()) {
                if (braced)
                    error(openPos, tr("this `{` is never closed"), tr("add the matching `}`"));
                return;
            }
            const qsizetype start = m_pos;
            if (peek() == u'}') {
                ++m_pos;
                if (braced)
                    return;
                error(start, tr("this `}` closes nothing"), tr("remove it, or add the `{` it should close"));
                continue;
            }
            Entry e;
            if (parseEntry(e)) {
                skipBlanks();
                if (!atStatementEnd()) {
                    error(m_pos, tr("unexpected %1 after the statement").arg(describe(m_pos)),
                          tr("write one statement a line, or separate statements with `;`"));
                    skipLine();
                }
                map.entries.append(std::move(e));
            } else {
                skipLine();
            }
            if (m_pos == start)
                ++m_pos;
        }
    }

    bool parseChain(Entry &e)
    {
        Path first;
        if (!parsePath(first))
            return false;
        e.ends.append(first);
        for (;;) {
            skipBlanks();
            Arrow kind = Arrow::Forward;
            const int n = arrowAt(m_pos, &kind);
            if (n == 0)
                return true;
            const qsizetype arrowPos = m_pos;
            m_pos += n;
            skipBlanks();
            if (atStatementEnd() || peek() == u':' || peek() == u'{' || peek() == u')') {
                error(arrowPos, tr("this connection has no target"),
                      tr("name the shape it goes to, as in `a -> b`"));
                return false;
            }
            Path next;
            if (!parsePath(next))
                return false;
            e.ends.append(next);
            e.arrows.append(kind);
        }
    }

    bool parseEntry(Entry &e)
    {
        e.pos = at(m_pos);
        if (lookingAt(u"...")) {
            e.spread = true;
            m_pos += 3;
            e.value.pos = at(m_pos);
            e.value.kind = Value::Kind::Scalar;
            e.value.scalar = parseUnquotedValue();
            return true;
        }
        if (peek() == u'(') {
            const qsizetype open = m_pos++;
            skipBlanks();
            m_inParens = true;
            const bool ok = parseChain(e);
            m_inParens = false;
            if (!ok)
                return false;
            skipBlanks();
            if (peek() != u')' || e.ends.size() < 2) {
                error(open, tr("a connection reference needs the form `(a -> b)[0]`"),
                      tr("close the parenthesis after the connection"));
                return false;
            }
            ++m_pos;
            if (peek() != u'[') {
                error(m_pos, tr("expected `[` and the connection's index after `)`"),
                      tr("as in `(a -> b)[0]`"));
                return false;
            }
            const qsizetype close = indexOnLine(u']');
            if (close < 0) {
                error(m_pos, tr("this `[` is never closed"), tr("as in `(a -> b)[0]`"));
                return false;
            }
            const QString index = m_text.mid(m_pos + 1, close - m_pos - 1).trimmed();
            bool ok2 = false;
            e.edgeIndex = index == u"*" ? -1 : index.toInt(&ok2);
            if (index != u"*" && (!ok2 || e.edgeIndex < 0)) {
                error(m_pos + 1, tr("a connection index must be a number from 0, or `*`"));
                return false;
            }
            m_pos = close + 1;
            e.edgeRef = true;
            if (peek() == u'.') {
                ++m_pos;
                if (!parsePath(e.afterEdge))
                    return false;
            }
        } else if (!parseChain(e)) {
            return false;
        }
        skipBlanks();
        if (peek() == u':') {
            ++m_pos;
            skipBlanks();
            if (!parseValue(e.value))
                return false;
            skipBlanks();
        }
        if (peek() == u'{') {
            const qsizetype open = m_pos++;
            if (m_depth >= kMaxGroupDepth) {
                error(open, tr("maps are nested more than %1 deep").arg(kMaxGroupDepth),
                      tr("flatten the containers"));
                skipBalanced();
                return false;
            }
            e.map = std::make_shared<Map>();
            ++m_depth;
            parseMap(*e.map, true, open);
            --m_depth;
        }
        return true;
    }

    // Past the map whose `{` was just read, without reading it (it is too deep to keep).
    void skipBalanced()
    {
        int depth = 1;
        while (!atEnd() && depth > 0) {
            if (peek() == u'{')
                ++depth;
            else if (peek() == u'}')
                --depth;
            ++m_pos;
        }
    }

    bool parsePath(Path &p)
    {
        p.pos = at(m_pos);
        for (;;) {
            skipBlanks();
            Str s;
            if (!parseKeyPart(s))
                return false;
            p.parts.append(s);
            if (p.parts.size() > kMaxGroupDepth * 2) {
                error(m_pos, tr("this path has more than %1 parts").arg(kMaxGroupDepth * 2));
                return false;
            }
            if (peek() != u'.')
                return true;
            ++m_pos;
        }
    }

    bool parseKeyPart(Str &s)
    {
        s.pos = at(m_pos);
        if (peek() == u'"' || peek() == u'\'')
            return parseQuoted(s);
        QString text;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\n' || c == u';' || c == u':' || c == u'.' || c == u'{' || c == u'}' || c == u'[' ||
                c == u']' || c == u'#' || (c == u')' && m_inParens))
                break;
            if ((c == u'-' || c == u'<') && arrowAt(m_pos, nullptr) > 0)
                break;
            if (takeEscapeOrVariable(text))
                continue;
            text += c;
            ++m_pos;
        }
        s.text = text.trimmed();
        if (s.text.isEmpty()) {
            error(m_pos, tr("expected a name, found %1").arg(describe(m_pos)),
                  tr("keys are names such as `server` or `\"my server\"`"));
            return false;
        }
        return true;
    }

    static QString escaped(QChar c)
    {
        if (c == u'n')
            return QStringLiteral("\n");
        if (c == u't')
            return QStringLiteral("\t");
        return QString(c);
    }

    bool parseQuoted(Str &s)
    {
        const QChar q = peek();
        const qsizetype open = m_pos++;
        s.quote = q == u'"' ? Str::Quote::Double : Str::Quote::Single;
        s.pos = at(open);
        QString text;
        while (!atEnd() && peek() != q && peek() != u'\n') {
            if (peek() == u'\\' && q == u'"' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] != u'\n') {
                text += escaped(m_text[m_pos + 1]);
                m_pos += 2;
                continue;
            }
            text += peek();
            ++m_pos;
        }
        if (peek() != q) {
            error(open, tr("this string is never closed"),
                  tr("close it with %1 on the same line, or use a block string `|...|` for several lines")
                      .arg(QString(q)));
            return false;
        }
        ++m_pos;
        s.text = text;
        return true;
    }

    // `|md ...|`, `||...||`, "|`...`|": the closing delimiter mirrors the opening run of `|` and backticks.
    bool parseBlock(Str &s)
    {
        const qsizetype open = m_pos;
        QString run;
        while (!atEnd() && (peek() == u'|' || peek() == u'`'))
            run += m_text[m_pos++];
        QString tag;
        while (!atEnd() && !peek().isSpace() && peek() != u'|')
            tag += m_text[m_pos++];
        QString closing = run;
        std::reverse(closing.begin(), closing.end());
        const qsizetype close = m_text.indexOf(closing, m_pos);
        if (close < 0) {
            error(open, tr("this block string is never closed"),
                  tr("end it with `%1` (the opening delimiter, mirrored)").arg(closing));
            m_pos = m_text.size();
            return false;
        }
        s.pos = at(open);
        s.quote = Str::Quote::Block;
        s.tag = tag.toLower();
        s.text = dedent(m_text.mid(m_pos, close - m_pos));
        m_pos = close + closing.size();
        return true;
    }

    static QString dedent(const QString &text)
    {
        QStringList lines = text.split(u'\n');
        for (QString &l : lines)
            if (l.endsWith(u'\r'))
                l.chop(1);
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        qsizetype indent = -1;
        for (const QString &l : lines) {
            if (l.trimmed().isEmpty())
                continue;
            qsizetype i = 0;
            while (i < l.size() && (l[i] == u' ' || l[i] == u'\t'))
                ++i;
            indent = indent < 0 ? i : std::min(indent, i);
        }
        for (QString &l : lines)
            l = l.mid(std::max<qsizetype>(0, indent)).trimmed().isEmpty() ? QString() : l.mid(indent);
        return lines.join(u'\n');
    }

    Str parseUnquotedValue()
    {
        Str s;
        s.pos = at(m_pos);
        QString text;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\n' || c == u';' || c == u'{' || c == u'}')
                break;
            if (c == u'#' && (text.isEmpty() || text.back().isSpace()))
                break;
            if (takeEscapeOrVariable(text))
                continue;
            text += c;
            ++m_pos;
        }
        s.text = text.trimmed();
        return s;
    }

    bool parseValue(Value &v)
    {
        v.pos = at(m_pos);
        const QChar c = peek();
        if (atStatementEnd() || c == u'{')
            return true;
        if (c == u'"' || c == u'\'') {
            v.kind = Value::Kind::Scalar;
            return parseQuoted(v.scalar);
        }
        if (c == u'|') {
            v.kind = Value::Kind::Scalar;
            return parseBlock(v.scalar);
        }
        if (c == u'[')
            return parseArray(v);
        if (c == u'@') {
            ++m_pos;
            v.kind = Value::Kind::Import;
            v.scalar = parseUnquotedValue();
            return true;
        }
        v.scalar = parseUnquotedValue();
        v.kind = v.scalar.text == u"null" ? Value::Kind::Null : Value::Kind::Scalar;
        return true;
    }

    bool parseArray(Value &v)
    {
        const qsizetype open = m_pos++;
        v.kind = Value::Kind::Array;
        for (;;) {
            while (!atEnd() && (peek().isSpace() || peek() == u';' || peek() == u','))
                ++m_pos;
            if (atEnd()) {
                error(open, tr("this `[` is never closed"), tr("end the list with `]`"));
                return false;
            }
            if (peek() == u']') {
                ++m_pos;
                return true;
            }
            if (peek() == u'#') {
                skipLine();
                continue;
            }
            Str item;
            item.pos = at(m_pos);
            if (peek() == u'"' || peek() == u'\'') {
                if (!parseQuoted(item))
                    return false;
            } else {
                QString text;
                while (!atEnd() && peek() != u';' && peek() != u',' && peek() != u']' && peek() != u'\n')
                    text += m_text[m_pos++];
                item.text = text.trimmed();
            }
            v.items.append(item);
        }
    }
};

} // namespace

std::shared_ptr<Map> parseSyntax(const QString &text, Diagnostics *diagnostics)
{
    return Reader(text, diagnostics).run();
}

} // namespace ae::diagram::d2

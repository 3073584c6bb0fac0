// SPDX-License-Identifier: MIT
// Mermaid links (`-->`, `---`, `-.->`, `==>`, `--o`, `--x`, `<-->`, `~~~`, longer forms, `|label|` and
// `-- text -->`) and label text (quotes, markdown strings, <br>, entity codes).
#include "diagram/import/mermaid_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::diagram::mermaid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::Mermaid", text);
}

bool isOpChar(QChar c)
{
    return c == u'-' || c == u'=' || c == u'.';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString decodeEntity(const QString &name)
{
    if (name.startsWith(u'#')) {
        const bool hex = name.startsWith(u"#x") || name.startsWith(u"#X");
        const char32_t cp = char32_t(name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10));
        return cp > 0 && cp < 0x110000 ? QString::fromUcs4(&cp, 1) : QString();
    }
    if (name.at(0).isDigit()) {
        const char32_t cp = char32_t(name.toUInt());
        return cp > 0 && cp < 0x110000 ? QString::fromUcs4(&cp, 1) : QString();
    }
    static const QHash<QString, QString> named{
        {QStringLiteral("quot"), QStringLiteral("\"")}, {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},    {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},  {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("num"), QStringLiteral("#")},   {QStringLiteral("semi"), QStringLiteral(";")},
        {QStringLiteral("colon"), QStringLiteral(":")}};
    return named.value(name.toLower(), QString());
}
} // namespace

QString labelText(const QString &raw)
{
    QString s = raw.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2);
    bool markdown = false;
    if (s.size() >= 2 && s.startsWith(u'`') && s.endsWith(u'`')) {
        s = s.mid(1, s.size() - 2);
        markdown = true;
    }
    static const QRegularExpression br(QStringLiteral("<\\s*/?\\s*br\\s*/?\\s*>"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    s.replace(br, QStringLiteral("\n"));
    s.remove(tag);
    if (markdown) {
        static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(.+?)\\1"));
        static const QRegularExpression emphasis(QStringLiteral("(\\*|_)(.+?)\\1"));
        s.replace(strong, QStringLiteral("\\2"));
        s.replace(emphasis, QStringLiteral("\\2"));
    }
    // Mermaid's entity codes (#quot; #9829;) and HTML's (&amp; &#35;).
    static const QRegularExpression entity(QStringLiteral("[#&](#?[xX]?[0-9a-fA-F]+|#?[0-9]+|[a-zA-Z]+);"));
    QString decoded;
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1);
        if (m.captured(0).startsWith(u'#') && !name.startsWith(u'#') && name.at(0).isDigit())
            name.prepend(u'#');
        const QString rep = decodeEntity(name);
        decoded += QStringView(s).mid(last, m.capturedStart() - last);
        decoded += rep.isEmpty() ? m.captured(0) : rep;
        last = m.capturedEnd();
    }
    decoded += QStringView(s).mid(last);
    QStringList lines;
    for (const QString &l : decoded.split(u'\n'))
        lines << l.trimmed();
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

bool Parser::atLinkAt(qsizetype pos) const
{
    const QStringView s = QStringView(m_text).mid(pos);
    auto body = [](QStringView v) {
        return v.startsWith(u"--") || v.startsWith(u"==") || v.startsWith(u"-.");
    };
    if (s.startsWith(u"~~~"))
        return true;
    if (s.startsWith(u'<') || s.startsWith(u'o') || s.startsWith(u'x'))
        return body(s.mid(1));
    return body(s);
}

Link Parser::readLink()
{
    Link link;
    const qsizetype start = m_pos;
    if (lookingAt(u"~~~")) {
        while (peek() == u'~')
            ++m_pos;
        link.ok = true;
        link.invisible = true;
        link.directed = false;
        link.style = EdgeStyle::Plain;
        return link;
    }
    bool startHead = false;
    if (peek() == u'<') {
        startHead = true;
        ++m_pos;
    } else if (peek() == u'o' || peek() == u'x') {
        startHead = true;
        link.oddHead = peek() == u'x';
        link.tail = peek() == u'o' ? ArrowEnd::Dot : ArrowEnd::Normal;
        ++m_pos;
    }
    if (startHead && link.tail == ArrowEnd::None)
        link.tail = ArrowEnd::Normal;
    QString op;
    while (!atEnd() && isOpChar(peek()))
        op += m_text[m_pos++];
    const bool thick = op.contains(u'=');
    const bool dotted = op.contains(u'.');
    link.style = thick ? EdgeStyle::Replication : dotted ? EdgeStyle::Async : EdgeStyle::Sync;
    bool endHead = false;
    if (peek() == u'>') {
        endHead = true;
        ++m_pos;
    } else if ((peek() == u'o' || peek() == u'x') && !isWordChar(peek(1))) {
        endHead = true;
        link.oddHead = link.oddHead || peek() == u'x';
        link.head = peek() == u'o' ? ArrowEnd::Dot : ArrowEnd::Normal;
        ++m_pos;
    }

    if (!endHead && (op == u"--" || op == u"==" || op == u"-.")) {
        // `A -- text --> B`: the text runs to the closing half of the link on the same line.
        static const QRegularExpression normalEnd(QStringLiteral("-{2,}>|-{3,}|--[ox](?![\\w])"));
        static const QRegularExpression thickEnd(QStringLiteral("={2,}>|={3,}|==[ox](?![\\w])"));
        static const QRegularExpression dottedEnd(QStringLiteral("\\.+-+>|\\.+-+|\\.-[ox](?![\\w])"));
        const QRegularExpression &re = thick ? thickEnd : dotted ? dottedEnd : normalEnd;
        qsizetype lineEnd = m_text.indexOf(u'\n', m_pos);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        const QRegularExpressionMatch m = re.match(QStringView(m_text).left(lineEnd), m_pos);
        if (!m.hasMatch()) {
            error(start,
                  tr("link `%1` has text but no closing `%2`")
                      .arg(op, thick    ? QStringLiteral("==>")
                               : dotted ? QStringLiteral(".->")
                                        : QStringLiteral("-->")),
                  tr("write `A -- text --> B` or `A -->|text| B`"));
            return link;
        }
        link.label = labelText(m_text.mid(m_pos, m.capturedStart() - m_pos));
        const QString close = m.captured(0);
        endHead = close.endsWith(u'>') || close.endsWith(u'o') || close.endsWith(u'x');
        link.oddHead = link.oddHead || close.endsWith(u'x');
        if (close.endsWith(u'o'))
            link.head = ArrowEnd::Dot;
        m_pos = m.capturedEnd();
    } else {
        static const QRegularExpression valid(QStringLiteral("^(-{2,}|={2,}|-\\.+-?)$"));
        const int minimum = endHead ? 2 : 3;
        if (!valid.match(op).hasMatch() || (!dotted && op.size() < minimum)) {
            error(start, tr("malformed link `%1`").arg(m_text.mid(start, m_pos - start)),
                  tr("links look like `-->`, `---`, `-.->`, `==>`, `--o`, `--x` or `<-->`"));
            return link;
        }
    }
    link.directed = endHead;
    link.bothWays = startHead && endHead;
    if (!link.bothWays)
        link.tail = ArrowEnd::None;
    if (!endHead && link.style == EdgeStyle::Sync)
        link.style = EdgeStyle::Plain;
    skipBlanks();
    if (peek() == u'|') {
        const qsizetype open = m_pos;
        const qsizetype lineEnd = m_text.indexOf(u'\n', m_pos);
        qsizetype from = m_pos + 1;
        while (from < m_text.size() && (m_text[from] == u' ' || m_text[from] == u'\t'))
            ++from;
        if (from < m_text.size() && m_text[from] == u'"') { // a quoted label may hold `|`
            const qsizetype quote = m_text.indexOf(u'"', from + 1);
            if (quote >= 0 && (lineEnd < 0 || quote < lineEnd))
                from = quote;
        }
        const qsizetype close = m_text.indexOf(u'|', from);
        if (close < 0 || (lineEnd >= 0 && close > lineEnd)) {
            error(open, tr("link label `|` is never closed on this line"));
            return link;
        }
        link.label = labelText(m_text.mid(open + 1, close - open - 1));
        m_pos = close + 1;
    }
    link.ok = true;
    return link;
}

} // namespace ae::diagram::mermaid

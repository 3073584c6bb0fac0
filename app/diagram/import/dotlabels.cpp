// SPDX-License-Identifier: MIT
// DOT label text: HTML-like labels, escape sequences and record fields, turned into the plain text we draw.
#include "diagram/import/dotimport.h"

#include <QRegularExpression>

namespace ae::diagram::dot {

namespace {
QString decodeEntities(const QString &s)
{
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        QString rep;
        if (name.startsWith(u'#')) {
            const bool hex = name.startsWith(u"#x");
            const char32_t cp = char32_t(name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10));
            rep = cp > 0 && cp < 0x110000 ? QString::fromUcs4(&cp, 1) : QString();
        } else if (name == u"amp")
            rep = QStringLiteral("&");
        else if (name == u"lt")
            rep = QStringLiteral("<");
        else if (name == u"gt")
            rep = QStringLiteral(">");
        else if (name == u"quot")
            rep = QStringLiteral("\"");
        else if (name == u"apos")
            rep = QStringLiteral("'");
        else if (name == u"nbsp")
            rep = QStringLiteral(" ");
        else
            rep = m.captured(0);
        out += rep;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

QString tidyLines(const QString &s)
{
    QStringList lines;
    for (const QString &l : s.split(u'\n')) {
        const QString t = l.simplified();
        if (!t.isEmpty())
            lines << t;
    }
    return lines.join(u'\n');
}
} // namespace

QString htmlLabelText(const QString &html)
{
    static const QRegularExpression lineBreak(QStringLiteral("<\\s*(br|/tr|hr|/table)\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cellEnd(QStringLiteral("<\\s*/td\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString s = html;
    s.replace(u'\n', u' ');
    s.replace(lineBreak, QStringLiteral("\n"));
    s.replace(cellEnd, QStringLiteral(" "));
    s.remove(tag);
    return tidyLines(decodeEntities(s));
}

QString escapedLabelText(const QString &label, const QString &nodeName, const QString &graphName)
{
    QString out;
    out.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        if (c != u'\\' || i + 1 >= label.size()) {
            out += c;
            continue;
        }
        const QChar e = label[++i];
        if (e == u'N' || e == u'E')
            out += nodeName;
        else if (e == u'G')
            out += graphName;
        else if (e == u'n' || e == u'l' || e == u'r')
            out += u'\n';
        else if (e == u'T' || e == u'H')
            out += QString(); // tail/head names only make sense on edges drawn by Graphviz
        else
            out += e;
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

QStringList recordFields(const QString &label)
{
    QStringList fields;
    QString current;
    bool inPort = false;
    auto flush = [&] {
        // Line breaks (\n \l \r) stay: a UML class's members are one field of several lines.
        QStringList lines;
        for (const QString &line : escapedLabelText(current, QString(), QString()).split(u'\n'))
            lines << line.simplified();
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        const QString t = lines.join(u'\n');
        if (!t.isEmpty())
            fields << t;
        current.clear();
    };
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        if (c == u'\\' && i + 1 < label.size()) {
            const QChar e = label[i + 1];
            if (e == u'{' || e == u'}' || e == u'|' || e == u'<' || e == u'>' || e == u' ') {
                if (!inPort)
                    current += e;
                ++i;
                continue;
            }
            if (!inPort)
                current += c;
            continue;
        }
        if (inPort) {
            inPort = c != u'>';
            continue;
        }
        if (c == u'<')
            inPort = true;
        else if (c == u'|' || c == u'{' || c == u'}')
            flush();
        else
            current += c;
    }
    flush();
    return fields;
}

} // namespace ae::diagram::dot

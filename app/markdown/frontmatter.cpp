// SPDX-License-Identifier: MIT
// Front matter parsing: deliberately a tiny subset of YAML ("key: value" lines), all the library needs.
#include "markdown/frontmatter.h"

#include <QStringList>

namespace ae::markdown {

namespace {

bool isFence(QStringView line, bool closing)
{
    const QStringView t = line.trimmed();
    return t == u"---" || (closing && t == u"...");
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
        value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

QString stripFrontMatter(const QString &text, QMap<QString, QString> *values)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QStringList lines = body.split(QLatin1Char('\n'));
    if (lines.size() < 2 || !isFence(lines.first(), false))
        return text;
    int close = -1;
    for (int i = 1; i < lines.size(); ++i) {
        if (isFence(lines.at(i), true)) {
            close = i;
            break;
        }
    }
    if (close < 0)
        return text;
    QMap<QString, QString> parsed;
    for (int i = 1; i < close; ++i) {
        const QString &line = lines.at(i);
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || line.startsWith(QLatin1Char('#')) || line.at(0).isSpace())
            continue;
        parsed.insert(line.left(colon).trimmed().toLower(), unquote(line.mid(colon + 1)));
    }
    if (values)
        *values = parsed;
    QString out;
    out.reserve(body.size());
    out += QString(close + 1, QLatin1Char('\n'));
    for (int i = close + 1; i < lines.size(); ++i) {
        out += lines.at(i);
        if (i + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

} // namespace ae::markdown

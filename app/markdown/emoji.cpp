// SPDX-License-Identifier: MIT
#include "markdown/emoji.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMarkdown)

namespace ae::markdown {

namespace {

constexpr int kMaxNameLength = 64;

QHash<QString, QString> loadTable()
{
    QHash<QString, QString> table;
    QFile f(QStringLiteral(":/ae/emoji/github.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcMarkdown) << "emoji table missing from resources";
        return table;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const int tab = line.indexOf(QLatin1Char('\t'));
        if (tab > 0)
            table.insert(line.left(tab), line.mid(tab + 1).trimmed());
    }
    return table;
}

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> t = loadTable();
    return t;
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('+') || c == QLatin1Char('-');
}

} // namespace

QString emojiFor(const QString &name)
{
    return table().value(name);
}

QString replaceEmojiShortcodes(const QString &text)
{
    int colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return text;
    QString out;
    int copied = 0;
    while (colon >= 0) {
        int end = colon + 1;
        while (end < text.size() && end - colon <= kMaxNameLength && isNameChar(text.at(end)))
            ++end;
        if (end < text.size() && end > colon + 1 && text.at(end) == QLatin1Char(':')) {
            const QString emoji = emojiFor(text.mid(colon + 1, end - colon - 1));
            if (!emoji.isEmpty()) {
                out += QStringView(text).mid(copied, colon - copied);
                out += emoji;
                copied = end + 1;
                colon = text.indexOf(QLatin1Char(':'), end + 1);
                continue;
            }
        }
        colon = text.indexOf(QLatin1Char(':'), colon + 1);
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace ae::markdown

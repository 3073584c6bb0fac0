// SPDX-License-Identifier: MIT
// JSON parsing with located errors, shared by the catalogue and rules loaders.
#include "advisor/jsonsource.h"

#include <QJsonParseError>

namespace ae::advisor {

void lineColumnAt(const QByteArray &text, int offset, int *line, int *column)
{
    int l = 1;
    int lineStart = 0;
    const int end = qBound(0, offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = QString::fromUtf8(text.mid(lineStart, end - lineStart)).size() + 1;
}

bool parseJsonObject(const QByteArray &text, QJsonObject *out, Diagnostics *diagnostics)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        Diagnostic d;
        lineColumnAt(text, error.offset, &d.line, &d.column);
        d.message = QStringLiteral("invalid JSON: %1").arg(error.errorString());
        d.hint = QStringLiteral("check for a missing comma, quote or bracket just before this point");
        diagnostics->append(d);
        return false;
    }
    if (!doc.isObject()) {
        Diagnostic d;
        d.line = 1;
        d.column = 1;
        d.message = QStringLiteral("the file must hold one JSON object ({ ... })");
        diagnostics->append(d);
        return false;
    }
    *out = doc.object();
    return true;
}

int findJsonString(const QByteArray &text, const QString &value, int from)
{
    if (value.isEmpty())
        return -1;
    const QByteArray quoted = QByteArray("\"") + value.toUtf8() + QByteArray("\"");
    return int(text.indexOf(quoted, std::max(0, from)));
}

Diagnostic contentError(const QByteArray &text, const QString &jsonPath, const QString &message, int at,
                        const QString &hint)
{
    Diagnostic d;
    d.message = jsonPath.isEmpty() ? message : jsonPath + QStringLiteral(": ") + message;
    d.hint = hint;
    if (at >= 0)
        lineColumnAt(text, at, &d.line, &d.column);
    return d;
}

} // namespace ae::advisor

// SPDX-License-Identifier: MIT
// CSV writer and reader (the reader exists for the round-trip test and for tools that re-import exports).
#include "csv.h"

#include <QCoreApplication>

namespace ae::metrics {

QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString writeCsv(const CsvRows &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i)
                out += u',';
            out += csvField(row.at(i));
        }
        out += QStringLiteral("\r\n");
    }
    return out;
}

CsvRows readCsv(const QString &text, QString *error)
{
    CsvRows rows;
    QStringList row;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    int line = 1;
    auto fail = [&](const QString &message) {
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("ae::metrics::Csv", "line %1: %2").arg(line).arg(message);
    };
    auto endField = [&] {
        row.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        rows.append(row);
        row.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                fail(QCoreApplication::translate("ae::metrics::Csv", "quote inside an unquoted field"));
            quoted = wasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            // CRLF: the LF ends the row
        } else if (c == u'\n') {
            endRow();
            ++line;
        } else {
            if (wasQuoted)
                fail(QCoreApplication::translate("ae::metrics::Csv", "text after a closing quote"));
            field += c;
        }
    }
    if (quoted)
        fail(QCoreApplication::translate("ae::metrics::Csv", "unterminated quoted field"));
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted)
        endRow();
    return rows;
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF; quotes doubled.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace ae::metrics {

using CsvRows = QVector<QStringList>;

QString csvField(const QString &field);
QString writeCsv(const CsvRows &rows);
// Reads what writeCsv writes (and any RFC 4180 text; LF-only line ends are accepted). On malformed input (a
// quote inside an unquoted field, an unterminated quoted field) returns what was read and sets *error with
// the line.
CsvRows readCsv(const QString &text, QString *error = nullptr);

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Parsing a JSON file with errors a user can act on: syntax errors carry line and column, content errors name
// the JSON path ("factors[2].questions[0].id") and, where the key can be found in the text, its line.
#pragma once

#include "common/diagnostic.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ae::advisor {

// Parses text as a JSON object; on failure returns false and appends one located error.
bool parseJsonObject(const QByteArray &text, QJsonObject *out, Diagnostics *diagnostics);

// 1-based line and column of a byte offset in UTF-8 text (columns count characters).
void lineColumnAt(const QByteArray &text, int offset, int *line, int *column);

// An error about the value at `jsonPath`. QJsonDocument keeps no positions, so the caller passes the byte
// offset of something it found in the text near the value (`at`, -1 when unknown) for the line and column.
Diagnostic contentError(const QByteArray &text, const QString &jsonPath, const QString &message, int at = -1,
                        const QString &hint = {});

// Offset of the JSON string "value" (quotes included) at or after `from`; -1 when absent.
int findJsonString(const QByteArray &text, const QString &value, int from = 0);

} // namespace ae::advisor

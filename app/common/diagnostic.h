// SPDX-License-Identifier: MIT
// A message a user must see, with the place in their text it is about.
#pragma once

#include <QString>
#include <QVector>

namespace ae {

struct Diagnostic
{
    enum class Severity { Error, Warning, Note };

    Severity severity = Severity::Error;
    int line = 0;   // 1-based; 0 when the message is about the whole input
    int column = 0; // 1-based, in characters (not bytes)
    QString message;
    QString hint; // what to do about it; may be empty

    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QVector<Diagnostic>;

QString severityName(Diagnostic::Severity severity);

// "FILE:LINE:COL: error: MESSAGE (hint: HINT)" — the format compilers use, so editors can jump to it.
QString formatDiagnostic(const QString &file, const Diagnostic &d);

bool hasErrors(const Diagnostics &diagnostics);

} // namespace ae

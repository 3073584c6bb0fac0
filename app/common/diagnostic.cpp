// SPDX-License-Identifier: MIT
#include "diagnostic.h"

#include <algorithm>

namespace ae {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("error");
}

QString formatDiagnostic(const QString &file, const Diagnostic &d)
{
    QString out = file + u':' + QString::number(d.line) + u':' + QString::number(d.column) +
                  QStringLiteral(": ") + severityName(d.severity) + QStringLiteral(": ") + d.message;
    if (!d.hint.isEmpty())
        out += QStringLiteral(" (hint: ") + d.hint + u')';
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace ae

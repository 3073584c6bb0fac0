// SPDX-License-Identifier: MIT
// Shared by the advisor suites: the shipped rules and catalogue, and requirements written as "q=a,b; q2=c".
#pragma once

#include "advisor/advisor.h"

#include <QFile>
#include <QTest>

namespace ae::advisor::test {

inline QByteArray readSource(const QString &relative)
{
    QFile f(QStringLiteral(AE_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// The advisor over content/advisor/rules.json and content/technologies.json as checked in; fails the test on
// any error in either file.
inline Advisor shippedAdvisor()
{
    Diagnostics catalogueErrors;
    Diagnostics rulesErrors;
    Catalogue catalogue =
        parseCatalogue(readSource(QStringLiteral("content/technologies.json")), &catalogueErrors);
    Rules rules =
        parseRules(readSource(QStringLiteral("content/advisor/rules.json")), &rulesErrors, &catalogue);
    for (const Diagnostic &d : catalogueErrors + rulesErrors)
        qWarning("%s", qPrintable(formatDiagnostic(QStringLiteral("content"), d)));
    if (!catalogueErrors.isEmpty() || !rulesErrors.isEmpty())
        qFatal("the shipped rules or catalogue have errors");
    return Advisor(std::move(rules), std::move(catalogue));
}

// "data-shape=graph; queries=traversal" -> Requirements.
inline Requirements parseRequirements(const QString &text)
{
    Requirements r;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString question = part.section(QLatin1Char('='), 0, 0).trimmed();
        QStringList answers;
        for (const QString &a : part.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            answers << a.trimmed();
        r.set(question, answers);
    }
    return r;
}

} // namespace ae::advisor::test

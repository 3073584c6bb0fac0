// SPDX-License-Identifier: MIT
// The catalogue of architecture rules (content/checks/rules.json): for each rule id its severity, a one-line
// explanation, what to do about it and the section of the library that says why it matters. The checks are
// code (one function per rule, rules_*.cpp); what a user reads about them is this data.
#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ae::diagram::checks {

struct Rule
{
    QString id;
    Diagnostic::Severity severity = Diagnostic::Severity::Warning;
    QString summary; // one line: what the rule finds
    QString hint;    // what to do about a finding
    QString why;     // library link to the section that shows why it matters ("case-studies/x.md#anchor")
};

class RuleCatalog
{
public:
    // Parses rules.json; on a malformed file returns an empty catalogue and sets `error`.
    static RuleCatalog fromJson(const QByteArray &json, QString *error);
    // The bundled catalogue (:/library/checks/rules.json), read once; empty when the binary has no library.
    static const RuleCatalog &bundled();

    const Rule *find(const QString &id) const;
    const QVector<Rule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    QVector<Rule> m_rules;
};

// Every rule id the code implements, in the guide's order (the catalogue must describe each one).
const QStringList &implementedRules();

} // namespace ae::diagram::checks

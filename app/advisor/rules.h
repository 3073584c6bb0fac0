// SPDX-License-Identifier: MIT
// The advisor's scoring rules (content/advisor/rules.json): factors -> questions -> answers -> rules over
// catalogue fields, plus conflict rules over answers. The format is documented in content/guide/advisor.md.
#pragma once

#include "common/diagnostic.h"

#include <QStringList>
#include <QVector>

namespace ae::advisor {

struct Catalogue;
struct Technology;

// A test on one catalogue field. Exactly one of: any (the field has at least one of these values), none (it
// has none of them), present (true: the field has some value; false: it has none).
struct FieldTest
{
    enum class Op { Any, None, Present, Absent };
    QString field; // dotted path into a catalogue entry: "dataModels", "operations.complexity"
    Op op = Op::Any;
    QStringList values;

    bool matches(const Technology &technology) const;
};

// Points a technology gets when an answer is chosen and the test holds (and every test in `andTests`, when
// any); the reason says why in plain words.
struct ScoringRule
{
    FieldTest test;
    QVector<FieldTest> andTests; // "and": more tests that must hold too, e.g. a data model and a category
    double points = 0;
    QString reason;

    bool matches(const Technology &technology) const;
};

struct Answer
{
    QString id;
    QString label;
    QString help; // may be empty
    QVector<ScoringRule> rules;
};

struct Question
{
    enum class Kind { Choice, MultiChoice };
    QString id; // unique across all factors
    Kind kind = Kind::Choice;
    QString text;
    QString help;
    QVector<Answer> answers;

    const Answer *answer(const QString &answerId) const;
};

struct Factor
{
    QString id;
    QString title;
    QString help;
    double weight = 1.0; // multiplies the factor's points in the total
    QVector<Question> questions;
};

// Flagged when every condition holds: each names a question and the answers that trigger it (any of them).
struct ConflictRule
{
    struct Condition
    {
        QString question;
        QStringList answers;
    };
    QString id;
    QString title;
    QString explanation; // why the combination is a problem and what to relax
    QVector<Condition> when;
};

struct Rules
{
    int version = 0;
    QVector<Factor> factors;
    QVector<FieldTest> candidates; // a technology is ranked only when every test holds
    QVector<ConflictRule> conflicts;

    const Question *question(const QString &questionId) const;
    int factorOf(const QString &questionId) const; // index into factors, -1 when unknown
    bool isCandidate(const Technology &technology) const;
};

// Parses rules.json. Errors carry a JSON path and, where possible, a line. When `catalogue` is given, every
// field a rule tests must exist in at least one of its technologies (a misspelt field would silently never
// match).
Rules parseRules(const QByteArray &json, Diagnostics *diagnostics, const Catalogue *catalogue = nullptr);

} // namespace ae::advisor

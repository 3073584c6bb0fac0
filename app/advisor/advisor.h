// SPDX-License-Identifier: MIT
// The decision advisor: answers to the rules' questions -> technologies ranked by points per factor, each
// with the reasons in plain words, plus the conflicts the answers contain. All scoring comes from the rules
// data.
#pragma once

#include "advisor/catalogue.h"
#include "advisor/evidence.h"
#include "advisor/rules.h"

#include <QMap>

namespace ae::advisor {

// The user's answers: question id -> chosen answer ids (one for a choice question). Unanswered questions
// ("no preference") are simply absent and score nothing.
struct Requirements
{
    QMap<QString, QStringList> answers;

    Requirements &set(const QString &question, const QStringList &answerIds);
    bool has(const QString &question, const QString &answerId) const;
    bool isEmpty() const;
};

struct Reason
{
    int factor = -1;   // index into Rules::factors
    double points = 0; // as the rule gives them (before the factor weight)
    QString text;      // the rule's reason
    QString answer;    // the answer's label that triggered it
};

struct RankedTechnology
{
    Technology technology;
    double total = 0;               // sum of factor points, each times its factor's weight
    QVector<double> factorPoints;   // parallel to Rules::factors, unweighted
    QVector<Reason> reasons;        // in factor, question, rule order
    QVector<EvidenceItem> evidence; // filled by attachEvidence()
};

struct Conflict
{
    QString id;
    QString title;
    QString explanation;
};

struct Recommendation
{
    QVector<RankedTechnology> ranked; // best first; ties by name
    QVector<Conflict> conflicts;
    QStringList unknownAnswers; // "question=answer" pairs the rules do not know (ignored)
};

class Advisor
{
public:
    Advisor() = default;
    Advisor(Rules rules, Catalogue catalogue) : m_rules(std::move(rules)), m_catalogue(std::move(catalogue))
    {
    }

    // Loads the catalogue, then the rules (checked against it). Each file's problems go to its own list,
    // without the file name (formatDiagnostic adds it). Returns false when either has errors.
    bool load(const QString &rulesPath, const QString &cataloguePath, Diagnostics *rulesErrors,
              Diagnostics *catalogueErrors);
    // The rules and catalogue of a library root (a folder or ":/library"): "advisor/rules.json" and
    // "technologies.json" there, each falling back to the bundled copy when the folder has none.
    bool loadForLibrary(const QString &libraryRoot, QString *error);

    const Rules &rules() const { return m_rules; }
    const Catalogue &catalogue() const { return m_catalogue; }

    Recommendation recommend(const Requirements &requirements) const;

private:
    Rules m_rules;
    Catalogue m_catalogue;
};

// Copies each ranked technology's evidence from the index (by technology id).
void attachEvidence(Recommendation *recommendation, const EvidenceIndex &evidence);

} // namespace ae::advisor

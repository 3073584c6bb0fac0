// SPDX-License-Identifier: MIT
// Scoring: for every candidate technology, every chosen answer's rules that hold add their points to the
// answer's factor. Conflicts are rules over answers alone.
#include "advisor/advisor.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAdvisor, "archexplorer.advisor", QtInfoMsg)

namespace ae::advisor {

Requirements &Requirements::set(const QString &question, const QStringList &answerIds)
{
    if (answerIds.isEmpty())
        answers.remove(question);
    else
        answers.insert(question, answerIds);
    return *this;
}

bool Requirements::has(const QString &question, const QString &answerId) const
{
    return answers.value(question).contains(answerId);
}

bool Requirements::isEmpty() const
{
    return answers.isEmpty();
}

namespace {

bool readFile(const QString &path, QByteArray *out, Diagnostics *diagnostics)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Diagnostic d;
        d.message = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        diagnostics->append(d);
        return false;
    }
    *out = f.readAll();
    return true;
}

QString pickFile(const QString &root, const QString &relative)
{
    const QString inRoot = root + QLatin1Char('/') + relative;
    if (QFileInfo::exists(inRoot))
        return inRoot;
    return QStringLiteral(":/library/") + relative;
}

} // namespace

bool Advisor::load(const QString &rulesPath, const QString &cataloguePath, Diagnostics *rulesErrors,
                   Diagnostics *catalogueErrors)
{
    QByteArray catalogueJson;
    QByteArray rulesJson;
    if (readFile(cataloguePath, &catalogueJson, catalogueErrors))
        m_catalogue = parseCatalogue(catalogueJson, catalogueErrors);
    if (readFile(rulesPath, &rulesJson, rulesErrors))
        m_rules = parseRules(rulesJson, rulesErrors, &m_catalogue);
    return !hasErrors(*rulesErrors) && !hasErrors(*catalogueErrors);
}

bool Advisor::loadForLibrary(const QString &libraryRoot, QString *error)
{
    const QString rulesPath = pickFile(libraryRoot, QStringLiteral("advisor/rules.json"));
    const QString cataloguePath = pickFile(libraryRoot, QStringLiteral("technologies.json"));
    Diagnostics rulesErrors;
    Diagnostics catalogueErrors;
    const bool ok = load(rulesPath, cataloguePath, &rulesErrors, &catalogueErrors);
    QStringList messages;
    for (const Diagnostic &d : rulesErrors)
        messages << formatDiagnostic(rulesPath, d);
    for (const Diagnostic &d : catalogueErrors)
        messages << formatDiagnostic(cataloguePath, d);
    for (const QString &m : messages)
        qCWarning(lcAdvisor).noquote() << m;
    if (error)
        *error = messages.join(QLatin1Char('\n'));
    return ok;
}

Recommendation Advisor::recommend(const Requirements &requirements) const
{
    Recommendation out;
    for (auto it = requirements.answers.cbegin(); it != requirements.answers.cend(); ++it) {
        const Question *q = m_rules.question(it.key());
        for (const QString &a : it.value()) {
            if (!q || !q->answer(a))
                out.unknownAnswers << it.key() + QLatin1Char('=') + a;
        }
    }
    for (const Technology &tech : m_catalogue.technologies) {
        if (!m_rules.isCandidate(tech))
            continue;
        RankedTechnology ranked;
        ranked.technology = tech;
        ranked.factorPoints.fill(0.0, m_rules.factors.size());
        for (int f = 0; f < m_rules.factors.size(); ++f) {
            for (const Question &q : m_rules.factors.at(f).questions) {
                for (const QString &answerId : requirements.answers.value(q.id)) {
                    const Answer *answer = q.answer(answerId);
                    if (!answer)
                        continue;
                    for (const ScoringRule &rule : answer->rules) {
                        if (!rule.matches(tech))
                            continue;
                        ranked.factorPoints[f] += rule.points;
                        ranked.reasons.append(Reason{f, rule.points, rule.reason, answer->label});
                    }
                }
            }
            ranked.total += ranked.factorPoints.at(f) * m_rules.factors.at(f).weight;
        }
        out.ranked.append(ranked);
    }
    std::stable_sort(out.ranked.begin(), out.ranked.end(),
                     [](const RankedTechnology &a, const RankedTechnology &b) {
                         if (a.total != b.total)
                             return a.total > b.total;
                         return a.technology.name.compare(b.technology.name, Qt::CaseInsensitive) < 0;
                     });
    for (const ConflictRule &rule : m_rules.conflicts) {
        bool all = !rule.when.isEmpty();
        for (const ConflictRule::Condition &c : rule.when) {
            bool any = false;
            for (const QString &a : c.answers)
                any = any || requirements.has(c.question, a);
            all = all && any;
        }
        if (all)
            out.conflicts.append(Conflict{rule.id, rule.title, rule.explanation});
    }
    return out;
}

void attachEvidence(Recommendation *recommendation, const EvidenceIndex &evidence)
{
    for (RankedTechnology &r : recommendation->ranked)
        r.evidence = evidence.value(r.technology.id);
}

} // namespace ae::advisor

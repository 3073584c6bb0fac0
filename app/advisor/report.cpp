// SPDX-License-Identifier: MIT
// Rendering a recommendation as Markdown and saving it.
#include "advisor/report.h"

#include "common/savefile.h"

namespace ae::advisor {

namespace {

QString points(double p)
{
    const QString n = QString::number(p, 'g', 4);
    return p > 0 ? QLatin1Char('+') + n : n;
}

QString escapeCell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString kindWord(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::Section:
        return QStringLiteral("section");
    case EvidenceItem::Kind::DiagramNode:
        return QStringLiteral("diagram node");
    case EvidenceItem::Kind::Metric:
        return QStringLiteral("metric");
    }
    return {};
}

} // namespace

QString recommendationMarkdown(const Rules &rules, const Requirements &requirements,
                               const Recommendation &recommendation, const ReportOptions &options)
{
    QString md = QStringLiteral("# Database recommendation\n\n## Requirements\n\n");
    bool anyAnswer = false;
    for (const Factor &f : rules.factors) {
        QStringList lines;
        for (const Question &q : f.questions) {
            QStringList labels;
            for (const QString &a : requirements.answers.value(q.id)) {
                if (const Answer *answer = q.answer(a))
                    labels << answer->label;
            }
            if (!labels.isEmpty())
                lines << QStringLiteral("- ") + q.text + QStringLiteral(" ") +
                             labels.join(QStringLiteral("; "));
        }
        if (lines.isEmpty())
            continue;
        anyAnswer = true;
        md += QStringLiteral("**") + f.title + QStringLiteral("**\n\n") + lines.join(QLatin1Char('\n')) +
              QStringLiteral("\n\n");
    }
    if (!anyAnswer)
        md += QStringLiteral("No questions answered.\n\n");

    if (!recommendation.conflicts.isEmpty()) {
        md += QStringLiteral("## Conflicts\n\n");
        for (const Conflict &c : recommendation.conflicts)
            md +=
                QStringLiteral("- **") + c.title + QStringLiteral("**: ") + c.explanation + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }

    const int top = std::min(options.top, int(recommendation.ranked.size()));
    md += QStringLiteral("## Ranking\n\n| Rank | Technology | Category | Total |");
    for (const Factor &f : rules.factors)
        md += QLatin1Char(' ') + escapeCell(f.title) + QStringLiteral(" |");
    md += QStringLiteral("\n|---:|---|---|---:|");
    for (int i = 0; i < rules.factors.size(); ++i)
        md += QStringLiteral("---:|");
    md += QLatin1Char('\n');
    for (int i = 0; i < top; ++i) {
        const RankedTechnology &r = recommendation.ranked.at(i);
        md += QStringLiteral("| %1 | %2 | %3 | %4 |")
                  .arg(i + 1)
                  .arg(escapeCell(r.technology.name), r.technology.category, points(r.total));
        for (double p : r.factorPoints)
            md += QLatin1Char(' ') + points(p) + QStringLiteral(" |");
        md += QLatin1Char('\n');
    }
    md += QLatin1Char('\n');

    for (int i = 0; i < top; ++i) {
        const RankedTechnology &r = recommendation.ranked.at(i);
        md += QStringLiteral("## %1. %2\n\n").arg(i + 1).arg(r.technology.name);
        if (!r.technology.summary.isEmpty())
            md += r.technology.summary + QStringLiteral("\n\n");
        if (!r.reasons.isEmpty()) {
            md += QStringLiteral("Why:\n\n");
            for (const Reason &reason : r.reasons)
                md += QStringLiteral("- ") + points(reason.points) + QStringLiteral(" ") + reason.text +
                      QStringLiteral(" (") + rules.factors.at(reason.factor).title + QStringLiteral(": ") +
                      reason.answer + QStringLiteral(")\n");
            md += QLatin1Char('\n');
        }
        if (!r.technology.weaknesses.isEmpty()) {
            md += QStringLiteral("Watch out for:\n\n");
            for (const QString &w : r.technology.weaknesses)
                md += QStringLiteral("- ") + w + QLatin1Char('\n');
            md += QLatin1Char('\n');
        }
        if (!r.evidence.isEmpty()) {
            md += QStringLiteral("Evidence in the library:\n\n");
            const int n = std::min(options.maxEvidence, int(r.evidence.size()));
            for (int e = 0; e < n; ++e) {
                const EvidenceItem &item = r.evidence.at(e);
                QString target = item.path;
                if (!item.anchor.isEmpty())
                    target += QLatin1Char('#') + item.anchor;
                md += QStringLiteral("- ") + kindWord(item.kind) + QStringLiteral(": [") +
                      item.documentTitle + QStringLiteral(" — ") + item.text + QStringLiteral("](") + target +
                      QStringLiteral(")\n");
            }
            if (r.evidence.size() > n)
                md += QStringLiteral("- and %1 more\n").arg(r.evidence.size() - n);
            md += QLatin1Char('\n');
        }
    }
    return md;
}

bool exportMarkdown(const QString &path, const Rules &rules, const Requirements &requirements,
                    const Recommendation &recommendation, QString *error, const ReportOptions &options)
{
    return saveFileAtomically(
        path, recommendationMarkdown(rules, requirements, recommendation, options).toUtf8(), error);
}

} // namespace ae::advisor

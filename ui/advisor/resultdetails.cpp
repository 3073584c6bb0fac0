// SPDX-License-Identifier: MIT
// HTML for the advisor's details pane and conflict banner (tr() strings, escaped data).
#include "ui/advisor/resultdetails.h"

#include "ui/reader/documentstyle.h"

#include "ui/advisor/resultslist.h"

#include <QCoreApplication>

namespace ae::ui::advisor {

using namespace ae::advisor;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ae::ui::advisor::ResultDetails", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString signedPoints(double p)
{
    const QString n = QString::number(p, 'g', 4);
    return p > 0 ? QLatin1Char('+') + n : n;
}

QString kindLabel(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::Section:
        return tr("Section");
    case EvidenceItem::Kind::DiagramNode:
        return tr("Diagram node");
    case EvidenceItem::Kind::Metric:
        return tr("Metric");
    }
    return {};
}

} // namespace

QUrl evidenceUrl(const QString &path, const QString &anchor)
{
    QUrl url;
    url.setScheme(QStringLiteral("evidence"));
    url.setPath(path);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

bool parseEvidenceUrl(const QUrl &url, QString *path, QString *anchor)
{
    if (url.scheme() != QLatin1String("evidence") || url.path().isEmpty())
        return false;
    *path = url.path();
    *anchor = url.fragment();
    return true;
}

QString conflictsHtml(const QVector<Conflict> &conflicts)
{
    if (conflicts.isEmpty())
        return {};
    QString html;
    for (const Conflict &c : conflicts)
        html += QStringLiteral("<p><b>\u26a0 ") + esc(c.title) + QStringLiteral("</b><br/>") +
                esc(c.explanation) + QStringLiteral("</p>");
    return html;
}

HtmlColors HtmlColors::from(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < text.lightnessF();
    return {text.name(), mixColors(text, base, 0.35).name(),
            dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"),
            palette.color(QPalette::Link).name()};
}

QString resultDetailsHtml(const Rules &rules, const RankedTechnology &ranked, const HtmlColors &colors,
                          int maxEvidence)
{
    const Technology &t = ranked.technology;
    QString html = QStringLiteral("<h2>") + esc(t.name) + QStringLiteral("</h2><p><i>") + esc(t.category) +
                   QStringLiteral("</i> \u2014 ") + esc(t.summary) + QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + tr("Score %1").arg(signedPoints(ranked.total)) + QStringLiteral("</h3>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    for (int f = 0; f < rules.factors.size(); ++f) {
        QStringList lines;
        for (const Reason &r : ranked.reasons) {
            if (r.factor != f)
                continue;
            const QString colour = r.points < 0 ? colors.negative : colors.text;
            lines << QStringLiteral("<span style='color:%1'>%2</span> %3 <span style='color:%4'>(%5)</span>")
                         .arg(colour, signedPoints(r.points), esc(r.text), colors.muted, esc(r.answer));
        }
        const double p = ranked.factorPoints.value(f);
        html += QStringLiteral("<tr><td width='14' style='background:%1'></td><td><b>%2</b></td>"
                               "<td align='right'>%3</td></tr>")
                    .arg(factorColor(f).name(), esc(rules.factors.at(f).title), signedPoints(p));
        html += QStringLiteral("<tr><td></td><td colspan='2'>%1</td></tr>")
                    .arg(lines.isEmpty()
                             ? QStringLiteral("<span style='color:") + colors.muted + QStringLiteral("'>") +
                                   tr("No answer scored here.") + QStringLiteral("</span>")
                             : lines.join(QStringLiteral("<br/>")));
    }
    html += QStringLiteral("</table>");

    if (!t.strengths.isEmpty() || !t.weaknesses.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Trade-offs") + QStringLiteral("</h3><ul>");
        for (const QString &s : t.strengths)
            html += QStringLiteral("<li>\u2714 ") + esc(s) + QStringLiteral("</li>");
        for (const QString &w : t.weaknesses)
            html += QStringLiteral("<li>\u2718 ") + esc(w) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>") + tr("Evidence in the library") + QStringLiteral("</h3>");
    if (ranked.evidence.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No case study in this library uses %1.").arg(esc(t.name)) +
                QStringLiteral("</p>");
        return html;
    }
    QString lastDoc;
    const int n = std::min(maxEvidence, int(ranked.evidence.size()));
    for (int i = 0; i < n; ++i) {
        const EvidenceItem &e = ranked.evidence.at(i);
        if (e.path != lastDoc) {
            if (!lastDoc.isEmpty())
                html += QStringLiteral("</ul>");
            html += QStringLiteral("<p><b>") + esc(e.documentTitle) + QStringLiteral("</b></p><ul>");
            lastDoc = e.path;
        }
        html += QStringLiteral("<li>%1: <a href='%2' style='color:%3'>%4</a></li>")
                    .arg(kindLabel(e.kind), evidenceUrl(e.path, e.anchor).toString().toHtmlEscaped(),
                         colors.link, esc(e.text));
    }
    html += QStringLiteral("</ul>");
    if (ranked.evidence.size() > n)
        html += QStringLiteral("<p>") +
                tr("\u2026 and %1 more (in the exported report).").arg(ranked.evidence.size() - n) +
                QStringLiteral("</p>");
    return html;
}

} // namespace ae::ui::advisor

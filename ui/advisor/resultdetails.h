// SPDX-License-Identifier: MIT
// The selected technology explained as HTML for a QTextBrowser: points per factor with a legend colour, the
// reasons for and against, strengths and weaknesses, and evidence links ("evidence:PATH#ANCHOR") to open in
// the reader.
#pragma once

#include "advisor/advisor.h"

#include <QPalette>
#include <QUrl>

namespace ae::ui::advisor {

// Text colours for the advisor's HTML, from the palette it is shown with: every one keeps 4.5:1 on the
// palette's Base (links included: QTextDocument takes link colours from the palette current when the HTML is
// set, so the views set their HTML again when the palette changes).
struct HtmlColors
{
    QString text, muted, negative, link;
    static HtmlColors from(const QPalette &palette);
};

QString resultDetailsHtml(const ae::advisor::Rules &rules, const ae::advisor::RankedTechnology &ranked,
                          const HtmlColors &colors, int maxEvidence = 12);
// The conflicts as an HTML block (empty when there are none).
QString conflictsHtml(const QVector<ae::advisor::Conflict> &conflicts);

// "evidence:case-studies/x.md#anchor" <-> (path, anchor).
QUrl evidenceUrl(const QString &path, const QString &anchor);
bool parseEvidenceUrl(const QUrl &url, QString *path, QString *anchor);

} // namespace ae::ui::advisor

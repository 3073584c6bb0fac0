// SPDX-License-Identifier: MIT
// The selected technology explained as HTML for a QTextBrowser: points per factor with a legend colour, the reasons
// for and against, strengths and weaknesses, and evidence links ("evidence:PATH#ANCHOR") to open in the reader.
#pragma once

#include "advisor/advisor.h"

#include <QUrl>

namespace ae::ui::advisor {

QString resultDetailsHtml(const ae::advisor::Rules &rules, const ae::advisor::RankedTechnology &ranked,
                          int maxEvidence = 12);
// The conflicts as an HTML block (empty when there are none).
QString conflictsHtml(const QVector<ae::advisor::Conflict> &conflicts);

// "evidence:case-studies/x.md#anchor" <-> (path, anchor).
QUrl evidenceUrl(const QString &path, const QString &anchor);
bool parseEvidenceUrl(const QUrl &url, QString *path, QString *anchor);

} // namespace ae::ui::advisor

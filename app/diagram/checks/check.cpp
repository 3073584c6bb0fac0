// SPDX-License-Identifier: MIT
#include "diagram/checks/check.h"

#include "diagram/checks/context.h"

#include <algorithm>

namespace ae::diagram::checks {

CheckReport checkDiagram(const Diagram &diagram, const RuleCatalog &catalog)
{
    CheckReport report;
    const detail::Context context(diagram);
    detail::Emitter emitter(context, catalog, report);
    detail::checkReplication(context, emitter);
    detail::checkMessaging(context, emitter);
    detail::checkSyncCycles(context, emitter);
    detail::checkRedundancy(context, emitter);
    detail::checkDataAccess(context, emitter);
    detail::checkUserFacing(context, emitter);
    detail::checkSilences(context, emitter);
    report.paths = detail::computePaths(context, emitter);
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.diagnostic.line, a.diagnostic.column) <
               std::tie(b.diagnostic.line, b.diagnostic.column);
    });
    return report;
}

Diagnostic findingDiagnostic(const Finding &finding)
{
    Diagnostic d = finding.diagnostic;
    d.message = QLatin1Char('[') + finding.rule + QStringLiteral("] ") + d.message;
    return d;
}

} // namespace ae::diagram::checks

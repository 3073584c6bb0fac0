// SPDX-License-Identifier: MIT
// The request of a latency or peak-throughput row, from its name.
#include "request.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::metrics {

bool isOwnRequestMeasure(const Metric &m)
{
    if (m.measureId == QLatin1String("peak-throughput")) // its unit's noun ("requests") is no request named
        return m.measureQualifier.isEmpty() || m.measureQualifier == QLatin1String("requests");
    return m.measureQualifier.isEmpty() &&
           (m.measureId == QLatin1String("latency") || m.measureId.startsWith(QLatin1String("latency-")));
}

QString requestOf(const Metric &m)
{
    static const QRegularExpression statistic(
        QStringLiteral("\\b(?:p\\d{2,3}(?:\\.\\d+)?|median|mean|average|avg|tail|latency|latencies|"
                       "response\\s+times?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rate(QStringLiteral("\\b(?:peak|rate|throughput)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaceBeforePunct(QStringLiteral("\\s+([,;:])"));
    QString r = m.name;
    r.replace(m.measureId.startsWith(QLatin1String("peak-throughput")) ? rate : statistic,
              QStringLiteral(" "));
    r = r.simplified();
    r.replace(spaceBeforePunct, QStringLiteral("\\1"));
    auto junk = [](QChar c) { return c.isSpace() || c == u',' || c == u';' || c == u':' || c == u'-'; };
    while (!r.isEmpty() && junk(r.front()))
        r.remove(0, 1);
    while (!r.isEmpty() && junk(r.back()))
        r.chop(1);
    if (r.isEmpty())
        return m.name.simplified();
    // "Checkout" -> "checkout", but "PHI reads" and "API calls" keep their capitals.
    if (r.size() > 1 && r.at(0).isUpper() && r.at(1).isLower())
        r[0] = r.at(0).toLower();
    return r;
}

bool sameRequest(const QStringList &requests)
{
    for (const QString &r : requests)
        if (r.simplified().toLower() != requests.first().simplified().toLower())
            return false;
    return true;
}

QString ownRequestsNote()
{
    return QCoreApplication::translate("ae::metrics::Request",
                                       "each study's own main request: not ranked against each other");
}

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Which request a latency or peak-throughput row is about. The catalogue's latency measures without a
// qualifier (latency-p50, latency-p99, latency-mean...: "the main request path") and its unqualified peak
// throughput hold each study's own main request: the ML platform's online feature lookup beside the shop's
// checkout, which waits on a card authorisation; a payment API's requests beside a storefront's. A number of
// one request is no measure of another's, so Compare ranks such a row only when every study in it names the
// same request; a qualified key (latency-p99 (ledger commit), peak-throughput (orders)) is the same request
// by construction.
#pragma once
#include "metrics/metric.h"

#include <QStringList>
#include <QVector>

namespace ae::metrics {

// True for a row whose key is a latency measure or the peak throughput without a qualifier: its request is
// the study's own.
bool isOwnRequestMeasure(const Metric &m);

// The request the row's name gives, without the statistic words: "Checkout p99 latency" -> "checkout",
// "Online feature lookup p99" -> "online feature lookup", "Mean prediction latency at peak" -> "prediction
// at peak"; for a peak throughput without its rate words: "Peak PHI reads" -> "PHI reads", "Peak API request
// rate" -> "API request". The name as written when nothing is left. Derived from the name only: nothing is
// guessed.
QString requestOf(const Metric &m);

// True when every request names the same thing (case and spacing aside); true for none or one.
bool sameRequest(const QStringList &requests);

// Names the request of each item that reports the measure (item.metricIndex >= 0 into metrics: item.request)
// and, when they differ, appends ": request" to each such item's `label`. True when they differ: the row (or
// chart) is then not ranked. For the cells of a matrix row and the bars of a chart alike.
template <typename Item>
bool nameOwnRequests(const Metrics &metrics, QVector<Item> &items, QString Item::*label)
{
    QStringList requests;
    for (Item &item : items)
        if (item.metricIndex >= 0)
            requests << (item.request = requestOf(metrics.at(item.metricIndex)));
    const bool differ = !sameRequest(requests);
    if (differ)
        for (Item &item : items)
            if (!item.request.isEmpty())
                item.*label += QStringLiteral(": ") + item.request;
    return differ;
}

// What an unranked row says about itself (row head, tooltip, chart subtitle, exports).
QString ownRequestsNote();

} // namespace ae::metrics

// SPDX-License-Identifier: MIT
// Streams and queues: messages that go in and never come out, or consumers waiting on something nobody
// writes. A producer is an edge into the stream; a consumer an edge out of it, or an edge into it whose label
// says it consumes ("consumes", "polls", "subscribes", "reads"). `<->` and `--` count both ways; replication
// between streams (a mirror) consumes the source and produces into the mirror.
#include "diagram/checks/context.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ae::diagram::checks::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ae::diagram::checks", text);
}

bool saysConsume(const Edge &edge)
{
    static const QRegularExpression consume(
        QStringLiteral(
            "\\b(consume|consumes|consumed|consumer|consumers|poll|polls|subscribe|subscribes|read|"
            "reads|pull|pulls|drain|drains|dequeue|dequeues)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return consume.match(edge.label).hasMatch();
}
} // namespace

void checkMessaging(const Context &c, Emitter &e)
{
    for (int n = 0; n < c.d.nodes.size(); ++n) {
        const Node &node = c.d.nodes[n];
        if (!isMessaging(node.kind))
            continue;
        int producers = 0, consumers = 0;
        auto producer = [&producers](const Edge &) { ++producers; };
        auto consumer = [&consumers](const Edge &) { ++consumers; };
        for (int i : c.in[n]) {
            const Edge &edge = c.d.edges[i];
            if (edge.bothWays || !edge.directed) {
                producer(edge);
                consumer(edge);
            } else if (edge.style != EdgeStyle::Replication && saysConsume(edge)) {
                consumer(edge);
            } else {
                producer(edge);
            }
        }
        for (int i : c.out[n]) {
            const Edge &edge = c.d.edges[i];
            if (edge.bothWays || !edge.directed)
                producer(edge);
            consumer(edge);
        }
        const QString what = kindWord(node.kind);
        if (producers > 0 && consumers == 0)
            e.emit(QStringLiteral("stream-without-consumer"), node.location,
                   tr("%1 `%2` has producers but no consumer").arg(what, node.id), {{n}, {}});
        else if (consumers > 0 && producers == 0)
            e.emit(QStringLiteral("stream-without-producer"), node.location,
                   tr("%1 `%2` has consumers but nothing produces into it").arg(what, node.id), {{n}, {}});
    }
}

} // namespace ae::diagram::checks::detail

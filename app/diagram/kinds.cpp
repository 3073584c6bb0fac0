// SPDX-License-Identifier: MIT
// The node-kind table is the single source of the vocabulary: the parser, the highlighter, the guide's table
// and tooltips all read it.
#include "diagram/kinds.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <vector>

namespace ae::diagram {

namespace {

struct KindInfo
{
    NodeKind kind;
    const char *name;
    std::array<const char *, 4> aliases; // unused slots are nullptr
    const char *description;
};

// QT_TRANSLATE_NOOP keeps the descriptions translatable while living in a static table.
const KindInfo kKinds[] = {
    {NodeKind::User, "user", {"person", "actor"}, QT_TRANSLATE_NOOP("ae::diagram", "A person or actor")},
    {NodeKind::Client,
     "client",
     {"app", "browser", "mobile"},
     QT_TRANSLATE_NOOP("ae::diagram", "A web or mobile app, a device")},
    {NodeKind::Service,
     "service",
     {"api", "svc"},
     QT_TRANSLATE_NOOP("ae::diagram", "An application service (the default)")},
    {NodeKind::Worker,
     "worker",
     {"job", "processor", "consumer"},
     QT_TRANSLATE_NOOP("ae::diagram", "A batch job, stream processor or consumer")},
    {NodeKind::Gateway, "gateway", {"apigw"}, QT_TRANSLATE_NOOP("ae::diagram", "An API gateway")},
    {NodeKind::LoadBalancer, "loadbalancer", {"lb"}, QT_TRANSLATE_NOOP("ae::diagram", "A load balancer")},
    {NodeKind::Database,
     "database",
     {"db", "rdbms", "sql"},
     QT_TRANSLATE_NOOP("ae::diagram", "A relational or distributed SQL database")},
    {NodeKind::DocumentStore,
     "document",
     {"docdb", "documentstore"},
     QT_TRANSLATE_NOOP("ae::diagram", "A document store")},
    {NodeKind::KeyValue, "keyvalue", {"kv"}, QT_TRANSLATE_NOOP("ae::diagram", "A key-value store")},
    {NodeKind::Cache, "cache", {}, QT_TRANSLATE_NOOP("ae::diagram", "An in-memory cache")},
    {NodeKind::Queue, "queue", {"mq"}, QT_TRANSLATE_NOOP("ae::diagram", "A message queue")},
    {NodeKind::Stream,
     "stream",
     {"log", "topic"},
     QT_TRANSLATE_NOOP("ae::diagram", "A log or event stream (Kafka, Redis Streams)")},
    {NodeKind::ObjectStorage,
     "storage",
     {"objectstore", "bucket", "blob"},
     QT_TRANSLATE_NOOP("ae::diagram", "Object storage (S3, GCS, Azure Blob)")},
    {NodeKind::SearchIndex, "search", {"searchindex"}, QT_TRANSLATE_NOOP("ae::diagram", "A search index")},
    {NodeKind::Warehouse,
     "warehouse",
     {"analytics", "olap", "lake"},
     QT_TRANSLATE_NOOP("ae::diagram", "A data warehouse, OLAP store or data lake")},
    {NodeKind::GraphDatabase, "graph", {"graphdb"}, QT_TRANSLATE_NOOP("ae::diagram", "A graph database")},
    {NodeKind::VectorDatabase, "vector", {"vectordb"}, QT_TRANSLATE_NOOP("ae::diagram", "A vector database")},
    {NodeKind::TimeSeries,
     "timeseries",
     {"tsdb"},
     QT_TRANSLATE_NOOP("ae::diagram", "A time-series database")},
    {NodeKind::Cdn, "cdn", {}, QT_TRANSLATE_NOOP("ae::diagram", "A content delivery network")},
    {NodeKind::External,
     "external",
     {"thirdparty", "saas"},
     QT_TRANSLATE_NOOP("ae::diagram", "A system outside our control")},
    {NodeKind::Note, "note", {}, QT_TRANSLATE_NOOP("ae::diagram", "Free text on the canvas")},
    {NodeKind::Generic, "generic", {"box"}, QT_TRANSLATE_NOOP("ae::diagram", "A plain box")},
};

const KindInfo *find(NodeKind kind)
{
    for (const KindInfo &info : kKinds)
        if (info.kind == kind)
            return &info;
    return nullptr;
}

} // namespace

QString kindName(NodeKind kind)
{
    const KindInfo *info = find(kind);
    return info ? QString::fromLatin1(info->name) : QStringLiteral("service");
}

std::optional<NodeKind> kindFromName(const QString &name)
{
    for (const KindInfo &info : kKinds) {
        if (name == QLatin1String(info.name))
            return info.kind;
        for (const char *alias : info.aliases)
            if (alias && name == QLatin1String(alias))
                return info.kind;
    }
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList names;
    for (const KindInfo &info : kKinds)
        names.append(QString::fromLatin1(info.name));
    return names;
}

QStringList kindAliases(NodeKind kind)
{
    QStringList aliases;
    if (const KindInfo *info = find(kind))
        for (const char *alias : info->aliases)
            if (alias)
                aliases.append(QString::fromLatin1(alias));
    return aliases;
}

QStringList allKindWords()
{
    QStringList words;
    for (const KindInfo &info : kKinds) {
        words.append(QString::fromLatin1(info.name));
        for (const char *alias : info.aliases)
            if (alias)
                words.append(QString::fromLatin1(alias));
    }
    return words;
}

QString kindDescription(NodeKind kind)
{
    const KindInfo *info = find(kind);
    return info ? QCoreApplication::translate("ae::diagram", info->description) : QString();
}

int editDistance(QStringView a, QStringView b)
{
    // Optimal string alignment distance with three rolling rows: O(|a|*|b|) time, O(|b|) memory.
    const int n = int(a.size()), m = int(b.size());
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

QString suggestion(const QString &word, const QStringList &candidates)
{
    // Words far longer than any sensible name are not typos; skipping them keeps hostile input linear.
    if (word.isEmpty() || word.size() > 64)
        return {};
    const int allowed = word.size() >= 9 ? 3 : word.size() >= 5 ? 2 : word.size() >= 3 ? 1 : 0;
    const QString lower = word.toLower();
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        if (candidate == word || std::abs(int(candidate.size()) - int(word.size())) > allowed)
            continue;
        // A difference only in case counts as the smallest possible mistake.
        const int d = candidate.toLower() == lower ? 0 : editDistance(lower, candidate.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace ae::diagram

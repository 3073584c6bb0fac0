// SPDX-License-Identifier: MIT
// Search benchmark: 1,000 generated case-study-sized documents (~3,000 words, 8 sections, a diagram and a
// metrics table each): index build time and memory, then the median and p95 of 100 queries (target: under 10
// ms each).
#include "bench.h"

#include "content/library.h"
#include "markdown/markdown.h"
#include "search/searchindex.h"

#include <QFile>
#include <QRandomGenerator>
#include <algorithm>

namespace {

// Resident memory in kB (Linux), 0 when unknown.
qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

QStringList vocabulary(QRandomGenerator &rng)
{
    // Real words from the domain plus generated ones, so the dictionary has a realistic long tail.
    QStringList words = QStringLiteral("database ledger replication shard partition latency throughput cache "
                                       "index query transaction consistency "
                                       "region failover primary replica stream event consumer producer "
                                       "schema migration backup snapshot tenant "
                                       "write read commit isolation serializable quorum leader follower "
                                       "compaction vacuum bloat pool connection "
                                       "payment order cart inventory patient record image feed timeline "
                                       "follower graph vector embedding feature "
                                       "model training inference warehouse lake retention audit encryption "
                                       "key rotation compliance cost storage")
                            .split(QLatin1Char(' '));
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    for (int i = 0; i < 20000; ++i) {
        QString w;
        const int len = 4 + int(rng.bounded(7));
        for (int k = 0; k < len; ++k)
            w += letters.at(int(rng.bounded(26)));
        words << w;
    }
    return words;
}

QString pick(const QStringList &words, QRandomGenerator &rng)
{
    // Zipf-like: common words far more often than rare ones.
    const double u = rng.generateDouble();
    const int i = int(std::pow(u, 3.0) * words.size());
    return words.at(std::min(i, int(words.size()) - 1));
}

QString generateStudy(int n, const QStringList &words, QRandomGenerator &rng)
{
    QString md =
        QStringLiteral("---\ntitle: Case study %1\n---\n# Case study %1 %2\n\n").arg(n).arg(pick(words, rng));
    const char *sections[] = {
        "Executive Summary",     "Business Context",       "Database Technology Choices",
        "Architecture Overview", "Implementation Details", "Performance Metrics",
        "Lessons Learned",       "Trade-offs Made"};
    for (const char *title : sections) {
        md += QStringLiteral("## ") + QString::fromLatin1(title) + QStringLiteral("\n\n");
        for (int p = 0; p < 5; ++p) {
            md += QStringLiteral("### ") + pick(words, rng) + QLatin1Char(' ') + pick(words, rng) +
                  QStringLiteral("\n\n");
            for (int w = 0; w < 70; ++w)
                md += pick(words, rng) + (w % 12 == 11 ? QStringLiteral(". ") : QStringLiteral(" "));
            md += QStringLiteral("\n\n");
        }
        if (QLatin1String(title) == QLatin1String("Architecture Overview")) {
            md += QStringLiteral("```arch\ntitle \"System %1\"\n").arg(n);
            for (int k = 0; k < 12; ++k)
                md += QStringLiteral("database n%1 \"%2 %3\" [tech: \"PostgreSQL %4\"]\n")
                          .arg(k)
                          .arg(pick(words, rng), pick(words, rng))
                          .arg(12 + k % 4);
            md += QStringLiteral("```\n\n");
        }
        if (QLatin1String(title) == QLatin1String("Performance Metrics")) {
            md += QStringLiteral("| Metric | Result | Unit |\n|---|---|---|\n");
            for (int k = 0; k < 8; ++k)
                md += QStringLiteral("| %1 p99 latency | %2 | ms |\n").arg(pick(words, rng)).arg(k * 7 + 3);
            md += QLatin1Char('\n');
        }
    }
    return md;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

} // namespace

AE_BENCH_SECTION("search")
{
    const int count = ctx.quick ? 100 : 1000;
    QRandomGenerator rng(20261126);
    const QStringList words = vocabulary(rng);
    QElapsedTimer timer;
    timer.start();
    QVector<ae::content::Document> docs;
    qint64 totalWords = 0;
    for (int i = 0; i < count; ++i) {
        ae::content::Document d;
        d.path = QStringLiteral("generated/study-%1.md").arg(i);
        d.source = generateStudy(i, words, rng);
        d.md = ae::markdown::parse(d.source);
        d.title = d.md.title;
        totalWords += d.source.count(QLatin1Char(' '));
        docs.append(d);
    }
    ctx.out << "generated " << count << " documents, ~" << totalWords / count << " words each, parsed in "
            << qRound(ae::bench::ms(timer)) << " ms\n";

    const qint64 rssBefore = residentKb();
    timer.restart();
    const ae::search::SearchIndex index = ae::search::buildIndex(docs);
    const double buildMs = ae::bench::ms(timer);
    const qint64 rssAfter = residentKb();
    ctx.out << "index build: " << qRound(buildMs) << " ms for " << index.entryCount() << " entries, "
            << index.termCount() << " terms\n";
    ctx.out << "index memory: ~" << index.approximateBytes() / (1024 * 1024)
            << " MB counted (text shared with the "
            << "documents included), RSS grew " << (rssAfter - rssBefore) / 1024 << " MB\n";

    // 100 queries: common and rare words, two-word queries, prefixes as typed.
    QStringList queries;
    for (int i = 0; i < 100; ++i) {
        const QString a = words.at(int(rng.bounded(i % 2 ? 100 : int(words.size()))));
        const QString b = pick(words, rng);
        switch (i % 4) {
        case 0:
            queries << a;
            break;
        case 1:
            queries << a + QLatin1Char(' ') + b;
            break;
        case 2:
            queries << a.left(3);
            break; // typing: a short prefix
        default:
            queries << QStringLiteral("replication lat");
            break;
        }
    }
    std::vector<double> times;
    int hits = 0;
    for (const QString &q : queries) {
        timer.restart();
        const ae::search::SearchResults r = index.search(q);
        times.push_back(ae::bench::ms(timer));
        hits += r.totalMatches > 0 ? 1 : 0;
    }
    ctx.out << "100 queries (" << hits << " with matches): median "
            << QString::number(percentile(times, 0.5), 'f', 2) << " ms, p95 "
            << QString::number(percentile(times, 0.95), 'f', 2) << " ms, max "
            << QString::number(*std::max_element(times.begin(), times.end()), 'f', 2)
            << " ms (target < 10 ms)\n";

    timer.restart();
    ae::search::SearchIndex patched = index;
    const double copyMs = ae::bench::ms(timer);
    timer.restart();
    patched.updateDocument(docs.at(count / 2));
    const double firstMs = ae::bench::ms(timer);
    timer.restart();
    patched.updateDocument(docs.at(count / 3));
    ctx.out << "incremental update of one document: " << QString::number(ae::bench::ms(timer), 'f', 1)
            << " ms in place; " << QString::number(firstMs, 'f', 1)
            << " ms on a fresh copy (shared posting lists "
            << "detach), copy " << QString::number(copyMs, 'f', 1) << " ms\n";
}

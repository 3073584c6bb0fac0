// SPDX-License-Identifier: MIT
// Benchmark section for the bench program: 5 case studies x 12 time metrics, from Markdown text to a rendered
// compare chart. Prints the time of each stage (parse + extract, build, render PNG, render SVG).
#include "bench.h"
#include "markdown/markdown.h"
#include "metrics/extract.h"
#include "ui/compare/chartexport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace ae::bench {

namespace {

QString studyText(int study, int metrics)
{
    QString text = QStringLiteral("# Study %1\n\n## Performance Metrics\n\n"
                                  "| Metric | Baseline | Result | Unit | Better | Source |\n|---|---|---|---|---|---|\n")
                       .arg(study);
    for (int m = 0; m < metrics; ++m)
        text += QStringLiteral("| Metric %1 p99 latency | %2 | ~%3 | ms | lower | bench |\n")
                    .arg(m)
                    .arg(1000 + 37 * m * (study + 1))
                    .arg(10 + 13 * m + 7 * study);
    return text;
}

} // namespace

void benchCompare(QTextStream &out)
{
    // Qt Charts draws with QGraphicsWidget, which needs a QApplication (widgets), not only a QGuiApplication.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        out << "compare: skipped (the bench program must create a QApplication for Qt Charts)\n";
        return;
    }
    constexpr int studies = 5;
    constexpr int perStudy = 12;
    QElapsedTimer t;
    t.start();
    metrics::Metrics all;
    for (int s = 0; s < studies; ++s)
        all += metrics::extractMetrics(markdown::parse(studyText(s, perStudy)), QStringLiteral("s%1.md").arg(s),
                                       QStringLiteral("Study %1").arg(s))
                   .metrics;
    const qint64 parseNs = t.nsecsElapsed();

    t.restart();
    metrics::ComparisonOptions options;
    options.dimension = metrics::Dimension::Time;
    const metrics::ComparisonSet set = metrics::buildComparison(all, options);
    const qint64 buildNs = t.nsecsElapsed();

    const QSize size = ui::compare::defaultExportSize;
    t.restart();
    const QByteArray png = ui::compare::chartPng(set, ui::compare::ChartOptions{}, size);
    const qint64 pngNs = t.nsecsElapsed();

    t.restart();
    const QByteArray svg = ui::compare::chartSvg(set, ui::compare::ChartOptions{}, size);
    const qint64 svgNs = t.nsecsElapsed();

    out << "compare: " << studies << " studies x " << perStudy << " metrics (" << set.barCount() << " bars)\n"
        << "  parse + extract  " << QString::number(parseNs / 1e6, 'f', 2) << " ms\n"
        << "  build comparison " << QString::number(buildNs / 1e6, 'f', 2) << " ms\n"
        << "  render PNG (2x)  " << QString::number(pngNs / 1e6, 'f', 2) << " ms (" << png.size() / 1024
        << " KiB, encoded)\n"
        << "  render SVG       " << QString::number(svgNs / 1e6, 'f', 2) << " ms (" << svg.size() / 1024
        << " KiB)\n";
    out.flush();
}

} // namespace ae::bench

AE_BENCH_SECTION("compare")
{
    ae::bench::benchCompare(ctx.out);
}

// SPDX-License-Identifier: MIT
// Benchmark section "compare": generated libraries of 5 and 100 case studies x 20 measures; times the matrix
// build, the matrix laid out and painted (the drawing list replayed on a 2x image), one measure's chart laid
// out and painted, and its SVG. Target (issue "Compare, rebuilt"): matrix of 100 studies x 20 measures built
// and painted < 100 ms. Figures are medians of several runs.
#include "bench.h"
#include "content/library.h"
#include "metrics/matrix.h"
#include "metrics/measurechart.h"
#include "ui/compare/compareexport.h"
#include "ui/compare/matrixmodel.h"

#include <QHeaderView>
#include <QPixmap>
#include <QTableView>

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

namespace ae::bench {

namespace {

const char *const measures[][3] = {{"latency-p50", "Main path p50 latency", "ms"},
                                   {"latency-p99", "Main path p99 latency", "ms"},
                                   {"latency-p999", "Main path p99.9 latency", "ms"},
                                   {"peak-throughput", "Peak requests", "req/s"},
                                   {"availability", "Availability", "%"},
                                   {"downtime", "Downtime", "min"},
                                   {"rpo", "Recovery point", "s"},
                                   {"rto", "Recovery time", "min"},
                                   {"restore-time", "Restore from backup", "min"},
                                   {"failover-time", "Failover", "s"},
                                   {"monthly-cost", "Infrastructure cost", "USD/month"},
                                   {"cost-per-unit", "Cost per 1M requests", "USD/1M requests"},
                                   {"stored-volume", "Data stored", "TB"},
                                   {"ingest-rate", "Ingest", "GB/day"},
                                   {"incidents", "Incidents", "incidents/year"},
                                   {"freshness", "Freshness", "s"},
                                   {"latency-p95", "Main path p95 latency", "ms"},
                                   {"cache-hit-ratio (edge)", "Edge hit ratio", "%"},
                                   {"loss-rate (messages)", "Messages lost", "%"},
                                   {"peak-throughput (writes)", "Peak writes", "writes/s"}};

QVector<content::Document> library(int studies)
{
    QVector<content::Document> docs;
    for (int s = 0; s < studies; ++s) {
        content::Document d;
        d.path = QStringLiteral("case-studies/study-%1.md").arg(s);
        QString text =
            QStringLiteral("---\ntitle: Study %1\nshort: S%1\n---\n# Study %1\n\n## Performance Metrics\n\n"
                           "| Metric | Measure | Baseline | Result | Unit | Better | Source |\n"
                           "|---|---|---|---|---|---|---|\n")
                .arg(s);
        for (int m = 0; m < 20; ++m) {
            const bool percent = QLatin1String(measures[m][2]) == QLatin1String("%");
            const double base = percent ? 99.0 + (s % 9) / 10.0 : 100.0 + 37 * m * (s % 7 + 1);
            const double result = percent ? 99.9 + (s % 9) / 100.0 : 10.0 + 13 * m + 7 * (s % 11);
            text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | | bench |\n")
                        .arg(QLatin1String(measures[m][1]), QLatin1String(measures[m][0]))
                        .arg(base)
                        .arg(result)
                        .arg(QLatin1String(measures[m][2]));
        }
        d.source = text;
        content::analyse(d);
        docs.append(d);
    }
    return docs;
}

template <typename F> double medianMs(int runs, F f)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void run(QTextStream &out, int studies, int runs)
{
    const metrics::LibraryMetrics data =
        metrics::collectMetrics(library(studies), metrics::MeasureCatalog::forLibrary({}));
    metrics::MeasureMatrix matrix;
    const double build = medianMs(runs, [&] { matrix = metrics::buildMatrix(data); });
    // On screen the matrix is a table view: the model reset and one paint of the 1280x800 window's view.
    ui::compare::MatrixModel model;
    QTableView view;
    view.setModel(&model);
    view.setWordWrap(true);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view.resize(1050, 600);
    const double paintMatrix = medianMs(runs, [&] {
        model.setMatrix(matrix, &data, false);
        QPixmap pixmap = view.grab();
        Q_UNUSED(pixmap);
    });
    draw::DrawList exported;
    const double layoutMatrix = medianMs(runs, [&] { exported = ui::compare::matrixDrawing(matrix, false); });
    const double pngMatrix = medianMs(runs, [&] {
        QImage image = draw::toImage(exported, 2);
        Q_UNUSED(image);
    });
    const QString key = metrics::findMeasureKey(data, QStringLiteral("latency-p99"));
    metrics::MeasureChartData chart;
    const double chartBuild = medianMs(runs, [&] { chart = metrics::buildMeasureChart(data, key); });
    const double chartPaint = medianMs(runs, [&] {
        QImage image = draw::toImage(ui::compare::chartDrawing(chart, data, false), 2);
        Q_UNUSED(image);
    });
    QByteArray svg;
    const double chartSvg =
        medianMs(runs, [&] { svg = draw::toSvg(ui::compare::chartDrawing(chart, data, false)); });
    out << "compare: " << studies << " studies x 20 measures (" << matrix.rows.size() << " matrix rows)\n"
        << "  matrix build              " << QString::number(build, 'f', 2) << " ms\n"
        << "  matrix shown (model + paint of the table view) " << QString::number(paintMatrix, 'f', 2)
        << " ms\n"
        << "  matrix built and painted  " << QString::number(build + paintMatrix, 'f', 2)
        << " ms (target < 100)\n"
        << "  matrix export: layout " << QString::number(layoutMatrix, 'f', 2) << " ms, 2x PNG raster "
        << QString::number(pngMatrix, 'f', 2) << " ms (" << int(exported.size.width() * 2) << "x"
        << int(exported.size.height() * 2) << " px)\n"
        << "  p99 chart build           " << QString::number(chartBuild, 'f', 2) << " ms\n"
        << "  p99 chart layout + paint  " << QString::number(chartPaint, 'f', 2) << " ms\n"
        << "  p99 chart layout + SVG    " << QString::number(chartSvg, 'f', 2) << " ms (" << svg.size() / 1024
        << " KiB)\n";
    out.flush();
}

} // namespace

} // namespace ae::bench

AE_BENCH_SECTION("compare")
{
    ae::bench::run(ctx.out, 5, ctx.quick ? 3 : 9);
    ae::bench::run(ctx.out, 100, ctx.quick ? 3 : 9);
}

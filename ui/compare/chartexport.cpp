// SPDX-License-Identifier: MIT
// Exports write through saveFileAtomically, so a failed export never leaves a partial file behind.
#include "ui/compare/chartexport.h"

#include "common/savefile.h"
#include "metrics/report.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace ae::ui::compare {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ae::ui::compare::Export", text); }

bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    if (!saveFileAtomically(path, bytes, &why)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace

QChart *layOutChart(const metrics::ComparisonSet &set, const ChartOptions &options, QSize size)
{
    auto *scene = new QGraphicsScene;
    QChart *chart = buildChart(set, options);
    scene->addItem(chart);
    QObject::connect(chart, &QObject::destroyed, scene, &QObject::deleteLater);
    chart->setGeometry(0, 0, size.width(), size.height());
    scene->setSceneRect(0, 0, size.width(), size.height());
    // Layout is deferred to the event loop; activate it now, then place the labels on the final plot area.
    if (chart->layout())
        chart->layout()->activate();
    updateBarLabels(chart);
    return chart;
}

void renderChart(const metrics::ComparisonSet &set, const ChartOptions &options, QPainter *painter, QSize size)
{
    QChart *chart = layOutChart(set, options, size);
    QGraphicsScene *scene = chart->scene();
    scene->render(painter, QRectF(0, 0, size.width(), size.height()), QRectF(0, 0, size.width(), size.height()));
    scene->removeItem(chart);
    delete chart;
    delete scene;
}

QByteArray chartSvg(const metrics::ComparisonSet &set, const ChartOptions &options, QSize size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(options.title.isEmpty() ? set.valueAxisTitle : options.title);
    svg.setDescription(tr("Architecture Explorer compare chart"));
    {
        QPainter painter(&svg);
        renderChart(set, options, &painter, size);
    }
    return buffer.data();
}

QByteArray chartPng(const metrics::ComparisonSet &set, const ChartOptions &options, QSize size)
{
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(options.dark ? Qt::black : Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        renderChart(set, options, &painter, size);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG") ? buffer.data() : QByteArray();
}

bool exportSvg(const metrics::ComparisonSet &set, const ChartOptions &options, const QString &path, QSize size,
               QString *error)
{
    return saveBytes(path, chartSvg(set, options, size), error);
}

bool exportPng(const metrics::ComparisonSet &set, const ChartOptions &options, const QString &path, QSize size,
               QString *error)
{
    const QByteArray png = chartPng(set, options, size);
    if (png.isEmpty()) {
        if (error)
            *error = tr("cannot encode PNG");
        return false;
    }
    return saveBytes(path, png, error);
}

bool exportCsv(const metrics::ComparisonSet &set, const QString &path, QString *error)
{
    return saveBytes(path, metrics::writeCsv(metrics::comparisonTable(set)).toUtf8(), error);
}

bool exportByExtension(const metrics::ComparisonSet &set, const ChartOptions &options, const QString &path,
                       QSize size, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return exportSvg(set, options, path, size, error);
    if (suffix == QLatin1String("png"))
        return exportPng(set, options, path, size, error);
    if (suffix == QLatin1String("csv"))
        return exportCsv(set, path, error);
    if (error)
        *error = tr("unknown output format `.%1` (use .svg, .png or .csv)").arg(suffix);
    return false;
}

} // namespace ae::ui::compare

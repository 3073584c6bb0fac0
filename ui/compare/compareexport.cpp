// SPDX-License-Identifier: MIT
#include "ui/compare/compareexport.h"

#include "common/savefile.h"
#include "metrics/csv.h"
#include "metrics/request.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>

namespace ae::ui::compare {

QVector<QColor> barColors(const metrics::MeasureChartData &chart, const metrics::LibraryMetrics &data)
{
    QVector<QColor> colors;
    for (const metrics::ChartBar &b : chart.bars)
        colors << draw::studyColor(std::max<qsizetype>(0, data.studies.indexOf(b.study)));
    return colors;
}

draw::DrawList chartDrawing(const metrics::MeasureChartData &chart, const metrics::LibraryMetrics &data,
                            bool dark, qreal width)
{
    draw::BarChartStyle style;
    style.palette = draw::ChartPalette::forTheme(dark);
    style.barColors = barColors(chart, data);
    return draw::layoutBarChart(chart, style, width);
}

draw::DrawList matrixDrawing(const metrics::MeasureMatrix &matrix, bool dark)
{
    // A row that is not ranked says so in its head, as on screen (its cells have no ratio, so no shade).
    metrics::MeasureMatrix shown = matrix;
    for (metrics::MatrixRow &row : shown.rows)
        if (row.ownRequests) {
            row.name += QStringLiteral(" (") + metrics::ownRequestsNote() + u')';
            row.about += u' ' + metrics::ownRequestsNote() + u'.';
        }
    return draw::layoutMatrix(shown, draw::ChartPalette::forTheme(dark));
}

QByteArray encode(const draw::DrawList &drawing, const metrics::CsvRows &csv, const QString &path,
                  qreal pngScale, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return draw::toSvg(drawing);
    if (suffix == QLatin1String("csv"))
        return metrics::writeCsv(csv).toUtf8();
    if (suffix == QLatin1String("png")) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!draw::toImage(drawing, pngScale).save(&buffer, "PNG")) {
            if (error)
                *error = QCoreApplication::translate("ae::ui::compare", "could not encode the PNG image");
            return {};
        }
        return bytes;
    }
    if (error)
        *error =
            QCoreApplication::translate("ae::ui::compare", "unknown file type `.%1` (use .svg, .png or .csv)")
                .arg(suffix);
    return {};
}

bool exportTo(const draw::DrawList &drawing, const metrics::CsvRows &csv, const QString &path, qreal pngScale,
              QString *error)
{
    const QByteArray bytes = encode(drawing, csv, path, pngScale, error);
    return !bytes.isEmpty() && saveFileAtomically(path, bytes, error);
}

} // namespace ae::ui::compare

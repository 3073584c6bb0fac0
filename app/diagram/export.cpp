// SPDX-License-Identifier: MIT
// SVG/PNG/PDF files from a laid-out diagram. Bytes are produced in memory first and written with
// saveFileAtomically, so a failure (unwritable or missing directory, full disk) leaves no file behind and
// reports the system's reason.
#include "diagram/export.h"
#include "common/savefile.h"
#include "diagram/drawdiagram.h"
#include "diagram/painter.h"
#include "diagram/svgwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace ae::diagram {

namespace {

// rsvg-convert and most viewers refuse images over 32,767 px on a side; stay well inside.
constexpr int kMaxImageSide = 32000;

QByteArray pngBytes(const LaidOutDiagram &d, const Theme &theme, double scale, QString *error)
{
    const QImage image = renderImage(d, theme, scale);
    if (image.isNull()) {
        if (error)
            *error = QStringLiteral("the diagram is too large for a PNG at scale %1").arg(scale);
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = QStringLiteral("the PNG could not be encoded");
        return {};
    }
    return bytes;
}

QByteArray pdfBytes(const LaidOutDiagram &d, const Theme &theme)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Architecture Explorer"));
        writer.setTitle(d.diagram.title);
        writer.setResolution(72); // one diagram pixel = one PDF point
        const QSizeF size = d.bounds.size().expandedTo(QSizeF(1, 1));
        writer.setPageSize(QPageSize(size, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        painter.translate(-d.bounds.topLeft());
        DiagramPainter().paint(painter, d, theme);
    }
    return bytes;
}

} // namespace

std::optional<ExportFormat> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<ExportFormat> formatFromPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QImage renderImage(const LaidOutDiagram &d, const Theme &theme, double scale)
{
    if (scale <= 0)
        scale = 1;
    const int w = qMax(1, int(std::ceil(d.bounds.width() * scale)));
    const int h = qMax(1, int(std::ceil(d.bounds.height() * scale)));
    if (w > kMaxImageSide || h > kMaxImageSide)
        return {};
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(effectiveTheme(d.diagram, theme).background);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-d.bounds.topLeft());
    DiagramPainter().paint(painter, d, theme);
    painter.end();
    return image;
}

QByteArray exportBytes(const LaidOutDiagram &d, const Theme &theme, ExportFormat format, double scale,
                       QString *error)
{
    switch (format) {
    case ExportFormat::Svg:
        return writeSvg(d, theme);
    case ExportFormat::Png:
        return pngBytes(d, theme, scale, error);
    case ExportFormat::Pdf:
        return pdfBytes(d, theme);
    }
    return {};
}

namespace {
bool writeBytes(const QString &path, const std::function<QByteArray(QString *)> &bytesOf, QString *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = QStringLiteral("cannot write %1: the folder %2 does not exist")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QString why;
    const QByteArray bytes = bytesOf(&why);
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    if (!saveFileAtomically(path, bytes, &why)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}
} // namespace

bool exportDiagram(const LaidOutDiagram &d, const Theme &theme, const QString &path, ExportFormat format,
                   double scale, QString *error)
{
    return writeBytes(
        path, [&](QString *why) { return exportBytes(d, theme, format, scale, why); }, error);
}

QByteArray exportDrawingBytes(const draw::DrawList &drawing, ExportFormat format, double scale,
                              QString *error)
{
    if (format == ExportFormat::Svg)
        return draw::toSvg(drawing);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == ExportFormat::Png) {
        if (drawing.size.width() * scale > kMaxImageSide || drawing.size.height() * scale > kMaxImageSide) {
            if (error)
                *error = QStringLiteral("the diagram is too large for a PNG at scale %1").arg(scale);
            return {};
        }
        if (!draw::toImage(drawing, scale).save(&buffer, "PNG")) {
            if (error)
                *error = QStringLiteral("the PNG could not be encoded");
            return {};
        }
        return bytes;
    }
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Architecture Explorer"));
        writer.setTitle(drawing.title);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(drawing.size.expandedTo(QSizeF(1, 1)), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        painter.translate(-drawing.origin);
        draw::paint(drawing, &painter);
    }
    return bytes;
}

bool exportDrawing(const draw::DrawList &drawing, const QString &path, ExportFormat format, double scale,
                   QString *error)
{
    return writeBytes(
        path, [&](QString *why) { return exportDrawingBytes(drawing, format, scale, why); }, error);
}

} // namespace ae::diagram

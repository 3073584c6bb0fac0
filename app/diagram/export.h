// SPDX-License-Identifier: MIT
// Writing a laid-out diagram to a file: SVG (svgwriter), PNG (QImage) and PDF (QPdfWriter), all drawn by
// DiagramPainter. Never opens dialogs; never leaves a partial file (QSaveFile).
#pragma once

#include "diagram/laidout.h"
#include "diagram/theme.h"
#include "draw/drawlist.h"

#include <QImage>
#include <QString>
#include <optional>

namespace ae::diagram {

enum class ExportFormat { Svg, Png, Pdf };

// From the extension (case-insensitive): .svg, .png, .pdf; nullopt otherwise.
std::optional<ExportFormat> formatFromPath(const QString &path);
// From a name ("svg", "png", "pdf"), case-insensitive.
std::optional<ExportFormat> formatFromName(const QString &name);

// The diagram at `scale` (1 = one pixel per diagram unit; PNG default is 2) on the theme's background.
QImage renderImage(const LaidOutDiagram &diagram, const Theme &theme, double scale = 2.0);

// The bytes of the file for `format` (scale applies to PNG only).
QByteArray exportBytes(const LaidOutDiagram &diagram, const Theme &theme, ExportFormat format, double scale,
                       QString *error);

// Writes `path`; on failure returns false, sets *error (if given) to a sentence naming the path, and leaves
// no file.
bool exportDiagram(const LaidOutDiagram &diagram, const Theme &theme, const QString &path,
                   ExportFormat format, double scale, QString *error);

// The same for a diagram's drawing list with more on it (the check markers and path summary of
// `render --checks`, drawchecks.h).
QByteArray exportDrawingBytes(const draw::DrawList &drawing, ExportFormat format, double scale,
                              QString *error);
bool exportDrawing(const draw::DrawList &drawing, const QString &path, ExportFormat format, double scale,
                   QString *error);

} // namespace ae::diagram

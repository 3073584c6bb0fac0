// SPDX-License-Identifier: MIT
// Document diagrams: cached layout, crisp fitted image, readable error image.
#include "ui/diagram/documentdiagramrenderer.h"

#include "diagram/kinds.h"
#include "diagram/layout.h"
#include "diagram/painter.h"
#include "diagram/import/import.h"
#include "diagram/theme.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPainter>

#include <cmath>

namespace ae::ui {

namespace {
QByteArray keyOf(const QString &text, bool dark, int width = 0, qreal dpr = 0)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(text.toUtf8());
    const QByteArray params = QByteArray(dark ? "|dark|" : "|light|") + QByteArray::number(width) + '|' +
                              QByteArray::number(dpr, 'f', 3);
    hash.addData(params);
    return hash.result();
}

// Fitted to the column, never enlarged past its natural size.
qreal fittedScale(const QRectF &bounds, int maxWidthPx)
{
    return bounds.width() > 0 ? std::min<qreal>(1.0, maxWidthPx / bounds.width()) : 1.0;
}

QVector<DiagramHotspot> hotspotsOf(const diagram::LaidOutDiagram &laidOut, qreal scale)
{
    QVector<DiagramHotspot> out;
    out.reserve(laidOut.nodes.size());
    for (const diagram::LaidOutNode &ln : laidOut.nodes) {
        if (ln.index < 0 || ln.index >= laidOut.diagram.nodes.size())
            continue;
        const QRectF r = ln.rect.translated(-laidOut.bounds.topLeft());
        out.append(hotspotOf(laidOut.diagram.nodes.at(ln.index), QRectF(r.topLeft() * scale, r.size() * scale)));
    }
    return out;
}

} // namespace

DiagramHotspot hotspotOf(const diagram::Node &n, const QRectF &rect)
{
    return DiagramHotspot{rect, n.id, n.label, diagram::kindName(n.kind), diagram::kindDescription(n.kind),
                          n.technology, n.note, n.link};
}

namespace {

QString trText(const char *s)
{
    return QCoreApplication::translate("ae::ui::DocumentDiagramRenderer", s);
}
} // namespace

DocumentDiagramRenderer::DocumentDiagramRenderer() : m_layouts(64), m_images(32) {}

DocumentDiagramRenderer::~DocumentDiagramRenderer() = default;

QImage DocumentDiagramRenderer::render(const QString &info, const QString &text, int maxWidthPx, qreal dpr, bool dark,
                                      QVector<DiagramHotspot> *hotspots)
{
    if (hotspots)
        hotspots->clear();
    const std::optional<diagram::DiagramFormat> format = diagram::diagramFormatFromInfo(info.trimmed().toLower());
    if (!format || maxWidthPx <= 0)
        return {};
    dpr = dpr > 0 ? dpr : 1.0;
    m_lastError.clear();
    const QByteArray imageKey = keyOf(diagram::diagramFormatName(*format) + QLatin1Char('\n') + text, dark, maxWidthPx, dpr);
    const QByteArray layoutKey = keyOf(diagram::diagramFormatName(*format) + QLatin1Char('\n') + text, dark);
    if (const QImage *cached = m_images.object(imageKey)) {
        if (hotspots) {
            if (const diagram::LaidOutDiagram *laidOut = m_layouts.object(layoutKey))
                *hotspots = hotspotsOf(*laidOut, fittedScale(laidOut->bounds, maxWidthPx));
        }
        return *cached;
    }

    const diagram::Theme theme = dark ? diagram::Theme::dark() : diagram::Theme::light();
    diagram::LaidOutDiagram *laidOut = m_layouts.object(layoutKey);
    if (!laidOut) {
        const diagram::ParseResult parsed = diagram::parseAnyDiagram(text, *format);
        for (const Diagnostic &d : parsed.diagnostics) {
            if (d.isError()) {
                return errorImage(trText("This diagram has errors. Line %1, column %2: %3")
                                      .arg(d.line).arg(d.column).arg(d.message),
                                  maxWidthPx, dpr, dark);
            }
        }
        diagram::LayoutResult result = diagram::layoutDiagram(parsed.diagram, theme, m_timeoutMs, true);
        if (!result.ok)
            return errorImage(trText("This diagram could not be laid out: %1").arg(result.error), maxWidthPx, dpr,
                              dark);
        laidOut = new diagram::LaidOutDiagram(std::move(result.diagram));
        m_layouts.insert(layoutKey, laidOut);
    }

    const QRectF bounds = laidOut->bounds;
    if (bounds.isEmpty())
        return errorImage(trText("This diagram is empty."), maxWidthPx, dpr, dark);
    const qreal scale = fittedScale(bounds, maxWidthPx);
    const QSize logical(std::min(maxWidthPx, int(std::ceil(bounds.width() * scale))),
                        int(std::ceil(bounds.height() * scale)));
    QImage image(QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.background);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale * dpr, scale * dpr);
        p.translate(-bounds.topLeft());
        diagram::DiagramPainter().paint(p, *laidOut, theme);
    }
    image.setDevicePixelRatio(dpr);
    m_images.insert(imageKey, new QImage(image));
    if (hotspots)
        *hotspots = hotspotsOf(*laidOut, scale);
    return image;
}

QImage DocumentDiagramRenderer::errorImage(const QString &message, int maxWidthPx, qreal dpr, bool dark)
{
    m_lastError = message;
    const int width = std::min(maxWidthPx, 640);
    QFont font;
    font.setPixelSize(14);
    const QFontMetrics fm(font);
    const QRect textRect = fm.boundingRect(QRect(0, 0, width - 24, 2000), Qt::TextWordWrap, message);
    const QSize logical(width, textRect.height() + 24);
    QImage image(QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(dark ? QColor(0xe0, 0x70, 0x70) : QColor(0xc6, 0x28, 0x28), 1.5));
    p.setBrush(dark ? QColor(0x4a, 0x14, 0x14) : QColor(0xfd, 0xe8, 0xe8));
    p.drawRoundedRect(QRectF(0.75, 0.75, logical.width() - 1.5, logical.height() - 1.5), 6, 6);
    p.setFont(font);
    p.setPen(dark ? QColor(0xff, 0xd0, 0xd0) : QColor(0x7a, 0x10, 0x10));
    p.drawText(QRect(12, 12, width - 24, textRect.height()), Qt::TextWordWrap, message);
    return image;
}

} // namespace ae::ui

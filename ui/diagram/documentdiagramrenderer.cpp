// SPDX-License-Identifier: MIT
// Document diagrams: cached layout (laid out in the background when it is not), crisp fitted image, readable
// error image, and a placeholder while a layout runs.
#include "ui/diagram/documentdiagramrenderer.h"

#include "ui/diagram/diagrampreview.h"

#include "diagram/import/import.h"
#include "diagram/kinds.h"
#include "diagram/layout.h"
#include "diagram/painter.h"
#include "diagram/svgwriter.h"
#include "diagram/theme.h"
#include "diagram/views.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace ae::ui {

namespace {

QSize deviceSize(const QSize &logical, qreal dpr)
{
    return QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr)));
}

// A laid-out diagram painted at scale into an image of `logical` pixels at dpr. Touches no widget, so it may
// run on a worker.
QImage drawPicture(const diagram::LaidOutDiagram &laidOut, const diagram::Theme &theme, qreal scale,
                   qreal dpr, const QSize &logical)
{
    QImage image(deviceSize(logical, dpr), QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.background);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale * dpr, scale * dpr);
        p.translate(-laidOut.bounds.topLeft());
        diagram::DiagramPainter().paint(p, laidOut, theme);
    }
    image.setDevicePixelRatio(dpr);
    return image;
}
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
        out.append(
            hotspotOf(laidOut.diagram.nodes.at(ln.index), QRectF(r.topLeft() * scale, r.size() * scale)));
    }
    return out;
}

} // namespace

DiagramHotspot hotspotOf(const diagram::Node &n, const QRectF &rect)
{
    return DiagramHotspot{
        rect,         n.id,   n.label, diagram::kindName(n.kind), diagram::kindDescription(n.kind),
        n.technology, n.note, n.link};
}

namespace {

// A fenced block as the renderer keys and draws it: its language, the view it shows (```arch view=NAME), and
// the text its caches are keyed by.
struct Block
{
    std::optional<diagram::DiagramFormat> format;
    QString view;
    QString keyText;
};

Block blockOf(const QString &info, const QString &text)
{
    const QStringList words = info.simplified().split(QLatin1Char(' '));
    Block b;
    b.format = diagram::diagramFormatFromInfo(words.value(0).toLower());
    for (const QString &w : words.mid(1))
        if (w.startsWith(QLatin1String("view=")))
            b.view = w.mid(5);
    if (b.format)
        b.keyText = diagram::diagramFormatName(*b.format) +
                    (b.view.isEmpty() ? QString() : QStringLiteral("\nview=") + b.view) + QLatin1Char('\n') +
                    text;
    return b;
}

QString trText(const char *s)
{
    return QCoreApplication::translate("ae::ui::DocumentDiagramRenderer", s);
}

QFont boxFont()
{
    QFont font;
    font.setPixelSize(14);
    return font;
}

// A message ending in a full stop (or ? or !), so another sentence can follow it.
QString asSentence(QString message)
{
    message = message.trimmed();
    if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char('?')) &&
        !message.endsWith(QLatin1Char('!')))
        message += QLatin1Char('.');
    return message;
}
} // namespace

DocumentDiagramRenderer::DocumentDiagramRenderer()
    : m_layouts(64), m_images(32), m_engine(std::make_unique<diagram::LayoutEngine>())
{
    m_engine->setTimeoutMs(m_timeoutMs);
    diagram::LayoutEngine *engine = m_engine.get();
    QObject::connect(engine, &diagram::LayoutEngine::finished, engine,
                     [this](quint64 id, const diagram::LaidOutDiagram &laidOut) {
                         const QByteArray key = m_jobs.take(id);
                         if (key.isEmpty())
                             return;
                         m_layouts.insert(key, new diagram::LaidOutDiagram(laidOut));
                         notifyReady();
                     });
    QObject::connect(engine, &diagram::LayoutEngine::failed, engine,
                     [this](quint64 id, const QString &error) {
                         const QByteArray key = m_jobs.take(id);
                         if (key.isEmpty())
                             return;
                         m_failures.insert(key, error);
                         notifyReady();
                     });
}

DocumentDiagramRenderer::~DocumentDiagramRenderer() = default;

void DocumentDiagramRenderer::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    m_engine->setTimeoutMs(ms);
}

void DocumentDiagramRenderer::startLayout(const QByteArray &layoutKey, const diagram::Diagram &diagram,
                                          const diagram::Theme &theme)
{
    for (const QByteArray &running : std::as_const(m_jobs))
        if (running == layoutKey)
            return; // the same block, asked for again while it is laid out
    m_jobs.insert(m_engine->start(diagram, theme), layoutKey);
}

QImage DocumentDiagramRenderer::render(const QString &info, const QString &text, int maxWidthPx, qreal dpr,
                                       bool dark, QVector<DiagramHotspot> *hotspots, qreal *scaleOut)
{
    if (hotspots)
        hotspots->clear();
    if (scaleOut)
        *scaleOut = 0;
    const Block block = blockOf(info, text);
    const std::optional<diagram::DiagramFormat> format = block.format;
    if (!format || maxWidthPx <= 0)
        return {};
    dpr = dpr > 0 ? dpr : 1.0;
    m_lastError.clear();
    const QByteArray imageKey = keyOf(block.keyText, dark, maxWidthPx, dpr);
    const QByteArray layoutKey = keyOf(block.keyText, dark);
    if (const QImage *cached = m_images.object(imageKey)) {
        if (const diagram::LaidOutDiagram *laidOut = m_layouts.object(layoutKey)) {
            if (hotspots)
                *hotspots = hotspotsOf(*laidOut, fittedScale(laidOut->bounds, maxWidthPx));
            if (scaleOut)
                *scaleOut = fittedScale(laidOut->bounds, maxWidthPx);
        }
        return *cached;
    }

    const diagram::Theme theme = dark ? diagram::Theme::dark() : diagram::Theme::light();
    diagram::LaidOutDiagram *laidOut = m_layouts.object(layoutKey);
    if (!laidOut) {
        const diagram::ParseResult parsed = diagram::parseAnyDiagram(text, *format);
        for (const Diagnostic &d : parsed.diagnostics) {
            if (d.isError()) {
                return errorImage(
                    trText("This diagram has errors. Line %1, column %2: %3 Click to fix it in Draw.")
                        .arg(d.line)
                        .arg(d.column)
                        .arg(asSentence(d.message)),
                    maxWidthPx, dpr, dark);
            }
        }
        if (const auto failure = m_failures.constFind(layoutKey); failure != m_failures.cend())
            return errorImage(trText("This diagram could not be laid out. %1 Click to open its text in Draw.")
                                  .arg(asSentence(*failure)),
                              maxWidthPx, dpr, dark);
        // A block that shows one view of a model: the view's picture.
        diagram::Diagram shown = parsed.diagram;
        if (!block.view.isEmpty()) {
            QStringList names;
            const diagram::View *view = nullptr;
            for (const diagram::View &v : parsed.diagram.views) {
                names << v.id;
                if (v.id == block.view)
                    view = &v;
            }
            if (!view)
                return errorImage(
                    trText("There is no view named “%1” in the diagram above this block. %2")
                        .arg(block.view,
                             names.isEmpty()
                                 ? trText("That diagram has no views.")
                                 : trText("Its views: %1.").arg(names.join(QStringLiteral(", ")))),
                    maxWidthPx, dpr, dark);
            shown = diagram::applyView(parsed.diagram, *view);
        }
        if (std::optional<diagram::LaidOutDiagram> cached = diagram::cachedLayout(shown, theme)) {
            laidOut = new diagram::LaidOutDiagram(std::move(*cached));
        } else {
            // Never on the UI thread: the helper lays it out while the page shows a placeholder.
            startLayout(layoutKey, shown, theme);
            return placeholderImage(maxWidthPx, dpr, dark);
        }
        m_layouts.insert(layoutKey, laidOut);
    }

    const QRectF bounds = laidOut->bounds;
    if (bounds.isEmpty())
        return errorImage(trText("This diagram is empty."), maxWidthPx, dpr, dark);
    const qreal scale = fittedScale(bounds, maxWidthPx);
    const QSize logical(std::min(maxWidthPx, int(std::ceil(bounds.width() * scale))),
                        int(std::ceil(bounds.height() * scale)));
    if (hotspots)
        *hotspots = hotspotsOf(*laidOut, scale);
    if (scaleOut)
        *scaleOut = scale;
    if (drawsInBackground()) {
        // The page is built around a blank picture of the final size, and the drawing is swapped in when
        // done: painting a large diagram takes longer than laying out the page it is on.
        if (!m_drawing.contains(imageKey))
            startDrawing(imageKey, *laidOut, theme, scale, dpr, logical);
        // One bit per pixel: a large diagram's blank is tens of kilobytes, not megabytes.
        QImage blank(deviceSize(logical, dpr), QImage::Format_Mono);
        blank.setColorTable({theme.background.rgba(), theme.background.rgba()});
        blank.fill(0);
        blank.setDevicePixelRatio(dpr);
        blank.setText(kBlankPicture, QStringLiteral("1"));
        return blank;
    }
    const QImage image = drawPicture(*laidOut, theme, scale, dpr, logical);
    m_images.insert(imageKey, new QImage(image));
    return image;
}

void DocumentDiagramRenderer::startDrawing(const QByteArray &imageKey, const diagram::LaidOutDiagram &laidOut,
                                           const diagram::Theme &theme, qreal scale, qreal dpr,
                                           const QSize &logical)
{
    m_drawing.insert(imageKey);
    auto *watcher = new QFutureWatcher<QImage>(m_engine.get()); // gone with the renderer
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [this, watcher, imageKey] {
        watcher->deleteLater();
        if (!m_drawing.remove(imageKey))
            return;
        m_images.insert(imageKey, new QImage(watcher->result()));
        notifyDrawn();
    });
    // The worker gets its own copies: the cache may drop the layout meanwhile.
    watcher->setFuture(QtConcurrent::run(
        [laidOut, theme, scale, dpr, logical] { return drawPicture(laidOut, theme, scale, dpr, logical); }));
}

QByteArray DocumentDiagramRenderer::svg(const QString &info, const QString &text, bool dark)
{
    const Block block = blockOf(info, text);
    if (!block.format)
        return {};
    const diagram::LaidOutDiagram *laidOut = m_layouts.object(keyOf(block.keyText, dark));
    if (!laidOut || laidOut->bounds.isEmpty())
        return {};
    return diagram::writeSvg(*laidOut, dark ? diagram::Theme::dark() : diagram::Theme::light());
}

DiagramViewerParts
DocumentDiagramRenderer::createViewer(const QString &info, const QString &text, bool dark, QWidget *parent,
                                      std::function<void(const DiagramHotspot &, const QPoint &)> onNode)
{
    const Block block = blockOf(info, text);
    if (!block.format)
        return {};
    const diagram::LaidOutDiagram *laidOut = m_layouts.object(keyOf(block.keyText, dark));
    if (!laidOut || laidOut->bounds.isEmpty())
        return {};
    auto *preview = new DiagramPreview(parent);
    preview->setObjectName(QStringLiteral("diagramViewerPicture"));
    preview->setTheme(dark ? diagram::Theme::dark() : diagram::Theme::light());
    preview->setDiagram(*laidOut);
    const diagram::Diagram model = laidOut->diagram;
    QObject::connect(preview, &DiagramPreview::nodeActivated, preview,
                     [model, onNode](int index, const QPoint &globalPos) {
                         if (onNode && index >= 0 && index < model.nodes.size())
                             onNode(hotspotOf(model.nodes.at(index)), globalPos);
                     });
    DiagramViewerParts parts;
    parts.widget = preview;
    parts.zoomIn = [preview] { preview->zoomIn(); };
    parts.zoomOut = [preview] { preview->zoomOut(); };
    parts.fit = [preview] { preview->fitToView(); };
    parts.actualSize = [preview] { preview->setZoom(1.0); };
    return parts;
}

namespace {

// A rounded box with a message in it, `logical` pixels at `dpr`: what the page shows instead of a drawing.
struct Box
{
    QPen frame;
    QColor fill;
    QColor ink;
    int textFlags;
};

QImage boxImage(const QString &message, const QSize &logical, qreal dpr, const Box &box)
{
    QImage image(QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(box.frame);
    p.setBrush(box.fill);
    p.drawRoundedRect(QRectF(0.75, 0.75, logical.width() - 1.5, logical.height() - 1.5), 6, 6);
    p.setFont(boxFont());
    p.setPen(box.ink);
    p.drawText(QRect(QPoint(0, 0), logical).adjusted(12, 12, -12, -12), box.textFlags, message);
    return image;
}

} // namespace

// A quiet box the size of a small diagram, saying what is happening; replaced when the layout arrives.
QImage DocumentDiagramRenderer::placeholderImage(int maxWidthPx, qreal dpr, bool dark)
{
    const QColor ink = dark ? QColor(0xa0, 0xa8, 0xb4) : QColor(0x6a, 0x72, 0x7e);
    return boxImage(trText("Laying out the diagram…"), QSize(std::min(maxWidthPx, 640), 160), dpr,
                    Box{QPen(ink, 1.2, Qt::DashLine),
                        dark ? QColor(0x26, 0x2a, 0x30) : QColor(0xf4, 0xf6, 0xf8), ink, Qt::AlignCenter});
}

QImage DocumentDiagramRenderer::errorImage(const QString &message, int maxWidthPx, qreal dpr, bool dark)
{
    m_lastError = message;
    const int width = std::min(maxWidthPx, 640);
    const QRect textRect =
        QFontMetrics(boxFont()).boundingRect(QRect(0, 0, width - 24, 2000), Qt::TextWordWrap, message);
    return boxImage(message, QSize(width, textRect.height() + 24), dpr,
                    Box{QPen(dark ? QColor(0xe0, 0x70, 0x70) : QColor(0xc6, 0x28, 0x28), 1.5),
                        dark ? QColor(0x4a, 0x14, 0x14) : QColor(0xfd, 0xe8, 0xe8),
                        dark ? QColor(0xff, 0xd0, 0xd0) : QColor(0x7a, 0x10, 0x10), Qt::TextWordWrap});
}

} // namespace ae::ui

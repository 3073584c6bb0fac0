// SPDX-License-Identifier: MIT
// Draws ```arch (and DOT, Mermaid) blocks for the document view: parse + layout + DiagramPainter into a
// QImage at the screen's device pixel ratio, fitted to the column width; text with errors gives an image that
// says where. A block whose layout is not cached is laid out in the background (LayoutEngine) behind a
// placeholder picture.
#pragma once

#include "ui/reader/diagramrenderer.h"

#include <QCache>
#include <QHash>
#include <QSet>

#include <memory>

namespace ae::diagram {
class LayoutEngine;
struct Diagram;
struct LaidOutDiagram;
struct Node;
struct Theme;
} // namespace ae::diagram

namespace ae::ui {

// A node as the reader and the Explore menus see it; rect in whatever coordinates the caller gives.
DiagramHotspot hotspotOf(const diagram::Node &node, const QRectF &rect = {});

class DocumentDiagramRenderer : public DiagramRenderer
{
public:
    DocumentDiagramRenderer();
    ~DocumentDiagramRenderer() override;

    // info "arch", "dot"/"gv"/"graphviz" or "mermaid"/"mmd" is drawn; any other info gives a null image (the
    // view then shows the code).
    QImage render(const QString &info, const QString &text, int maxWidthPx, qreal devicePixelRatio, bool dark,
                  QVector<DiagramHotspot> *hotspots = nullptr, qreal *scale = nullptr) override;
    QByteArray svg(const QString &info, const QString &text, bool dark) override;
    // A DiagramPreview of the block's cached layout (the page drew it, so it is laid out), fitted.
    DiagramViewerParts
    createViewer(const QString &info, const QString &text, bool dark, QWidget *parent,
                 std::function<void(const DiagramHotspot &, const QPoint &)> onNode) override;

    bool hasPending() const override { return !m_jobs.isEmpty() || !m_drawing.isEmpty(); }

    // Layout timeout for one block; a block that takes longer is shown as an error image.
    void setTimeoutMs(int ms);

    // The sentence drawn into the last error image (empty when the last render drew a diagram).
    QString lastError() const { return m_lastError; }

private:
    QImage errorImage(const QString &message, int maxWidthPx, qreal dpr, bool dark);
    QImage placeholderImage(int maxWidthPx, qreal dpr, bool dark);
    void startLayout(const QByteArray &layoutKey, const diagram::Diagram &diagram,
                     const diagram::Theme &theme);
    // Draws the picture on a worker; it goes into m_images, and the drawn callback is told.
    void startDrawing(const QByteArray &imageKey, const diagram::LaidOutDiagram &laidOut,
                      const diagram::Theme &theme, qreal scale, qreal dpr, const QSize &logical);

    // Layouts by text + theme (width-independent, so resizing the window never lays out again); images by
    // all.
    QCache<QByteArray, diagram::LaidOutDiagram> m_layouts;
    QCache<QByteArray, QImage> m_images;
    int m_timeoutMs = 10000;
    QString m_lastError;
    std::unique_ptr<diagram::LayoutEngine> m_engine;
    QHash<quint64, QByteArray> m_jobs;     // running layout job -> layout key
    QHash<QByteArray, QString> m_failures; // layout key -> why it could not be laid out
    QSet<QByteArray> m_drawing;            // image keys being drawn in the background
};

} // namespace ae::ui

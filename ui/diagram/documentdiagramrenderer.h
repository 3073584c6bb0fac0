// SPDX-License-Identifier: MIT
// Draws ```arch blocks for the document view: parse + synchronous layout + DiagramPainter into a QImage at the
// screen's device pixel ratio, fitted to the column width; text with errors gives an image that says where.
#pragma once

#include "ui/reader/diagramrenderer.h"

#include <QCache>

namespace ae::diagram {
struct LaidOutDiagram;
struct Node;
}

namespace ae::ui {

// A node as the reader and the Explore menus see it; rect in whatever coordinates the caller gives.
DiagramHotspot hotspotOf(const diagram::Node &node, const QRectF &rect = {});

class DocumentDiagramRenderer : public DiagramRenderer
{
public:
    DocumentDiagramRenderer();
    ~DocumentDiagramRenderer() override;

    // info "arch", "dot"/"gv"/"graphviz" or "mermaid"/"mmd" is drawn; any other info gives a null image (the view
    // then shows the code).
    QImage render(const QString &info, const QString &text, int maxWidthPx, qreal devicePixelRatio,
                  bool dark, QVector<DiagramHotspot> *hotspots = nullptr) override;

    // Layout timeout for one block; a block that takes longer is shown as an error image.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The sentence drawn into the last error image (empty when the last render drew a diagram).
    QString lastError() const { return m_lastError; }

private:
    QImage errorImage(const QString &message, int maxWidthPx, qreal dpr, bool dark);

    // Layouts by text + theme (width-independent, so resizing the window never lays out again); images by all.
    QCache<QByteArray, diagram::LaidOutDiagram> m_layouts;
    QCache<QByteArray, QImage> m_images;
    int m_timeoutMs = 10000;
    QString m_lastError;
};

} // namespace ae::ui

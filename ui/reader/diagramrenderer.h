// SPDX-License-Identifier: MIT
// How the document view gets pictures of diagram blocks without knowing the diagram engine: the Draw
// workspace implements this and hands it to DocumentView::setDiagramRenderer().
#pragma once

#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

class QWidget;

namespace ae::ui {

// A node of a drawn diagram: where it is in the picture and what to say about it.
struct DiagramHotspot
{
    QRectF rect; // in the image's logical pixels
    QString id;
    QString label; // as drawn (may hold newlines)
    QString kind;  // "database", ...
    QString kindDescription;
    QString technology; // as written, may be empty
    QString note;
    QString link;
};

// An interactive full-size picture of one block, for the reader's in-place viewer: the widget (zoom with
// Ctrl+wheel, pan by dragging, node tooltips) and what the viewer's buttons call.
struct DiagramViewerParts
{
    QWidget *widget = nullptr; // nullptr: the block cannot be drawn (yet)
    std::function<void()> zoomIn, zoomOut, fit, actualSize;
};

// The tooltip of a node wherever a diagram is drawn (documents, the Draw preview): label, kind and what it
// means, technology, note, link, and what a click does. HTML, everything escaped.
QString diagramNodeToolTip(const DiagramHotspot &node);

// The QImage text key that marks a blank picture standing in for one being drawn.
inline const QString kBlankPicture = QStringLiteral("ae-blank");

class DiagramRenderer
{
public:
    virtual ~DiagramRenderer();
    // info: the fence's info word ("arch", "dot", "mermaid"); text: the block's content. Returns an image at
    // most maxWidthPx logical pixels wide (device pixels = logical * devicePixelRatio, with that ratio set on
    // the image), coloured for a dark or light page. A null QImage means "could not draw": the view then
    // shows the code. Called on the UI thread; it must not block. A renderer that lays out in the background
    // answers with a placeholder picture for a block it has not laid out yet, and calls the ready callback
    // once the real picture can be had (render again). When hotspots is given it receives the image's nodes.
    // When scale is given it receives the factor the picture was drawn at (1 = natural size, < 1 shrunk to
    // fit maxWidthPx; 0 for placeholders and error pictures).
    virtual QImage render(const QString &info, const QString &text, int maxWidthPx, qreal devicePixelRatio,
                          bool dark, QVector<DiagramHotspot> *hotspots = nullptr, qreal *scale = nullptr) = 0;
    // The full-size viewer's picture of a block, parented to parent; onNode hears clicks on nodes (global
    // position for a menu). The default: no viewer.
    virtual DiagramViewerParts
    createViewer(const QString &info, const QString &text, bool dark, QWidget *parent,
                 std::function<void(const DiagramHotspot &, const QPoint &)> onNode)
    {
        Q_UNUSED(info)
        Q_UNUSED(text)
        Q_UNUSED(dark)
        Q_UNUSED(parent)
        Q_UNUSED(onNode)
        return {};
    }
    // The block as standalone SVG (for a self-contained HTML export); empty when it is not laid out or cannot
    // be drawn. The default: none.
    virtual QByteArray svg(const QString &info, const QString &text, bool dark)
    {
        Q_UNUSED(info)
        Q_UNUSED(text)
        Q_UNUSED(dark)
        return {};
    }
    // Some block answered with a placeholder is still being laid out, or drawn.
    virtual bool hasPending() const { return false; }
    // One listener (the document view); an empty function removes it.
    void setReadyCallback(std::function<void()> callback) { m_ready = std::move(callback); }
    // With a listener here, a renderer may draw a laid-out block's picture in the background: render then
    // answers with a blank picture of the final size (scale and hotspots final too; one colour, one bit per
    // pixel, its text kBlankPicture set) and calls this once the picture is drawn (render again to have it,
    // the same size). Without one, pictures are drawn in render.
    void setDrawnCallback(std::function<void()> callback) { m_drawn = std::move(callback); }

protected:
    void notifyReady() const
    {
        if (m_ready)
            m_ready();
    }
    bool drawsInBackground() const { return bool(m_drawn); }
    void notifyDrawn() const
    {
        if (m_drawn)
            m_drawn();
    }

private:
    std::function<void()> m_ready;
    std::function<void()> m_drawn;
};

} // namespace ae::ui

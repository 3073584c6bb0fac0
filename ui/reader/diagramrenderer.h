// SPDX-License-Identifier: MIT
// How the document view gets pictures of diagram blocks without knowing the diagram engine: the Draw
// workspace implements this and hands it to DocumentView::setDiagramRenderer().
#pragma once

#include <QImage>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

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

// The tooltip of a node wherever a diagram is drawn (documents, the Draw preview): label, kind and what it
// means, technology, note, link, and what a click does. HTML, everything escaped.
QString diagramNodeToolTip(const DiagramHotspot &node);

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
    virtual QImage render(const QString &info, const QString &text, int maxWidthPx, qreal devicePixelRatio,
                          bool dark, QVector<DiagramHotspot> *hotspots = nullptr) = 0;
    // Some block answered with a placeholder is still being laid out.
    virtual bool hasPending() const { return false; }
    // One listener (the document view); an empty function removes it.
    void setReadyCallback(std::function<void()> callback) { m_ready = std::move(callback); }

protected:
    void notifyReady() const
    {
        if (m_ready)
            m_ready();
    }

private:
    std::function<void()> m_ready;
};

} // namespace ae::ui

// SPDX-License-Identifier: MIT
// How the document view gets pictures of diagram blocks without knowing the diagram engine: the Draw workspace
// implements this and hands it to DocumentView::setDiagramRenderer().
#pragma once

#include <QImage>
#include <QString>

namespace ae::ui {

class DiagramRenderer
{
public:
    virtual ~DiagramRenderer();
    // info: the fence's info word ("arch", "dot", "mermaid"); text: the block's content. Returns an image at most
    // maxWidthPx logical pixels wide (device pixels = logical * devicePixelRatio, with that ratio set on the image),
    // coloured for a dark or light page. A null QImage means "could not draw": the view then shows the code.
    // Called on the UI thread; keep it quick or cache.
    virtual QImage render(const QString &info, const QString &text, int maxWidthPx, qreal devicePixelRatio,
                          bool dark) = 0;
};

} // namespace ae::ui

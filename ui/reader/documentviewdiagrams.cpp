// SPDX-License-Identifier: MIT
// DocumentView's diagram nodes: where each drawn node is on screen, its tooltip (kind, technology, note), and
// a click on it (as opposed to the rest of the picture, which opens the diagram in the Draw workspace).
#include "ui/reader/documentview.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace ae::ui {

namespace {

QString imageName(int block)
{
    return QStringLiteral("diagram:%1").arg(block);
}

} // namespace

QRectF DocumentView::diagramViewportRect(int block) const
{
    const QImage image = m_diagrams.value(block);
    if (image.isNull())
        return {};
    const QString name = imageName(block);
    const QSizeF size = QSizeF(image.size()) / qMax<qreal>(1.0, image.devicePixelRatio());
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat() || f.charFormat().toImageFormat().name() != name)
                continue;
            const QTextLayout *layout = b.layout();
            const int rel = f.position() - b.position();
            const QTextLine line = layout->lineForTextPosition(rel);
            if (!line.isValid())
                return {};
            // An image sits on the baseline: its top is the line's ascent above it.
            const QPointF topLeft =
                layout->position() + QPointF(line.cursorToX(rel), line.y() + line.ascent() - size.height());
            return QRectF(topLeft - scroll, size);
        }
    }
    return {};
}

const DiagramHotspot *DocumentView::diagramNodeAt(const QPoint &viewportPos, int *block) const
{
    if (m_hotspots.isEmpty())
        return nullptr;
    const QPointF docPos =
        QPointF(viewportPos) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QString name = document()->documentLayout()->imageAt(docPos);
    if (!name.startsWith(QLatin1String("diagram:")))
        return nullptr;
    bool ok = false;
    const int index = name.mid(8).toInt(&ok);
    const auto it = m_hotspots.constFind(index);
    if (!ok || it == m_hotspots.cend())
        return nullptr;
    const QRectF image = diagramViewportRect(index);
    const QPointF inImage = QPointF(viewportPos) - image.topLeft();
    for (const DiagramHotspot &h : *it) {
        if (h.rect.contains(inImage)) {
            if (block)
                *block = index;
            return &h;
        }
    }
    return nullptr;
}

QRectF DocumentView::diagramNodeViewportRect(int block, const QString &nodeId) const
{
    const QRectF image = diagramViewportRect(block);
    if (image.isEmpty())
        return {};
    for (const DiagramHotspot &h : m_hotspots.value(block))
        if (h.id == nodeId)
            return h.rect.translated(image.topLeft());
    return {};
}

void DocumentView::mousePressEvent(QMouseEvent *event)
{
    int block = -1;
    const DiagramHotspot *node =
        event->button() == Qt::LeftButton ? diagramNodeAt(event->position().toPoint(), &block) : nullptr;
    if (!node) {
        m_pressedBlock = -1;
        QTextBrowser::mousePressEvent(event);
        return;
    }
    // Held back from the text browser, so the picture's link does not also open the Draw workspace.
    m_pressedBlock = block;
    m_pressedNode = node->id;
    event->accept();
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressedBlock < 0 || event->button() != Qt::LeftButton) {
        QTextBrowser::mouseReleaseEvent(event);
        return;
    }
    int block = -1;
    const DiagramHotspot *node = diagramNodeAt(event->position().toPoint(), &block);
    if (node && block == m_pressedBlock && node->id == m_pressedNode)
        Q_EMIT diagramNodeActivated(block, *node, event->globalPosition().toPoint());
    m_pressedBlock = -1;
    event->accept();
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    int block = -1;
    const DiagramHotspot *node = diagramNodeAt(event->position().toPoint(), &block);
    const QString key = node ? QString::number(block) + QLatin1Char('/') + node->id : QString();
    if (key == m_hoveredNode)
        return;
    const bool wasOnNode = !m_hoveredNode.isEmpty();
    m_hoveredNode = key;
    if (node) {
        viewport()->setCursor(Qt::PointingHandCursor);
        QString label = node->label;
        label.replace(QLatin1Char('\n'), QLatin1Char(' '));
        Q_EMIT statusMessage(tr("%1 (%2): click to see where the text discusses it").arg(label, node->kind));
    } else if (wasOnNode) {
        // Back on the picture's own link, or off it: say what a click does there now.
        const QString anchor = anchorAt(event->position().toPoint());
        onHighlighted(anchor.isEmpty() ? QUrl() : QUrl(anchor));
    }
}

bool DocumentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const DiagramHotspot *node = diagramNodeAt(help->pos())) {
            QToolTip::showText(help->globalPos(), diagramNodeToolTip(*node), viewport());
            return true;
        }
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace ae::ui
